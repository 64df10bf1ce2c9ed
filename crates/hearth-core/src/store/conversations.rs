//! Conversations: create, list, rename, pin, per-conversation settings, delete with undo.

use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;

use super::{now_ms, Store};
use crate::error::{Error, Result};
use crate::inference::SamplingParams;

/// A conversation as listed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Conversation {
    /// Its id in this database.
    pub id: i64,
    /// Stable across export and import (a random 128-bit hex string).
    pub uid: String,
    /// Its title (the first message's start until renamed).
    pub title: String,
    /// Its own system prompt; `None`: the default.
    pub system_prompt: Option<String>,
    /// Its own model; `None`: the default.
    pub model: Option<String>,
    /// `None` means the default sampling settings.
    pub sampling: Option<SamplingParams>,
    /// Whether it is pinned to the top of the list.
    pub pinned: bool,
    /// Milliseconds since the Unix epoch, like every timestamp in the store.
    pub created_at: i64,
    /// When it last changed (Unix milliseconds).
    pub updated_at: i64,
}

/// A conversation's own settings; `None` fields fall back to the defaults.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConversationSettings {
    /// The system prompt; `None`: the default.
    pub system_prompt: Option<String>,
    /// The model; `None`: the default.
    pub model: Option<String>,
    /// The sampling; `None`: the default.
    pub sampling: Option<SamplingParams>,
}

pub(super) const CONVERSATION_COLUMNS: &str =
    "id, uid, title, system_prompt, model, sampling, pinned, created_at, updated_at";

pub(super) fn conversation_row(row: &Row<'_>) -> rusqlite::Result<Conversation> {
    let sampling: Option<String> = row.get(5)?;
    Ok(Conversation {
        id: row.get(0)?,
        uid: row.get(1)?,
        title: row.get(2)?,
        system_prompt: row.get(3)?,
        model: row.get(4)?,
        // Settings written by a newer Hearth that this one cannot read fall back to defaults.
        sampling: sampling.and_then(|json| serde_json::from_str(&json).ok()),
        pinned: row.get(6)?,
        created_at: row.get(7)?,
        updated_at: row.get(8)?,
    })
}

pub(super) fn sampling_json(sampling: Option<&SamplingParams>) -> Option<String> {
    sampling.and_then(|s| serde_json::to_string(s).ok())
}

impl Store {
    /// Starts a conversation.
    pub fn create_conversation(
        &self,
        title: &str,
        system_prompt: Option<&str>,
        model: Option<&str>,
    ) -> Result<Conversation> {
        let now = now_ms();
        let conn = self.conn();
        let id: i64 = conn
            .query_row(
                "INSERT INTO conversations (uid, title, system_prompt, model, created_at, updated_at)
                 VALUES (lower(hex(randomblob(16))), ?1, ?2, ?3, ?4, ?4) RETURNING id",
                params![title, system_prompt, model, now],
                |row| row.get(0),
            )
            .map_err(self.sql_error())?;
        drop(conn);
        self.conversation(id)
    }

    /// Conversations not deleted: pinned first, then the most recently active.
    pub fn list_conversations(&self) -> Result<Vec<Conversation>> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare_cached(&format!(
                "SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE deleted_at IS NULL
                 ORDER BY pinned DESC, updated_at DESC, id DESC"
            ))
            .map_err(self.sql_error())?;
        let rows = stmt
            .query_map([], conversation_row)
            .map_err(self.sql_error())?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(self.sql_error())
    }

    /// A conversation that is not deleted.
    pub fn conversation(&self, id: i64) -> Result<Conversation> {
        self.conn()
            .query_row(
                &format!(
                    "SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE id = ?1 AND deleted_at IS NULL"
                ),
                [id],
                conversation_row,
            )
            .optional()
            .map_err(self.sql_error())?
            .ok_or(Error::ConversationNotFound { id })
    }

    fn update_conversation(&self, id: i64, sql: &str, value: &dyn rusqlite::ToSql) -> Result<()> {
        let touched = self
            .conn()
            .execute(sql, params![id, value])
            .map_err(self.sql_error())?;
        if touched == 0 {
            return Err(Error::ConversationNotFound { id });
        }
        Ok(())
    }

    /// Renames a conversation; returns it as it is now.
    pub fn rename_conversation(&self, id: i64, title: &str) -> Result<Conversation> {
        let title = crate::i18n::normalize(title.trim());
        self.update_conversation(
            id,
            "UPDATE conversations SET title = ?2 WHERE id = ?1 AND deleted_at IS NULL",
            &title,
        )?;
        self.conversation(id)
    }

    /// Pins a conversation to the top of the list, or unpins it.
    pub fn pin_conversation(&self, id: i64, pinned: bool) -> Result<()> {
        self.update_conversation(
            id,
            "UPDATE conversations SET pinned = ?2 WHERE id = ?1 AND deleted_at IS NULL",
            &pinned,
        )
    }

    /// Replaces a conversation's own settings.
    pub fn set_conversation_settings(
        &self,
        id: i64,
        settings: &ConversationSettings,
    ) -> Result<()> {
        settings
            .sampling
            .as_ref()
            .map(SamplingParams::check)
            .transpose()?;
        let touched = self
            .conn()
            .execute(
                "UPDATE conversations SET system_prompt = ?2, model = ?3, sampling = ?4
                 WHERE id = ?1 AND deleted_at IS NULL",
                params![
                    id,
                    settings.system_prompt,
                    settings.model,
                    sampling_json(settings.sampling.as_ref())
                ],
            )
            .map_err(self.sql_error())?;
        if touched == 0 {
            return Err(Error::ConversationNotFound { id });
        }
        Ok(())
    }

    /// Hides a conversation everywhere; [`Store::restore_conversation`] undoes it until the
    /// store is next opened, which deletes it for good.
    pub fn delete_conversation(&self, id: i64) -> Result<()> {
        self.update_conversation(
            id,
            "UPDATE conversations SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
            &now_ms(),
        )
    }

    /// Brings back a conversation deleted since the store was opened.
    pub fn restore_conversation(&self, id: i64) -> Result<()> {
        let touched = self
            .conn()
            .execute(
                "UPDATE conversations SET deleted_at = NULL WHERE id = ?1",
                [id],
            )
            .map_err(self.sql_error())?;
        if touched == 0 {
            return Err(Error::ConversationNotFound { id });
        }
        Ok(())
    }

    /// Deletes for good what was deleted in an earlier session.
    pub(super) fn purge_deleted(&self) -> Result<()> {
        self.conn()
            .execute("DELETE FROM conversations WHERE deleted_at IS NOT NULL", [])
            .map_err(self.sql_error())?;
        Ok(())
    }
}
