//! Choosing the next token from the logits.

use candle_core::Tensor;
use candle_transformers::generation::{LogitsProcessor, Sampling};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// Sampling settings. `temperature <= 0` means greedy (argmax), which is deterministic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SamplingParams {
    /// Randomness: 0 always takes the most likely token.
    pub temperature: f64,
    /// Nucleus sampling: only the most likely tokens whose probabilities add up to this.
    pub top_p: f64,
    /// Only the `top_k` most likely tokens (0: no limit).
    pub top_k: usize,
    /// Divides the logits of recently generated tokens (1: off).
    pub repeat_penalty: f32,
    /// How many recent tokens the repeat penalty looks at.
    pub repeat_last_n: usize,
    /// Drops tokens less likely than `min_p` times the most likely one (0: off).
    pub min_p: f64,
    /// Subtracted from the logit of every token the reply already used (0: off).
    pub presence_penalty: f32,
    /// The reply ends before the first of these texts (which is not shown).
    pub stop: Vec<String>,
    /// The most tokens a reply may have.
    pub max_tokens: usize,
    /// The random generator's seed (the same seed gives the same reply).
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
            min_p: 0.0,
            presence_penalty: 0.0,
            stop: Vec::new(),
            max_tokens: 1024,
            seed: 299_792_458,
        }
    }
}

/// The limits of each setting (as shown in errors), the same as the window's fields.
const LIMITS: &[(&str, f64, f64, &str)] = &[
    ("temperature", 0.0, 2.0, "0-2"),
    ("top_p", 0.0, 1.0, "0-1"),
    ("top_k", 0.0, 200.0, "0-200"),
    ("repeat_penalty", 1.0, 2.0, "1-2"),
    ("repeat_last_n", 0.0, 4096.0, "0-4096"),
    ("min_p", 0.0, 1.0, "0-1"),
    ("presence_penalty", 0.0, 2.0, "0-2"),
    ("max_tokens", 1.0, 8192.0, "1-8192"),
];
/// Stop texts: at most this many, each of 1 to [`STOP_CHARS`] characters.
const STOP_TEXTS: usize = 4;
const STOP_CHARS: usize = 64;

impl SamplingParams {
    /// Refuses values outside the settings' limits (a window's fields enforce the same; this
    /// guards the store and the engine against any other caller), naming the setting.
    pub fn check(&self) -> Result<()> {
        let values = [
            self.temperature,
            self.top_p,
            self.top_k as f64,
            f64::from(self.repeat_penalty),
            self.repeat_last_n as f64,
            self.min_p,
            f64::from(self.presence_penalty),
            self.max_tokens as f64,
        ];
        for (&(setting, low, high, allowed), value) in LIMITS.iter().zip(values) {
            if !(low..=high).contains(&value) {
                return Err(Error::SamplingInvalid {
                    setting,
                    value: value.to_string(),
                    allowed,
                });
            }
        }
        let bad_stop = self.stop.len() > STOP_TEXTS
            || self
                .stop
                .iter()
                .any(|text| text.is_empty() || text.chars().count() > STOP_CHARS);
        if bad_stop {
            return Err(Error::SamplingInvalid {
                setting: "stop",
                value: format!("{:?}", self.stop),
                allowed: "at most 4 texts of 1-64 characters",
            });
        }
        Ok(())
    }
}

/// A seeded sampler for one reply.
pub struct Sampler {
    processor: LogitsProcessor,
    repeat_penalty: f32,
    repeat_last_n: usize,
    presence_penalty: f32,
    /// `temperature × ln(min_p)`: how far below the best logit a token may be (min-p).
    min_p_margin: Option<f32>,
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
            presence_penalty: params.presence_penalty,
            min_p_margin: (params.temperature > 0.0 && params.min_p > 0.0)
                .then(|| (params.temperature * params.min_p.min(1.0).ln()) as f32),
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
        let logits = if self.presence_penalty == 0.0 && self.min_p_margin.is_none() {
            logits
        } else {
            let mut values = logits.to_dtype(candle_core::DType::F32)?.to_vec1::<f32>()?;
            if self.presence_penalty != 0.0 {
                let mut seen = history.to_vec();
                seen.sort_unstable();
                seen.dedup();
                for token in seen {
                    if let Some(value) = values.get_mut(token as usize) {
                        *value -= self.presence_penalty;
                    }
                }
            }
            if let Some(margin) = self.min_p_margin {
                let best = values.iter().copied().fold(f32::NEG_INFINITY, f32::max);
                for value in &mut values {
                    if *value < best + margin {
                        *value = f32::NEG_INFINITY;
                    }
                }
            }
            Tensor::from_vec(values, logits.shape(), logits.device())?
        };
        Ok(self.processor.sample(&logits)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::Device;

    #[test]
    fn settings_outside_their_limits_are_refused_by_name() {
        assert!(SamplingParams::default().check().is_ok());
        let refused = |change: fn(&mut SamplingParams)| {
            let mut params = SamplingParams::default();
            change(&mut params);
            match params.check() {
                Err(err @ Error::SamplingInvalid { .. }) => {
                    assert_eq!(err.code(), "sampling-invalid");
                    err.args()[0].1.clone()
                }
                other => panic!("accepted: {other:?}"),
            }
        };
        assert_eq!(refused(|p| p.temperature = f64::NAN), "temperature");
        assert_eq!(refused(|p| p.temperature = 2.5), "temperature");
        assert_eq!(refused(|p| p.top_p = -0.1), "top_p");
        assert_eq!(refused(|p| p.top_k = 201), "top_k");
        assert_eq!(refused(|p| p.repeat_penalty = 0.5), "repeat_penalty");
        assert_eq!(refused(|p| p.min_p = 1.5), "min_p");
        assert_eq!(refused(|p| p.presence_penalty = -1.0), "presence_penalty");
        assert_eq!(refused(|p| p.max_tokens = 0), "max_tokens");
        assert_eq!(refused(|p| p.stop = vec![String::new()]), "stop");
        assert_eq!(refused(|p| p.stop = vec!["x".into(); 5]), "stop");
        assert_eq!(refused(|p| p.stop = vec!["語".repeat(65)]), "stop");
        let fine = SamplingParams {
            stop: vec!["語".repeat(64), "\n\nUser:".into()],
            min_p: 0.05,
            presence_penalty: 1.5,
            ..SamplingParams::default()
        };
        assert!(fine.check().is_ok());
    }

    fn logits(values: &[f32]) -> Tensor {
        Tensor::new(values, &Device::Cpu)
            .unwrap()
            .unsqueeze(0)
            .unwrap()
    }

    #[test]
    fn presence_penalty_steers_away_from_used_tokens() {
        let greedy = SamplingParams {
            temperature: 0.0,
            repeat_penalty: 1.0,
            ..SamplingParams::default()
        };
        let scores = logits(&[1.0, 0.9, 0.1]);
        assert_eq!(Sampler::new(&greedy).sample(&scores, &[0]).unwrap(), 0);
        let penalized = SamplingParams {
            presence_penalty: 0.5,
            ..greedy
        };
        assert_eq!(
            Sampler::new(&penalized).sample(&scores, &[0, 0]).unwrap(),
            1
        );
    }

    #[test]
    fn min_p_keeps_only_tokens_near_the_best() {
        // At temperature 1, min_p 0.5 keeps tokens within ln 2 of the best logit: 0 and 1.
        let params = SamplingParams {
            temperature: 1.0,
            top_k: 0,
            top_p: 1.0,
            min_p: 0.5,
            repeat_penalty: 1.0,
            ..SamplingParams::default()
        };
        let scores = logits(&[2.0, 1.5, 1.0, 0.9]);
        let mut seen = [0usize; 4];
        for seed in 0..200 {
            let mut sampler = Sampler::new(&SamplingParams {
                seed,
                ..params.clone()
            });
            seen[sampler.sample(&scores, &[]).unwrap() as usize] += 1;
        }
        assert!(seen[0] > 0 && seen[1] > 0, "{seen:?}");
        assert_eq!(seen[2] + seen[3], 0, "{seen:?}");
    }

    #[test]
    fn the_same_seed_samples_the_same_tokens() {
        let params = SamplingParams {
            temperature: 1.0,
            ..SamplingParams::default()
        };
        let scores = logits(&[1.0, 0.8, 0.6, 0.4, 0.2]);
        let run = || {
            let mut sampler = Sampler::new(&params);
            (0..20)
                .map(|_| sampler.sample(&scores, &[]).unwrap())
                .collect::<Vec<_>>()
        };
        assert_eq!(run(), run());
    }
}
