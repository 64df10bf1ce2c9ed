//! Weights laid out in tiles of 16 rows, as the SIMD code reads them: per block of 32 values
//! (a Q4_K superblock: 8 of them), the 16 rows' scales side by side, then their values in
//! fours, row by row (`[four k][row r][value j]`), so that one 64-byte load holds four values
//! of each of 16 rows and one `vpdpbusd` advances 16 row products at once, each in its lane.
//! The bits are those of the file: a Q5_0 tile is 5.5 bits a weight, Q6_K 6.5625, Q8_0 8.5,
//! Q4_K 4.625 (its 6-bit scales widened to bytes). Every weight is `d·u − m` with `u` an
//! unsigned integer and, per 16 values of a row, a scale `d` and an offset `m`.
//!
//! Tiling is mostly copying: GGUF's Q5_0 and Q4_K already pair values `i` and `i + 16` (`+ 32`)
//! in one byte's nibbles, which is the pairing a tile wants, so their bytes move in fours.

use half::f16;

/// Rows in a tile.
pub const ROWS: usize = 16;
/// Values in a block.
pub const BLOCK: usize = 32;

/// A quantization format the kernels read, tiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// 8-bit values (stored + 128) and an f16 scale per block.
    Q8_0,
    /// 5-bit values (stored + 16) and an f16 scale per block.
    Q5_0,
    /// 4-bit values in superblocks of 8 blocks with 6-bit scales and offsets.
    Q4K,
    /// 6-bit values (stored + 32) in superblocks of 16 half-blocks with 8-bit scales.
    Q6K,
}

impl Format {
    /// Values of a row in one stored block (GGUF's).
    #[inline]
    pub fn values(self) -> usize {
        match self {
            Format::Q8_0 | Format::Q5_0 => 32,
            Format::Q4K | Format::Q6K => 256,
        }
    }

    /// Bytes of one stored block (GGUF's).
    #[inline]
    pub fn stored(self) -> usize {
        match self {
            Format::Q8_0 => 34,
            Format::Q5_0 => 22,
            Format::Q4K => 144,
            Format::Q6K => 210,
        }
    }

    /// Bytes of one tile unit: 16 rows of one stored block.
    #[inline]
    pub fn unit(self) -> usize {
        match self {
            // Scales, then 8 fours of 16 rows.
            Format::Q8_0 => 32 + 512,
            // Scales, 4 fours of nibble pairs, 8 masks of the fifth bits.
            Format::Q5_0 => 32 + 256 + 64,
            // Scales, offsets' scales, 8 block scales and offsets, 4 pairs of 8 fours.
            Format::Q4K => 64 + 256 + 4 * 512,
            // Scales, 16 half-block scales, 2 halves of: low bits (2 × 8 fours), high bits.
            Format::Q6K => 32 + 256 + 2 * 3 * 512,
        }
    }
}

/// The f16 number stored at `at`.
fn f16_at(bytes: &[u8], at: usize) -> f32 {
    f16::from_le_bytes([bytes[at], bytes[at + 1]]).to_f32()
}

/// Where byte `j` of four `k` of row `r` lies in a tile's values.
fn at(k: usize, r: usize, j: usize) -> usize {
    (k * ROWS + r) * 4 + j
}

/// The 6-bit scale and offset of block `j` of a Q4_K superblock (llama.cpp's
/// `get_scale_min_k4`).
fn scale_min_k4(j: usize, q: &[u8]) -> (u8, u8) {
    if j < 4 {
        (q[j] & 63, q[j + 4] & 63)
    } else {
        (
            (q[j + 4] & 0x0f) | ((q[j - 4] >> 6) << 4),
            (q[j + 4] >> 4) | ((q[j] >> 6) << 4),
        )
    }
}

/// Up to 16 stored rows of `cols` values (GGUF blocks, row after row) tiled into `tile` (zeros
/// where rows are missing).
pub fn tile(format: Format, rows: &[u8], cols: usize, tile: &mut [u8]) {
    let stored_row = cols / format.values() * format.stored();
    let rows: Vec<&[u8]> = rows.chunks_exact(stored_row).take(ROWS).collect();
    for (b, unit) in tile.chunks_exact_mut(format.unit()).enumerate() {
        // Q5_0's fifth bits, gathered from the 16 rows and written once: a tile is only ever
        // written (reading fresh memory first maps it twice, and each time every CPU running
        // Hearth is interrupted to flush its address cache).
        let mut masks = [0u64; 8];
        for (r, row) in rows.iter().enumerate() {
            let block = &row[b * format.stored()..][..format.stored()];
            place(format, block, r, unit, &mut masks);
        }
        if format == Format::Q5_0 {
            for (k, mask) in masks.iter().enumerate() {
                unit[288 + k * 8..][..8].copy_from_slice(&mask.to_le_bytes());
            }
        }
    }
}

/// Puts stored block `block` of row `r` into its tile unit (Q5_0's fifth bits into `masks`).
fn place(format: Format, block: &[u8], r: usize, unit: &mut [u8], masks: &mut [u64; 8]) {
    match format {
        Format::Q8_0 => {
            unit[r * 2..r * 2 + 2].copy_from_slice(&block[..2]);
            for (k, four) in block[2..].chunks_exact(4).enumerate() {
                let four = u32::from_le_bytes([four[0], four[1], four[2], four[3]]) ^ 0x8080_8080;
                unit[32 + at(k, r, 0)..][..4].copy_from_slice(&four.to_le_bytes());
            }
        }
        Format::Q5_0 => {
            unit[r * 2..r * 2 + 2].copy_from_slice(&block[..2]);
            // Nibble byte i holds values i and i + 16: fours 0..4 with fours 4..8.
            for (k, four) in block[6..].chunks_exact(4).enumerate() {
                unit[32 + at(k, r, 0)..][..4].copy_from_slice(four);
            }
            let high = u32::from_le_bytes([block[2], block[3], block[4], block[5]]);
            for (k, mask) in masks.iter_mut().enumerate() {
                *mask |= u64::from((high >> (4 * k)) & 0x0f) << (r * 4);
            }
        }
        Format::Q4K => {
            unit[r * 2..r * 2 + 2].copy_from_slice(&block[..2]);
            unit[32 + r * 2..32 + r * 2 + 2].copy_from_slice(&block[2..4]);
            for j in 0..8 {
                let (scale, min) = scale_min_k4(j, &block[4..16]);
                unit[64 + j * ROWS + r] = scale;
                unit[64 + 128 + j * ROWS + r] = min;
            }
            // Each 32 bytes hold blocks 2p (low nibbles) and 2p + 1 (high), value i in byte i.
            for (p, pair) in block[16..].chunks_exact(32).enumerate() {
                for (k, four) in pair.chunks_exact(4).enumerate() {
                    unit[320 + p * 512 + at(k, r, 0)..][..4].copy_from_slice(four);
                }
            }
        }
        Format::Q6K => {
            unit[r * 2..r * 2 + 2].copy_from_slice(&block[208..210]);
            for (h, scale) in block[192..208].iter().enumerate() {
                unit[32 + h * ROWS + r] = *scale;
            }
            // Each half of 128 values: 64 bytes of low bits (byte i: values i and i + 64 of
            // the half, i and i + 32 for the second 32 bytes), 32 of high bits (byte i: two
            // bits of each of values i, i + 32, i + 64, i + 96).
            for n in 0..2 {
                let half = 288 + n * 1536;
                let low = &block[n * 64..n * 64 + 64];
                let high = &block[128 + n * 32..128 + n * 32 + 32];
                for (k, four) in low.chunks_exact(4).enumerate() {
                    unit[half + (k / 8) * 512 + at(k % 8, r, 0)..][..4].copy_from_slice(four);
                }
                for (k, four) in high.chunks_exact(4).enumerate() {
                    unit[half + 1024 + at(k, r, 0)..][..4].copy_from_slice(four);
                }
            }
        }
    }
}

/// The first `N` values of `slice`, which the caller has sized (tiles and blocks are whole).
pub fn array<T, const N: usize>(slice: &[T]) -> &[T; N] {
    slice
        .first_chunk()
        .expect("tiles and blocks are whole by construction")
}

/// One block of one row of a tile: its values `u`, and the scale and offset of each half.
pub struct Block {
    pub u: [u8; BLOCK],
    pub d: [f32; 2],
    pub m: [f32; 2],
}

/// Block `b` of row `r` of a tile (`tile`: the tile's bytes), in plain Rust.
pub fn block(format: Format, tile: &[u8], r: usize, b: usize) -> Block {
    let mut u = [0u8; BLOCK];
    match format {
        Format::Q8_0 | Format::Q5_0 => {
            let unit = &tile[b * format.unit()..][..format.unit()];
            let d = f16_at(unit, r * 2);
            for (i, u) in u.iter_mut().enumerate() {
                let (k, j) = (i / 4, i % 4);
                *u = match format {
                    Format::Q8_0 => unit[32 + at(k, r, j)],
                    _ => {
                        let nibbles = unit[32 + at(k % 4, r, j)];
                        let low = if k < 4 { nibbles & 0x0f } else { nibbles >> 4 };
                        let mask = u64::from_le_bytes(*array(&unit[32 + 256 + k * 8..]));
                        low | ((((mask >> (r * 4 + j)) & 1) as u8) << 4)
                    }
                };
            }
            let m = if format == Format::Q8_0 { 128.0 } else { 16.0 } * d;
            Block {
                u,
                d: [d; 2],
                m: [m; 2],
            }
        }
        Format::Q4K => {
            let (s, j) = (b / 8, b % 8);
            let unit = &tile[s * format.unit()..][..format.unit()];
            let d = f16_at(unit, r * 2) * f32::from(unit[64 + j * ROWS + r]);
            let m = f16_at(unit, 32 + r * 2) * f32::from(unit[192 + j * ROWS + r]);
            for (i, u) in u.iter_mut().enumerate() {
                let byte = unit[320 + (j / 2) * 512 + at(i / 4, r, i % 4)];
                *u = if j % 2 == 0 { byte & 0x0f } else { byte >> 4 };
            }
            Block {
                u,
                d: [d; 2],
                m: [m; 2],
            }
        }
        Format::Q6K => {
            let (s, n, c) = (b / 8, (b % 8) / 4, b % 4);
            let unit = &tile[s * format.unit()..][..format.unit()];
            let half = 288 + n * 1536;
            for (i, u) in u.iter_mut().enumerate() {
                let (k, j) = (i / 4, i % 4);
                let low = unit[half + (c % 2) * 512 + at(k, r, j)];
                let low = if c < 2 { low & 0x0f } else { low >> 4 };
                let high = (unit[half + 1024 + at(k, r, j)] >> (2 * c)) & 3;
                *u = low | (high << 4);
            }
            let d = f16_at(unit, r * 2);
            let scale = |h: usize| d * f32::from(unit[32 + (n * 8 + 2 * c + h) * ROWS + r] as i8);
            let d = [scale(0), scale(1)];
            Block {
                u,
                d,
                m: d.map(|d| 32.0 * d),
            }
        }
    }
}
