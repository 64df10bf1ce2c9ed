//! Text in and out of the model: the tokenizers a GGUF file declares (byte-level BPE and
//! SentencePiece), the chat template and the prompt built with it, stop texts, and UTF-8-safe
//! streaming of the decoded tokens.

pub(crate) mod prompt;
pub(crate) mod special;
pub(crate) mod spm;
pub(crate) mod stop;
pub(crate) mod stream;
pub(crate) mod template;
pub(crate) mod tokenizer;
