//! Weight matrices. On CPUs with AVX-512 VNNI, Q8_0, Q5_0, Q4_K and Q6_K matrices run on
//! Hearth's own kernels ([`crate::inference::model::kernels`]): the bits the file stores, one copy, in tiles of 16
//! rows. Elsewhere, and for other formats, they run on candle's kernels, laid out as those run
//! fastest: candle 0.11 multiplies Q8_0 weights with AVX-VNNI kernels (repacked 16-row tiles,
//! and one fused pass for several matrices sharing an input) only when each row is a whole
//! number of 256-value superblocks; otherwise every product is a separate dot product per row
//! pair. Qwen2.5-0.5B (rows of 896) and gemma-3-270m (640) miss that by one to three blocks, so
//! on CPUs with those kernels their Q8_0 rows are padded with zero blocks to the next multiple
//! of 256 and the input with zeros to match (zero blocks add exact zeros). The tiled kernels
//! round the input to 8 bits per 256 values (Q8_K) instead of per 32. Padding makes prompts
//! several times faster there, at the cost of memory: candle keeps its repacked tiles beside
//! the matrix it packed them from (docs/performance.md). The output matrix is not padded (one
//! row per step; padded and repacked it would double in size, and it may be the token table
//! itself).

use std::io::{Read, Seek, SeekFrom};
use std::sync::Arc;

use candle_core::quantized::ggml_file::qtensor_from_ggml;
use candle_core::quantized::gguf_file::Content;
use candle_core::quantized::{GgmlDType, QMatMul, QTensor};
use candle_core::{Device, Module, Result, Tensor, D};

use crate::inference::gguf::stored_bytes;
use crate::inference::model::kernels::{self, multiply, tiled_bytes, Avx512, Packed};

/// Values in a superblock: the row multiple candle's tiled x86 kernels need.
const SUPERBLOCK: usize = 256;
/// Bytes of one Q8_0 block of 32 values.
const Q8_0_BLOCK: usize = 34;

/// Whether candle has tiled Q8_0 kernels for this CPU: the same test it makes, including its
/// switch to the plain AVX2 kernels (`MISTRALRS_FORCE_AVX2=1`, which the tests use to run the
/// path of CPUs without VNNI) and its switch to AVX-VNNI (`MISTRALRS_FORCE_AVXVNNI=1`).
pub fn tiled_q8_0() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        let forced = |name: &str| std::env::var(name).as_deref() == Ok("1");
        if forced("MISTRALRS_FORCE_AVX2") {
            return false;
        }
        (is_x86_feature_detected!("avx512f") && is_x86_feature_detected!("avx512vnni"))
            || forced("MISTRALRS_FORCE_AVXVNNI")
            || is_x86_feature_detected!("avxvnni")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// Rows candle's tiled x86 kernels take at a time.
const TILE_ROWS: usize = 16;

/// The row length a `(rows, cols)` matrix of `dtype` is padded to: the next multiple of 256
/// for Q8_0 layer matrices on a CPU with the tiled kernel (whose row count fits its tiles).
fn padded_cols(dtype: GgmlDType, rows: usize, cols: usize, may_pad: bool) -> usize {
    match may_pad && dtype == GgmlDType::Q8_0 && rows.is_multiple_of(TILE_ROWS) && tiled_q8_0() {
        true => cols.next_multiple_of(SUPERBLOCK),
        false => cols,
    }
}

/// Bytes a `(rows, cols)` matrix of `dtype` (as loaded: Q5_0 already widened to Q8_0) takes
/// beyond those once it has been multiplied, as [`Matrix`] loads it and candle 0.11 runs it:
/// its zero padding, and the tiles candle repacks it into and keeps beside it (Q4_K always,
/// Q6_K for prompts, Q8_0 where the CPU has the tiled kernel). `output`: the output matrix,
/// never padded.
pub fn extra_bytes(dtype: GgmlDType, rows: usize, cols: usize, output: bool) -> u64 {
    let stored = |cols: usize| stored_bytes((rows * cols) as u64, dtype);
    if let (Some(_), Some(tiled)) = (kernels::active(), tiled_bytes(dtype, (rows, cols))) {
        // Hearth's kernels keep the bits as stored, in tiles of 16 rows.
        return tiled.saturating_sub(stored(cols));
    }
    let padded = padded_cols(dtype, rows, cols, !output);
    let tiled = rows.is_multiple_of(TILE_ROWS) && padded.is_multiple_of(SUPERBLOCK);
    let repacked = match dtype {
        GgmlDType::Q4K | GgmlDType::Q6K => tiled,
        GgmlDType::Q8_0 => tiled && tiled_q8_0(),
        _ => false,
    };
    stored(padded) - stored(cols) + if repacked { stored(padded) } else { 0 }
}

/// A weight matrix `(rows, cols)`.
pub struct Matrix(Kind);

/// What a matrix read from the file is for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A layer's (padded where that reaches candle's tiled kernels).
    Layer,
    /// The token table or the output matrix (never padded).
    Table,
}

enum Kind {
    /// Hearth's kernels, over the blocks as stored.
    Hearth(Avx512, Packed),
    /// candle's, with `pad` zero values added to each row (see the module documentation).
    Candle {
        inner: QMatMul,
        tensor: Arc<QTensor>,
        /// Whether `inner` multiplies quantized (not dequantized) weights.
        quantized: bool,
        pad: usize,
    },
}

/// A Q8_0 matrix of `rows` rows of `cols` values padded with zero blocks to `padded`, its rows
/// written by `row` straight into place.
fn padded_q8_0(
    (rows, cols, padded): (usize, usize, usize),
    device: &Device,
    mut row: impl FnMut(&mut [u8]) -> Result<()>,
) -> Result<QTensor> {
    let (stored, padded_row) = (cols / 32 * Q8_0_BLOCK, padded / 32 * Q8_0_BLOCK);
    let mut bytes = vec![0u8; rows * padded_row];
    for chunk in bytes.chunks_exact_mut(padded_row) {
        row(&mut chunk[..stored])?;
    }
    qtensor_from_ggml(GgmlDType::Q8_0, &bytes, vec![rows, padded], device)
}

impl Matrix {
    /// A layer's matrix: on Hearth's kernels where they take it, else padded where that
    /// reaches candle's tiled kernels.
    #[cfg(any(test, feature = "synthetic"))]
    pub fn new(tensor: QTensor) -> Result<Self> {
        let (rows, cols) = tensor.shape().dims2()?;
        if let Some(cpu) = kernels::for_dtype(tensor.dtype()) {
            let packed = Packed::new(tensor.dtype(), (rows, cols), &tensor.data()?)?;
            return Ok(Matrix(Kind::Hearth(cpu, packed)));
        }
        let padded = padded_cols(tensor.dtype(), rows, cols, true);
        if padded == cols {
            return Self::wrap(Arc::new(tensor), cols);
        }
        let bytes = tensor.data()?;
        let mut stored = bytes.chunks_exact(cols / 32 * Q8_0_BLOCK);
        let tensor = padded_q8_0((rows, cols, padded), &tensor.device(), |row| {
            match stored.next() {
                Some(source) => row.copy_from_slice(source),
                None => candle_core::bail!("a Q8_0 matrix of {rows} rows ended early"),
            }
            Ok(())
        })?;
        Self::wrap(Arc::new(tensor), cols)
    }

    /// Reads the matrix `name` of a checked header, as its `role` needs: for Hearth's kernels
    /// where they take it; else a layer's padded as it is read (one copy of its bytes, not one
    /// for reading and another for padding), the token table or output matrix never padded (one
    /// row per step; padded and repacked it would double in size).
    pub fn read<R: Read + Seek>(
        content: &Content,
        reader: &mut R,
        (name, role): (&str, Role),
        device: &Device,
    ) -> Result<Self> {
        let Some(info) = content.tensor_infos.get(name) else {
            candle_core::bail!("cannot find tensor {name}");
        };
        if let Some(cpu) = kernels::for_dtype(info.ggml_dtype) {
            let packed = Packed::read(info, reader, content.tensor_data_offset)?;
            return Ok(Matrix(Kind::Hearth(cpu, packed)));
        }
        let (rows, cols) = info.shape.dims2()?;
        let padded = padded_cols(info.ggml_dtype, rows, cols, role == Role::Layer);
        if padded != cols {
            reader.seek(SeekFrom::Start(content.tensor_data_offset + info.offset))?;
            let tensor = padded_q8_0((rows, cols, padded), device, |row| {
                Ok(reader.read_exact(row)?)
            })?;
            return Self::wrap(Arc::new(tensor), cols);
        }
        let tensor = info.read(reader, content.tensor_data_offset, device)?;
        let cols = tensor.shape().dims2()?.1;
        Self::wrap(Arc::new(tensor), cols)
    }

    /// Rows `tokens` of the matrix as numbers, `(tokens, cols)`: a token table's lookup.
    pub fn lookup(&self, tokens: &[u32]) -> Result<Tensor> {
        let (tensor, pad) = match &self.0 {
            Kind::Hearth(_, packed) => {
                let values = packed.values(tokens)?;
                let cols = values.len() / tokens.len().max(1);
                return Tensor::from_vec(values, (tokens.len(), cols), &Device::Cpu);
            }
            Kind::Candle { tensor, pad, .. } => (tensor, *pad),
        };
        let bytes = tensor.data()?;
        let (vocab, cols) = tensor.shape().dims2()?;
        let row = bytes.len() / vocab;
        let mut rows = Vec::with_capacity(tokens.len() * row);
        for &token in tokens {
            let at = token as usize * row;
            let Some(slice) = bytes.get(at..at + row) else {
                candle_core::bail!("token {token} is outside the vocabulary of {vocab}");
            };
            rows.extend_from_slice(slice);
        }
        let device = tensor.device();
        qtensor_from_ggml(tensor.dtype(), &rows, vec![tokens.len(), cols], &device)?
            .dequantize(&device)?
            .narrow(1, 0, cols - pad)
    }

    /// `tensor` multiplying inputs of `cols` values (fewer than its rows hold when padded).
    fn wrap(tensor: Arc<QTensor>, cols: usize) -> Result<Self> {
        let pad = tensor.shape().dims2()?.1 - cols;
        let inner = QMatMul::from_arc(tensor.clone())?;
        let quantized = matches!(inner, QMatMul::QTensor(_));
        Ok(Matrix(Kind::Candle {
            inner,
            tensor,
            quantized,
            pad,
        }))
    }
}

impl Matrix {
    /// The tiles, where Hearth's kernels multiply this matrix.
    fn on_hearth_kernels(&self) -> Option<(Avx512, &Packed)> {
        match &self.0 {
            Kind::Hearth(cpu, packed) => Some((*cpu, packed)),
            Kind::Candle { .. } => None,
        }
    }

    /// candle's quantized tensor and its padding, where candle multiplies it quantized.
    fn quantized(&self) -> Option<(&QTensor, usize)> {
        match &self.0 {
            Kind::Candle {
                tensor,
                quantized: true,
                pad,
                ..
            } => Some((tensor, *pad)),
            _ => None,
        }
    }
}

/// `x` with `pad` zero values added to each row.
fn pad_rows(x: &Tensor, pad: usize) -> Result<Tensor> {
    match pad {
        0 => Ok(x.clone()),
        pad => x.pad_with_zeros(D::Minus1, 0, pad),
    }
}

/// `x` (`(..., cols)`) times each of `matrices` on Hearth's kernels.
fn multiply_on_hearth_kernels<const N: usize>(
    matrices: [(Avx512, &Packed); N],
    x: &Tensor,
) -> Result<[Tensor; N]> {
    let Some(&(cpu, _)) = matrices.first() else {
        candle_core::bail!("no matrix to multiply by");
    };
    let matrices = matrices.map(|(_, packed)| packed);
    let dims = x.dims().to_vec();
    let values = x.flatten_all()?.to_vec1::<f32>()?;
    let products = multiply(cpu, &matrices, &values);
    let mut shaped = Vec::with_capacity(N);
    for (product, matrix) in products.into_iter().zip(matrices) {
        let mut dims = dims.clone();
        if let Some(last) = dims.last_mut() {
            *last = matrix.rows();
        }
        shaped.push(Tensor::from_vec(product, dims, x.device())?);
    }
    match shaped.try_into() {
        Ok(products) => Ok(products),
        Err(_) => candle_core::bail!("expected {N} products"),
    }
}

impl Module for Matrix {
    fn forward(&self, x: &Tensor) -> Result<Tensor> {
        match &self.0 {
            Kind::Hearth(cpu, packed) => {
                let [product] = multiply_on_hearth_kernels([(*cpu, packed)], x)?;
                Ok(product)
            }
            Kind::Candle { inner, pad, .. } => inner.forward(&pad_rows(x, *pad)?),
        }
    }
}

/// `x` times each of `N` matrices that read the same input (q, k, v; gate, up): in one pass of
/// candle's fused kernel where it has one (AVX-512 VNNI, matrices of one type and padding: the
/// input is quantized once and one parallel region computes all), else one after another.
pub fn multiply_shared_input<const N: usize>(
    matrices: &[&Matrix; N],
    x: &Tensor,
) -> Result<[Tensor; N]> {
    let tiled: Option<Vec<(Avx512, &Packed)>> =
        matrices.iter().map(|m| m.on_hearth_kernels()).collect();
    if let Some(Ok(matrices)) = tiled.map(<[(Avx512, &Packed); N]>::try_from) {
        return multiply_on_hearth_kernels(matrices, x);
    }
    let first_pad = matrices
        .first()
        .and_then(|m| m.quantized())
        .map(|(_, pad)| pad);
    let fused = match matrices
        .iter()
        .map(|m| m.quantized().filter(|(_, pad)| Some(*pad) == first_pad))
        .collect::<Option<Vec<(&QTensor, usize)>>>()
    {
        Some(tensors) => {
            let x = pad_rows(x, first_pad.unwrap_or(0))?.contiguous()?;
            let tensors: Vec<&QTensor> = tensors.into_iter().map(|(t, _)| t).collect();
            QTensor::gemv_fused_shared_lhs(&tensors, &x)?
        }
        None => None,
    };
    let products = match fused {
        Some(products) => products,
        None => matrices
            .iter()
            .map(|m| m.forward(x))
            .collect::<Result<Vec<_>>>()?,
    };
    match products.try_into() {
        Ok(products) => Ok(products),
        Err(_) => candle_core::bail!("expected {N} products"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::Device;

    /// A `(rows, cols)` Q8_0 matrix and `(m, cols)` inputs of deterministic noise.
    fn operands(rows: usize, cols: usize, m: usize) -> (QTensor, Tensor) {
        let noise = |n: usize, seed: usize| -> Vec<f32> {
            (0..n)
                .map(|i| ((i * 7919 + seed * 104_729) % 2001) as f32 / 1000.0 - 1.0)
                .collect()
        };
        let device = Device::Cpu;
        let w = Tensor::from_vec(noise(rows * cols, 1), (rows, cols), &device).unwrap();
        let x = Tensor::from_vec(noise(m * cols, 2), (1, m, cols), &device).unwrap();
        (QTensor::quantize(&w, GgmlDType::Q8_0).unwrap(), x)
    }

    fn relative(a: &Tensor, b: &Tensor) -> f32 {
        let scale = b
            .abs()
            .unwrap()
            .max_all()
            .unwrap()
            .to_scalar::<f32>()
            .unwrap();
        let diff = (a - b).unwrap().abs().unwrap().max_all().unwrap();
        diff.to_scalar::<f32>().unwrap() / scale
    }

    /// The zero values added to each row: `None` on Hearth's kernels (nothing added).
    fn pad(matrix: &Matrix) -> Option<usize> {
        match &matrix.0 {
            Kind::Hearth(..) => None,
            Kind::Candle { pad, .. } => Some(*pad),
        }
    }

    #[test]
    fn a_matrix_multiplies_like_the_weights_it_holds() {
        // Rows of 896 (the default model's) run on Hearth's kernels where the CPU has them,
        // else are padded where it has candle's tiled kernels; either way the product is the
        // dequantized weights' up to activation rounding.
        for m in [1, 7] {
            let (w, x) = operands(64, 896, m);
            let exact = x
                .broadcast_matmul(&w.dequantize(&Device::Cpu).unwrap().t().unwrap())
                .unwrap();
            let matrix = Matrix::new(w).unwrap();
            let expected = match (kernels::active(), tiled_q8_0()) {
                (Some(_), _) => None,
                (None, tiled) => Some(if tiled { 128 } else { 0 }),
            };
            assert_eq!(pad(&matrix), expected);
            let product = matrix.forward(&x).unwrap();
            assert_eq!(product.dims(), &[1, m, 64]);
            let worst = relative(&product, &exact);
            assert!(worst < 0.02, "m = {m}: relative difference {worst}");
        }
    }

    #[test]
    fn matrices_sharing_an_input_multiply_together_as_apart() {
        let (q, x) = operands(64, 896, 3);
        let (k, _) = operands(32, 896, 3);
        let (q, k) = (Matrix::new(q).unwrap(), Matrix::new(k).unwrap());
        let [a, b] = multiply_shared_input(&[&q, &k], &x).unwrap();
        assert_eq!(relative(&a, &q.forward(&x).unwrap()), 0.0);
        assert_eq!(relative(&b, &k.forward(&x).unwrap()), 0.0);
    }

    #[test]
    fn a_table_is_never_padded_and_looks_rows_up() {
        let (w, _) = operands(64, 896, 1);
        let values = w.dequantize(&Device::Cpu).unwrap();
        let mut bytes = std::io::Cursor::new(w.data().unwrap().into_owned());
        let info = candle_core::quantized::gguf_file::TensorInfo {
            ggml_dtype: GgmlDType::Q8_0,
            shape: (64, 896).into(),
            offset: 0,
        };
        let content = Content {
            magic: candle_core::quantized::gguf_file::VersionedMagic::GgufV3,
            metadata: Default::default(),
            tensor_infos: [("output.weight".to_owned(), info)].into(),
            tensor_data_offset: 0,
        };
        let name = ("output.weight", Role::Table);
        let table = Matrix::read(&content, &mut bytes, name, &Device::Cpu);
        let table = table.unwrap();
        assert!(matches!(pad(&table), None | Some(0)));
        let rows = table.lookup(&[5, 63]).unwrap();
        let expected = Tensor::cat(&[values.get(5).unwrap(), values.get(63).unwrap()], 0);
        assert_eq!(
            relative(&rows.flatten_all().unwrap(), &expected.unwrap()),
            0.0
        );
        assert!(table.lookup(&[64]).is_err(), "a row past the table");
        let padded = extra_bytes(GgmlDType::Q8_0, 64, 896, false);
        let expected = match (kernels::active(), tiled_q8_0()) {
            (Some(_), _) | (None, false) => 0,
            // 128 zero values a row, then the tiles of all 1,024.
            (None, true) => 64 * (128 + 1024) / 32 * 34,
        };
        assert_eq!(padded, expected);
        assert_eq!(
            extra_bytes(GgmlDType::Q8_0, 64, 896, true),
            0,
            "unpadded rows of 896 are not tiled"
        );
    }
}
