//! The transformer models Hearth can run, as plain structs over candle.

use candle_core::{Device, Tensor};
use candle_transformers::models::quantized_qwen2;

use super::gguf::Gguf;
use crate::error::{Error, Result};

/// A loaded model, chosen by `general.architecture`.
pub enum Model {
    Qwen2(quantized_qwen2::ModelWeights),
}

impl Model {
    /// Architectures this build can run.
    pub const SUPPORTED: &'static [&'static str] = &["qwen2"];

    /// Loads the weights; consumes the parsed header (read tokenizer metadata first).
    pub fn from_gguf(gguf: Gguf, device: &Device) -> Result<Self> {
        let architecture = gguf.architecture()?.to_owned();
        let Gguf {
            path,
            content,
            mut reader,
        } = gguf;
        let malformed = |err: candle_core::Error| Error::ModelMalformed {
            path: path.clone(),
            reason: err.to_string(),
        };
        match architecture.as_str() {
            "qwen2" => quantized_qwen2::ModelWeights::from_gguf(content, &mut reader, device)
                .map(Model::Qwen2)
                .map_err(malformed),
            _ => Err(Error::UnsupportedArchitecture { architecture }),
        }
    }

    /// Runs `tokens` at positions `offset..`, extending the KV cache; returns the logits of
    /// the last position, shape `(1, vocab)`.
    pub fn forward(&mut self, tokens: &[u32], offset: usize, device: &Device) -> Result<Tensor> {
        let input = Tensor::new(tokens, device)?.unsqueeze(0)?;
        match self {
            Model::Qwen2(m) => Ok(m.forward(&input, offset)?),
        }
    }

    pub fn clear_kv_cache(&mut self) {
        match self {
            Model::Qwen2(m) => m.clear_kv_cache(),
        }
    }
}
