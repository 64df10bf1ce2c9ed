//! The AVX-512 VNNI code of Hearth's kernels: the products of tiles of 16 weight rows (see
//! [`super::tiles`]) with up to 4 quantized input rows at a time. Per block of 32 values, 8
//! `vpdpbusd` multiply four unsigned weight bytes of each of the 16 rows by the same four input
//! bytes (broadcast) and sum them in the row's lane; the block's sums are then scaled by the
//! rows' scales times the input's, and its offsets taken off (`m · d·Σq`), so no instruction
//! is spent on signs or on adding lanes together.
//!
//! This is the one module of Hearth with `unsafe` code: memory loads and stores through
//! references the type system has already bounded (`&[u8; 64]` reads 64 bytes), and calls to
//! functions compiled for AVX-512, which only an [`Avx512`] value (made after the CPU was
//! found to have it) can make.
#![allow(unsafe_code)]

use std::arch::x86_64::*;

use super::input::Quantized;
use super::tiles::{array, Format, BLOCK, ROWS};

/// Proof that this CPU runs AVX-512 F/BW/VL and VNNI.
#[derive(Clone, Copy, Debug)]
pub struct Avx512(());

impl Avx512 {
    pub fn detect() -> Option<Self> {
        (is_x86_feature_detected!("avx512f")
            && is_x86_feature_detected!("avx512bw")
            && is_x86_feature_detected!("avx512vl")
            && is_x86_feature_detected!("avx512vnni"))
        .then_some(Avx512(()))
    }

    /// The products of whole tiles of `format` (`tiles`, one after another) with each input
    /// row: `out[t * rows + r]` for input row `t` and row `r` of the tiles.
    pub fn products(self, format: Format, tiles: &[u8], input: &Quantized, out: &mut [f32]) {
        // SAFETY: an `Avx512` exists only where `detect` found every feature `products` uses.
        unsafe { products(format, tiles, input, out) }
    }
}

#[inline]
#[target_feature(enable = "avx2")]
fn load128(bytes: &[u8; 16]) -> __m128i {
    // SAFETY: the reference covers the 16 bytes read; unaligned loads are allowed.
    unsafe { _mm_loadu_si128(bytes.as_ptr().cast()) }
}

#[inline]
#[target_feature(enable = "avx2")]
fn load256(bytes: &[u8; 32]) -> __m256i {
    // SAFETY: the reference covers the 32 bytes read; unaligned loads are allowed.
    unsafe { _mm256_loadu_si256(bytes.as_ptr().cast()) }
}

#[inline]
#[target_feature(enable = "avx512f")]
fn load512(bytes: &[u8; 64]) -> __m512i {
    // SAFETY: the reference covers the 64 bytes read; unaligned loads are allowed.
    unsafe { _mm512_loadu_si512(bytes.as_ptr().cast()) }
}

#[inline]
#[target_feature(enable = "avx512f")]
fn store(values: &mut [f32; 16], v: __m512) {
    // SAFETY: the reference covers the 16 floats written; unaligned stores are allowed.
    unsafe { _mm512_storeu_ps(values.as_mut_ptr(), v) }
}

/// The scales and offsets of a block of 16 rows: one each per row (`d`, `m`), or one per half
/// block (Q6_K).
#[derive(Clone, Copy)]
enum Scales {
    Block(__m512, __m512),
    Halves([(__m512, __m512); 2]),
}

/// Input rows taken together against one tile (their sums stay in registers).
const TOKENS: usize = 8;

#[target_feature(enable = "avx512f,avx512bw,avx512vl,avx512vnni")]
fn products(format: Format, tiles: &[u8], x: &Quantized, out: &mut [f32]) {
    let tokens = x.tokens();
    let rows = out.len() / tokens;
    let tile_bytes = x.cols / format.values() * format.unit();
    for (i, tile) in tiles.chunks_exact(tile_bytes).enumerate() {
        let mut first = 0;
        while first < tokens {
            let mut sums = [_mm512_setzero_ps(); TOKENS];
            let n = match tokens - first {
                8.. => {
                    sums = tile_products::<8>(format, tile, x, first);
                    8
                }
                4..=7 => {
                    sums[..4].copy_from_slice(&tile_products::<4>(format, tile, x, first));
                    4
                }
                2 | 3 => {
                    sums[..2].copy_from_slice(&tile_products::<2>(format, tile, x, first));
                    2
                }
                _ => {
                    sums[..1].copy_from_slice(&tile_products::<1>(format, tile, x, first));
                    1
                }
            };
            for (t, sum) in sums[..n].iter().enumerate() {
                let at = (first + t) * rows + i * ROWS;
                let Some(slot) = out[at..].first_chunk_mut::<ROWS>() else {
                    unreachable!("the output holds every row of every tile")
                };
                store(slot, *sum);
            }
            first += n;
        }
    }
}

// Block `b` of a tile's 16 rows, per format: its 8 fours of values, and its scales and
// offsets. Macros, so that each is inlined into its loop: LLVM declines to inline functions
// this large, and `#[inline(always)]` is not allowed with `#[target_feature]`.

macro_rules! unpack_q8_0 {
    ($tile:expr, $b:expr) => {{
        let (tile, b): (&[u8], usize) = ($tile, $b);
        let unit = &tile[b * Format::Q8_0.unit()..];
        let d = _mm512_cvtph_ps(load256(array(unit)));
        let m = _mm512_mul_ps(d, _mm512_set1_ps(128.0));
        let w = std::array::from_fn(|k| load512(array(&unit[32 + k * 64..])));
        (w, Scales::Block(d, m))
    }};
}

macro_rules! unpack_q5_0 {
    ($tile:expr, $b:expr) => {{
        let (tile, b): (&[u8], usize) = ($tile, $b);
        let (low, sixteen) = (_mm512_set1_epi8(0x0f), _mm512_set1_epi8(16));
        let unit = &tile[b * Format::Q5_0.unit()..];
        let d = _mm512_cvtph_ps(load256(array(unit)));
        let m = _mm512_mul_ps(d, _mm512_set1_ps(16.0));
        let mut w = [_mm512_setzero_si512(); 8];
        for k in 0..4 {
            let nibbles = load512(array(&unit[32 + k * 64..]));
            w[k] = _mm512_and_si512(nibbles, low);
            w[k + 4] = _mm512_and_si512(_mm512_srli_epi16(nibbles, 4), low);
        }
        for (k, w) in w.iter_mut().enumerate() {
            let high = u64::from_le_bytes(*array(&unit[32 + 256 + k * 8..]));
            *w = _mm512_mask_add_epi8(*w, high, *w, sixteen);
        }
        (w, Scales::Block(d, m))
    }};
}

macro_rules! unpack_q4k {
    ($tile:expr, $b:expr) => {{
        let (tile, b): (&[u8], usize) = ($tile, $b);
        let low = _mm512_set1_epi8(0x0f);
        let (unit, j) = (&tile[b / 8 * Format::Q4K.unit()..], b % 8);
        let d = _mm512_cvtph_ps(load256(array(unit)));
        let dmin = _mm512_cvtph_ps(load256(array(&unit[32..])));
        let scale = _mm512_mul_ps(d, bytes_as_floats(&unit[64 + j * ROWS..]));
        let offset = _mm512_mul_ps(dmin, bytes_as_floats(&unit[192 + j * ROWS..]));
        let pair = &unit[320 + (j / 2) * 512..];
        let w = std::array::from_fn(|k| {
            let bytes = load512(array(&pair[k * 64..]));
            let bytes = match j % 2 {
                0 => bytes,
                _ => _mm512_srli_epi16(bytes, 4),
            };
            _mm512_and_si512(bytes, low)
        });
        (w, Scales::Block(scale, offset))
    }};
}

macro_rules! unpack_q6k {
    ($tile:expr, $b:expr) => {{
        let (tile, b): (&[u8], usize) = ($tile, $b);
        let (low, three) = (_mm512_set1_epi8(0x0f), _mm512_set1_epi8(3));
        // Block c of half n: low bits from the first or second 32 bytes of the half's, low or
        // high nibbles; bits 2c, 2c + 1 of the high bits.
        let (unit, n, c) = (&tile[b / 8 * Format::Q6K.unit()..], (b % 8) / 4, b % 4);
        let d = _mm512_cvtph_ps(load256(array(unit)));
        let half = &unit[288 + n * 1536..];
        let shift = _mm_cvtsi32_si128(2 * c as i32);
        let w = std::array::from_fn(|k| {
            let bits = load512(array(&half[(c % 2) * 512 + k * 64..]));
            let bits = match c {
                0 | 1 => bits,
                _ => _mm512_srli_epi16(bits, 4),
            };
            let high = load512(array(&half[1024 + k * 64..]));
            let high = _mm512_and_si512(_mm512_srl_epi16(high, shift), three);
            _mm512_or_si512(_mm512_and_si512(bits, low), _mm512_slli_epi16(high, 4))
        });
        let scale = |h: usize| {
            let at = 32 + (n * 8 + 2 * c + h) * ROWS;
            let scale = _mm512_mul_ps(d, signed_bytes_as_floats(&unit[at..]));
            (scale, _mm512_mul_ps(scale, _mm512_set1_ps(32.0)))
        };
        (w, Scales::Halves([scale(0), scale(1)]))
    }};
}

/// One tile's products with input rows `first..first + N`: lane `r` of product `n` is row `r`
/// times input row `first + n`. Each block is unpacked once for the `N` rows; even and odd
/// blocks add to separate sums, so that one block does not wait for the last.
#[inline]
#[target_feature(enable = "avx512f,avx512bw,avx512vl,avx512vnni")]
fn tile_products<const N: usize>(
    format: Format,
    tile: &[u8],
    x: &Quantized,
    first: usize,
) -> [__m512; N] {
    let blocks = x.cols / BLOCK;
    let mut even = [_mm512_setzero_ps(); N];
    let mut odd = [_mm512_setzero_ps(); N];
    // One loop per format, so that each unpacking is inlined into its own.
    macro_rules! blocks {
        ($unpack:ident) => {
            for b in (0..blocks).step_by(2) {
                let (w, scales) = $unpack!(tile, b);
                for (n, sum) in even.iter_mut().enumerate() {
                    *sum = add_block(*sum, &w, scales, x.block(first + n, b));
                }
                if b + 1 < blocks {
                    let (w, scales) = $unpack!(tile, b + 1);
                    for (n, sum) in odd.iter_mut().enumerate() {
                        *sum = add_block(*sum, &w, scales, x.block(first + n, b + 1));
                    }
                }
            }
        };
    }
    match format {
        Format::Q8_0 => blocks!(unpack_q8_0),
        Format::Q5_0 => blocks!(unpack_q5_0),
        Format::Q4K => blocks!(unpack_q4k),
        Format::Q6K => blocks!(unpack_q6k),
    }
    std::array::from_fn(|n| _mm512_add_ps(even[n], odd[n]))
}

/// 16 unsigned bytes as floats.
#[inline]
#[target_feature(enable = "avx512f,avx512bw,avx512vl,avx512vnni")]
fn bytes_as_floats(bytes: &[u8]) -> __m512 {
    _mm512_cvtepi32_ps(_mm512_cvtepu8_epi32(load128(array(bytes))))
}

/// 16 signed bytes as floats.
#[inline]
#[target_feature(enable = "avx512f,avx512bw,avx512vl,avx512vnni")]
fn signed_bytes_as_floats(bytes: &[u8]) -> __m512 {
    _mm512_cvtepi32_ps(_mm512_cvtepi8_epi32(load128(array(bytes))))
}

/// `sum` plus a block of 16 rows (`w`: its 8 fours of values) times the same block of an input
/// row (`(q, scale, total, halves)`, see [`Quantized::block`]).
#[inline]
#[target_feature(enable = "avx512f,avx512bw,avx512vl,avx512vnni")]
fn add_block(
    mut sum: __m512,
    w: &[__m512i; 8],
    scales: Scales,
    (q, scale, total, halves): (&[i8], f32, f32, [f32; 2]),
) -> __m512 {
    let scale = _mm512_set1_ps(scale);
    // Two chains (values 0..16 and 16..32), so that consecutive fours do not wait on one
    // another, and each half's sum is at hand for Q6_K.
    let mut products = [_mm512_setzero_si512(); 2];
    for (k, four) in q.chunks_exact(4).enumerate() {
        let four = i32::from_le_bytes([four[0], four[1], four[2], four[3]].map(|v| v as u8));
        products[k / 4] = _mm512_dpbusd_epi32(products[k / 4], w[k], _mm512_set1_epi32(four));
    }
    match scales {
        Scales::Block(d, m) => {
            let products = _mm512_cvtepi32_ps(_mm512_add_epi32(products[0], products[1]));
            sum = _mm512_fmadd_ps(products, _mm512_mul_ps(d, scale), sum);
            _mm512_fnmadd_ps(m, _mm512_set1_ps(total), sum)
        }
        Scales::Halves(each) => {
            for ((products, (d, m)), half) in products.iter().zip(each).zip(halves) {
                let products = _mm512_cvtepi32_ps(*products);
                sum = _mm512_fmadd_ps(products, _mm512_mul_ps(d, scale), sum);
                sum = _mm512_fnmadd_ps(m, _mm512_set1_ps(half), sum);
            }
            sum
        }
    }
}
