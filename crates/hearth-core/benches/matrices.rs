//! Matrix products of the default model's shapes and formats (Qwen2.5-Coder-0.5B: Q5_0 rows of
//! 896, Q6_K and Q4_K rows of 4,864, a Q8_0 output matrix) for one token (generation) and a
//! 128-token prompt chunk: candle's `QMatMul` against Hearth's `Matrix` (its own kernels where
//! the CPU has AVX-512 VNNI, see `inference/kernels`). `cargo bench -p hearth-core`; set
//! RAYON_NUM_THREADS to compare with `llama-bench -t`.

use candle_core::quantized::{GgmlDType, QMatMul, QTensor};
use candle_core::{Device, Module, Tensor};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use hearth_core::inference::testing::Matrix;

fn noise(n: usize, seed: usize) -> Vec<f32> {
    (0..n)
        .map(|i| ((i * 7919 + seed * 104_729) % 2001) as f32 / 1000.0 - 1.0)
        .collect()
}

fn products(c: &mut Criterion) {
    let device = Device::Cpu;
    let shapes = [
        ("attn_q Q5_0 896x896", GgmlDType::Q5_0, 896, 896),
        ("ffn_up Q5_0 4864x896", GgmlDType::Q5_0, 4864, 896),
        ("ffn_down Q6_K 896x4864", GgmlDType::Q6K, 896, 4864),
        ("ffn_down Q4_K 896x4864", GgmlDType::Q4K, 896, 4864),
        ("output Q8_0 16384x896", GgmlDType::Q8_0, 16384, 896),
    ];
    for (name, dtype, rows, width) in shapes {
        let weights =
            Tensor::from_vec(noise(rows * width, 1), (rows, width), &device).expect("weights");
        let quantized = || QTensor::quantize(&weights, dtype).expect("quantized");
        let candle = QMatMul::from_qtensor(quantized()).expect("candle's matrix");
        let hearth = Matrix::new(quantized()).expect("Hearth's matrix");
        let mut group = c.benchmark_group(name);
        group.sample_size(20);
        for tokens in [1, 128] {
            let x = Tensor::from_vec(noise(tokens * width, 2), (1, tokens, width), &device)
                .expect("input");
            group.bench_with_input(BenchmarkId::new("candle", tokens), &x, |b, x| {
                b.iter(|| candle.forward(x).expect("product"))
            });
            group.bench_with_input(BenchmarkId::new("hearth", tokens), &x, |b, x| {
                b.iter(|| hearth.forward(x).expect("product"))
            });
        }
        group.finish();
    }
}

criterion_group!(benches, products);
criterion_main!(benches);
