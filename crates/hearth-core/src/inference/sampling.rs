//! Choosing the next token from the logits.

use candle_core::Tensor;
use candle_transformers::generation::{LogitsProcessor, Sampling};
use serde::{Deserialize, Serialize};

use crate::error::Result;

/// Sampling settings. `temperature <= 0` means greedy (argmax), which is deterministic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SamplingParams {
    pub temperature: f64,
    pub top_p: f64,
    pub top_k: usize,
    pub repeat_penalty: f32,
    pub repeat_last_n: usize,
    pub max_tokens: usize,
    pub seed: u64,
}

/// Defaults chosen on the default 0.5B model: at temperature 0.7 it answered "日本の首都は千葉です"
/// (wrong) where 0, 0.3 and 0.5 all answered 東京; small models need a cool default.
impl Default for SamplingParams {
    fn default() -> Self {
        SamplingParams {
            temperature: 0.3,
            top_p: 0.9,
            top_k: 40,
            repeat_penalty: 1.1,
            repeat_last_n: 64,
            max_tokens: 1024,
            seed: 299_792_458,
        }
    }
}

/// A seeded sampler for one reply.
pub struct Sampler {
    processor: LogitsProcessor,
    repeat_penalty: f32,
    repeat_last_n: usize,
}

impl Sampler {
    pub fn new(params: &SamplingParams) -> Self {
        let sampling = if params.temperature <= 0.0 {
            Sampling::ArgMax
        } else if params.top_k > 0 && params.top_p < 1.0 {
            Sampling::TopKThenTopP {
                k: params.top_k,
                p: params.top_p,
                temperature: params.temperature,
            }
        } else if params.top_k > 0 {
            Sampling::TopK {
                k: params.top_k,
                temperature: params.temperature,
            }
        } else if params.top_p < 1.0 {
            Sampling::TopP {
                p: params.top_p,
                temperature: params.temperature,
            }
        } else {
            Sampling::All {
                temperature: params.temperature,
            }
        };
        Sampler {
            processor: LogitsProcessor::from_sampling(params.seed, sampling),
            repeat_penalty: params.repeat_penalty,
            repeat_last_n: params.repeat_last_n,
        }
    }

    /// Picks the next token; `history` holds the tokens generated so far.
    pub fn sample(&mut self, logits: &Tensor, history: &[u32]) -> Result<u32> {
        let logits = logits.squeeze(0)?;
        let logits = if (self.repeat_penalty - 1.0).abs() < f32::EPSILON || history.is_empty() {
            logits
        } else {
            let start = history.len().saturating_sub(self.repeat_last_n);
            candle_transformers::utils::apply_repeat_penalty(
                &logits,
                self.repeat_penalty,
                &history[start..],
            )?
        };
        Ok(self.processor.sample(&logits)?)
    }
}
