//! Matrix products of the default model's shapes (Qwen2.5-Coder-0.5B: rows of 896, Q8_0 once
//! its Q5_0 is widened) for one token (generation) and a 128-token prompt chunk: candle's
//! `QMatMul` on the rows as stored, against Hearth's `Matrix` (rows padded to 1,024 where the
//! CPU has candle's tiled Q8_0 kernels, see `inference/matrix.rs`). `cargo bench -p
//! hearth-core`; set RAYON_NUM_THREADS to compare with `llama-bench -t`.

use candle_core::quantized::{GgmlDType, QMatMul, QTensor};
use candle_core::{Device, Module, Tensor};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use hearth_core::inference::matrix::Matrix;

fn noise(n: usize, seed: usize) -> Vec<f32> {
    (0..n)
        .map(|i| ((i * 7919 + seed * 104_729) % 2001) as f32 / 1000.0 - 1.0)
        .collect()
}

fn products(c: &mut Criterion) {
    let device = Device::Cpu;
    let width = 896;
    for (name, rows) in [("attn_q 896x896", 896), ("ffn_up 4864x896", 4864)] {
        let weights =
            Tensor::from_vec(noise(rows * width, 1), (rows, width), &device).expect("weights");
        let quantized = || QTensor::quantize(&weights, GgmlDType::Q8_0).expect("Q8_0");
        let stored = QMatMul::from_qtensor(quantized()).expect("candle's matrix");
        let padded = Matrix::new(quantized()).expect("Hearth's matrix");
        let mut group = c.benchmark_group(name);
        group.sample_size(20);
        for tokens in [1, 128] {
            let x = Tensor::from_vec(noise(tokens * width, 2), (1, tokens, width), &device)
                .expect("input");
            group.bench_with_input(BenchmarkId::new("candle, as stored", tokens), &x, |b, x| {
                b.iter(|| stored.forward(x).expect("product"))
            });
            group.bench_with_input(BenchmarkId::new("hearth, padded", tokens), &x, |b, x| {
                b.iter(|| padded.forward(x).expect("product"))
            });
        }
        group.finish();
    }
}

criterion_group!(benches, products);
criterion_main!(benches);
