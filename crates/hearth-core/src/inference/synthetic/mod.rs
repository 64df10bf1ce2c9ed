//! Tiny GGUF files written from scratch, for tests and fuzzing: a valid random-weight qwen2
//! model small enough to load in milliseconds, and the same file with one defect each.
//!
//! The writer is Hearth's own (not candle's) so a test can produce anything a hostile file
//! could contain: wrong counts, lengths past the end, unknown types, overlapping tensors.

/// A metadata value as written (type id and raw bytes are up to the test).
#[derive(Clone, Debug)]
pub enum Meta {
    U32(u32),
    I32(i32),
    U64(u64),
    F32(f32),
    Str(String),
    Strs(Vec<String>),
    I32s(Vec<i32>),
    /// Any type id with the bytes that follow it.
    Raw(u32, Vec<u8>),
}

/// One tensor's directory entry and data.
#[derive(Clone, Debug)]
pub struct TensorSpec {
    pub name: String,
    /// GGUF order: the row length first.
    pub dims: Vec<u64>,
    pub dtype: u32,
    /// The offset to write; `None` lays the tensors out one after another.
    pub offset: Option<u64>,
    pub data: Vec<u8>,
}

/// A GGUF file to be written.
#[derive(Clone, Debug)]
pub struct TinyGguf {
    pub version: u32,
    pub metadata: Vec<(String, Meta)>,
    pub tensors: Vec<TensorSpec>,
    /// Written instead of the real counts when set.
    pub tensor_count: Option<u64>,
    pub kv_count: Option<u64>,
}

pub const EMBD: u64 = 64;
pub const HEADS: u32 = 4;
pub const KV_HEADS: u32 = 2;
pub const FF: u64 = 128;
pub const LAYERS: usize = 2;
const CHATML: &str = "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}";

/// GGML type ids used here.
const F32: u32 = 0;
const Q8_0: u32 = 8;

/// Deterministic pseudo-random weights in about [-0.1, 0.1] as Q8_0 blocks: an f16 scale of
/// 2⁻⁸ and 32 signed bytes each.
fn q8_0_weights(seed: u64, n: u64) -> Vec<u8> {
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut out = Vec::with_capacity((n / 32 * 34) as usize);
    for i in 0..n {
        if i % 32 == 0 {
            out.extend(0x1C00u16.to_le_bytes());
        }
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        out.push(((state >> 56) as u8 % 51).wrapping_sub(25));
    }
    out
}

fn ones(n: u64) -> Vec<u8> {
    (0..n).flat_map(|_| 1f32.to_le_bytes()).collect()
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

impl TinyGguf {
    /// A valid two-layer qwen2 model with a 260-token byte-level vocabulary and a ChatML
    /// template; matrices in Q8_0, norms and biases in F32 (about 110 KB).
    pub fn qwen2() -> Self {
        let mut tokens = byte_tokens();
        tokens.push("ab".into());
        let mut types = vec![1; tokens.len()];
        for special in ["<|endoftext|>", "<|im_start|>", "<|im_end|>"] {
            tokens.push(special.to_owned());
            types.push(3);
        }
        let vocab = tokens.len() as u64;
        let kv = EMBD / u64::from(HEADS) * u64::from(KV_HEADS);
        let metadata = vec![
            ("general.architecture".into(), Meta::Str("qwen2".into())),
            ("general.name".into(), Meta::Str("tiny".into())),
            ("qwen2.context_length".into(), Meta::U32(256)),
            ("qwen2.embedding_length".into(), Meta::U32(EMBD as u32)),
            ("qwen2.block_count".into(), Meta::U32(LAYERS as u32)),
            ("qwen2.feed_forward_length".into(), Meta::U32(FF as u32)),
            ("qwen2.attention.head_count".into(), Meta::U32(HEADS)),
            ("qwen2.attention.head_count_kv".into(), Meta::U32(KV_HEADS)),
            (
                "qwen2.attention.layer_norm_rms_epsilon".into(),
                Meta::F32(1e-6),
            ),
            ("qwen2.rope.freq_base".into(), Meta::F32(10000.0)),
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
        let mut seed = 0;
        let mut tensor = |name: String, dims: Vec<u64>, norm: bool| {
            seed += 1;
            let n = dims.iter().product();
            let (dtype, data) = match (norm, dims.len()) {
                (true, _) => (F32, ones(n)),
                (false, 1) => (F32, vec![0; n as usize * 4]),
                (false, _) => (Q8_0, q8_0_weights(seed, n)),
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
            tensor("token_embd.weight".into(), vec![EMBD, vocab], false),
            tensor("output_norm.weight".into(), vec![EMBD], true),
        ];
        for i in 0..LAYERS {
            let p = format!("blk.{i}");
            tensors.extend([
                tensor(format!("{p}.attn_q.weight"), vec![EMBD, EMBD], false),
                tensor(format!("{p}.attn_k.weight"), vec![EMBD, kv], false),
                tensor(format!("{p}.attn_v.weight"), vec![EMBD, kv], false),
                tensor(format!("{p}.attn_q.bias"), vec![EMBD], false),
                tensor(format!("{p}.attn_k.bias"), vec![kv], false),
                tensor(format!("{p}.attn_v.bias"), vec![kv], false),
                tensor(format!("{p}.attn_output.weight"), vec![EMBD, EMBD], false),
                tensor(format!("{p}.attn_norm.weight"), vec![EMBD], true),
                tensor(format!("{p}.ffn_gate.weight"), vec![EMBD, FF], false),
                tensor(format!("{p}.ffn_up.weight"), vec![EMBD, FF], false),
                tensor(format!("{p}.ffn_down.weight"), vec![FF, EMBD], false),
                tensor(format!("{p}.ffn_norm.weight"), vec![EMBD], true),
            ]);
        }
        TinyGguf {
            version: 3,
            metadata,
            tensors,
            tensor_count: None,
            kv_count: None,
        }
    }

    /// Sets (or adds) a metadata value.
    pub fn set(mut self, key: &str, value: Meta) -> Self {
        match self.metadata.iter_mut().find(|(k, _)| k == key) {
            Some(entry) => entry.1 = value,
            None => self.metadata.push((key.to_owned(), value)),
        }
        self
    }

    pub fn remove(mut self, key: &str) -> Self {
        self.metadata.retain(|(k, _)| k != key);
        self
    }

    /// Changes the tensor called `name`.
    pub fn tensor(mut self, name: &str, change: impl FnOnce(&mut TensorSpec)) -> Self {
        if let Some(t) = self.tensors.iter_mut().find(|t| t.name == name) {
            change(t);
        }
        self
    }

    fn alignment(&self) -> u64 {
        match self.metadata.iter().find(|(k, _)| k == "general.alignment") {
            Some((_, Meta::U32(a))) if a.is_power_of_two() => u64::from(*a),
            _ => 32,
        }
    }

    /// The file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = b"GGUF".to_vec();
        out.extend(self.version.to_le_bytes());
        let counts = [
            self.tensor_count.unwrap_or(self.tensors.len() as u64),
            self.kv_count.unwrap_or(self.metadata.len() as u64),
        ];
        for count in counts {
            out.extend(count.to_le_bytes());
        }
        for (key, value) in &self.metadata {
            put_str(&mut out, key.as_bytes());
            put_meta(&mut out, value);
        }
        let alignment = self.alignment();
        let mut next = 0u64;
        let mut offsets = Vec::new();
        for t in &self.tensors {
            put_str(&mut out, t.name.as_bytes());
            out.extend((t.dims.len() as u32).to_le_bytes());
            for d in &t.dims {
                out.extend(d.to_le_bytes());
            }
            out.extend(t.dtype.to_le_bytes());
            let offset = t.offset.unwrap_or(next);
            out.extend(offset.to_le_bytes());
            offsets.push(offset);
            if t.offset.is_none() {
                next = (offset + t.data.len() as u64).div_ceil(alignment) * alignment;
            }
        }
        let data_start = (out.len() as u64).div_ceil(alignment) * alignment;
        // A tensor placed absurdly far away gets its directory entry but no data.
        for (t, offset) in self
            .tensors
            .iter()
            .zip(offsets)
            .filter(|(_, o)| *o < 1 << 32)
        {
            let at = (data_start + offset) as usize;
            if out.len() < at + t.data.len() {
                out.resize(at + t.data.len(), 0);
            }
            out[at..at + t.data.len()].copy_from_slice(&t.data);
        }
        out
    }
}

fn put_str(out: &mut Vec<u8>, s: &[u8]) {
    out.extend((s.len() as u64).to_le_bytes());
    out.extend(s);
}

fn put_meta(out: &mut Vec<u8>, value: &Meta) {
    match value {
        Meta::U32(v) => out.extend([4u32.to_le_bytes(), v.to_le_bytes()].concat()),
        Meta::I32(v) => out.extend([5u32.to_le_bytes(), v.to_le_bytes()].concat()),
        Meta::F32(v) => out.extend([6u32.to_le_bytes(), v.to_le_bytes()].concat()),
        Meta::U64(v) => {
            out.extend(10u32.to_le_bytes());
            out.extend(v.to_le_bytes());
        }
        Meta::Str(s) => {
            out.extend(8u32.to_le_bytes());
            put_str(out, s.as_bytes());
        }
        Meta::Strs(items) => {
            out.extend(9u32.to_le_bytes());
            out.extend(8u32.to_le_bytes());
            out.extend((items.len() as u64).to_le_bytes());
            for s in items {
                put_str(out, s.as_bytes());
            }
        }
        Meta::I32s(items) => {
            out.extend(9u32.to_le_bytes());
            out.extend(5u32.to_le_bytes());
            out.extend((items.len() as u64).to_le_bytes());
            for v in items {
                out.extend(v.to_le_bytes());
            }
        }
        Meta::Raw(kind, bytes) => {
            out.extend(kind.to_le_bytes());
            out.extend(bytes);
        }
    }
}

mod defects;
pub use defects::defects;

#[cfg(test)]
mod tests {
    use std::io::Cursor;
    use std::path::Path;

    use super::*;
    use crate::inference::gguf::Gguf;
    use crate::inference::model::Model;
    use crate::inference::prompt::Prompter;

    fn open(bytes: Vec<u8>) -> crate::Result<(Gguf<Cursor<Vec<u8>>>, Prompter)> {
        let size = bytes.len() as u64;
        let gguf = Gguf::from_reader(Path::new("tiny.gguf"), Cursor::new(bytes), size)?;
        let prompter = Prompter::from_gguf(&gguf)?;
        Ok((gguf, prompter))
    }

    #[test]
    fn the_tiny_model_loads_and_runs() {
        let (gguf, prompter) = open(TinyGguf::qwen2().to_bytes()).unwrap();
        let mut model = Model::from_gguf(
            gguf,
            prompter.context_limit,
            None,
            &candle_core::Device::Cpu,
        )
        .unwrap();
        let ids = prompter.tokenizer.encode_text("héllo 日本").unwrap();
        assert_eq!(prompter.tokenizer.decode(&ids), "héllo 日本");
        let logits = model.forward(&ids, 0).unwrap();
        assert_eq!(logits.dims(), &[1, 260]);
    }

    #[test]
    fn every_defect_is_a_clean_error() {
        let defects = defects();
        assert!(defects.len() >= 25);
        let mut names = std::collections::HashSet::new();
        for (name, bytes) in defects {
            assert!(names.insert(name), "{name} twice");
            let err = open(bytes)
                .err()
                .unwrap_or_else(|| panic!("{name}: accepted"));
            assert!(
                matches!(
                    err.code(),
                    "model-malformed"
                        | "model-unsupported-architecture"
                        | "tokenizer"
                        | "chat-template"
                ),
                "{name}: {err}"
            );
        }
    }
}
