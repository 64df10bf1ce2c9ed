//! What [`Transformer`] is checked against: a plain, position-by-position implementation of
//! every supported family written from the papers and llama.cpp's graphs (loops over `f32`,
//! no candle ops but dequantization), and candle-transformers' `quantized_qwen2` for qwen2.

use std::fs::File;
use std::io::BufReader;
use std::path::Path;

use candle_core::quantized::gguf_file::Content;
use candle_core::{Device, Result, Tensor};

use crate::inference::gguf::Gguf;
use crate::inference::model::hyperparams::{Activation, Hyperparams, RopeStyle};
use crate::inference::model::transformer::Transformer;
use crate::inference::model::widening::Widened;

fn open(path: &Path) -> Result<(Content, Hyperparams, Widened<BufReader<File>>)> {
    let gguf = Gguf::open(path).map_err(|e| candle_core::Error::Msg(e.to_string()))?;
    let architecture = gguf
        .architecture()
        .map_err(|e| candle_core::Error::Msg(e.to_string()))?;
    let mut content = gguf.content;
    let hyper =
        Hyperparams::from_content(&content, architecture).map_err(candle_core::Error::Msg)?;
    let reader = Widened::new(gguf.reader, &mut content);
    Ok((content, hyper, reader))
}

/// Hearth's model on `path` as the app loads it (two readers), for `context` positions.
pub fn load(path: &Path, context: usize) -> Result<Transformer> {
    let (content, hyper, mut reader) = open(path)?;
    let second = reader.sibling(BufReader::new(File::open(path)?));
    Transformer::from_gguf(
        &content,
        hyper,
        context,
        (&mut reader, Some(second)),
        &Device::Cpu,
    )
}

/// A matrix as rows.
struct Matrix {
    cols: usize,
    values: Vec<f32>,
}

impl Matrix {
    fn times(&self, x: &[f32]) -> Vec<f32> {
        self.values
            .chunks(self.cols)
            .map(|row| row.iter().zip(x).map(|(w, v)| w * v).sum())
            .collect()
    }

    fn row(&self, i: usize) -> &[f32] {
        &self.values[i * self.cols..(i + 1) * self.cols]
    }
}

fn rms_norm(x: &[f32], weight: &[f32], eps: f64) -> Vec<f32> {
    let mean = x.iter().map(|v| f64::from(v * v)).sum::<f64>() / x.len() as f64;
    let scale = (1.0 / (mean + eps).sqrt()) as f32;
    x.iter().zip(weight).map(|(v, w)| v * scale * w).collect()
}

/// Rotates one head's pairs by `position × θᵢ`.
fn rotate(head: &mut [f32], position: usize, hyper: &Hyperparams, global: bool, factors: &[f32]) {
    let d = head.len();
    let (base, scale) = match (global, hyper.sliding) {
        (false, Some(sliding)) => (sliding.rope_base, 1.0),
        _ => (hyper.rope_base, hyper.rope_scale),
    };
    for i in 0..d / 2 {
        let factor = if global {
            factors.get(i).copied()
        } else {
            None
        }
        .unwrap_or(1.0);
        let theta = position as f32 / scale * base.powf(-2.0 * i as f32 / d as f32) / factor;
        let (a, b) = match hyper.rope_style {
            RopeStyle::Halves => (i, i + d / 2),
            RopeStyle::Adjacent => (2 * i, 2 * i + 1),
        };
        let (x0, x1) = (head[a], head[b]);
        head[a] = x0 * theta.cos() - x1 * theta.sin();
        head[b] = x0 * theta.sin() + x1 * theta.cos();
    }
}

/// The logits after every position of `tokens`, computed from scratch.
pub fn plain_logits(path: &Path, tokens: &[u32]) -> Result<Vec<Vec<f32>>> {
    let (content, hyper, mut reader) = open(path)?;
    let mut read = |name: &str| -> Result<Matrix> {
        let t = content.tensor(&mut reader, name, &Device::Cpu)?;
        let cols = *t.shape().dims().last().unwrap_or(&1);
        let values = values(t.dequantize(&Device::Cpu)?)?;
        Ok(Matrix { cols, values })
    };
    let table = read("token_embd.weight")?;
    let output = match content.tensor_infos.contains_key("output.weight") {
        true => Some(read("output.weight")?),
        false => None,
    };
    let factors = match content.tensor_infos.contains_key("rope_freqs.weight") {
        true => read("rope_freqs.weight")?.values,
        false => Vec::new(),
    };
    let d = hyper.head_dim;
    let group = hyper.heads / hyper.kv_heads;
    let mut x: Vec<Vec<f32>> = tokens
        .iter()
        .map(|&t| {
            let scale = hyper.embedding_scale.unwrap_or(1.0);
            table.row(t as usize).iter().map(|v| v * scale).collect()
        })
        .collect();
    for i in 0..hyper.layers {
        let mut w = |part: &str| read(&format!("blk.{i}.{part}"));
        let (wq, wk, wv, wo) = (
            w("attn_q.weight")?,
            w("attn_k.weight")?,
            w("attn_v.weight")?,
            w("attn_output.weight")?,
        );
        let attention_norm = w("attn_norm.weight")?.values;
        let bias = |m: &mut dyn FnMut(&str) -> Result<Matrix>, part: &str| -> Result<Vec<f32>> {
            Ok(match hyper.qkv_bias {
                true => m(part)?.values,
                false => Vec::new(),
            })
        };
        let biases = [
            bias(&mut w, "attn_q.bias")?,
            bias(&mut w, "attn_k.bias")?,
            bias(&mut w, "attn_v.bias")?,
        ];
        let qk_norm = match hyper.qk_norm {
            true => Some((
                w("attn_q_norm.weight")?.values,
                w("attn_k_norm.weight")?.values,
            )),
            false => None,
        };
        let post = match hyper.post_norms {
            true => Some((
                w("post_attention_norm.weight")?.values,
                w("post_ffw_norm.weight")?.values,
            )),
            false => None,
        };
        let (gate, up, down) = (
            w("ffn_gate.weight")?,
            w("ffn_up.weight")?,
            w("ffn_down.weight")?,
        );
        let ffn_norm = w("ffn_norm.weight")?.values;
        let window = hyper.sliding_in(i).map_or(usize::MAX, |s| s.window);
        let global = hyper.sliding_in(i).is_none();

        let add = |v: Vec<f32>, b: &[f32]| -> Vec<f32> {
            v.iter()
                .enumerate()
                .map(|(j, x)| x + b.get(j).copied().unwrap_or(0.0))
                .collect()
        };
        // Per position: its query heads, key heads and value heads.
        let mut queries = Vec::new();
        let mut keys = Vec::new();
        let mut values = Vec::new();
        for (position, row) in x.iter().enumerate() {
            let h = rms_norm(row, &attention_norm, hyper.eps);
            let mut q = add(wq.times(&h), &biases[0]);
            let mut k = add(wk.times(&h), &biases[1]);
            let v = add(wv.times(&h), &biases[2]);
            for (heads, norm) in [
                (&mut q, qk_norm.as_ref().map(|n| &n.0)),
                (&mut k, qk_norm.as_ref().map(|n| &n.1)),
            ] {
                for head in heads.chunks_mut(d) {
                    if let Some(norm) = norm {
                        let normed = rms_norm(head, norm, hyper.eps);
                        head.copy_from_slice(&normed);
                    }
                    rotate(head, position, &hyper, global, &factors);
                }
            }
            queries.push(q);
            keys.push(k);
            values.push(v);
        }
        for (position, row) in x.iter_mut().enumerate() {
            let mut attended = vec![0f32; hyper.heads * d];
            for head in 0..hyper.heads {
                let kv = head / group;
                let q = &queries[position][head * d..(head + 1) * d];
                let seen: Vec<usize> = (0..=position).filter(|j| position - j < window).collect();
                let scores: Vec<f32> = seen
                    .iter()
                    .map(|&j| {
                        let k = &keys[j][kv * d..(kv + 1) * d];
                        q.iter().zip(k).map(|(a, b)| a * b).sum::<f32>() / (d as f32).sqrt()
                    })
                    .collect();
                let top = scores.iter().copied().fold(f32::NEG_INFINITY, f32::max);
                let weights: Vec<f32> = scores.iter().map(|s| (s - top).exp()).collect();
                let total: f32 = weights.iter().sum();
                for (&j, weight) in seen.iter().zip(&weights) {
                    let v = &values[j][kv * d..(kv + 1) * d];
                    for (out, v) in attended[head * d..(head + 1) * d].iter_mut().zip(v) {
                        *out += weight / total * v;
                    }
                }
            }
            let mut y = wo.times(&attended);
            if let Some((after_attention, _)) = &post {
                y = rms_norm(&y, after_attention, hyper.eps);
            }
            row.iter_mut().zip(&y).for_each(|(a, b)| *a += b);
            let h = rms_norm(row, &ffn_norm, hyper.eps);
            let hidden: Vec<f32> = gate
                .times(&h)
                .iter()
                .zip(up.times(&h))
                .map(|(&g, u)| {
                    let activated = match hyper.activation {
                        Activation::Silu => g / (1.0 + (-g).exp()),
                        Activation::GeluTanh => {
                            let inner =
                                (2.0 / std::f32::consts::PI).sqrt() * (g + 0.044715 * g * g * g);
                            0.5 * g * (1.0 + inner.tanh())
                        }
                    };
                    activated * u
                })
                .collect();
            let mut y = down.times(&hidden);
            if let Some((_, after_mlp)) = &post {
                y = rms_norm(&y, after_mlp, hyper.eps);
            }
            row.iter_mut().zip(&y).for_each(|(a, b)| *a += b);
        }
    }
    let norm = read("output_norm.weight")?.values;
    let output = output.as_ref().unwrap_or(&table);
    Ok(x.iter()
        .map(|row| output.times(&rms_norm(row, &norm, hyper.eps)))
        .collect())
}

/// A tensor's values, in order.
fn values(t: Tensor) -> Result<Vec<f32>> {
    t.flatten_all()?.to_vec1()
}

/// The largest difference between two logit vectors, relative to the largest of `b`.
pub fn relative(a: &[f32], b: &[f32]) -> f32 {
    let scale = b.iter().fold(1e-6f32, |m, v| m.max(v.abs()));
    a.iter().zip(b).fold(0f32, |m, (x, y)| m.max((x - y).abs())) / scale
}

/// Hearth's model against [`plain_logits`]: a prompt run in two chunks, then single decode
/// steps, then the cache cut back to the first chunk and the rest run again. Returns the
/// largest relative difference over every compared position.
pub fn compare_with_plain(path: &Path, tokens: &[u32]) -> Result<f32> {
    let expected = plain_logits(path, tokens)?;
    let mut ours = load(path, 256)?;
    let split = tokens.len() / 2;
    let steps = (tokens.len() - split).min(4);
    let mut worst = 0f32;
    let mut check = |logits: Tensor, position: usize| -> Result<()> {
        worst = worst.max(relative(&values(logits)?, &expected[position]));
        Ok(())
    };
    check(ours.forward(&tokens[..split], 0)?, split - 1)?;
    for (i, &token) in tokens[split..split + steps].iter().enumerate() {
        check(ours.forward(&[token], split + i)?, split + i)?;
    }
    let rest = &tokens[split + steps..];
    if !rest.is_empty() {
        check(ours.forward(rest, split + steps)?, tokens.len() - 1)?;
    }
    ours.truncate(split);
    check(ours.forward(&tokens[split..], split)?, tokens.len() - 1)?;
    Ok(worst)
}

/// How close Hearth's quantized arithmetic stays to [`plain_logits`] over `tokens` run one at
/// a time: the share of positions whose most likely next token is the same, and the mean
/// Kullback-Leibler divergence (nats) of Hearth's next-token distribution from the plain one.
pub fn fidelity(path: &Path, tokens: &[u32]) -> Result<(f64, f64)> {
    let expected = plain_logits(path, tokens)?;
    let mut ours = load(path, tokens.len())?;
    let best = |v: &[f32]| {
        v.iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1))
            .map(|(i, _)| i)
    };
    let log_softmax = |v: &[f32]| -> Vec<f64> {
        let top = v.iter().fold(f32::MIN, |m, x| m.max(*x)) as f64;
        let sum: f64 = v.iter().map(|x| (f64::from(*x) - top).exp()).sum();
        v.iter().map(|x| f64::from(*x) - top - sum.ln()).collect()
    };
    let (mut same, mut divergence) = (0usize, 0f64);
    for (position, (&token, plain)) in tokens.iter().zip(&expected).enumerate() {
        let logits = values(ours.forward(&[token], position)?)?;
        same += usize::from(best(&logits) == best(plain));
        let (p, q) = (log_softmax(plain), log_softmax(&logits));
        divergence += p
            .iter()
            .zip(&q)
            .map(|(p, q)| p.exp() * (p - q))
            .sum::<f64>();
    }
    let n = tokens.len().max(1) as f64;
    Ok((same as f64 / n, divergence / n))
}

/// Runs the test `name` of the current test binary again in a child process with
/// `CANDLE_DEQUANTIZE_ALL=1`, which candle reads once from the environment: every matrix is
/// then dequantized and multiplied in f32, so comparisons can be exact. Whether it passed.
pub fn passes_in_f32(name: &str) -> bool {
    passes_with(name, ("CANDLE_DEQUANTIZE_ALL", "1"))
}

/// Runs the test `name` of the current test binary (ignored or not) again in a child process
/// with `variable` set. Whether it passed.
pub fn passes_with(name: &str, (key, value): (&str, &str)) -> bool {
    std::env::current_exe()
        .and_then(|test| {
            std::process::Command::new(test)
                .args(["--exact", name, "--include-ignored"])
                .env(key, value)
                .status()
        })
        .is_ok_and(|status| status.success())
}

/// Hearth's model against candle-transformers' qwen2 on the same file (shared with the
/// real-model test): logits of a prompt run in two chunks, then of single decode steps; and a
/// cache cut back then extended gives the logits of a fresh run. The largest relative
/// difference.
pub fn compare_with_candle_qwen2(path: &Path, tokens: &[u32]) -> Result<f32> {
    use candle_transformers::models::quantized_qwen2::ModelWeights;

    let device = Device::Cpu;
    let mut ours = load(path, tokens.len() + 8)?;
    let (content, _, mut reader) = open(path)?;
    let mut reference = ModelWeights::from_gguf(content, &mut reader, &device)?;
    let differ = |a: Tensor, b: Tensor| -> Result<f32> { Ok(relative(&values(a)?, &values(b)?)) };
    let run = |model: &mut ModelWeights, part: &[u32], at: usize| {
        model.forward(&Tensor::new(part, &device)?.unsqueeze(0)?, at)
    };
    let split = tokens.len() / 2;
    let steps = tokens.len().min(4);
    let mut worst = 0f32;
    let mut at = 0;
    for part in [&tokens[..split], &tokens[split..]] {
        worst = worst.max(differ(
            ours.forward(part, at)?,
            run(&mut reference, part, at)?,
        )?);
        at += part.len();
    }
    for &token in &tokens[..steps] {
        worst = worst.max(differ(
            ours.forward(&[token], at)?,
            run(&mut reference, &[token], at)?,
        )?);
        at += 1;
    }
    // Cut back to the first half and run the second half again: as a fresh run in the same
    // chunks does (candle's quantized matmul takes another path for more rows, so a different
    // chunking differs in the last digits, and through 24 layers by up to a few percent).
    ours.truncate(split);
    let again = ours.forward(&tokens[split..], split)?;
    reference.clear_kv_cache();
    run(&mut reference, &tokens[..split], 0)?;
    let fresh = run(&mut reference, &tokens[split..], split)?;
    worst = worst.max(differ(again, fresh)?);
    Ok(worst)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inference::model::Architecture;
    use crate::inference::testing::synthetic::{Precision, TinyGguf};

    fn write(dir: &Path, architecture: &str, precision: Precision) -> std::path::PathBuf {
        let path = dir.join(format!("{architecture}-{precision:?}.gguf"));
        std::fs::write(&path, TinyGguf::of(architecture, precision).to_bytes()).unwrap();
        path
    }

    /// Longer than the gemma3 window (4), so the sliding layers drop keys.
    fn tokens() -> Vec<u32> {
        (0..24).map(|i| (i * 37 + 5) % 260).collect()
    }

    #[test]
    fn every_family_matches_the_plain_reference() {
        let dir = tempfile::tempdir().unwrap();
        for architecture in Architecture::ALL.map(Architecture::name) {
            let path = write(dir.path(), architecture, Precision::F32);
            let worst = compare_with_plain(&path, &tokens()).unwrap();
            assert!(worst < 1e-4, "{architecture}: relative difference {worst}");
        }
    }

    #[test]
    fn quantized_weights_stay_close_to_the_plain_reference() {
        // candle quantizes the activations too (to Q8_0) before multiplying Q8_0 weights.
        let dir = tempfile::tempdir().unwrap();
        for architecture in Architecture::ALL.map(Architecture::name) {
            let path = write(dir.path(), architecture, Precision::Q8_0);
            let worst = compare_with_plain(&path, &tokens()).unwrap();
            assert!(worst < 0.05, "{architecture}: relative difference {worst}");
        }
    }

    #[test]
    fn qwen2_matches_candle_transformers_on_a_tiny_random_model() {
        // In f32, where neither side rounds activations (candle's tiled Q8_0 kernels round
        // them per 256 values, its row-by-row ones per 32; which one runs depends on the CPU).
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "qwen2", Precision::F32);
        let worst = compare_with_candle_qwen2(&path, &tokens()).unwrap();
        assert!(worst < 1e-4, "relative difference {worst}");
    }

    #[test]
    fn positions_must_follow_the_cache() {
        let dir = tempfile::tempdir().unwrap();
        let mut model = load(&write(dir.path(), "qwen2", Precision::Q8_0), 256).unwrap();
        assert!(model.forward(&[1, 2], 3).is_err());
        model.forward(&[1, 2], 0).unwrap();
        assert_eq!(model.cached(), 2);
        assert!(model.forward(&[3], 5).is_err());
        assert!(
            model.forward(&[259, 260], 2).is_err(),
            "a token outside the vocabulary"
        );
    }
}
