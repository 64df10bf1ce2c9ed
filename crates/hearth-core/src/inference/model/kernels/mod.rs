//! Hearth's own kernels for quantized weight matrices, used on x86-64 CPUs with AVX-512 VNNI
//! (AMD Zen 4 and later, Intel Ice Lake and later servers and laptops; elsewhere candle's
//! kernels run, see [`crate::inference::model::matrix`]).
//!
//! Why: per generated token a model reads every weight once, so generation speed is the speed
//! of streaming the weights. candle 0.11 has no x86 SIMD code for Q5_0 (most of the default
//! model), so on its kernels Q5_0 is widened to Q8_0 and rows are padded to reach its tiled
//! kernels, which keep a second, repacked copy of every matrix ([`crate::inference::model::widening`]).
//! These kernels keep the bits the file stores (Q8_0, Q5_0, Q4_K, Q6_K), one copy, no padding,
//! rearranged when loaded into tiles of 16 rows ([`tiles`]) and multiplied with inputs rounded
//! to 8 bits per 32 values (llama.cpp's Q8_0) by all threads of candle's pool.

#[cfg(target_arch = "x86_64")]
mod avx512;
mod input;
mod tiles;

use std::io::{Read, Seek, SeekFrom};
use std::sync::Mutex;

use candle_core::quantized::gguf_file::TensorInfo;
use candle_core::quantized::GgmlDType;
use candle_core::Result;

#[cfg(target_arch = "x86_64")]
pub use avx512::Avx512;
use input::Quantized;
pub use tiles::Format;
use tiles::{block, ROWS};

/// The kernels of this CPU, if it has them. candle's switches step them aside, so tests can
/// run candle's paths here: `MISTRALRS_FORCE_AVX2=1` and `MISTRALRS_FORCE_AVXVNNI=1` (take
/// the path of a CPU with only those), `CANDLE_DEQUANTIZE_ALL=1` (multiply in f32).
#[cfg(target_arch = "x86_64")]
pub fn active() -> Option<Avx512> {
    let forced = |name: &str| std::env::var(name).as_deref() == Ok("1");
    let switches = [
        "MISTRALRS_FORCE_AVX2",
        "MISTRALRS_FORCE_AVXVNNI",
        "CANDLE_DEQUANTIZE_ALL",
    ];
    match switches.into_iter().any(forced) {
        true => None,
        false => Avx512::detect(),
    }
}

/// No CPU but x86-64 has these kernels.
#[cfg(not(target_arch = "x86_64"))]
pub fn active() -> Option<Avx512> {
    None
}

/// Never made where there is no x86-64.
#[cfg(not(target_arch = "x86_64"))]
#[derive(Clone, Copy, Debug)]
pub enum Avx512 {}

#[cfg(not(target_arch = "x86_64"))]
impl Avx512 {
    fn products(self, _: Format, _: &[u8], _: &Quantized, _: &mut [f32]) {
        match self {}
    }
}

/// The kernels of this CPU, if it has them and they multiply tensors of `dtype`.
pub fn for_dtype(dtype: GgmlDType) -> Option<Avx512> {
    active().filter(|_| tile_format(dtype).is_some())
}

/// The tile format a tensor of `dtype` is kept in by these kernels, if they multiply it.
pub fn tile_format(dtype: GgmlDType) -> Option<Format> {
    match dtype {
        GgmlDType::Q8_0 => Some(Format::Q8_0),
        GgmlDType::Q6K => Some(Format::Q6K),
        GgmlDType::Q5_0 => Some(Format::Q5_0),
        GgmlDType::Q4K => Some(Format::Q4K),
        _ => None,
    }
}

/// Bytes a `(rows, cols)` tensor of `dtype` takes tiled, if the kernels take it.
pub fn tiled_bytes(dtype: GgmlDType, (rows, cols): (usize, usize)) -> Option<u64> {
    let format = tile_format(dtype)?;
    Some((rows.div_ceil(ROWS) * (cols / format.values()) * format.unit()) as u64)
}

/// A weight matrix of `rows` rows of `cols` values, tiled (see [`tiles`]).
pub struct Packed {
    format: Format,
    rows: usize,
    cols: usize,
    tiles: Vec<u8>,
}

impl Packed {
    /// A `(rows, cols)` tensor of `dtype` (which [`tile_format`] takes) from its stored blocks.
    #[cfg(any(test, feature = "synthetic"))]
    pub fn new(dtype: GgmlDType, (rows, cols): (usize, usize), bytes: &[u8]) -> Result<Self> {
        Self::read_from(dtype, (rows, cols), &mut std::io::Cursor::new(bytes))
    }

    /// Reads a tensor of a checked header (whose type [`tile_format`] takes) from `reader`.
    pub fn read<R: Read + Seek>(info: &TensorInfo, reader: &mut R, data: u64) -> Result<Self> {
        reader.seek(SeekFrom::Start(data + info.offset))?;
        Self::read_from(info.ggml_dtype, info.shape.dims2()?, reader)
    }

    /// Reads the stored blocks of a `(rows, cols)` tensor of `dtype` from `reader`, 16 rows at a
    /// time, straight into tiles.
    fn read_from<R: Read>(
        dtype: GgmlDType,
        (rows, cols): (usize, usize),
        reader: &mut R,
    ) -> Result<Self> {
        let Some(format) = tile_format(dtype) else {
            candle_core::bail!("no kernel for {dtype:?}");
        };
        if !cols.is_multiple_of(dtype.block_size()) {
            candle_core::bail!("rows of {cols} values are not whole {dtype:?} blocks");
        }
        let stored_row = cols / dtype.block_size() * dtype.type_size();
        let mut packed = Packed {
            format,
            rows,
            cols,
            tiles: Vec::new(),
        };
        let tile_bytes = packed.tile_bytes();
        packed.tiles = vec![0u8; rows.div_ceil(ROWS) * tile_bytes];
        let mut stored = vec![0u8; ROWS * stored_row];
        for (t, tile) in packed.tiles.chunks_exact_mut(tile_bytes).enumerate() {
            let n = (rows - t * ROWS).min(ROWS);
            let stored = &mut stored[..n * stored_row];
            reader.read_exact(stored)?;
            tiles::tile(format, stored, cols, tile);
        }
        Ok(packed)
    }

    pub fn rows(&self) -> usize {
        self.rows
    }

    /// Bytes of one tile.
    fn tile_bytes(&self) -> usize {
        self.cols / self.format.values() * self.format.unit()
    }

    /// The values of rows `rows` (a token table's lookup), one after another.
    pub fn values(&self, rows: &[u32]) -> Result<Vec<f32>> {
        let mut out = vec![0f32; rows.len() * self.cols];
        for (&r, out) in rows.iter().zip(out.chunks_exact_mut(self.cols)) {
            let r = r as usize;
            if r >= self.rows {
                candle_core::bail!("row {r} is outside a table of {}", self.rows);
            }
            let tile = &self.tiles[r / ROWS * self.tile_bytes()..][..self.tile_bytes()];
            for (b, out) in out.chunks_exact_mut(tiles::BLOCK).enumerate() {
                let block = block(self.format, tile, r % ROWS, b);
                for (i, (y, u)) in out.iter_mut().zip(block.u).enumerate() {
                    *y = block.d[i / 16] * f32::from(u) - block.m[i / 16];
                }
            }
        }
        Ok(out)
    }
}

/// `x` (rows of `matrices[0].cols` values, one after another) times each of `matrices` (which
/// share that width): the input is rounded once and every matrix's tiles are shared out among
/// the threads together. Returns one `(tokens, rows)` product per matrix.
pub fn multiply(kernels: Avx512, matrices: &[&Packed], x: &[f32]) -> Vec<Vec<f32>> {
    let cols = matrices.first().map_or(1, |m| m.cols);
    let input = Quantized::new(x, cols);
    let tokens = x.len() / cols;
    let threads = candle_core::utils::get_num_threads();
    // (matrix, first tile, tiles): about four pieces of each matrix per thread.
    let tasks: Vec<(usize, usize, usize)> = matrices
        .iter()
        .enumerate()
        .flat_map(|(i, m)| {
            let tiles = m.rows.div_ceil(ROWS);
            let step = tiles.div_ceil(threads * 4).max(1);
            (0..tiles)
                .step_by(step)
                .map(move |start| (i, start, step.min(tiles - start)))
        })
        .collect();
    let parts: Vec<Mutex<Vec<f32>>> = tasks
        .iter()
        .map(|&(_, _, count)| Mutex::new(vec![0f32; count * ROWS * tokens]))
        .collect();
    // candle's pool: its workers spin briefly before sleeping, so the ~100 products of a
    // generated token do not each wait for a sleeping thread to wake (rayon's did: a tenth of
    // generation time went to scheduling).
    candle_core::utils::barrier_pool().execute_chunked(tasks.len(), |range| {
        for (&(i, start, count), part) in tasks[range.clone()].iter().zip(&parts[range]) {
            let m = matrices[i];
            let bytes = &m.tiles[start * m.tile_bytes()..(start + count) * m.tile_bytes()];
            let mut part = part.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            kernels.products(m.format, bytes, &input, &mut part);
        }
    });
    let parts = parts.into_iter().map(|part| {
        part.into_inner()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    });
    let mut products: Vec<Vec<f32>> = matrices
        .iter()
        .map(|m| vec![0f32; tokens * m.rows])
        .collect();
    for (&(i, start, count), part) in tasks.iter().zip(parts) {
        let rows = matrices[i].rows;
        let first = start * ROWS;
        let real = (count * ROWS).min(rows - first);
        for (t, values) in part.chunks_exact(count * ROWS).enumerate() {
            products[i][t * rows + first..][..real].copy_from_slice(&values[..real]);
        }
    }
    products
}

#[cfg(test)]
mod tests;
