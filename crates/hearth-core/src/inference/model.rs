//! The transformer models Hearth can run, as plain structs over candle.

use std::fs::File;
use std::io::{BufReader, Read, Seek};
use std::path::Path;

use candle_core::quantized::gguf_file::Value;
use candle_core::{Device, Tensor};

use super::gguf::Gguf;
use super::qwen2::Qwen2;
use super::widen::Widened;
use crate::error::{Error, Result};

/// A loaded model, chosen by `general.architecture`.
pub enum Model {
    Qwen2(Qwen2),
}

impl Model {
    /// Architectures this build can run.
    pub const SUPPORTED: &'static [&'static str] = &["qwen2"];

    /// Loads the weights of a checked header (see [`Gguf::check_architecture`]), for a
    /// context of at most `context` positions; consumes the header (read the tokenizer first).
    /// With `reopen`, the file at that path is opened a second time to load on two threads.
    pub fn from_gguf<R: Read + Seek>(
        gguf: Gguf<R>,
        context: usize,
        reopen: Option<&Path>,
        device: &Device,
    ) -> Result<Self> {
        let architecture = gguf.architecture()?.to_owned();
        let Gguf {
            path,
            mut content,
            reader,
        } = gguf;
        // The model code builds position tables for the whole trained context; a file cannot
        // make it allocate for more than Hearth will use.
        content.metadata.insert(
            format!("{architecture}.context_length"),
            Value::U32(u32::try_from(context).unwrap_or(u32::MAX)),
        );
        let malformed = |err: candle_core::Error| Error::ModelMalformed {
            path: path.clone(),
            reason: err.to_string(),
        };
        let mut reader = Widened::new(reader, &mut content);
        let second = reopen
            .and_then(|path| File::open(path).ok())
            .map(|file| reader.sibling(BufReader::new(file)));
        match architecture.as_str() {
            "qwen2" => Qwen2::from_gguf(&content, &mut reader, second, device)
                .map(Model::Qwen2)
                .map_err(malformed),
            _ => Err(Error::UnsupportedArchitecture { architecture }),
        }
    }

    /// Runs `tokens` at positions `offset..` (what the cache holds), extending the cache;
    /// returns the logits of the last position, shape `(1, vocab)`.
    pub fn forward(&mut self, tokens: &[u32], offset: usize) -> Result<Tensor> {
        match self {
            Model::Qwen2(m) => Ok(m.forward(tokens, offset)?),
        }
    }

    /// Keeps the first `len` positions of the cache.
    pub fn truncate(&mut self, len: usize) {
        match self {
            Model::Qwen2(m) => m.truncate(len),
        }
    }
}
