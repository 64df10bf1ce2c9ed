//! Local inference with candle: GGUF loading, tokenizer and chat template from the file's own
//! metadata, sampling, UTF-8-safe streaming, and the engine thread.

pub mod attention;
pub mod bench;
pub mod card;
pub mod engine;
pub mod gguf;
pub mod hyper;
pub mod kernels;
pub mod matrix;
pub mod model;
pub mod prompt;
#[cfg(any(test, feature = "synthetic"))]
pub mod reference;
pub mod sampling;
pub mod spm;
pub mod stop;
pub mod stream;
#[cfg(any(test, feature = "synthetic"))]
pub mod synthetic;
pub mod template;
pub mod tokenizer;
pub mod transformer;
pub mod widen;
pub mod worker;

pub use engine::{Engine, FinishReason, GenerationStats};
pub use sampling::SamplingParams;
pub use template::ChatMessage;
pub use worker::{GenerationJob, ReplySink, Worker};
