//! The decoder-only transformer Hearth runs for every supported architecture (qwen2, qwen3,
//! llama, gemma3; [`Hyperparams`] says how they differ), over quantized matrices ([`Matrix`]). For
//! qwen2 it computes what candle-transformers' `quantized_qwen2` computes (a test compares the
//! logits on the real model); every family is compared with the plain reference in
//! [`crate::inference::testing::reference`]. What differs from candle-transformers, and matters on a small machine:
//! - the token table stays quantized; only the rows of the tokens being run are dequantized
//!   (candle-transformers holds it as f32, several times its quantized size), and a model whose output
//!   matrix is that table shares the one copy;
//! - the key/value cache is allocated once for the context and written in place, and can be
//!   cut back to any length ([`Transformer::truncate`]) for reuse across turns;
//! - rotary tables cover only the context Hearth uses (candle's gemma3 built 131,072
//!   positions in every layer), and Gemma's MLP uses GELU, its sliding window is applied.

use std::io::{Read, Seek};
use std::sync::Arc;

use candle_core::quantized::gguf_file::Content;
use candle_core::{CpuStorage, DType, Device, IndexOp, Module, Result, Storage, Tensor};
use candle_nn::rotary_emb::{rope, rope_i};
use candle_transformers::quantized_nn::RmsNorm;

use crate::inference::model::attention;
use crate::inference::model::hyperparams::{Activation, Hyperparams, RopeStyle};
use crate::inference::model::matrix::{multiply_shared_input, Matrix, Role};

struct Layer {
    q: Matrix,
    k: Matrix,
    v: Matrix,
    /// q, k, v biases (qwen2).
    bias: Option<[Tensor; 3]>,
    /// RMS norms of each query and key head (qwen3, gemma3).
    qk_norm: Option<(RmsNorm, RmsNorm)>,
    out: Matrix,
    attention_norm: RmsNorm,
    /// Norms of the attention's and the MLP's outputs (gemma3).
    post_norms: Option<(RmsNorm, RmsNorm)>,
    gate: Matrix,
    up: Matrix,
    down: Matrix,
    ffn_norm: RmsNorm,
    /// The sliding window this layer attends within, if any.
    window: Option<usize>,
    /// `(1, kv_heads, context, head_dim)` each, written in place.
    k_cache: Tensor,
    v_cache: Tensor,
}

impl Layer {
    fn load<R: Read + Seek>(
        content: &Content,
        reader: &mut R,
        i: usize,
        (hyper, context): (&Hyperparams, usize),
        device: &Device,
    ) -> Result<Self> {
        let reader = std::cell::RefCell::new(reader);
        let weights = |part: &str| {
            content.tensor(
                &mut **reader.borrow_mut(),
                &format!("blk.{i}.{part}"),
                device,
            )
        };
        let eps = hyper.eps;
        let k_cache = Tensor::zeros(
            (1, hyper.kv_heads, context, hyper.head_dim),
            DType::F32,
            device,
        )?;
        let norm = |part: &str| RmsNorm::from_qtensor(weights(part)?, eps);
        let bias = match hyper.qkv_bias {
            true => Some([
                weights("attn_q.bias")?.dequantize(device)?,
                weights("attn_k.bias")?.dequantize(device)?,
                weights("attn_v.bias")?.dequantize(device)?,
            ]),
            false => None,
        };
        let matrix = |part: &str| {
            let name = format!("blk.{i}.{part}");
            Matrix::read(
                content,
                &mut **reader.borrow_mut(),
                (&name, Role::Layer),
                device,
            )
        };
        Ok(Layer {
            q: matrix("attn_q.weight")?,
            k: matrix("attn_k.weight")?,
            v: matrix("attn_v.weight")?,
            out: matrix("attn_output.weight")?,
            gate: matrix("ffn_gate.weight")?,
            up: matrix("ffn_up.weight")?,
            down: matrix("ffn_down.weight")?,
            bias,
            qk_norm: match hyper.qk_norm {
                true => Some((norm("attn_q_norm.weight")?, norm("attn_k_norm.weight")?)),
                false => None,
            },
            attention_norm: norm("attn_norm.weight")?,
            post_norms: match hyper.post_norms {
                true => Some((
                    norm("post_attention_norm.weight")?,
                    norm("post_ffw_norm.weight")?,
                )),
                false => None,
            },
            ffn_norm: norm("ffn_norm.weight")?,
            window: hyper.sliding_in(i).map(|s| s.window),
            v_cache: k_cache.zeros_like()?,
            k_cache,
        })
    }
}

/// `(context, head_dim / 2)` rotary tables.
struct Rotary {
    cos: Tensor,
    sin: Tensor,
}

impl Rotary {
    /// Angles `position / scale × base^(-2i/head_dim) / factor[i]`.
    fn new(
        base: f32,
        scale: f32,
        factors: Option<&[f32]>,
        (head_dim, context): (usize, usize),
        device: &Device,
    ) -> Result<Self> {
        let inverse: Vec<f32> = (0..head_dim / 2)
            .map(|i| {
                let factor = factors.and_then(|f| f.get(i)).copied().unwrap_or(1.0);
                1.0 / base.powf(2.0 * i as f32 / head_dim as f32) / scale / factor
            })
            .collect();
        let inverse = Tensor::new(inverse.as_slice(), device)?.reshape((1, head_dim / 2))?;
        let positions = Tensor::arange(0, context as u32, device)?
            .to_dtype(DType::F32)?
            .reshape((context, 1))?;
        let angles = positions.matmul(&inverse)?;
        Ok(Rotary {
            cos: angles.cos()?,
            sin: angles.sin()?,
        })
    }
}

/// A loaded model and its key/value cache.
pub struct Transformer {
    hyper: Hyperparams,
    /// The token table, quantized; rows are dequantized when looked up.
    table: Arc<Matrix>,
    layers: Vec<Layer>,
    norm: RmsNorm,
    /// The output matrix: the token table itself in a model without its own.
    output: Arc<Matrix>,
    global: Rotary,
    /// The sliding-window layers' tables, when they have their own base.
    local: Option<Rotary>,
    /// Positions the cache holds.
    cached: usize,
    context: usize,
}

impl Transformer {
    /// Loads the weights of a checked header for a context of `context` positions. With a
    /// `second` reader of the same file, the layers load on another thread while this one loads
    /// the token table and the output matrix (about as many bytes on the default model).
    pub fn from_gguf<R: Read + Seek, S: Read + Seek + Send>(
        content: &Content,
        hyper: Hyperparams,
        context: usize,
        (reader, second): (&mut R, Option<S>),
        device: &Device,
    ) -> Result<Self> {
        let blocks = hyper.layers;
        let (layers, rest, table, output, norm, factors) = std::thread::scope(|scope| {
            let here = if second.is_some() { 0 } else { blocks };
            let hyper = &hyper;
            let rest = second.map(|mut other| {
                scope.spawn(move || {
                    (here..blocks)
                        .map(|i| Layer::load(content, &mut other, i, (hyper, context), device))
                        .collect::<Result<Vec<_>>>()
                })
            });
            let mut table =
                |name: &str| Matrix::read(content, &mut *reader, (name, Role::Table), device);
            let token_table = table("token_embd.weight").map(Arc::new);
            let output = match content.tensor_infos.contains_key("output.weight") {
                true => table("output.weight").map(|t| Some(Arc::new(t))),
                false => Ok(None),
            };
            let mut tensor = |name: &str| content.tensor(&mut *reader, name, device);
            let norm = tensor("output_norm.weight");
            let factors = match content.tensor_infos.contains_key("rope_freqs.weight") {
                true => tensor("rope_freqs.weight")
                    .and_then(|t| t.dequantize(device)?.to_vec1::<f32>())
                    .map(Some),
                false => Ok(None),
            };
            let layers = (0..here)
                .map(|i| Layer::load(content, &mut *reader, i, (hyper, context), device))
                .collect::<Result<Vec<_>>>();
            let rest = rest.map(|thread| {
                thread
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            });
            (layers, rest, token_table, output, norm, factors)
        });
        let mut layers = layers?;
        if let Some(rest) = rest {
            layers.extend(rest?);
        }
        let table = table?;
        // A model without its own output matrix multiplies by the token table: one copy.
        let output = output?.unwrap_or_else(|| table.clone());
        let dims = (hyper.head_dim, context);
        let factors = factors?;
        let global = Rotary::new(
            hyper.rope_base,
            hyper.rope_scale,
            factors.as_deref(),
            dims,
            device,
        )?;
        let local = match hyper.sliding {
            Some(sliding) => Some(Rotary::new(sliding.rope_base, 1.0, None, dims, device)?),
            None => None,
        };
        Ok(Transformer {
            table,
            norm: RmsNorm::from_qtensor(norm?, hyper.eps)?,
            hyper,
            layers,
            output,
            global,
            local,
            cached: 0,
            context,
        })
    }

    /// Positions the cache holds.
    #[cfg(any(test, feature = "synthetic"))]
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
        let hyper = &self.hyper;
        let mut x = self.table.lookup(tokens)?;
        if let Some(scale) = hyper.embedding_scale {
            x = (x * f64::from(scale))?;
        }
        let mut x = x.unsqueeze(0)?;
        let span = |rotary: &Rotary| -> Result<Rotary> {
            Ok(Rotary {
                cos: rotary.cos.narrow(0, offset, seq)?,
                sin: rotary.sin.narrow(0, offset, seq)?,
            })
        };
        let global = span(&self.global)?;
        let local = self.local.as_ref().map(span).transpose()?;
        for layer in &mut self.layers {
            let rotary = match (layer.window, &local) {
                (Some(_), Some(local)) => local,
                _ => &global,
            };
            let h = layer.attention_norm.forward(&x)?;
            let mut y = layer.attend(&h, hyper, offset, rotary)?;
            if let Some((after_attention, _)) = &layer.post_norms {
                y = after_attention.forward(&y)?;
            }
            x = (x + y)?;
            let h = layer.ffn_norm.forward(&x)?;
            let [gate, up] = multiply_shared_input(&[&layer.gate, &layer.up], &h)?;
            let gate = match hyper.activation {
                Activation::Silu => gate.silu()?,
                Activation::GeluTanh => gelu_tanh(&gate)?,
            };
            let mut y = layer.down.forward(&(gate * up)?)?;
            if let Some((_, after_mlp)) = &layer.post_norms {
                y = after_mlp.forward(&y)?;
            }
            x = (x + y)?;
        }
        self.cached = offset + seq;
        let last = self.norm.forward(&x)?.i((.., seq - 1, ..))?;
        self.output.forward(&last)
    }
}

/// GELU's tanh approximation, `0.5·x·(1 + tanh(u))` with `u = √(2/π)·(x + 0.044715·x³)`,
/// computed as the equal `x·σ(2u)`: candle's `gelu` calls the C library's `tanhf` per value,
/// which took a sixth of gemma-3-270m's prompt time.
fn gelu_tanh(x: &Tensor) -> Result<Tensor> {
    let scale = 2.0 * (2.0 / std::f64::consts::PI).sqrt();
    let u = ((x * x.sqr()?)? * 0.044715)?.add(x)?;
    x * candle_nn::ops::sigmoid(&(u * scale)?)?
}

/// The f32 values of a contiguous tensor, read in place.
fn f32_slice<T>(tensor: &Tensor, read: impl FnOnce(&[f32]) -> T) -> Result<T> {
    let (storage, layout) = tensor.storage_and_layout();
    match (&*storage, layout.contiguous_offsets()) {
        (Storage::Cpu(CpuStorage::F32(values)), Some((start, end))) => {
            Ok(read(&values[start..end]))
        }
        _ => candle_core::bail!("expected a contiguous f32 tensor in memory"),
    }
}

impl Layer {
    /// Attention of `h` at positions `offset..`, within the layer's sliding window if it has
    /// one.
    fn attend(
        &mut self,
        h: &Tensor,
        hyper: &Hyperparams,
        offset: usize,
        rotary: &Rotary,
    ) -> Result<Tensor> {
        let (_, seq, _) = h.dims3()?;
        let head_dim = hyper.head_dim;
        let finish = |x: Tensor, bias: Option<&Tensor>, heads: usize| -> Result<Tensor> {
            let x = match bias {
                Some(bias) => x.broadcast_add(bias)?,
                None => x,
            };
            x.reshape((1, seq, heads, head_dim))
        };
        let bias = |i: usize| self.bias.as_ref().map(|b| &b[i]);
        let [q, k, v] = multiply_shared_input(&[&self.q, &self.k, &self.v], h)?;
        let mut q = finish(q, bias(0), hyper.heads)?;
        let mut k = finish(k, bias(1), hyper.kv_heads)?;
        let v = finish(v, bias(2), hyper.kv_heads)?;
        if let Some((q_norm, k_norm)) = &self.qk_norm {
            q = q_norm.forward(&q.contiguous()?)?;
            k = k_norm.forward(&k.contiguous()?)?;
        }
        let heads_first = |x: Tensor| x.transpose(1, 2)?.contiguous();
        let (q, k, v) = (heads_first(q)?, heads_first(k)?, heads_first(v)?);
        let turn = match hyper.rope_style {
            RopeStyle::Halves => rope,
            RopeStyle::Adjacent => rope_i,
        };
        let q = turn(&q, &rotary.cos, &rotary.sin)?;
        let k = turn(&k, &rotary.cos, &rotary.sin)?;
        self.k_cache.slice_set(&k, 2, offset)?;
        self.v_cache.slice_set(&v, 2, offset)?;
        let shape = attention::Heads {
            heads: hyper.heads,
            kv_heads: hyper.kv_heads,
            dim: head_dim,
        };
        let q = q.flatten_all()?.to_vec1::<f32>()?;
        let y = f32_slice(&self.k_cache, |keys| {
            f32_slice(&self.v_cache, |values| {
                let cache = attention::Cache {
                    keys,
                    values,
                    context: self.k_cache.dims()[2],
                };
                attention::attend(&q, &cache, shape, (offset, seq), self.window)
            })
        })??;
        let y = Tensor::from_vec(y, (1, seq, hyper.heads * head_dim), h.device())?;
        self.out.forward(&y)
    }
}
