//! Turning a conversation into tokens for one model: its tokenizer and chat template, both
//! from the GGUF's metadata, and its context window.

use crate::error::{Error, Result};
use crate::inference::gguf::Gguf;
use crate::inference::text::template::{ChatMessage, ChatTemplate, PromptPart};
use crate::inference::text::tokenizer::GgufTokenizer;

/// Hearth caps the context it allocates for: the KV cache of a 0.5B model at 32k positions
/// would take ~0.8 GB more than a desktop assistant needs.
pub const MAX_CONTEXT: usize = 8192;

/// A model's tokenizer, chat template and context window.
pub struct Prompter {
    /// The model's tokenizer.
    pub tokenizer: GgufTokenizer,
    /// Its chat template; `None` for a base model.
    pub template: Option<ChatTemplate>,
    /// The context Hearth runs it with.
    pub context_limit: usize,
}

impl Prompter {
    /// The context Hearth runs a model with: what it was trained for, at most [`MAX_CONTEXT`].
    pub fn context_limit_of<R>(gguf: &Gguf<R>) -> Result<usize> {
        let context_key = format!("{}.context_length", gguf.architecture()?.name());
        let trained = if gguf.has(&context_key) {
            gguf.u32(&context_key)? as usize
        } else {
            MAX_CONTEXT
        };
        Ok(trained.min(MAX_CONTEXT))
    }

    /// Builds the tokenizer and template from the metadata and checks that the file's
    /// architecture, hyperparameters and tensor shapes are ones Hearth can run.
    pub fn from_gguf<R>(gguf: &Gguf<R>) -> Result<Self> {
        // Refuses an architecture Hearth does not run, by name.
        gguf.architecture()?;
        let tokenizer = GgufTokenizer::from_gguf(gguf)?;
        gguf.check_architecture(tokenizer.vocab_size())?;
        let template = if gguf.has("tokenizer.chat_template") {
            Some(ChatTemplate::new(
                gguf.string("tokenizer.chat_template")?,
                tokenizer.bos.as_deref(),
                tokenizer.eos.as_deref(),
            )?)
        } else {
            None
        };
        let prompter = Prompter {
            tokenizer,
            template,
            context_limit: Self::context_limit_of(gguf)?,
        };
        // A template that cannot render an ordinary conversation is refused now, not at the
        // first message.
        prompter.encode_conversation(&[
            ChatMessage::new("system", "You are a helpful assistant."),
            ChatMessage::new("user", "日本語で答えてください。"),
            ChatMessage::new("assistant", "はい、わかりました。"),
            ChatMessage::new("user", "Xin chào, bạn khỏe không?"),
        ])?;
        Ok(prompter)
    }

    /// The same for a whole file in memory: what the fuzz target and its regression replay
    /// run.
    #[cfg(any(test, feature = "synthetic"))]
    pub fn from_bytes(bytes: &[u8]) -> Result<Self> {
        let gguf = Gguf::from_reader(
            std::path::Path::new("memory.gguf"),
            std::io::Cursor::new(bytes),
            bytes.len() as u64,
        )?;
        Prompter::from_gguf(&gguf)
    }

    /// Tokenises a conversation: template text with control tokens, message text without.
    /// A model without a chat template gets plain completion of the message texts.
    /// A model that wants a leading BOS (`tokenizer.ggml.add_bos_token`) gets one, unless its
    /// template already wrote it.
    pub fn encode_conversation(&self, messages: &[ChatMessage]) -> Result<Vec<u32>> {
        let Some(template) = &self.template else {
            // A base model continues the document: the turns' text, without instructions.
            let text: Vec<&str> = messages
                .iter()
                .filter(|m| m.role != "system")
                .map(|m| m.content.as_str())
                .collect();
            return Ok(self.with_bos(self.tokenizer.encode_text(&text.join("\n\n"))?));
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
        Ok(self.with_bos(ids))
    }

    /// `ids` starting with the model's leading BOS, if it wants one and they do not already.
    fn with_bos(&self, mut ids: Vec<u32>) -> Vec<u32> {
        if let Some(bos) = self.tokenizer.leading_bos {
            if ids.first() != Some(&bos) {
                ids.insert(0, bos);
            }
        }
        ids
    }

    /// Encodes `messages`, leaving out the oldest non-system messages until the prompt and
    /// room for at least a short reply fit the context window.
    pub fn fit_prompt(&self, messages: &[ChatMessage]) -> Result<(Vec<u32>, usize)> {
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
}
