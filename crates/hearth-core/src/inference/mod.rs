//! Local inference: GGUF files read and checked ([`gguf`](self) internally), the model and its
//! kernels, text in and out (tokenizers, chat template, prompt, stop texts, streaming),
//! sampling, and the engine thread that owns the loaded model.
//!
//! Inside, each room is one concern: `gguf/` (reading and checking files, the model card),
//! `model/` (hyperparameters, the transformer, attention, matrices, kernels), `text/`
//! (tokenizers, template, prompt, stop, UTF-8 streaming), `sampling`, `engine/` (the loaded
//! model, the worker thread, the benchmark) and `testing/` (the f32 reference and the tiny model
//! writer, compiled for tests, fuzzing and benchmarks only). What the CLI and the shell use is
//! re-exported here.

mod engine;
mod gguf;
mod model;
mod sampling;
// Test support, compiled only for tests, fuzzing and benchmarks: not part of the surface.
#[cfg(any(test, feature = "synthetic"))]
#[allow(missing_docs)]
pub mod testing;
mod text;

pub use engine::bench;
pub use engine::worker::{GenerationJob, ReplySink, Worker};
pub use engine::{Engine, FinishReason, GenerationStats};
pub use gguf::card::ModelCard;
pub use model::Architecture;
pub use sampling::SamplingParams;
pub use text::template::ChatMessage;
