//! Messages and their tree: a regenerated answer or an edited question is a new sibling of
//! the message it replaces, so nothing the user saw is ever overwritten. The *thread* is
//! the path of active siblings from the first message down.

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension, Row, Transaction};
use serde::{Deserialize, Serialize};

use super::{now_ms, Store};
use crate::error::{Error, Result};

/// Where a message is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum MessageState {
    /// Being generated right now.
    Streaming,
    /// Finished.
    Complete,
    /// The user stopped it (or closed the app) mid-reply.
    Stopped,
    /// The app died mid-reply; found so at the next start.
    Interrupted,
    /// Generation failed; the error was shown.
    Failed,
}

impl MessageState {
    /// The state as stored in the database.
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

/// A stored message.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Message {
    /// Its id in this database.
    pub id: i64,
    /// The conversation it belongs to.
    pub conversation_id: i64,
    /// The message this one answers or follows; `None` for the first of a conversation.
    pub parent_id: Option<i64>,
    /// Whether this is the shown one among its siblings.
    #[serde(skip)]
    pub active: bool,
    /// `system`, `user` or `assistant`.
    pub role: String,
    /// Its text (NFC).
    pub content: String,
    /// Where it stands.
    pub state: MessageState,
    /// When it was written (Unix milliseconds).
    pub created_at: i64,
    /// When it last changed (Unix milliseconds).
    pub updated_at: i64,
    /// For a reply: the tokens of its prompt.
    pub prompt_tokens: Option<i64>,
    /// For a reply: the tokens generated.
    pub completion_tokens: Option<i64>,
    /// For a reply: the generation speed, tokens per second.
    pub decode_tok_s: Option<f64>,
}

/// A message as shown in a thread, with the ids of its alternatives (itself and its
/// siblings, oldest first).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ThreadMessage {
    /// The message.
    #[serde(flatten)]
    pub message: Message,
    /// The ids of it and its siblings (other versions), oldest first.
    pub alternatives: Vec<i64>,
}

/// A message to append.
#[derive(Debug, Clone)]
pub struct NewMessage<'a> {
    /// The message it answers or follows (`None`: the first).
    pub parent_id: Option<i64>,
    /// `system`, `user` or `assistant`.
    pub role: &'a str,
    /// Its text.
    pub content: &'a str,
    /// Where it stands.
    pub state: MessageState,
}

/// The numbers recorded with a finished reply.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReplyNumbers {
    /// Tokens of the prompt.
    pub prompt_tokens: i64,
    /// Tokens generated.
    pub completion_tokens: i64,
    /// Generation speed, tokens per second.
    pub decode_tok_s: f64,
}

pub(super) const MESSAGE_COLUMNS: &str = "id, conversation_id, parent_id, active, role, content, state, created_at, updated_at, prompt_tokens, completion_tokens, decode_tok_s";

pub(super) fn message_row(row: &Row<'_>) -> rusqlite::Result<Message> {
    Ok(Message {
        id: row.get(0)?,
        conversation_id: row.get(1)?,
        parent_id: row.get(2)?,
        active: row.get(3)?,
        role: row.get(4)?,
        content: row.get(5)?,
        state: MessageState::parse(&row.get::<_, String>(6)?),
        created_at: row.get(7)?,
        updated_at: row.get(8)?,
        prompt_tokens: row.get(9)?,
        completion_tokens: row.get(10)?,
        decode_tok_s: row.get(11)?,
    })
}

/// The active path through a conversation's message tree (`all` in id order).
pub fn thread_of(all: &[Message]) -> Vec<ThreadMessage> {
    let mut children: HashMap<Option<i64>, Vec<&Message>> = HashMap::new();
    for m in all {
        children.entry(m.parent_id).or_default().push(m);
    }
    let mut thread = Vec::new();
    let mut parent = None;
    while let Some(siblings) = children.get(&parent) {
        // Exactly one sibling is active; should a bug leave none, show the newest.
        let Some(shown) = siblings
            .iter()
            .find(|m| m.active)
            .or_else(|| siblings.last())
        else {
            break;
        };
        parent = Some(shown.id);
        thread.push(ThreadMessage {
            message: (*shown).clone(),
            alternatives: siblings.iter().map(|m| m.id).collect(),
        });
    }
    thread
}

/// The messages from the first down to `id` (inclusive) in `all`, following `id`'s own
/// ancestors whatever is active.
fn path_in(all: &[Message], id: i64) -> Vec<Message> {
    let by_id: HashMap<i64, &Message> = all.iter().map(|m| (m.id, m)).collect();
    let mut path = Vec::new();
    let mut next = Some(id);
    while let Some(current) = next.and_then(|i| by_id.get(&i)) {
        path.push((*current).clone());
        next = current.parent_id;
    }
    path.reverse();
    path
}

/// Makes `id` the shown one among its siblings.
fn activate(tx: &Transaction<'_>, id: i64) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE messages SET active = (id = ?1)
         WHERE conversation_id = (SELECT conversation_id FROM messages WHERE id = ?1)
           AND parent_id IS (SELECT parent_id FROM messages WHERE id = ?1)",
        [id],
    )?;
    Ok(())
}

impl Store {
    /// Every message of a conversation, every branch, in id order.
    pub fn all_messages(&self, conversation_id: i64) -> Result<Vec<Message>> {
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

    /// The messages shown: the active branch, in order, each with its alternatives.
    pub fn thread(&self, conversation_id: i64) -> Result<Vec<ThreadMessage>> {
        self.conversation(conversation_id)?;
        Ok(thread_of(&self.all_messages(conversation_id)?))
    }

    /// The message `id`.
    pub fn message(&self, id: i64) -> Result<Message> {
        self.conn()
            .query_row(
                &format!(
                    "SELECT {MESSAGE_COLUMNS} FROM messages WHERE id = ?1 AND conversation_id IN
                     (SELECT id FROM conversations WHERE deleted_at IS NULL)"
                ),
                [id],
                message_row,
            )
            .optional()
            .map_err(self.sql_error())?
            .ok_or(Error::MessageNotFound { id })
    }

    /// The thread from the first message down to `id` (inclusive), following `id`'s own
    /// ancestors whatever is active.
    pub fn path_to(&self, id: i64) -> Result<Vec<Message>> {
        let message = self.message(id)?;
        Ok(path_in(&self.all_messages(message.conversation_id)?, id))
    }

    /// Appends a message under `parent_id`, makes it the shown sibling and marks the
    /// conversation active.
    pub fn add_message(&self, conversation_id: i64, message: NewMessage<'_>) -> Result<Message> {
        let now = now_ms();
        let mut conn = self.conn();
        let tx = conn.transaction().map_err(self.sql_error())?;
        let touched = tx
            .execute(
                "UPDATE conversations SET updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
                params![conversation_id, now],
            )
            .map_err(self.sql_error())?;
        if touched == 0 {
            return Err(Error::ConversationNotFound {
                id: conversation_id,
            });
        }
        tx.execute(
            "INSERT INTO messages (conversation_id, parent_id, role, content, state, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            params![conversation_id, message.parent_id, message.role, message.content, message.state.as_str(), now],
        )
        .map_err(self.sql_error())?;
        let id = tx.last_insert_rowid();
        activate(&tx, id).map_err(self.sql_error())?;
        tx.commit().map_err(self.sql_error())?;
        Ok(Message {
            id,
            conversation_id,
            parent_id: message.parent_id,
            active: true,
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

    /// Shows message `id` and the branch leading to it (its ancestors become the active
    /// siblings too, e.g. when a search result on another branch is opened). Returns the
    /// new thread.
    pub fn choose_alternative(&self, id: i64) -> Result<Vec<ThreadMessage>> {
        let conversation_id = self.message(id)?.conversation_id;
        let path = path_in(&self.all_messages(conversation_id)?, id);
        let mut conn = self.conn();
        let tx = conn.transaction().map_err(self.sql_error())?;
        for m in &path {
            activate(&tx, m.id).map_err(self.sql_error())?;
        }
        tx.commit().map_err(self.sql_error())?;
        drop(conn);
        self.thread(conversation_id)
    }

    /// Deletes a message and everything after it on its branches; if it had siblings, the
    /// newest remaining one is shown instead.
    pub fn delete_message(&self, id: i64) -> Result<()> {
        let message = self.message(id)?;
        let mut conn = self.conn();
        let tx = conn.transaction().map_err(self.sql_error())?;
        tx.execute(
            "WITH RECURSIVE branch(id) AS (
                 SELECT ?1 UNION ALL SELECT m.id FROM messages AS m JOIN branch ON m.parent_id = branch.id
             )
             DELETE FROM messages WHERE id IN branch",
            [id],
        )
        .map_err(self.sql_error())?;
        if message.active {
            let sibling: Option<i64> = tx
                .query_row(
                    "SELECT max(id) FROM messages WHERE conversation_id = ?1 AND parent_id IS ?2",
                    params![message.conversation_id, message.parent_id],
                    |row| row.get(0),
                )
                .map_err(self.sql_error())?;
            if let Some(sibling) = sibling {
                activate(&tx, sibling).map_err(self.sql_error())?;
            }
        }
        tx.commit().map_err(self.sql_error())?;
        Ok(())
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
