//! Tiny GGUF files written from scratch, for tests and fuzzing: valid random-weight models of
//! every supported architecture, small enough to load in milliseconds, and the qwen2 one with
//! one defect each.
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

mod models;
pub use models::{Precision, EMBD, FF, HEADS, KV_HEADS, LAYERS};

impl TinyGguf {
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
    use crate::inference::text::prompt::Prompter;

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
