//! Valid tiny random-weight models of each supported architecture, with a byte-level
//! vocabulary and a ChatML template.

use super::{Meta, TensorSpec, TinyGguf};

/// A multiple of 256, so that candle's repacked and fused x86 kernels take these models too.
pub const EMBD: u64 = 256;
pub const HEADS: u32 = 4;
pub const KV_HEADS: u32 = 2;
pub const FF: u64 = 128;
pub const LAYERS: usize = 2;
/// The head width of the families that declare their own (`attention.key_length`), chosen
/// unlike `EMBD / HEADS` so that a model mixing the two up fails.
const WIDE_HEAD: u64 = 32;
const CHATML: &str = "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}";

/// GGML type ids used here.
const F32: u32 = 0;
const Q8_0: u32 = 8;

/// How the matrices are stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    /// Q8_0 blocks, as real files store them: multiplied by candle's quantized kernels.
    Q8_0,
    /// Plain f32, multiplied exactly: for comparisons with a plain reference.
    F32,
}

/// A deterministic pseudo-random sequence.
struct Noise(u64);

impl Noise {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    /// A value in about `[-1, 1)`.
    fn unit(&mut self) -> f32 {
        (self.next() % 2001) as f32 / 1000.0 - 1.0
    }
}

/// Pseudo-random weights in about [-0.1, 0.1] as Q8_0 blocks: an f16 scale of 2⁻⁸ and 32
/// signed bytes each.
fn q8_0_weights(seed: u64, n: u64) -> Vec<u8> {
    let mut noise = Noise(seed);
    let mut out = Vec::with_capacity((n / 32 * 34) as usize);
    for i in 0..n {
        if i % 32 == 0 {
            out.extend(0x1C00u16.to_le_bytes());
        }
        out.push(((noise.next() % 51) as u8).wrapping_sub(25));
    }
    out
}

/// `n` f32 values `centre + spread × noise`.
fn f32_weights(seed: u64, n: u64, centre: f32, spread: f32) -> Vec<u8> {
    let mut noise = Noise(seed);
    (0..n)
        .flat_map(|_| (centre + spread * noise.unit()).to_le_bytes())
        .collect()
}

/// The GPT-2 byte-to-character map: the 256 byte tokens of a byte-level BPE vocabulary.
fn byte_tokens() -> Vec<String> {
    let printable: Vec<u32> = (u32::from(b'!')..=u32::from(b'~'))
        .chain(0xA1..=0xAC)
        .chain(0xAE..=0xFF)
        .collect();
    let mut extra = 0;
    (0..=255u32)
        .map(|b| {
            let c = if printable.contains(&b) {
                b
            } else {
                extra += 1;
                255 + extra
            };
            char::from_u32(c).map(String::from).unwrap_or_default()
        })
        .collect()
}

/// What kind of tensor is being made.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Matrix,
    Norm,
    Bias,
    RopeFactors,
}

impl TinyGguf {
    /// A valid two-layer qwen2 model with a 260-token byte-level vocabulary and a ChatML
    /// template; matrices in Q8_0, norms and biases in F32 (about 0.7 MB).
    pub fn qwen2() -> Self {
        Self::of("qwen2", Precision::Q8_0)
    }

    /// A valid tiny model of `architecture` (qwen2, qwen3, llama or gemma3) using every
    /// feature of its family: q/k/v biases (qwen2), q/k norms and a head width of its own
    /// (qwen3, gemma3), llama 3 rotary factors (llama), norms after attention and MLP, a
    /// sliding window of 4 in five of six layers and linear rope scaling (gemma3).
    pub fn of(architecture: &str, precision: Precision) -> Self {
        let arch = architecture;
        let gemma = arch == "gemma3";
        let layers = if gemma { 6 } else { LAYERS };
        let head = match arch {
            "qwen3" | "gemma3" => WIDE_HEAD,
            _ => EMBD / u64::from(HEADS),
        };
        let q = head * u64::from(HEADS);
        let kv = head * u64::from(KV_HEADS);
        let mut tokens = byte_tokens();
        tokens.push("ab".into());
        let mut types = vec![1; tokens.len()];
        for special in ["<|endoftext|>", "<|im_start|>", "<|im_end|>"] {
            tokens.push(special.to_owned());
            types.push(3);
        }
        let vocab = tokens.len() as u64;
        let key = |name: &str| format!("{arch}.{name}");
        let mut metadata = vec![
            ("general.architecture".into(), Meta::Str(arch.into())),
            ("general.name".into(), Meta::Str("tiny".into())),
            (key("context_length"), Meta::U32(256)),
            (key("embedding_length"), Meta::U32(EMBD as u32)),
            (key("block_count"), Meta::U32(layers as u32)),
            (key("feed_forward_length"), Meta::U32(FF as u32)),
            (key("attention.head_count"), Meta::U32(HEADS)),
            (key("attention.head_count_kv"), Meta::U32(KV_HEADS)),
            (key("attention.layer_norm_rms_epsilon"), Meta::F32(1e-6)),
            (key("rope.freq_base"), Meta::F32(10000.0)),
            ("tokenizer.ggml.model".into(), Meta::Str("gpt2".into())),
            ("tokenizer.ggml.pre".into(), Meta::Str("qwen2".into())),
            ("tokenizer.ggml.tokens".into(), Meta::Strs(tokens)),
            ("tokenizer.ggml.token_type".into(), Meta::I32s(types)),
            (
                "tokenizer.ggml.merges".into(),
                Meta::Strs(vec!["a b".into()]),
            ),
            (
                "tokenizer.ggml.eos_token_id".into(),
                Meta::U32(vocab as u32 - 1),
            ),
            ("tokenizer.chat_template".into(), Meta::Str(CHATML.into())),
        ];
        if head != EMBD / u64::from(HEADS) {
            metadata.push((key("attention.key_length"), Meta::U32(head as u32)));
            metadata.push((key("attention.value_length"), Meta::U32(head as u32)));
        }
        if gemma {
            metadata.extend([
                (key("attention.sliding_window"), Meta::U32(4)),
                (key("rope.scaling.type"), Meta::Str("linear".into())),
                (key("rope.scaling.factor"), Meta::F32(2.0)),
            ]);
        }
        let mut seed = 0;
        let mut tensor = |name: String, dims: Vec<u64>, kind: Kind| {
            seed += 1;
            let n = dims.iter().product();
            let (dtype, data) = match (kind, precision) {
                (Kind::Norm, _) => (F32, f32_weights(seed, n, 1.0, 0.2)),
                (Kind::Bias, _) => (F32, f32_weights(seed, n, 0.0, 0.1)),
                (Kind::RopeFactors, _) => (F32, f32_weights(seed, n, 2.5, 1.5)),
                (Kind::Matrix, Precision::Q8_0) => (Q8_0, q8_0_weights(seed, n)),
                (Kind::Matrix, Precision::F32) => (F32, f32_weights(seed, n, 0.0, 0.1)),
            };
            TensorSpec {
                name,
                dims,
                dtype,
                offset: None,
                data,
            }
        };
        let mut tensors = vec![
            tensor("token_embd.weight".into(), vec![EMBD, vocab], Kind::Matrix),
            tensor("output_norm.weight".into(), vec![EMBD], Kind::Norm),
        ];
        if arch == "llama" {
            tensors.push(tensor(
                "rope_freqs.weight".into(),
                vec![head / 2],
                Kind::RopeFactors,
            ));
        }
        for i in 0..layers {
            let mut layer = vec![
                ("attn_q.weight", vec![EMBD, q], Kind::Matrix),
                ("attn_k.weight", vec![EMBD, kv], Kind::Matrix),
                ("attn_v.weight", vec![EMBD, kv], Kind::Matrix),
                ("attn_output.weight", vec![q, EMBD], Kind::Matrix),
                ("attn_norm.weight", vec![EMBD], Kind::Norm),
                ("ffn_gate.weight", vec![EMBD, FF], Kind::Matrix),
                ("ffn_up.weight", vec![EMBD, FF], Kind::Matrix),
                ("ffn_down.weight", vec![FF, EMBD], Kind::Matrix),
                ("ffn_norm.weight", vec![EMBD], Kind::Norm),
            ];
            match arch {
                "qwen2" => layer.extend([
                    ("attn_q.bias", vec![q], Kind::Bias),
                    ("attn_k.bias", vec![kv], Kind::Bias),
                    ("attn_v.bias", vec![kv], Kind::Bias),
                ]),
                "qwen3" | "gemma3" => layer.extend([
                    ("attn_q_norm.weight", vec![head], Kind::Norm),
                    ("attn_k_norm.weight", vec![head], Kind::Norm),
                ]),
                _ => {}
            }
            if gemma {
                layer.extend([
                    ("post_attention_norm.weight", vec![EMBD], Kind::Norm),
                    ("post_ffw_norm.weight", vec![EMBD], Kind::Norm),
                ]);
            }
            tensors.extend(
                layer
                    .into_iter()
                    .map(|(name, dims, kind)| tensor(format!("blk.{i}.{name}"), dims, kind)),
            );
        }
        if arch == "llama" {
            // Llama files carry their own output matrix; the others here tie it to the table.
            tensors.push(tensor(
                "output.weight".into(),
                vec![EMBD, vocab],
                Kind::Matrix,
            ));
        }
        TinyGguf {
            version: 3,
            metadata,
            tensors,
            tensor_count: None,
            kv_count: None,
        }
    }
}
