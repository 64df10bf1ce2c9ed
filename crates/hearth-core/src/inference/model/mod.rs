//! The model: its hyperparameters as typed values ([`hyperparams`]), the one transformer every
//! supported family runs on ([`transformer`]) with its attention and weight matrices, the
//! matrix kernels, and loading the weights from a checked GGUF header.

pub(crate) mod attention;
pub(crate) mod hyperparams;
pub(crate) mod kernels;
pub(crate) mod matrix;
pub(crate) mod transformer;
pub(crate) mod widening;

use std::fs::File;
use std::io::{BufReader, Read, Seek};
use std::path::Path;

use candle_core::{Device, Tensor};

use crate::error::{Error, Result};
use crate::inference::gguf::Gguf;
use crate::inference::model::transformer::Transformer;
use crate::inference::model::widening::Widened;
pub use hyperparams::Architecture;
use hyperparams::Hyperparams;

/// A loaded model.
pub struct Model(Transformer);

impl Model {
    /// Loads the weights of a checked header (see [`Gguf::check_architecture`]), for a
    /// context of at most `context` positions; consumes the header (read the tokenizer first).
    /// With `reopen`, the file at that path is opened a second time to load on two threads.
    pub fn from_gguf<R: Read + Seek>(
        gguf: Gguf<R>,
        context: usize,
        reopen: Option<&Path>,
        device: &Device,
    ) -> Result<Self> {
        let architecture = gguf.architecture()?;
        let Gguf {
            path,
            mut content,
            reader,
        } = gguf;
        let hyper = Hyperparams::from_content(&content, architecture).map_err(|reason| {
            Error::ModelMalformed {
                path: path.clone(),
                reason,
            }
        })?;
        let mut reader = Widened::new(reader, &mut content);
        let second = reopen
            .and_then(|path| File::open(path).ok())
            .map(|file| reader.sibling(BufReader::new(file)));
        Transformer::from_gguf(&content, hyper, context, (&mut reader, second), device)
            .map(Model)
            .map_err(|err| Error::ModelMalformed {
                path,
                reason: err.to_string(),
            })
    }

    /// Runs `tokens` at positions `offset..` (what the cache holds), extending the cache;
    /// returns the logits of the last position, shape `(1, vocab)`.
    pub fn forward(&mut self, tokens: &[u32], offset: usize) -> Result<Tensor> {
        Ok(self.0.forward(tokens, offset)?)
    }

    /// Keeps the first `len` positions of the cache.
    pub fn truncate(&mut self, len: usize) {
        self.0.truncate(len);
    }
}
