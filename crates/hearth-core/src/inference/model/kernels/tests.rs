//! The kernels against candle's own products and the plain-Rust blocks, on random blocks of
//! every format they read.

use candle_core::quantized::ggml_file::qtensor_from_ggml;
use candle_core::quantized::{GgmlDType, QMatMul};
use candle_core::{Device, Module, Tensor};

use super::input::Quantized;
use super::tiles::BLOCK;
use super::*;

/// xorshift noise, reproducible.
struct Noise(u64);

impl Noise {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }

    /// A finite f16 scale between about 1e-3 and 0.25, either sign.
    fn scale(&mut self) -> [u8; 2] {
        let magnitude = 0.001 + (self.next() % 1000) as f32 / 4000.0;
        let sign = if self.next().is_multiple_of(2) {
            1.0
        } else {
            -1.0
        };
        half::f16::from_f32(sign * magnitude).to_le_bytes()
    }

    fn values(&mut self, n: usize) -> Vec<f32> {
        (0..n)
            .map(|_| (self.next() % 20_001) as f32 / 10_000.0 - 1.0)
            .collect()
    }
}

/// `rows × cols` random blocks of `dtype` with sane scales where each format keeps them.
fn random_blocks(dtype: GgmlDType, rows: usize, cols: usize, noise: &mut Noise) -> Vec<u8> {
    let blocks = rows * cols / dtype.block_size();
    let mut bytes = Vec::with_capacity(blocks * dtype.type_size());
    for _ in 0..blocks {
        match dtype {
            GgmlDType::Q8_0 | GgmlDType::Q5_0 => {
                bytes.extend(noise.scale());
                bytes.extend(noise.bytes(dtype.type_size() - 2));
            }
            GgmlDType::Q4K => {
                bytes.extend(noise.scale().map(|b| b & 0x7f));
                bytes.extend(noise.scale().map(|b| b & 0x7f));
                bytes.extend(noise.bytes(140));
            }
            GgmlDType::Q6K => {
                bytes.extend(noise.bytes(208));
                bytes.extend(noise.scale());
            }
            _ => unreachable!("not a format under test"),
        }
    }
    bytes
}

fn packed(dtype: GgmlDType, rows: usize, cols: usize, bytes: &[u8]) -> Packed {
    Packed::new(dtype, (rows, cols), bytes).expect("a matrix of a kernel format")
}

/// The largest difference between `a` and `b` relative to `b`'s largest magnitude.
fn relative(a: &[f32], b: &[f32]) -> f32 {
    let scale = b.iter().fold(0f32, |m, v| m.max(v.abs()));
    let worst = a.iter().zip(b).fold(0f32, |m, (x, y)| m.max((x - y).abs()));
    worst / scale
}

const FORMATS: [GgmlDType; 4] = [
    GgmlDType::Q8_0,
    GgmlDType::Q5_0,
    GgmlDType::Q4K,
    GgmlDType::Q6K,
];

/// The product of row `r` of `m` and input row `t`, in plain Rust from the tiles.
fn plain_product(m: &Packed, input: &Quantized, r: usize, t: usize) -> f32 {
    let tile = &m.tiles[r / ROWS * m.tile_bytes()..][..m.tile_bytes()];
    (0..m.cols / BLOCK)
        .map(|b| {
            let w = block(m.format, tile, r % ROWS, b);
            let (q, d, _, sums) = input.block(t, b);
            (0..2)
                .map(|h| {
                    let (u, q) = (&w.u[h * 16..][..16], &q[h * 16..][..16]);
                    let dot: i32 = u
                        .iter()
                        .zip(q)
                        .map(|(&u, &q)| i32::from(u) * i32::from(q))
                        .sum();
                    w.d[h] * d * dot as f32 - w.m[h] * sums[h]
                })
                .sum::<f32>()
        })
        .sum()
}

#[test]
fn tiles_hold_the_values_stored() {
    let mut noise = Noise(0x2545_f491_4f6c_dd1d);
    // 20 rows: a whole tile and a padded one.
    for dtype in FORMATS {
        let bytes = random_blocks(dtype, 20, 512, &mut noise);
        let expected = qtensor_from_ggml(dtype, &bytes, vec![20, 512], &Device::Cpu)
            .and_then(|t| t.dequantize(&Device::Cpu)?.flatten_all()?.to_vec1::<f32>())
            .expect("candle dequantizes");
        let rows: Vec<u32> = (0..20).collect();
        let values = packed(dtype, 20, 512, &bytes).values(&rows).expect("rows");
        let worst = relative(&values, &expected);
        assert!(worst < 1e-6, "{dtype:?}: {worst}");
        assert!(packed(dtype, 20, 512, &bytes).values(&[20]).is_err());
    }
}

#[test]
fn products_match_candles_and_the_plain_products() {
    let Some(kernels) = active() else { return };
    let mut noise = Noise(0x0123_4567_89ab_cdef);
    let device = Device::Cpu;
    for dtype in FORMATS {
        // The default model's widths (896, 4864) and gemma's (640); 40 rows: two whole tiles
        // and a padded one.
        for cols in [640usize, 896, 4864] {
            if !cols.is_multiple_of(dtype.block_size()) {
                continue;
            }
            let rows = 40;
            let bytes = random_blocks(dtype, rows, cols, &mut noise);
            let matrix = packed(dtype, rows, cols, &bytes);
            // 1, 3 and 6 input rows: every group size the kernel takes (6 = 4 + 2).
            for tokens in [1, 3, 6] {
                let x = noise.values(tokens * cols);
                let ours = multiply(kernels, &[&matrix], &x).remove(0);
                // The plain-Rust products: the same integers, summed in another order.
                let input = Quantized::new(&x, cols);
                let plain: Vec<f32> = (0..tokens * rows)
                    .map(|i| plain_product(&matrix, &input, i % rows, i / rows))
                    .collect();
                assert!(relative(&ours, &plain) < 1e-5, "{dtype:?} {cols}");
                // candle's quantized product, and the exact product of the weights.
                let weights =
                    qtensor_from_ggml(dtype, &bytes, vec![rows, cols], &device).expect("a tensor");
                let exact = weights.dequantize(&device).expect("dequantizes");
                let input = Tensor::from_vec(x, (tokens, cols), &device).expect("input");
                let candle = QMatMul::from_qtensor(weights)
                    .and_then(|m| m.forward(&input)?.flatten_all()?.to_vec1::<f32>())
                    .expect("candle multiplies");
                let exact = input
                    .matmul(&exact.t().expect("t"))
                    .and_then(|p| p.flatten_all()?.to_vec1::<f32>())
                    .expect("f32 product");
                // Q5_0, and Q8_0 in rows that are not whole 256-value superblocks: candle
                // rounds the input exactly as Hearth does. Otherwise candle rounds per 256
                // values (K-quants; its tiled Q8_0 kernel).
                let same_rounding = dtype == GgmlDType::Q5_0
                    || (dtype == GgmlDType::Q8_0 && !cols.is_multiple_of(256));
                let against_candle = relative(&ours, &candle);
                let bound = if same_rounding { 1e-5 } else { 2e-2 };
                assert!(against_candle < bound, "{dtype:?} {cols}: {against_candle}");
                let against_exact = relative(&ours, &exact);
                assert!(against_exact < 2e-2, "{dtype:?} {cols}: {against_exact}");
            }
        }
    }
}

#[test]
fn several_matrices_multiply_together_as_apart() {
    let Some(kernels) = active() else { return };
    let mut noise = Noise(7);
    let q = packed(
        GgmlDType::Q5_0,
        64,
        896,
        &random_blocks(GgmlDType::Q5_0, 64, 896, &mut noise),
    );
    let k = packed(
        GgmlDType::Q8_0,
        32,
        896,
        &random_blocks(GgmlDType::Q8_0, 32, 896, &mut noise),
    );
    let x = noise.values(3 * 896);
    let both = multiply(kernels, &[&q, &k], &x);
    assert_eq!(both[0], multiply(kernels, &[&q], &x)[0]);
    assert_eq!(both[1], multiply(kernels, &[&k], &x)[0]);
    assert_eq!(both[1].len(), 3 * 32);
}
