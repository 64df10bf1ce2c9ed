//! A loaded model with its tokenizer and chat template, and the generation loop; the thread
//! that owns it ([`worker`]) and the benchmark that measures it ([`bench`]).

pub mod bench;
pub(crate) mod worker;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use candle_core::quantized::gguf_file::{Content, TensorInfo};
use candle_core::{Device, Tensor};
use serde::Serialize;

use crate::error::Result;
use crate::inference::gguf::Gguf;
use crate::inference::model::{Architecture, Model};
use crate::inference::sampling::{Sampler, SamplingParams};
use crate::inference::text::prompt::Prompter;
use crate::inference::text::stop::StopText;
use crate::inference::text::stream::Utf8Stream;
use crate::inference::text::template::{ChatMessage, ChatTemplate};
use crate::inference::text::tokenizer::GgufTokenizer;

const PREFILL_CHUNK: usize = 256;

/// Why generation ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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
///
/// Serialized only for the desktop window, so in the window's casing (camelCase).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct GenerationStats {
    /// Tokens of the prompt run (including those reused from the cache).
    pub prompt_tokens: usize,
    /// Tokens generated.
    pub completion_tokens: usize,
    /// Prompt processing speed, tokens per second.
    pub prefill_tok_s: f64,
    /// Generation speed, tokens per second.
    pub decode_tok_s: f64,
    /// Why generation ended.
    pub finish_reason: FinishReason,
    /// Older messages left out so the prompt fits the context window.
    pub dropped_messages: usize,
    /// The context window the prompt was fitted into.
    pub context_limit: usize,
    /// Prompt tokens whose keys and values were still cached from the previous reply (a
    /// follow-up in the same conversation), so were not run again.
    pub reused_tokens: usize,
}

/// A model ready to generate.
pub struct Engine {
    /// The model file.
    pub path: PathBuf,
    /// The architecture the file declares.
    pub architecture: Architecture,
    model: Model,
    prompter: Prompter,
    /// The tokens whose keys and values the model's cache holds, in order.
    cached: Vec<u32>,
    /// The logits after the first `n` cached tokens (the last prompt run), kept so that the
    /// same prompt again (Regenerate) starts from exactly the same numbers.
    prompt_logits: Option<(usize, Tensor)>,
}

/// What the model code reads of a header: the general and `architecture` keys and the tensor
/// directory (a copy of those, not of the vocabulary and merges the tokenizer needs).
fn model_view(content: &Content, architecture: Architecture) -> Content {
    let prefix = format!("{}.", architecture.name());
    Content {
        magic: content.magic,
        metadata: content
            .metadata
            .iter()
            .filter(|(key, _)| key.starts_with("general.") || key.starts_with(&prefix))
            .map(|(key, value)| (key.clone(), value.clone()))
            .collect(),
        tensor_infos: content
            .tensor_infos
            .iter()
            .map(|(name, info)| {
                let copy = TensorInfo {
                    ggml_dtype: info.ggml_dtype,
                    shape: info.shape.clone(),
                    offset: info.offset,
                };
                (name.clone(), copy)
            })
            .collect(),
        tensor_data_offset: content.tensor_data_offset,
    }
}

impl Engine {
    /// Loads `path`: the checked header, then the tokenizer and template on a second thread
    /// while the weights are read.
    pub fn load(path: &Path) -> Result<Self> {
        let Gguf {
            path: file,
            content,
            reader,
        } = Gguf::open(path)?;
        let header = Gguf {
            path: file,
            content,
            reader: (),
        };
        // The weights are read only from a header whose architecture checks passed.
        let architecture = header.architecture()?;
        header.check_architecture(header.strings("tokenizer.ggml.tokens")?.len())?;
        let context = Prompter::context_limit_of(&header)?;
        let weights = Gguf {
            path: header.path.clone(),
            content: model_view(&header.content, architecture),
            reader,
        };
        let (prompter, model) = std::thread::scope(|scope| {
            let prompter = scope.spawn(|| Prompter::from_gguf(&header));
            let model = Model::from_gguf(weights, context, Some(path), &Device::Cpu);
            let prompter = prompter
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (prompter, model)
        });
        let (prompter, model) = (prompter?, model?);
        Ok(Engine {
            path: path.to_path_buf(),
            architecture,
            model,
            prompter,
            cached: Vec::new(),
            prompt_logits: None,
        })
    }

    /// The model's tokenizer.
    pub fn tokenizer(&self) -> &GgufTokenizer {
        &self.prompter.tokenizer
    }

    /// The model's chat template; `None` for a base model.
    pub fn template(&self) -> Option<&ChatTemplate> {
        self.prompter.template.as_ref()
    }

    /// The context this engine runs with (the model's, capped by Hearth).
    pub fn context_limit(&self) -> usize {
        self.prompter.context_limit
    }

    /// Brings the cache to hold `tokens` and returns the last position's logits with how many
    /// tokens were already cached: the cache keeps the longest prefix it shares with `tokens`
    /// (the conversation so far, before a follow-up or a regeneration) and only the rest is
    /// run; at least the last token is, for its logits. `None` if `cancel` was set before the
    /// end (the cache then keeps what was run).
    fn extend_until(
        &mut self,
        tokens: &[u32],
        cancel: &AtomicBool,
    ) -> Result<Option<(Tensor, usize)>> {
        let shared = self
            .cached
            .iter()
            .zip(tokens)
            .take_while(|(a, b)| a == b)
            .count();
        if let Some((n, logits)) = &self.prompt_logits {
            if *n == tokens.len() && shared == tokens.len() {
                let logits = logits.clone();
                self.cut(*n);
                return Ok(Some((logits, tokens.len())));
            }
        }
        let reused = shared.min(tokens.len().saturating_sub(1));
        self.cut(reused);
        let mut logits = None;
        for chunk in tokens[reused..].chunks(PREFILL_CHUNK) {
            if cancel.load(Ordering::Relaxed) {
                return Ok(None);
            }
            match self.model.forward(chunk, self.cached.len()) {
                Ok(out) => logits = Some(out),
                Err(err) => {
                    self.cut(0);
                    return Err(err);
                }
            }
            self.cached.extend_from_slice(chunk);
        }
        if let Some(logits) = &logits {
            self.prompt_logits = Some((tokens.len(), logits.clone()));
        }
        Ok(logits.map(|l| (l, reused)))
    }

    /// Keeps the first `len` cached positions.
    fn cut(&mut self, len: usize) {
        self.model.truncate(len);
        self.cached.truncate(len);
        if self.prompt_logits.as_ref().is_some_and(|(n, _)| *n > len) {
            self.prompt_logits = None;
        }
    }

    /// Starts a new context with `tokens`; the last position's logits.
    pub fn prefill(&mut self, tokens: &[u32]) -> Result<Tensor> {
        self.cut(0);
        self.extend_until(tokens, &AtomicBool::new(false))?
            .map(|(logits, _)| logits)
            .ok_or_else(|| crate::Error::Inference("nothing to prefill".into()))
    }

    /// Runs a two-token prompt once and forgets it: candle lays weights out for its fast
    /// kernels at their first product (a noticeable pause on a large model), which would
    /// otherwise delay the first reply. The worker does this right after loading.
    pub fn warm_up(&mut self) -> Result<()> {
        self.cut(0);
        self.model.forward(&[0, 0], 0)?;
        self.cut(0);
        Ok(())
    }

    /// Runs one more token at `position`; its logits.
    pub fn step(&mut self, token: u32, position: usize) -> Result<Tensor> {
        match self.model.forward(&[token], position) {
            Ok(logits) => {
                self.cached.push(token);
                Ok(logits)
            }
            Err(err) => {
                self.cut(0);
                Err(err)
            }
        }
    }

    /// The most likely next token.
    pub fn greedy(&self, logits: &Tensor) -> Result<u32> {
        Ok(logits.squeeze(0)?.argmax(0)?.to_scalar::<u32>()?)
    }

    /// Tokenises a conversation (see [`Prompter::encode_conversation`]).
    pub fn encode_conversation(&self, messages: &[ChatMessage]) -> Result<Vec<u32>> {
        self.prompter.encode_conversation(messages)
    }

    /// Generates the assistant's reply to `messages`, calling `on_token` after every token with
    /// the complete text it finished (often empty: a character can span tokens) and the number
    /// of tokens generated so far. Checks `cancel` between tokens.
    pub fn generate(
        &mut self,
        messages: &[ChatMessage],
        params: &SamplingParams,
        cancel: &AtomicBool,
        on_token: &mut dyn FnMut(&str, usize),
    ) -> Result<GenerationStats> {
        params.check()?;
        let (prompt, dropped_messages) = self.prompter.fit_prompt(messages)?;
        let prefill_start = Instant::now();
        let (mut logits, reused_tokens) = match self.extend_until(&prompt, cancel)? {
            Some((logits, reused)) => (Some(logits), reused),
            None => (None, 0),
        };
        let prefill_secs = prefill_start.elapsed().as_secs_f64();

        let mut sampler = Sampler::new(params);
        let mut stream = Utf8Stream::new();
        let mut stop = StopText::new(&params.stop);
        let mut stop_text_reached = false;
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
            if position >= self.prompter.context_limit {
                break FinishReason::ContextFull;
            }
            let next = sampler.sample(current, &generated)?;
            if self.prompter.tokenizer.is_end_of_turn(next) {
                break FinishReason::Stop;
            }
            generated.push(next);
            let text = stream.push(self.prompter.tokenizer.token_bytes(next));
            let (shown, stopped) = stop.push(&text);
            on_token(&shown, generated.len());
            if stopped {
                stop_text_reached = true;
                break FinishReason::Stop;
            }
            logits = Some(self.step(next, position)?);
        };
        // The text held back in case it began a stop string, when none came.
        if !stop_text_reached {
            let (rest, _) = stop.push(&stream.finish());
            let rest = rest + &stop.finish();
            if !rest.is_empty() {
                on_token(&rest, generated.len());
            }
        }
        let decode_secs = decode_start.elapsed().as_secs_f64();
        let rate = |n: usize, secs: f64| if secs > 0.0 { n as f64 / secs } else { 0.0 };
        Ok(GenerationStats {
            prompt_tokens: prompt.len(),
            completion_tokens: generated.len(),
            prefill_tok_s: rate(prompt.len() - reused_tokens, prefill_secs),
            decode_tok_s: rate(generated.len(), decode_secs),
            finish_reason,
            dropped_messages,
            context_limit: self.prompter.context_limit,
            reused_tokens,
        })
    }
}
