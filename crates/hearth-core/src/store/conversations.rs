//! Conversations and their messages.

use std::time::{SystemTime, UNIX_EPOCH};

use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use super::Store;
use crate::error::{Error, Result};

/// Where a message is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageState {
    /// Being generated right now.
    Streaming,
    Complete,
    /// The user stopped it (or closed the app) mid-reply.
    Stopped,
    /// The app died mid-reply; found so at the next start.
    Interrupted,
    Failed,
}

impl MessageState {
    pub fn as_str(self) -> &'static str {
        match self {
            MessageState::Streaming => "streaming",
            MessageState::Complete => "complete",
            MessageState::Stopped => "stopped",
            MessageState::Interrupted => "interrupted",
            MessageState::Failed => "failed",
        }
    }

    fn parse(text: &str) -> Self {
        match text {
            "streaming" => MessageState::Streaming,
            "stopped" => MessageState::Stopped,
            "interrupted" => MessageState::Interrupted,
            "failed" => MessageState::Failed,
            _ => MessageState::Complete,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Conversation {
    pub id: i64,
    pub title: String,
    pub system_prompt: Option<String>,
    pub model: Option<String>,
    /// Milliseconds since the Unix epoch, like every timestamp in the store.
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Message {
    pub id: i64,
    pub conversation_id: i64,
    pub role: String,
    pub content: String,
    pub state: MessageState,
    pub created_at: i64,
    pub updated_at: i64,
    pub prompt_tokens: Option<i64>,
    pub completion_tokens: Option<i64>,
    pub decode_tok_s: Option<f64>,
}

/// A message to append.
#[derive(Debug, Clone)]
pub struct NewMessage<'a> {
    pub role: &'a str,
    pub content: &'a str,
    pub state: MessageState,
}

/// The numbers recorded with a finished reply.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReplyNumbers {
    pub prompt_tokens: i64,
    pub completion_tokens: i64,
    pub decode_tok_s: f64,
}

pub(crate) fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

const CONVERSATION_COLUMNS: &str = "id, title, system_prompt, model, created_at, updated_at";
const MESSAGE_COLUMNS: &str = "id, conversation_id, role, content, state, created_at, updated_at, prompt_tokens, completion_tokens, decode_tok_s";

fn conversation_row(row: &Row<'_>) -> rusqlite::Result<Conversation> {
    Ok(Conversation {
        id: row.get(0)?,
        title: row.get(1)?,
        system_prompt: row.get(2)?,
        model: row.get(3)?,
        created_at: row.get(4)?,
        updated_at: row.get(5)?,
    })
}

fn message_row(row: &Row<'_>) -> rusqlite::Result<Message> {
    Ok(Message {
        id: row.get(0)?,
        conversation_id: row.get(1)?,
        role: row.get(2)?,
        content: row.get(3)?,
        state: MessageState::parse(&row.get::<_, String>(4)?),
        created_at: row.get(5)?,
        updated_at: row.get(6)?,
        prompt_tokens: row.get(7)?,
        completion_tokens: row.get(8)?,
        decode_tok_s: row.get(9)?,
    })
}

impl Store {
    pub fn create_conversation(
        &self,
        title: &str,
        system_prompt: Option<&str>,
        model: Option<&str>,
    ) -> Result<Conversation> {
        let now = now_ms();
        let conn = self.conn();
        conn.execute(
            "INSERT INTO conversations (title, system_prompt, model, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
            params![title, system_prompt, model, now],
        )
        .map_err(self.sql_error())?;
        Ok(Conversation {
            id: conn.last_insert_rowid(),
            title: title.to_owned(),
            system_prompt: system_prompt.map(str::to_owned),
            model: model.map(str::to_owned),
            created_at: now,
            updated_at: now,
        })
    }

    /// All conversations, most recently active first.
    pub fn list_conversations(&self) -> Result<Vec<Conversation>> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare_cached(&format!(
                "SELECT {CONVERSATION_COLUMNS} FROM conversations ORDER BY updated_at DESC, id DESC"
            ))
            .map_err(self.sql_error())?;
        let rows = stmt
            .query_map([], conversation_row)
            .map_err(self.sql_error())?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(self.sql_error())
    }

    pub fn conversation(&self, id: i64) -> Result<Conversation> {
        self.conn()
            .query_row(
                &format!("SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE id = ?1"),
                [id],
                conversation_row,
            )
            .optional()
            .map_err(self.sql_error())?
            .ok_or(Error::ConversationNotFound { id })
    }

    /// A conversation's messages in order.
    pub fn messages(&self, conversation_id: i64) -> Result<Vec<Message>> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare_cached(&format!(
                "SELECT {MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ?1 ORDER BY id"
            ))
            .map_err(self.sql_error())?;
        let rows = stmt
            .query_map([conversation_id], message_row)
            .map_err(self.sql_error())?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(self.sql_error())
    }

    /// Appends a message and marks the conversation active.
    pub fn add_message(&self, conversation_id: i64, message: NewMessage<'_>) -> Result<Message> {
        let now = now_ms();
        let mut conn = self.conn();
        let tx = conn.transaction().map_err(self.sql_error())?;
        let touched = tx
            .execute(
                "UPDATE conversations SET updated_at = ?2 WHERE id = ?1",
                params![conversation_id, now],
            )
            .map_err(self.sql_error())?;
        if touched == 0 {
            return Err(Error::ConversationNotFound {
                id: conversation_id,
            });
        }
        tx.execute(
            "INSERT INTO messages (conversation_id, role, content, state, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![conversation_id, message.role, message.content, message.state.as_str(), now],
        )
        .map_err(self.sql_error())?;
        let id = tx.last_insert_rowid();
        tx.commit().map_err(self.sql_error())?;
        Ok(Message {
            id,
            conversation_id,
            role: message.role.to_owned(),
            content: message.content.to_owned(),
            state: message.state,
            created_at: now,
            updated_at: now,
            prompt_tokens: None,
            completion_tokens: None,
            decode_tok_s: None,
        })
    }

    /// Saves the text streamed so far (the message stays `streaming`).
    pub fn save_partial(&self, message_id: i64, content: &str) -> Result<()> {
        self.conn()
            .execute(
                "UPDATE messages SET content = ?2, updated_at = ?3 WHERE id = ?1",
                params![message_id, content, now_ms()],
            )
            .map_err(self.sql_error())?;
        Ok(())
    }

    /// Records the final text, state and numbers of a reply.
    pub fn finish_message(
        &self,
        message_id: i64,
        content: &str,
        state: MessageState,
        numbers: Option<ReplyNumbers>,
    ) -> Result<()> {
        let numbers = numbers.map(|n| (n.prompt_tokens, n.completion_tokens, n.decode_tok_s));
        self.conn()
            .execute(
                "UPDATE messages SET content = ?2, state = ?3, updated_at = ?4, prompt_tokens = ?5, completion_tokens = ?6, decode_tok_s = ?7 WHERE id = ?1",
                params![
                    message_id,
                    content,
                    state.as_str(),
                    now_ms(),
                    numbers.map(|n| n.0),
                    numbers.map(|n| n.1),
                    numbers.map(|n| n.2)
                ],
            )
            .map_err(self.sql_error())?;
        Ok(())
    }

    /// Replies left `streaming` by a process that died are marked `interrupted`.
    pub(super) fn mark_interrupted(&self) -> Result<()> {
        self.conn()
            .execute(
                "UPDATE messages SET state = 'interrupted' WHERE state = 'streaming'",
                [],
            )
            .map_err(self.sql_error())?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversation_survives_close_and_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let id = {
            let store = Store::open_in(dir.path()).unwrap();
            let c = store
                .create_conversation("日本の首都", None, Some("qwen"))
                .unwrap();
            store
                .add_message(
                    c.id,
                    NewMessage {
                        role: "user",
                        content: "日本の首都はどこですか？",
                        state: MessageState::Complete,
                    },
                )
                .unwrap();
            let reply = store
                .add_message(
                    c.id,
                    NewMessage {
                        role: "assistant",
                        content: "",
                        state: MessageState::Streaming,
                    },
                )
                .unwrap();
            store
                .finish_message(
                    reply.id,
                    "日本の首都は東京です。",
                    MessageState::Complete,
                    Some(ReplyNumbers {
                        prompt_tokens: 30,
                        completion_tokens: 8,
                        decode_tok_s: 12.5,
                    }),
                )
                .unwrap();
            c.id
        };
        let store = Store::open_in(dir.path()).unwrap();
        let list = store.list_conversations().unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].title, "日本の首都");
        let messages = store.messages(id).unwrap();
        assert_eq!(messages.len(), 2);
        assert_eq!(messages[0].content, "日本の首都はどこですか？");
        assert_eq!(messages[1].content, "日本の首都は東京です。");
        assert_eq!(messages[1].state, MessageState::Complete);
        assert_eq!(messages[1].completion_tokens, Some(8));
    }

    #[test]
    fn a_reply_cut_off_by_a_crash_is_interrupted_not_lost() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_in(dir.path()).unwrap();
        let c = store.create_conversation("t", None, None).unwrap();
        let reply = store
            .add_message(
                c.id,
                NewMessage {
                    role: "assistant",
                    content: "",
                    state: MessageState::Streaming,
                },
            )
            .unwrap();
        store.save_partial(reply.id, "The capital").unwrap();
        drop(store);
        let store = Store::open_in(dir.path()).unwrap();
        let messages = store.messages(c.id).unwrap();
        assert_eq!(messages[0].content, "The capital");
        assert_eq!(messages[0].state, MessageState::Interrupted);
    }

    #[test]
    fn newer_schema_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite3");
        Store::open(&path).unwrap();
        {
            let conn = rusqlite::Connection::open(&path).unwrap();
            conn.pragma_update(None, "user_version", 99).unwrap();
        }
        let err = Store::open(&path).err().unwrap();
        assert_eq!(err.code(), "database-too-new");
        let conn = rusqlite::Connection::open(&path).unwrap();
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, 99);
    }

    #[test]
    fn unknown_conversation_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_in(dir.path()).unwrap();
        assert_eq!(
            store.conversation(42).unwrap_err().code(),
            "conversation-not-found"
        );
    }
}
