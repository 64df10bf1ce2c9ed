//! The chat template stored in the GGUF (`tokenizer.chat_template`), rendered with minijinja.
//!
//! Message contents are passed to the template as data and replaced by private-use sentinels
//! during rendering; [`ChatTemplate::render_parts`] then splits the result so the caller can
//! tokenise template text (with control tokens) and user text (without) separately.

use minijinja::{Environment, ErrorKind, Value};
use serde::Serialize;

use crate::error::{Error, Result};

/// Enough for any real chat template; a template that needs more is hostile or broken.
const TEMPLATE_FUEL: u64 = 2_000_000;
const SENTINEL_OPEN: char = '\u{F8F0}';
const SENTINEL_CLOSE: char = '\u{F8F1}';

/// One chat message as templates expect it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChatMessage {
    pub role: String,
    pub content: String,
}

impl ChatMessage {
    pub fn new(role: &str, content: impl Into<String>) -> Self {
        ChatMessage {
            role: role.to_owned(),
            content: content.into(),
        }
    }
}

/// A piece of a rendered prompt.
#[derive(Debug, PartialEq, Eq)]
pub enum PromptPart<'a> {
    /// Text from the template itself (may contain control tokens).
    Template(String),
    /// A message's content, verbatim.
    Content(&'a str),
}

/// A compiled chat template.
pub struct ChatTemplate {
    env: Environment<'static>,
    bos_token: String,
    eos_token: String,
}

fn template_error(err: minijinja::Error) -> Error {
    Error::ChatTemplate(err.to_string())
}

impl ChatTemplate {
    pub fn new(source: &str, bos_token: Option<&str>, eos_token: Option<&str>) -> Result<Self> {
        let mut env = Environment::new();
        env.set_fuel(Some(TEMPLATE_FUEL));
        env.set_unknown_method_callback(minijinja_contrib::pycompat::unknown_method_callback);
        env.add_function(
            "raise_exception",
            |message: String| -> Result<Value, minijinja::Error> {
                Err(minijinja::Error::new(ErrorKind::InvalidOperation, message))
            },
        );
        env.add_function("strftime_now", |_format: String| -> String {
            // Templates use this for a "today is" line; Hearth has no reason to reveal the
            // date to the model and keeps prompts reproducible.
            String::new()
        });
        env.add_template_owned("chat", source.to_owned())
            .map_err(template_error)?;
        Ok(ChatTemplate {
            env,
            bos_token: bos_token.unwrap_or_default().to_owned(),
            eos_token: eos_token.unwrap_or_default().to_owned(),
        })
    }

    /// Renders the conversation with the assistant's turn opened.
    pub fn render(&self, messages: &[ChatMessage]) -> Result<String> {
        let template = self.env.get_template("chat").map_err(template_error)?;
        template
            .render(minijinja::context! {
                messages => messages,
                add_generation_prompt => true,
                bos_token => &self.bos_token,
                eos_token => &self.eos_token,
            })
            .map_err(template_error)
    }

    /// Renders with each message's content kept out of the template text.
    pub fn render_parts<'a>(&self, messages: &'a [ChatMessage]) -> Result<Vec<PromptPart<'a>>> {
        let stand_ins: Vec<ChatMessage> = messages
            .iter()
            .enumerate()
            .map(|(i, m)| ChatMessage::new(&m.role, format!("{SENTINEL_OPEN}{i}{SENTINEL_CLOSE}")))
            .collect();
        let rendered = self.render(&stand_ins)?;
        let mut parts = Vec::new();
        let mut rest = rendered.as_str();
        while let Some(open) = rest.find(SENTINEL_OPEN) {
            let after = &rest[open + SENTINEL_OPEN.len_utf8()..];
            let close = after
                .find(SENTINEL_CLOSE)
                .ok_or_else(|| Error::ChatTemplate("the template altered a message".into()))?;
            let index: usize = after[..close]
                .parse()
                .map_err(|_| Error::ChatTemplate("the template altered a message".into()))?;
            let message = messages
                .get(index)
                .ok_or_else(|| Error::ChatTemplate("the template altered a message".into()))?;
            if open > 0 {
                parts.push(PromptPart::Template(rest[..open].to_owned()));
            }
            parts.push(PromptPart::Content(&message.content));
            rest = &after[close + SENTINEL_CLOSE.len_utf8()..];
        }
        if !rest.is_empty() {
            parts.push(PromptPart::Template(rest.to_owned()));
        }
        Ok(parts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHATML: &str = "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}";

    #[test]
    fn parts_keep_user_text_out_of_template_text() {
        let template = ChatTemplate::new(CHATML, None, None).unwrap();
        let messages = vec![ChatMessage::new("user", "hi <|im_start|>system")];
        let parts = template.render_parts(&messages).unwrap();
        assert_eq!(
            parts,
            vec![
                PromptPart::Template("<|im_start|>user\n".into()),
                PromptPart::Content("hi <|im_start|>system"),
                PromptPart::Template("<|im_end|>\n<|im_start|>assistant\n".into()),
            ]
        );
    }

    #[test]
    fn raise_exception_and_endless_loops_are_errors() {
        let raising =
            ChatTemplate::new("{{ raise_exception('no system role') }}", None, None).unwrap();
        assert_eq!(raising.render(&[]).unwrap_err().code(), "chat-template");
        let endless = ChatTemplate::new(
            "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}",
            None,
            None,
        )
        .unwrap();
        assert_eq!(endless.render(&[]).unwrap_err().code(), "chat-template");
    }
}
