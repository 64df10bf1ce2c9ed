//! The window's own copies of hearth-core types whose serde names are fixed by other readers:
//! the JSON export format, the CLI's `--json` output and the settings stored in SQLite all use
//! snake_case, while everything crossing IPC is camelCase. Each view converts field by field,
//! so a field added to the core type fails to compile here until the window gets it too.

use hearth_core::inference::SamplingParams;
use hearth_core::store::search::SnippetPart;
use hearth_core::store::{self, MessageState, ThreadMessage};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How a reply is sampled (`SamplingParams`). `temperature <= 0` means greedy.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Sampling {
    temperature: f64,
    top_p: f64,
    top_k: usize,
    repeat_penalty: f32,
    repeat_last_n: usize,
    /// Drops tokens less likely than `minP` times the most likely one (0: off).
    min_p: f64,
    /// Taken off the logit of every token the reply already used (0: off).
    presence_penalty: f32,
    /// The reply ends before the first of these texts, which is not shown.
    stop: Vec<String>,
    max_tokens: usize,
    seed: u64,
}

impl From<SamplingParams> for Sampling {
    fn from(params: SamplingParams) -> Self {
        let SamplingParams {
            temperature,
            top_p,
            top_k,
            repeat_penalty,
            repeat_last_n,
            min_p,
            presence_penalty,
            stop,
            max_tokens,
            seed,
        } = params;
        Sampling {
            temperature,
            top_p,
            top_k,
            repeat_penalty,
            repeat_last_n,
            min_p,
            presence_penalty,
            stop,
            max_tokens,
            seed,
        }
    }
}

impl From<Sampling> for SamplingParams {
    fn from(sampling: Sampling) -> Self {
        let Sampling {
            temperature,
            top_p,
            top_k,
            repeat_penalty,
            repeat_last_n,
            min_p,
            presence_penalty,
            stop,
            max_tokens,
            seed,
        } = sampling;
        SamplingParams {
            temperature,
            top_p,
            top_k,
            repeat_penalty,
            repeat_last_n,
            min_p,
            presence_penalty,
            stop,
            max_tokens,
            seed,
        }
    }
}

/// A conversation as the sidebar lists it. Timestamps are milliseconds since the Unix epoch.
#[derive(Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Conversation {
    id: i64,
    /// Stable across export and import.
    uid: String,
    title: String,
    system_prompt: Option<String>,
    model: Option<String>,
    /// `null`: the default sampling.
    sampling: Option<Sampling>,
    pinned: bool,
    created_at: i64,
    updated_at: i64,
}

impl From<store::Conversation> for Conversation {
    fn from(conversation: store::Conversation) -> Self {
        let store::Conversation {
            id,
            uid,
            title,
            system_prompt,
            model,
            sampling,
            pinned,
            created_at,
            updated_at,
        } = conversation;
        Conversation {
            id,
            uid,
            title,
            system_prompt,
            model,
            sampling: sampling.map(Sampling::from),
            pinned,
            created_at,
            updated_at,
        }
    }
}

/// One message of the thread shown, with the ids of its alternatives (itself and its
/// siblings, oldest first).
#[derive(Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Message {
    id: i64,
    conversation_id: i64,
    /// The message this one answers or follows; `null` for the first of a conversation.
    parent_id: Option<i64>,
    #[ts(type = r#""user" | "assistant" | "system""#)]
    role: String,
    content: String,
    state: MessageState,
    created_at: i64,
    updated_at: i64,
    prompt_tokens: Option<i64>,
    completion_tokens: Option<i64>,
    decode_tok_s: Option<f64>,
    alternatives: Vec<i64>,
}

impl From<ThreadMessage> for Message {
    fn from(shown: ThreadMessage) -> Self {
        let store::Message {
            id,
            conversation_id,
            parent_id,
            active: _,
            role,
            content,
            state,
            created_at,
            updated_at,
            prompt_tokens,
            completion_tokens,
            decode_tok_s,
        } = shown.message;
        Message {
            id,
            conversation_id,
            parent_id,
            role,
            content,
            state,
            created_at,
            updated_at,
            prompt_tokens,
            completion_tokens,
            decode_tok_s,
            alternatives: shown.alternatives,
        }
    }
}

/// The thread as the window shows it.
pub fn thread(messages: Vec<ThreadMessage>) -> Vec<Message> {
    messages.into_iter().map(Message::from).collect()
}

/// A message matching a search, with the text around the match.
#[derive(Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchHit {
    conversation_id: i64,
    conversation_title: String,
    message_id: i64,
    #[ts(type = r#""user" | "assistant" | "system""#)]
    role: String,
    created_at: i64,
    snippet: Vec<SnippetPart>,
}

impl From<store::search::SearchHit> for SearchHit {
    fn from(hit: store::search::SearchHit) -> Self {
        let store::search::SearchHit {
            conversation_id,
            conversation_title,
            message_id,
            role,
            created_at,
            snippet,
        } = hit;
        SearchHit {
            conversation_id,
            conversation_title,
            message_id,
            role,
            created_at,
            snippet,
        }
    }
}
