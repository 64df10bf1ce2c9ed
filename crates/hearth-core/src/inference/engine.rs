//! A loaded model with its tokenizer and chat template, and the generation loop.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use candle_core::Device;
use serde::Serialize;

use super::gguf::Gguf;
use super::model::Model;
use super::sampling::{Sampler, SamplingParams};
use super::stream::Utf8Stream;
use super::template::{ChatMessage, ChatTemplate, PromptPart};
use super::tokenizer::GgufTokenizer;
use crate::error::{Error, Result};

/// Hearth caps the context it allocates for: the KV cache of a 0.5B model at 32k positions
/// would take ~0.8 GB more than a desktop assistant needs.
pub const MAX_CONTEXT: usize = 8192;
const PREFILL_CHUNK: usize = 256;

/// Why generation ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FinishReason {
    /// The model ended its turn.
    Stop,
    /// `max_tokens` was reached.
    Length,
    /// The context window is full.
    ContextFull,
    /// The user stopped it.
    Cancelled,
}

/// What one reply cost.
#[derive(Debug, Clone, Serialize)]
pub struct GenerationStats {
    pub prompt_tokens: usize,
    pub completion_tokens: usize,
    pub prefill_tok_s: f64,
    pub decode_tok_s: f64,
    pub finish_reason: FinishReason,
    /// Older messages left out so the prompt fits the context window.
    pub dropped_messages: usize,
    pub context_limit: usize,
}

/// A model ready to generate.
pub struct Engine {
    pub path: PathBuf,
    pub architecture: String,
    model: Model,
    tokenizer: GgufTokenizer,
    template: Option<ChatTemplate>,
    context_limit: usize,
    device: Device,
}

impl Engine {
    /// Loads `path`: header, tokenizer and template from its metadata, then the weights.
    pub fn load(path: &Path) -> Result<Self> {
        let gguf = Gguf::open(path)?;
        let architecture = gguf.architecture()?.to_owned();
        if !Model::SUPPORTED.contains(&architecture.as_str()) {
            return Err(Error::UnsupportedArchitecture { architecture });
        }
        let tokenizer = GgufTokenizer::from_gguf(&gguf)?;
        let template = if gguf.has("tokenizer.chat_template") {
            Some(ChatTemplate::new(
                gguf.string("tokenizer.chat_template")?,
                tokenizer.bos.as_deref(),
                tokenizer.eos.as_deref(),
            )?)
        } else {
            None
        };
        let context_key = format!("{architecture}.context_length");
        let trained = if gguf.has(&context_key) {
            gguf.u32(&context_key)? as usize
        } else {
            MAX_CONTEXT
        };
        let device = Device::Cpu;
        let model = Model::from_gguf(gguf, &device)?;
        Ok(Engine {
            path: path.to_path_buf(),
            architecture,
            model,
            tokenizer,
            template,
            context_limit: trained.min(MAX_CONTEXT),
            device,
        })
    }

    pub fn tokenizer(&self) -> &GgufTokenizer {
        &self.tokenizer
    }

    pub fn template(&self) -> Option<&ChatTemplate> {
        self.template.as_ref()
    }

    /// Tokenises a conversation: template text with control tokens, message text without.
    /// A model without a chat template gets plain completion of the message texts.
    pub fn encode_conversation(&self, messages: &[ChatMessage]) -> Result<Vec<u32>> {
        let Some(template) = &self.template else {
            let text: Vec<&str> = messages.iter().map(|m| m.content.as_str()).collect();
            return self.tokenizer.encode_text(&text.join("\n\n"));
        };
        let mut ids = Vec::new();
        for part in template.render_parts(messages)? {
            match part {
                PromptPart::Template(text) => {
                    ids.extend(self.tokenizer.encode_with_special(&text)?)
                }
                PromptPart::Content(text) => ids.extend(self.tokenizer.encode_text(text)?),
            }
        }
        Ok(ids)
    }

    /// Encodes `messages`, leaving out the oldest non-system messages until the prompt and
    /// room for at least a short reply fit the context window.
    fn fit_prompt(&self, messages: &[ChatMessage]) -> Result<(Vec<u32>, usize)> {
        let reserve = 64.min(self.context_limit / 4);
        let keep_from = usize::from(messages.first().is_some_and(|m| m.role == "system"));
        let mut dropped = 0;
        loop {
            let mut window: Vec<ChatMessage> = messages[..keep_from].to_vec();
            window.extend_from_slice(&messages[keep_from + dropped..]);
            let ids = self.encode_conversation(&window)?;
            if ids.len() + reserve <= self.context_limit {
                return Ok((ids, dropped));
            }
            if keep_from + dropped + 1 >= messages.len() {
                return Err(Error::ContextOverflow {
                    tokens: ids.len(),
                    limit: self.context_limit,
                });
            }
            dropped += 1;
        }
    }

    /// Generates the assistant's reply to `messages`, handing each piece of complete text to
    /// `on_text` as soon as it exists. Checks `cancel` between tokens.
    pub fn generate(
        &mut self,
        messages: &[ChatMessage],
        params: &SamplingParams,
        cancel: &AtomicBool,
        on_text: &mut dyn FnMut(&str),
    ) -> Result<GenerationStats> {
        let (prompt, dropped_messages) = self.fit_prompt(messages)?;
        self.model.clear_kv_cache();

        let prefill_start = Instant::now();
        let mut logits = None;
        for (i, chunk) in prompt.chunks(PREFILL_CHUNK).enumerate() {
            if cancel.load(Ordering::Relaxed) {
                break;
            }
            logits = Some(self.model.forward(chunk, i * PREFILL_CHUNK, &self.device)?);
        }
        let prefill_secs = prefill_start.elapsed().as_secs_f64();

        let mut sampler = Sampler::new(params);
        let mut stream = Utf8Stream::new();
        let mut generated: Vec<u32> = Vec::new();
        let decode_start = Instant::now();
        let finish_reason = loop {
            let Some(current) = logits.as_ref() else {
                break FinishReason::Cancelled;
            };
            if cancel.load(Ordering::Relaxed) {
                break FinishReason::Cancelled;
            }
            if generated.len() >= params.max_tokens {
                break FinishReason::Length;
            }
            let position = prompt.len() + generated.len();
            if position >= self.context_limit {
                break FinishReason::ContextFull;
            }
            let next = sampler.sample(current, &generated)?;
            if self.tokenizer.is_end_of_turn(next) {
                break FinishReason::Stop;
            }
            generated.push(next);
            let text = stream.push(self.tokenizer.token_bytes(next));
            if !text.is_empty() {
                on_text(&text);
            }
            logits = Some(self.model.forward(&[next], position, &self.device)?);
        };
        let rest = stream.finish();
        if !rest.is_empty() {
            on_text(&rest);
        }
        let decode_secs = decode_start.elapsed().as_secs_f64();
        let rate = |n: usize, secs: f64| if secs > 0.0 { n as f64 / secs } else { 0.0 };
        Ok(GenerationStats {
            prompt_tokens: prompt.len(),
            completion_tokens: generated.len(),
            prefill_tok_s: rate(prompt.len(), prefill_secs),
            decode_tok_s: rate(generated.len(), decode_secs),
            finish_reason,
            dropped_messages,
            context_limit: self.context_limit,
        })
    }
}
