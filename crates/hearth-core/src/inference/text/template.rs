//! The chat template stored in the GGUF (`tokenizer.chat_template`), rendered with minijinja.
//!
//! Message contents are passed to the template as data and replaced by private-use sentinels
//! during rendering; [`ChatTemplate::render_parts`] then splits the result so the caller can
//! tokenise template text (with control tokens) and user text (without) separately.
//!
//! A template comes from a model file and is untrusted: its source size, the instructions it
//! may run (fuel), its recursion depth and the size of its output are all bounded, and it
//! sees no loader, so `include`/`extends`/`import` find nothing. Known gap: minijinja caps a
//! repeated string at 100 MB but not a chain of `~` concatenations, so a template built to
//! double a string a few dozen times can still exhaust memory before its fuel runs out.

use minijinja::{Environment, ErrorKind, Value};
use serde::Serialize;

use crate::error::{Error, Result};

/// Enough for any real chat template; a template that needs more is hostile or broken.
const TEMPLATE_FUEL: u64 = 2_000_000;
/// Real templates are under 20 KB of source and nest macros or loops a few levels deep.
const MAX_SOURCE: usize = 256 << 10;
const MAX_RECURSION: usize = 64;
/// Template text around the messages (their contents are stand-ins while rendering).
const MAX_OUTPUT: usize = 1 << 20;
const SENTINEL_OPEN: char = '\u{F8F0}';
const SENTINEL_CLOSE: char = '\u{F8F1}';

/// One chat message as templates expect it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChatMessage {
    /// `system`, `user` or `assistant`.
    pub role: String,
    /// The message's text.
    pub content: String,
}

impl ChatMessage {
    /// A message of `role` saying `content`.
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

/// A buffer that refuses to grow past [`MAX_OUTPUT`].
struct Bounded(Vec<u8>);

impl std::io::Write for Bounded {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.0.len() + buf.len() > MAX_OUTPUT {
            return Err(std::io::Error::other("template output too large"));
        }
        self.0.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
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
    /// Compiles a template (untrusted: bounded as the module says) with the model's BOS and EOS texts.
    pub fn new(source: &str, bos_token: Option<&str>, eos_token: Option<&str>) -> Result<Self> {
        if source.len() > MAX_SOURCE {
            return Err(Error::ChatTemplate(format!(
                "the template is {} bytes long, more than {MAX_SOURCE}",
                source.len()
            )));
        }
        let mut env = Environment::new();
        env.set_fuel(Some(TEMPLATE_FUEL));
        env.set_recursion_limit(MAX_RECURSION);
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
        let mut out = Bounded(Vec::new());
        template
            .render_captured_to(
                minijinja::context! {
                    messages => messages,
                    add_generation_prompt => true,
                    bos_token => &self.bos_token,
                    eos_token => &self.eos_token,
                },
                &mut out,
            )
            .map(drop)
            .map_err(|err| match err.kind() {
                ErrorKind::WriteFailure => {
                    Error::ChatTemplate(format!("the template wrote more than {MAX_OUTPUT} bytes"))
                }
                _ => template_error(err),
            })?;
        String::from_utf8(out.0)
            .map_err(|_| Error::ChatTemplate("the template wrote invalid UTF-8".into()))
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

    /// Templates a hostile model file could carry; each must end in a clean error.
    const ABUSE: &[&str] = &[
        "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}",
        "{% for i in range(1000000000) %}{% endfor %}",
        "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
        "{{ 'x' * 1000000000 }}",
        "{% for i in range(100) %}{{ 'x' * 99999999 }}{% endfor %}",
        "{{ range(99999)|join(',') * 1000 }}",
        "{% include 'secrets' %}",
        "{% extends '/etc/passwd' %}",
        "{% import 'x' as y %}",
        "{{ raise_exception('no system role') }}",
        "{{ messages[0].content.__class__.__init__.__globals__['os'].system('id') }}",
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
        "{{ 1 // 0 }}",
        "{{ 9223372036854775807 * 9223372036854775807 * 9223372036854775807 }}",
        "{% for %}",
        "{{ ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))) }}",
    ];

    #[test]
    fn hostile_templates_end_in_clean_errors() {
        for source in ABUSE {
            let result = ChatTemplate::new(source, None, None)
                .and_then(|t| t.render(&[ChatMessage::new("user", "hi")]));
            let err = result.err().unwrap_or_else(|| panic!("accepted: {source}"));
            assert_eq!(err.code(), "chat-template", "{source}");
        }
        let huge = "x".repeat(MAX_SOURCE + 1);
        assert!(ChatTemplate::new(&huge, None, None).is_err());
    }

    #[test]
    fn user_text_is_data_not_template() {
        let template = ChatTemplate::new(CHATML, None, None).unwrap();
        for payload in [
            "{{ 7 * 7 }}",
            "{% raw %}{% endraw %}{{ raise_exception('x') }}",
            "\u{F8F0}0\u{F8F1}",
            "\u{F8F1}{{ messages }}",
        ] {
            let messages = vec![ChatMessage::new("user", payload)];
            let parts = template.render_parts(&messages).unwrap();
            assert_eq!(parts[1], PromptPart::Content(payload), "{payload}");
            assert_eq!(parts.len(), 3, "{payload}");
        }
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
