//! One exchange, end to end: record the user's message, choose the system prompt in the
//! user's language, generate on the engine thread, and save the reply as it streams.

use std::sync::atomic::AtomicBool;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use crate::catalog::ResolvedModel;
use crate::error::Result;
use crate::i18n::{
    self, detect_language, normalize, reply_language_reminder, requested_language, Localizer,
};
use crate::inference::{ChatMessage, GenerationJob, ReplySink, SamplingParams, Worker};
use crate::store::{settings, Conversation, Message, MessageState, NewMessage, Store};

/// How often a streaming reply is written to the database.
pub const SAVE_INTERVAL: Duration = Duration::from_millis(250);
const TITLE_CHARS: usize = 48;

mod saving;

use saving::SavingSink;

/// A message to answer.
pub struct ChatRequest {
    /// Continue this conversation; `None` starts a new one.
    pub conversation_id: Option<i64>,
    /// The user's message.
    pub text: String,
    /// The model to answer with.
    pub model: ResolvedModel,
    /// Overrides the conversation's and the default system prompt.
    pub system_prompt: Option<String>,
    /// `None`: the conversation's own settings, else the defaults.
    pub params: Option<SamplingParams>,
    /// `false` keeps nothing in the store (`hearth chat --no-save`).
    pub save: bool,
}

/// What [`Chat::send`] started.
#[derive(Debug, Clone)]
pub struct Receipt {
    /// The conversation the exchange belongs to (`None` when not saved).
    pub conversation_id: Option<i64>,
    /// The user's message as stored (`None` when not saved).
    pub user_message_id: Option<i64>,
    /// The reply as stored, filled while it streams (`None` when not saved).
    pub reply_message_id: Option<i64>,
    /// Set it to stop the reply between two tokens.
    pub cancel: Arc<AtomicBool>,
}

/// The conversation service shared by the app and the CLI.
pub struct Chat {
    store: Arc<Store>,
    worker: Worker,
    ui_lang: RwLock<&'static str>,
}

/// The interface language: the user's saved choice, else the OS's (negotiated either way).
pub fn interface_language(store: &Store) -> Result<&'static str> {
    Ok(match store.setting(settings::LANGUAGE)? {
        Some(chosen) => i18n::negotiate(&[chosen]),
        None => i18n::system_language(),
    })
}

fn title_of(text: &str) -> String {
    let line = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or(text)
        .trim();
    let mut title: String = line.chars().take(TITLE_CHARS).collect();
    if line.chars().count() > TITLE_CHARS {
        title.push('…');
    }
    title
}

impl Chat {
    /// The service over `store`, generating on `worker`, speaking `ui_lang` by default.
    pub fn new(store: Arc<Store>, worker: Worker, ui_lang: &'static str) -> Self {
        Chat {
            store,
            worker,
            ui_lang: RwLock::new(ui_lang),
        }
    }

    /// The store it records into.
    pub fn store(&self) -> &Arc<Store> {
        &self.store
    }

    /// The interface language, also the fallback for the reply language.
    pub fn ui_lang(&self) -> &'static str {
        *self.ui_lang.read().unwrap_or_else(|p| p.into_inner())
    }

    /// Switches the interface language (negotiated against the shipped ones) and remembers
    /// it in the store. Returns the language now in use.
    pub fn set_language(&self, requested: &str) -> Result<&'static str> {
        let chosen = i18n::negotiate(&[requested]);
        self.store.set_setting(settings::LANGUAGE, chosen)?;
        *self.ui_lang.write().unwrap_or_else(|p| p.into_inner()) = chosen;
        Ok(chosen)
    }

    /// Loads the model on the engine thread ahead of the first message.
    pub fn preload(&self, model: &ResolvedModel) {
        self.worker.preload(model.path.clone());
    }

    /// The system prompt for a message: the default of the language it asks for, else of
    /// the language it is written in, else of the interface language.
    pub fn default_system_prompt(&self, text: &str) -> String {
        let lang = requested_language(text)
            .or_else(|| detect_language(text))
            .unwrap_or(self.ui_lang());
        Localizer::new(lang).system_prompt()
    }

    /// Records the message and starts the reply. `make_sink` is called once the conversation
    /// and message ids are known (before generation starts) and returns the receiver of the
    /// streamed text.
    pub fn send(
        &self,
        request: ChatRequest,
        make_sink: impl FnOnce(&Receipt) -> Box<dyn ReplySink>,
    ) -> Result<Receipt> {
        request.model.check_present()?;
        request
            .params
            .as_ref()
            .map(SamplingParams::check)
            .transpose()?;
        let text = normalize(&request.text);
        let conversation = match request.conversation_id {
            Some(id) => Some(self.store.conversation(id)?),
            None if request.save => Some(self.store.create_conversation(
                &title_of(&text),
                request.system_prompt.as_deref(),
                Some(&request.model.name),
            )?),
            None => None,
        };
        let history = match &conversation {
            Some(c) => self
                .store
                .thread(c.id)?
                .into_iter()
                .map(|m| m.message)
                .collect(),
            None => Vec::new(),
        };
        let parent = history.last().map(|m| m.id);
        let turn = Turn {
            conversation,
            history,
            question: Some((parent, text)),
            model: request.model,
            system_prompt: request.system_prompt,
            params: request.params,
            save: request.save,
        };
        self.start(turn, make_sink)
    }

    /// For a message being replaced by a new version: the message, its conversation, and the
    /// thread before it (what the new version follows).
    fn replacing(&self, message_id: i64) -> Result<(Message, Conversation, Vec<Message>)> {
        let old = self.store.message(message_id)?;
        let conversation = self.store.conversation(old.conversation_id)?;
        let history = match old.parent_id {
            Some(parent) => self.store.path_to(parent)?,
            None => Vec::new(),
        };
        Ok((old, conversation, history))
    }

    /// Answers the question of assistant message `message_id` again; the new answer becomes
    /// an alternative of the old one, which is kept.
    pub fn regenerate(
        &self,
        message_id: i64,
        model: ResolvedModel,
        make_sink: impl FnOnce(&Receipt) -> Box<dyn ReplySink>,
    ) -> Result<Receipt> {
        model.check_present()?;
        let (old, conversation, history) = self.replacing(message_id)?;
        // A new seed per alternative: the same seed would give the same answer again.
        let alternatives = self
            .store
            .all_messages(conversation.id)?
            .iter()
            .filter(|m| m.parent_id == old.parent_id)
            .count() as u64;
        let mut params = match conversation.sampling.clone() {
            Some(own) => own,
            None => self.store.default_sampling()?,
        };
        params.seed = params.seed.wrapping_add(alternatives);
        let turn = Turn {
            conversation: Some(conversation),
            history,
            question: None,
            model,
            system_prompt: None,
            params: Some(params),
            save: true,
        };
        self.start(turn, make_sink)
    }

    /// Sends `text` in place of user message `message_id`: the edited question becomes an
    /// alternative of the old one (kept with its answers) and gets its own reply.
    pub fn edit(
        &self,
        message_id: i64,
        text: &str,
        model: ResolvedModel,
        make_sink: impl FnOnce(&Receipt) -> Box<dyn ReplySink>,
    ) -> Result<Receipt> {
        model.check_present()?;
        let (old, conversation, history) = self.replacing(message_id)?;
        let turn = Turn {
            conversation: Some(conversation),
            history,
            question: Some((old.parent_id, normalize(text))),
            model,
            system_prompt: None,
            params: None,
            save: true,
        };
        self.start(turn, make_sink)
    }

    fn start(
        &self,
        turn: Turn,
        make_sink: impl FnOnce(&Receipt) -> Box<dyn ReplySink>,
    ) -> Result<Receipt> {
        let conversation = turn.conversation;
        let latest_question = turn
            .question
            .as_ref()
            .map(|(_, text)| text.as_str())
            .or_else(|| {
                turn.history
                    .iter()
                    .rev()
                    .find(|m| m.role == "user")
                    .map(|m| m.content.as_str())
            })
            .unwrap_or_default();
        let system = turn
            .system_prompt
            .clone()
            .or_else(|| conversation.as_ref().and_then(|c| c.system_prompt.clone()))
            .unwrap_or_else(|| self.default_system_prompt(latest_question));
        let params = match turn
            .params
            .or_else(|| conversation.as_ref().and_then(|c| c.sampling.clone()))
        {
            Some(params) => params,
            None => self.store.default_sampling()?,
        };

        let mut messages = vec![ChatMessage::new("system", normalize(&system))];
        messages.extend(
            turn.history
                .iter()
                .filter(|m| m.role != "system" && !m.content.is_empty())
                .map(|m| ChatMessage::new(&m.role, m.content.clone())),
        );
        if let Some((_, text)) = &turn.question {
            messages.push(ChatMessage::new("user", text.clone()));
        }
        if let Some(reminder) = reply_language_reminder(latest_question) {
            if let Some(last) = messages.iter_mut().rev().find(|m| m.role == "user") {
                last.content = format!("{}\n\n{reminder}", last.content);
            }
        }

        let cancel = Arc::new(AtomicBool::new(false));
        let mut receipt = Receipt {
            conversation_id: conversation.as_ref().map(|c| c.id),
            user_message_id: None,
            reply_message_id: None,
            cancel: cancel.clone(),
        };
        let saving = match (&conversation, turn.save) {
            (Some(c), true) => {
                let mut reply_parent = turn.history.last().map(|m| m.id);
                if let Some((parent_id, text)) = &turn.question {
                    let user = self.store.add_message(
                        c.id,
                        NewMessage {
                            parent_id: *parent_id,
                            role: "user",
                            content: text,
                            state: MessageState::Complete,
                        },
                    )?;
                    receipt.user_message_id = Some(user.id);
                    reply_parent = Some(user.id);
                }
                let reply = self.store.add_message(
                    c.id,
                    NewMessage {
                        parent_id: reply_parent,
                        role: "assistant",
                        content: "",
                        state: MessageState::Streaming,
                    },
                )?;
                receipt.reply_message_id = Some(reply.id);
                Some(reply.id)
            }
            _ => None,
        };
        let sink = make_sink(&receipt);
        let sink: Box<dyn ReplySink> = match saving {
            Some(message_id) => Box::new(SavingSink::new(self.store.clone(), message_id, sink)),
            None => sink,
        };
        self.worker.submit(GenerationJob {
            model: turn.model.path.clone(),
            messages,
            params,
            cancel,
            sink,
        })?;
        Ok(receipt)
    }
}

/// One reply to generate: the conversation, the thread before it, and the question to add
/// first (with its parent), if any.
struct Turn {
    conversation: Option<Conversation>,
    history: Vec<Message>,
    question: Option<(Option<i64>, String)>,
    model: ResolvedModel,
    system_prompt: Option<String>,
    params: Option<SamplingParams>,
    save: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_the_first_line_shortened() {
        assert_eq!(title_of("\n  日本の首都は？\nsecond"), "日本の首都は？");
        let long = "あ".repeat(60);
        assert_eq!(title_of(&long).chars().count(), TITLE_CHARS + 1);
    }

    #[test]
    fn a_chosen_language_is_negotiated_remembered_and_used_for_prompts() {
        let dir = tempfile::tempdir().unwrap();
        let store = Arc::new(Store::open_in(dir.path()).unwrap());
        let chat = Chat::new(store.clone(), Worker::spawn().unwrap(), "en-US");
        assert_eq!(chat.set_language("vi_VN.UTF-8").unwrap(), "vi");
        assert_eq!(chat.ui_lang(), "vi");
        assert_eq!(interface_language(&store).unwrap(), "vi");
        // A message that says nothing about its language gets the interface language.
        assert_eq!(
            chat.default_system_prompt("12345"),
            Localizer::new("vi").system_prompt()
        );
        assert_eq!(chat.set_language("pt-BR").unwrap(), "en-US");
        assert_eq!(interface_language(&store).unwrap(), "en-US");
    }

    #[test]
    fn text_is_normalized_to_nfc() {
        // "ệ" as e + combining dot below + combining circumflex (NFD) becomes one code point.
        assert_eq!(normalize("Vi\u{0065}\u{0323}\u{0302}t"), "Vi\u{1EC7}t");
    }
}
