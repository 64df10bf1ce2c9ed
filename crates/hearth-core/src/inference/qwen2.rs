//! Qwen2 / Qwen2.5 as Hearth runs it, over candle's quantized matrices. It computes what
//! candle-transformers' `quantized_qwen2` computes (the test compares logits), with three
//! differences that matter on a small machine:
//! - the token embedding stays quantized; only the rows of the tokens being run are
//!   dequantized (candle-transformers holds the whole table as f32: +545 MB for Qwen2.5-0.5B);
//! - the key/value cache is allocated once for the context and written in place, instead of
//!   being concatenated into a new tensor at every token;
//! - the cache can be cut back to any length ([`Qwen2::truncate`]), so a conversation whose
//!   history was re-tokenised differently still reuses everything before the difference.

use std::io::{Read, Seek};

use candle_core::quantized::ggml_file::qtensor_from_ggml;
use candle_core::quantized::gguf_file::Content;
use candle_core::quantized::{QMatMul, QTensor};
use candle_core::{DType, Device, IndexOp, Module, Result, Tensor};
use candle_nn::ops::softmax_last_dim;
use candle_nn::rotary_emb::rope;
use candle_transformers::quantized_nn::RmsNorm;
use candle_transformers::utils::repeat_kv;

/// The quantized token table; rows are dequantized when looked up.
struct Embedding {
    table: QTensor,
    width: usize,
}

impl Embedding {
    fn forward(&self, tokens: &[u32]) -> Result<Tensor> {
        let bytes = self.table.data()?;
        let vocab = self.table.shape().dims()[0];
        let row = bytes.len() / vocab;
        let mut rows = Vec::with_capacity(tokens.len() * row);
        for &token in tokens {
            let at = token as usize * row;
            let Some(slice) = bytes.get(at..at + row) else {
                candle_core::bail!("token {token} is outside the vocabulary of {vocab}");
            };
            rows.extend_from_slice(slice);
        }
        let device = self.table.device();
        qtensor_from_ggml(
            self.table.dtype(),
            &rows,
            vec![tokens.len(), self.width],
            &device,
        )?
        .dequantize(&device)
    }
}

struct Layer {
    q: QMatMul,
    k: QMatMul,
    v: QMatMul,
    q_bias: Tensor,
    k_bias: Tensor,
    v_bias: Tensor,
    out: QMatMul,
    attention_norm: RmsNorm,
    gate: QMatMul,
    up: QMatMul,
    down: QMatMul,
    ffn_norm: RmsNorm,
    /// `(1, kv_heads, context, head_dim)` each, written in place.
    k_cache: Tensor,
    v_cache: Tensor,
}

/// What every layer's loading needs to know.
#[derive(Clone, Copy)]
struct LayerShape {
    kv_heads: usize,
    head_dim: usize,
    context: usize,
    eps: f64,
}

impl Layer {
    fn load<R: Read + Seek>(
        content: &Content,
        reader: &mut R,
        i: usize,
        shape: &LayerShape,
        device: &Device,
    ) -> Result<Self> {
        let mut weights = |part: &str| content.tensor(reader, &format!("blk.{i}.{part}"), device);
        let LayerShape {
            kv_heads,
            head_dim,
            context,
            eps,
        } = *shape;
        let k_cache = Tensor::zeros((1, kv_heads, context, head_dim), DType::F32, device)?;
        Ok(Layer {
            q: QMatMul::from_qtensor(weights("attn_q.weight")?)?,
            k: QMatMul::from_qtensor(weights("attn_k.weight")?)?,
            v: QMatMul::from_qtensor(weights("attn_v.weight")?)?,
            q_bias: weights("attn_q.bias")?.dequantize(device)?,
            k_bias: weights("attn_k.bias")?.dequantize(device)?,
            v_bias: weights("attn_v.bias")?.dequantize(device)?,
            out: QMatMul::from_qtensor(weights("attn_output.weight")?)?,
            attention_norm: RmsNorm::from_qtensor(weights("attn_norm.weight")?, eps)?,
            gate: QMatMul::from_qtensor(weights("ffn_gate.weight")?)?,
            up: QMatMul::from_qtensor(weights("ffn_up.weight")?)?,
            down: QMatMul::from_qtensor(weights("ffn_down.weight")?)?,
            ffn_norm: RmsNorm::from_qtensor(weights("ffn_norm.weight")?, eps)?,
            v_cache: k_cache.zeros_like()?,
            k_cache,
        })
    }
}

/// A loaded Qwen2 model and its key/value cache.
pub struct Qwen2 {
    embedding: Embedding,
    layers: Vec<Layer>,
    norm: RmsNorm,
    output: QMatMul,
    heads: usize,
    kv_heads: usize,
    head_dim: usize,
    /// `(context, head_dim / 2)` rotary tables.
    cos: Tensor,
    sin: Tensor,
    /// Positions the cache holds.
    cached: usize,
    context: usize,
}

fn metadata_u32(content: &Content, key: &str) -> Result<usize> {
    match content.metadata.get(key) {
        Some(value) => Ok(value.to_u32()? as usize),
        None => candle_core::bail!("cannot find {key} in metadata"),
    }
}

impl Qwen2 {
    /// Loads the weights of a checked header for a context of `content`'s context length.
    pub fn from_gguf<R: Read + Seek, S: Read + Seek + Send>(
        content: &Content,
        reader: &mut R,
        second: Option<S>,
        device: &Device,
    ) -> Result<Self> {
        let heads = metadata_u32(content, "qwen2.attention.head_count")?;
        let width = metadata_u32(content, "qwen2.embedding_length")?;
        let blocks = metadata_u32(content, "qwen2.block_count")?;
        let shape = LayerShape {
            kv_heads: metadata_u32(content, "qwen2.attention.head_count_kv")?,
            head_dim: width / heads,
            context: metadata_u32(content, "qwen2.context_length")?,
            eps: match content
                .metadata
                .get("qwen2.attention.layer_norm_rms_epsilon")
            {
                Some(value) => f64::from(value.to_f32()?),
                None => candle_core::bail!("cannot find the RMS norm epsilon in metadata"),
            },
        };
        let rope_base = content
            .metadata
            .get("qwen2.rope.freq_base")
            .and_then(|v| v.to_f32().ok())
            .unwrap_or(10_000.0);
        let (head_dim, context, eps) = (shape.head_dim, shape.context, shape.eps);

        // With a second reader, the later half of the layers loads on another thread.
        let (layers, rest, table, output, norm) = std::thread::scope(|scope| {
            let half = if second.is_some() { blocks / 2 } else { blocks };
            let rest = second.map(|mut other| {
                let shape = &shape;
                scope.spawn(move || {
                    (half..blocks)
                        .map(|i| Layer::load(content, &mut other, i, shape, device))
                        .collect::<Result<Vec<_>>>()
                })
            });
            let mut tensor = |name: &str| content.tensor(&mut *reader, name, device);
            let table = tensor("token_embd.weight");
            // A model whose output matrix is tied to the embedding reads the same bytes twice.
            let output = tensor("output.weight").or_else(|_| tensor("token_embd.weight"));
            let norm = tensor("output_norm.weight");
            let layers = (0..half)
                .map(|i| Layer::load(content, &mut *reader, i, &shape, device))
                .collect::<Result<Vec<_>>>();
            let rest = rest.map(|thread| {
                thread
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            });
            (layers, rest, table, output, norm)
        });
        let mut layers = layers?;
        if let Some(rest) = rest {
            layers.extend(rest?);
        }
        let (table, output) = (table?, output?);
        let norm = RmsNorm::from_qtensor(norm?, eps)?;
        let inverse: Vec<f32> = (0..head_dim)
            .step_by(2)
            .map(|i| 1.0 / rope_base.powf(i as f32 / head_dim as f32))
            .collect();
        let inverse = Tensor::new(inverse.as_slice(), device)?.reshape((1, head_dim / 2))?;
        let positions = Tensor::arange(0, context as u32, device)?
            .to_dtype(DType::F32)?
            .reshape((context, 1))?;
        let angles = positions.matmul(&inverse)?;
        Ok(Qwen2 {
            embedding: Embedding { table, width },
            layers,
            norm,
            output: QMatMul::from_qtensor(output)?,
            heads,
            kv_heads: shape.kv_heads,
            head_dim,
            cos: angles.cos()?,
            sin: angles.sin()?,
            cached: 0,
            context,
        })
    }
}

/// `(seq, offset + seq)`: 0 where a position may attend, -inf after it.
fn causal_mask(seq: usize, offset: usize, device: &Device) -> Result<Tensor> {
    let len = offset + seq;
    let mask: Vec<f32> = (0..seq)
        .flat_map(|i| {
            (0..len).map(move |j| {
                if j <= offset + i {
                    0.0
                } else {
                    f32::NEG_INFINITY
                }
            })
        })
        .collect();
    Tensor::from_vec(mask, (seq, len), device)
}

impl Qwen2 {
    /// Positions the cache holds.
    pub fn cached(&self) -> usize {
        self.cached
    }

    /// Keeps only the first `len` positions of the cache (all of it if it holds fewer).
    pub fn truncate(&mut self, len: usize) {
        self.cached = self.cached.min(len);
    }

    /// Runs `tokens` at positions `offset..` (`offset` must be what the cache holds) and
    /// returns the logits of the last one, shape `(1, vocab)`.
    pub fn forward(&mut self, tokens: &[u32], offset: usize) -> Result<Tensor> {
        let seq = tokens.len();
        if offset != self.cached || seq == 0 || offset + seq > self.context {
            candle_core::bail!(
                "{seq} tokens at {offset} do not follow the {} cached in a context of {}",
                self.cached,
                self.context
            );
        }
        let device = self.cos.device().clone();
        let mask = match seq {
            1 => None,
            _ => Some(causal_mask(seq, offset, &device)?),
        };
        let cos = self.cos.narrow(0, offset, seq)?;
        let sin = self.sin.narrow(0, offset, seq)?;
        let shape = Shape {
            heads: self.heads,
            kv_heads: self.kv_heads,
            head_dim: self.head_dim,
        };
        let mut x = self.embedding.forward(tokens)?.unsqueeze(0)?;
        for layer in &mut self.layers {
            let h = layer.attention_norm.forward(&x)?;
            let attended = layer.attend(&h, &shape, offset, &cos, &sin, mask.as_ref())?;
            x = (attended + x)?;
            let h = layer.ffn_norm.forward(&x)?;
            let h = (layer.gate.forward(&h)?.silu()? * layer.up.forward(&h)?)?;
            x = (layer.down.forward(&h)? + x)?;
        }
        self.cached = offset + seq;
        let last = self.norm.forward(&x)?.i((.., seq - 1, ..))?;
        self.output.forward(&last)
    }
}

/// The attention's dimensions.
struct Shape {
    heads: usize,
    kv_heads: usize,
    head_dim: usize,
}

impl Layer {
    fn attend(
        &mut self,
        h: &Tensor,
        shape: &Shape,
        offset: usize,
        cos: &Tensor,
        sin: &Tensor,
        mask: Option<&Tensor>,
    ) -> Result<Tensor> {
        let (_, seq, width) = h.dims3()?;
        let split = |x: Tensor, heads: usize| {
            x.reshape((1, seq, heads, shape.head_dim))?
                .transpose(1, 2)?
                .contiguous()
        };
        let q = split(self.q.forward(h)?.broadcast_add(&self.q_bias)?, shape.heads)?;
        let k = split(
            self.k.forward(h)?.broadcast_add(&self.k_bias)?,
            shape.kv_heads,
        )?;
        let v = split(
            self.v.forward(h)?.broadcast_add(&self.v_bias)?,
            shape.kv_heads,
        )?;
        let q = rope(&q, cos, sin)?;
        let k = rope(&k, cos, sin)?;
        self.k_cache.slice_set(&k, 2, offset)?;
        self.v_cache.slice_set(&v, 2, offset)?;
        let len = offset + seq;
        let group = shape.heads / shape.kv_heads;
        let k = repeat_kv(self.k_cache.narrow(2, 0, len)?.contiguous()?, group)?;
        let v = repeat_kv(self.v_cache.narrow(2, 0, len)?.contiguous()?, group)?;
        let scores = (q.matmul(&k.t()?)? / (shape.head_dim as f64).sqrt())?;
        let scores = match mask {
            Some(mask) => scores.broadcast_add(mask)?,
            None => scores,
        };
        let y = softmax_last_dim(&scores)?.matmul(&v)?;
        let y = y.transpose(1, 2)?.reshape((1, seq, width))?;
        self.out.forward(&y)
    }
}

/// Hearth's Qwen2 against candle-transformers' on the same file (shared with the real-model
/// test): logits of a prompt run in two chunks, then of single decode steps; and a cache cut
/// back then extended gives the logits of a fresh run. Returns the largest relative difference.
#[cfg(any(test, feature = "synthetic"))]
pub fn compare_with_reference(path: &std::path::Path, tokens: &[u32]) -> Result<f32> {
    use super::gguf::Gguf;
    use super::widen::Widened;
    use candle_transformers::models::quantized_qwen2::ModelWeights;

    let open = || -> Result<(Content, Widened<std::io::BufReader<std::fs::File>>)> {
        let gguf = Gguf::open(path).map_err(|e| candle_core::Error::Msg(e.to_string()))?;
        let mut content = gguf.content;
        let reader = Widened::new(gguf.reader, &mut content);
        Ok((content, reader))
    };
    let device = Device::Cpu;
    let (content, mut reader) = open()?;
    // Ours loads on two threads (a second reader of the same file), as the app does.
    let second = reader.sibling(std::io::BufReader::new(std::fs::File::open(path)?));
    let mut ours = Qwen2::from_gguf(&content, &mut reader, Some(second), &device)?;
    let (content, mut reader) = open()?;
    let mut reference = ModelWeights::from_gguf(content, &mut reader, &device)?;

    let relative = |a: &Tensor, b: &Tensor| -> Result<f32> {
        let scale = b.abs()?.max_all()?.to_scalar::<f32>()?.max(1e-6);
        Ok((a - b)?.abs()?.max_all()?.to_scalar::<f32>()? / scale)
    };
    let run = |model: &mut ModelWeights, part: &[u32], at: usize| {
        model.forward(&Tensor::new(part, &device)?.unsqueeze(0)?, at)
    };
    let split = tokens.len() / 2;
    let steps = tokens.len().min(4);
    let mut worst = 0f32;
    let mut at = 0;
    for part in [&tokens[..split], &tokens[split..]] {
        worst = worst.max(relative(
            &ours.forward(part, at)?,
            &run(&mut reference, part, at)?,
        )?);
        at += part.len();
    }
    for &token in &tokens[..steps] {
        worst = worst.max(relative(
            &ours.forward(&[token], at)?,
            &run(&mut reference, &[token], at)?,
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
    worst = worst.max(relative(&again, &fresh)?);
    Ok(worst)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inference::synthetic::TinyGguf;

    #[test]
    fn logits_match_the_reference_implementation_on_a_tiny_random_model() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tiny.gguf");
        std::fs::write(&path, TinyGguf::qwen2().to_bytes()).unwrap();
        let tokens: Vec<u32> = (0..24).map(|i| (i * 37 + 5) % 260).collect();
        let worst = compare_with_reference(&path, &tokens).unwrap();
        assert!(worst < 1e-4, "relative difference {worst}");
    }

    #[test]
    fn positions_must_follow_the_cache() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tiny.gguf");
        std::fs::write(&path, TinyGguf::qwen2().to_bytes()).unwrap();
        let gguf = crate::inference::gguf::Gguf::open(&path).unwrap();
        let mut content = gguf.content;
        let mut reader = crate::inference::widen::Widened::new(gguf.reader, &mut content);
        let none: Option<std::io::Empty> = None;
        let mut model = Qwen2::from_gguf(&content, &mut reader, none, &Device::Cpu).unwrap();
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
