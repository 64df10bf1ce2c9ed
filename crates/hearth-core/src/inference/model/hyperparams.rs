//! What a GGUF says about the shape of its decoder-only transformer, per architecture: the one
//! description both the header check (before any tensor is read) and the model code use.
//!
//! The families differ in a few switches, all read here and nowhere else:
//! | | qwen2 | qwen3 | llama (Llama 2/3, Mistral, SmolLM) | gemma3 |
//! |---|---|---|---|---|
//! | q/k/v biases | yes | – | – | – |
//! | q/k RMS norms | – | yes | – | yes |
//! | norms after attention and MLP | – | – | – | yes |
//! | MLP activation | SiLU | SiLU | SiLU | GELU (tanh) |
//! | rotary pairs | halves (NeoX) | halves | adjacent (GGUF permutes q/k) | halves |
//! | embedding scaled by √width | – | – | – | yes |
//! | sliding window | – | – | – | 5 of every 6 layers, rope base 10,000 |

use std::collections::HashMap;

use candle_core::quantized::gguf_file::{Content, Value};

/// The transformer families Hearth runs, as GGUF's `general.architecture` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Architecture {
    /// Qwen2 and Qwen2.5.
    Qwen2,
    /// Qwen3 (dense).
    Qwen3,
    /// Llama 2 and 3, Mistral, SmolLM.
    Llama,
    /// Gemma 3 (text).
    Gemma3,
}

impl Architecture {
    /// Every architecture Hearth runs.
    pub const ALL: [Architecture; 4] = [Self::Qwen2, Self::Qwen3, Self::Llama, Self::Gemma3];

    /// The architecture a header names, if Hearth runs it.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.name() == name)
    }

    /// The name GGUF files use for it, which also prefixes its metadata keys.
    pub fn name(self) -> &'static str {
        match self {
            Self::Qwen2 => "qwen2",
            Self::Qwen3 => "qwen3",
            Self::Llama => "llama",
            Self::Gemma3 => "gemma3",
        }
    }
}

/// Which elements rotary embedding rotates together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RopeStyle {
    /// Element `i` with `i + head_dim / 2`.
    Halves,
    /// Element `2i` with `2i + 1`.
    Adjacent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activation {
    Silu,
    /// GELU with the tanh approximation (`gelu_pytorch_tanh`), as Gemma uses.
    GeluTanh,
}

/// Layers that attend only to the last `window` positions, with their own rotary base.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sliding {
    pub window: usize,
    /// Every `every`-th layer (the last of each group) attends to everything.
    pub every: usize,
    pub rope_base: f32,
}

/// A model's hyperparameters.
#[derive(Debug, Clone, PartialEq)]
pub struct Hyperparams {
    pub width: usize,
    pub heads: usize,
    pub kv_heads: usize,
    pub head_dim: usize,
    pub layers: usize,
    pub ff: usize,
    /// What the file says it was trained for.
    pub context: usize,
    pub eps: f64,
    pub rope_base: f32,
    /// Positions are divided by this in the layers that attend to everything (linear rope
    /// scaling, `rope.scaling.factor`).
    pub rope_scale: f32,
    pub rope_style: RopeStyle,
    pub activation: Activation,
    pub embedding_scale: Option<f32>,
    pub qkv_bias: bool,
    pub qk_norm: bool,
    pub post_norms: bool,
    pub sliding: Option<Sliding>,
}

pub type Reason = String;

fn number(metadata: &HashMap<String, Value>, key: &str) -> Result<usize, Reason> {
    match metadata.get(key) {
        Some(Value::U32(v)) => Ok(u64::from(*v)),
        Some(Value::U64(v)) => Ok(*v),
        Some(Value::I32(v)) if *v >= 0 => Ok(*v as u64),
        Some(_) => Err(format!("{key} is not a count")),
        None => Err(format!("{key} is missing")),
    }
    .and_then(|v| {
        if v == 0 || v > 1 << 24 {
            Err(format!("{key} = {v} is out of range"))
        } else {
            Ok(v as usize)
        }
    })
}

fn positive(metadata: &HashMap<String, Value>, key: &str) -> Result<Option<f32>, Reason> {
    match metadata.get(key) {
        Some(Value::F32(v)) if v.is_finite() && *v > 0.0 => Ok(Some(*v)),
        Some(_) => Err(format!("{key} is not a positive number")),
        None => Ok(None),
    }
}

impl Hyperparams {
    /// Reads and checks the hyperparameters of `content`, a file of `architecture`.
    pub fn from_content(content: &Content, architecture: Architecture) -> Result<Self, Reason> {
        let md = &content.metadata;
        let key = |name: &str| format!("{}.{name}", architecture.name());
        let width = number(md, &key("embedding_length"))?;
        let heads = number(md, &key("attention.head_count"))?;
        // Files of one layout may leave the key/value head count out: then there are as many.
        let kv_heads = match md.contains_key(&key("attention.head_count_kv")) {
            true => number(md, &key("attention.head_count_kv"))?,
            false => heads,
        };
        let head_dim = match md.contains_key(&key("attention.key_length")) {
            true => number(md, &key("attention.key_length"))?,
            false => width / heads,
        };
        if md.contains_key(&key("attention.value_length"))
            && number(md, &key("attention.value_length"))? != head_dim
        {
            return Err("keys and values of different lengths are not supported".into());
        }
        let layers = number(md, &key("block_count"))?;
        if layers > 1024 {
            return Err(format!("{layers} layers is more than any model has"));
        }
        if head_dim == 0 || !head_dim.is_multiple_of(2) || !heads.is_multiple_of(kv_heads) {
            return Err(format!(
                "{heads} attention heads ({kv_heads} for keys and values) of {head_dim} do not fit an embedding of {width}"
            ));
        }
        let eps = positive(md, &key("attention.layer_norm_rms_epsilon"))?
            .ok_or_else(|| format!("{} is missing", key("attention.layer_norm_rms_epsilon")))?;
        let rope_scale = match md.get(&key("rope.scaling.type")) {
            Some(Value::String(kind)) if kind == "linear" => {
                positive(md, &key("rope.scaling.factor"))?.unwrap_or(1.0)
            }
            _ => 1.0,
        };
        let gemma = architecture == Architecture::Gemma3;
        let sliding = match gemma {
            true => Some(Sliding {
                window: number(md, &key("attention.sliding_window"))?,
                every: 6,
                rope_base: 10_000.0,
            }),
            false => None,
        };
        Ok(Hyperparams {
            width,
            heads,
            kv_heads,
            head_dim,
            layers,
            ff: number(md, &key("feed_forward_length"))?,
            context: number(md, &key("context_length"))?,
            eps: f64::from(eps),
            rope_base: positive(md, &key("rope.freq_base"))?.unwrap_or(10_000.0),
            rope_scale,
            rope_style: match architecture {
                Architecture::Llama => RopeStyle::Adjacent,
                _ => RopeStyle::Halves,
            },
            activation: match gemma {
                true => Activation::GeluTanh,
                false => Activation::Silu,
            },
            embedding_scale: gemma.then(|| (width as f32).sqrt()),
            qkv_bias: architecture == Architecture::Qwen2,
            qk_norm: matches!(architecture, Architecture::Qwen3 | Architecture::Gemma3),
            post_norms: gemma,
            sliding,
        })
    }

    /// Whether layer `i` attends only to a sliding window (and which).
    pub fn sliding_in(&self, i: usize) -> Option<Sliding> {
        self.sliding.filter(|s| !(i + 1).is_multiple_of(s.every))
    }

    /// Every tensor the model code reads, with its shape (candle order: `[rows, row length]`),
    /// for a token table of `vocab` rows. Optional tensors are listed when the file has them.
    pub fn shapes(&self, content: &Content, vocab: usize) -> Vec<(String, Vec<usize>)> {
        let Hyperparams { width, ff, .. } = *self;
        let q = self.heads * self.head_dim;
        let kv = self.kv_heads * self.head_dim;
        let mut shapes = vec![
            ("token_embd.weight".to_owned(), vec![vocab, width]),
            ("output_norm.weight".to_owned(), vec![width]),
        ];
        let optional = [
            ("output.weight", vec![vocab, width]),
            ("rope_freqs.weight", vec![self.head_dim / 2]),
        ];
        for (name, shape) in optional {
            if content.tensor_infos.contains_key(name) {
                shapes.push((name.to_owned(), shape));
            }
        }
        for i in 0..self.layers {
            let mut layer = vec![
                ("attn_q.weight", vec![q, width]),
                ("attn_k.weight", vec![kv, width]),
                ("attn_v.weight", vec![kv, width]),
                ("attn_output.weight", vec![width, q]),
                ("attn_norm.weight", vec![width]),
                ("ffn_gate.weight", vec![ff, width]),
                ("ffn_up.weight", vec![ff, width]),
                ("ffn_down.weight", vec![width, ff]),
                ("ffn_norm.weight", vec![width]),
            ];
            if self.qkv_bias {
                layer.extend([
                    ("attn_q.bias", vec![q]),
                    ("attn_k.bias", vec![kv]),
                    ("attn_v.bias", vec![kv]),
                ]);
            }
            if self.qk_norm {
                layer.extend([
                    ("attn_q_norm.weight", vec![self.head_dim]),
                    ("attn_k_norm.weight", vec![self.head_dim]),
                ]);
            }
            if self.post_norms {
                layer.extend([
                    ("post_attention_norm.weight", vec![width]),
                    ("post_ffw_norm.weight", vec![width]),
                ]);
            }
            shapes.extend(
                layer
                    .into_iter()
                    .map(|(name, shape)| (format!("blk.{i}.{name}"), shape)),
            );
        }
        shapes
    }
}
