//! Export and import. JSON is lossless (ids, timestamps, every branch, settings) and
//! versioned; importing it twice adds nothing the second time (conversations are matched by
//! `uid`), and export → fresh database → import → export gives the same bytes. Markdown is
//! for reading: the shown thread of each conversation.

use std::collections::HashMap;
use std::path::Path;

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::conversations::sampling_json;
use super::{Conversation, Message, MessageState, Store};
use crate::clock::utc_minute;
use crate::error::{Error, Result};
use crate::i18n::Localizer;
use crate::inference::SamplingParams;

/// The `format` field of a Hearth export.
pub const FORMAT: &str = "hearth-conversations";
/// The export format version this Hearth writes and the newest it reads.
pub const VERSION: i64 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExportFile {
    format: String,
    version: i64,
    conversations: Vec<ExportedConversation>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExportedConversation {
    id: i64,
    uid: String,
    title: String,
    system_prompt: Option<String>,
    model: Option<String>,
    sampling: Option<SamplingParams>,
    pinned: bool,
    created_at: i64,
    updated_at: i64,
    messages: Vec<ExportedMessage>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExportedMessage {
    id: i64,
    parent_id: Option<i64>,
    active: bool,
    role: Role,
    content: String,
    state: MessageState,
    created_at: i64,
    updated_at: i64,
    prompt_tokens: Option<i64>,
    completion_tokens: Option<i64>,
    decode_tok_s: Option<f64>,
}

#[derive(Serialize, Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum Role {
    System,
    User,
    Assistant,
}

impl Role {
    fn as_str(self) -> &'static str {
        match self {
            Role::System => "system",
            Role::User => "user",
            Role::Assistant => "assistant",
        }
    }
}

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImportSummary {
    /// Conversations imported.
    pub conversations: usize,
    /// Messages imported.
    pub messages: usize,
    /// Conversations already in the store (same `uid`), left as they are.
    pub skipped: usize,
}

/// Export formats; over IPC they are `"json"` and `"md"`, like their file extensions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ExportFormat {
    /// Hearth's lossless JSON.
    #[serde(rename = "json")]
    Json,
    /// Markdown, for reading.
    #[serde(rename = "md")]
    Markdown,
}

impl ExportFormat {
    /// The file name extension of the format.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Json => "json",
            ExportFormat::Markdown => "md",
        }
    }
}

fn exported(conversation: Conversation, messages: Vec<Message>) -> ExportedConversation {
    ExportedConversation {
        id: conversation.id,
        uid: conversation.uid,
        title: conversation.title,
        system_prompt: conversation.system_prompt,
        model: conversation.model,
        sampling: conversation.sampling,
        pinned: conversation.pinned,
        created_at: conversation.created_at,
        updated_at: conversation.updated_at,
        messages: messages
            .into_iter()
            .map(|m| ExportedMessage {
                id: m.id,
                parent_id: m.parent_id,
                active: m.active,
                role: match m.role.as_str() {
                    "system" => Role::System,
                    "user" => Role::User,
                    _ => Role::Assistant,
                },
                content: m.content,
                state: m.state,
                created_at: m.created_at,
                updated_at: m.updated_at,
                prompt_tokens: m.prompt_tokens,
                completion_tokens: m.completion_tokens,
                decode_tok_s: m.decode_tok_s,
            })
            .collect(),
    }
}

impl Store {
    /// One conversation, or all (oldest first) when `id` is `None`.
    fn conversations_for_export(&self, id: Option<i64>) -> Result<Vec<Conversation>> {
        Ok(match id {
            Some(id) => vec![self.conversation(id)?],
            None => {
                let mut all = self.list_conversations()?;
                all.sort_by_key(|c| c.id);
                all
            }
        })
    }

    /// The conversation `id` (all when `None`) in `format`.
    pub fn export(
        &self,
        id: Option<i64>,
        format: ExportFormat,
        l10n: &Localizer,
    ) -> Result<String> {
        match format {
            ExportFormat::Json => self.export_json(id),
            ExportFormat::Markdown => self.export_markdown(id, l10n),
        }
    }

    /// Versioned, lossless JSON of one conversation or all.
    pub fn export_json(&self, id: Option<i64>) -> Result<String> {
        let mut conversations = Vec::new();
        for c in self.conversations_for_export(id)? {
            let messages = self.all_messages(c.id)?;
            conversations.push(exported(c, messages));
        }
        let file = ExportFile {
            format: FORMAT.to_owned(),
            version: VERSION,
            conversations,
        };
        let mut text = serde_json::to_string_pretty(&file)
            .map_err(|e| Error::Database(format!("export: {e}")))?;
        text.push('\n');
        Ok(text)
    }

    /// Readable Markdown of the shown thread of one conversation or all, labelled in the
    /// language of `l10n`.
    pub fn export_markdown(&self, id: Option<i64>, l10n: &Localizer) -> Result<String> {
        let mut out = String::new();
        for (n, c) in self.conversations_for_export(id)?.into_iter().enumerate() {
            if n > 0 {
                out.push_str("\n---\n\n");
            }
            out.push_str(&format!("# {}\n\n", c.title));
            let created = utc_minute(c.created_at);
            let model = c.model.clone().unwrap_or_default();
            out.push_str(&format!(
                "_{}_\n\n",
                l10n.text("export-md-about", &[("created", created), ("model", model)])
            ));
            for m in self.thread(c.id)? {
                let who = match m.message.role.as_str() {
                    "user" => l10n.text("role-user", &[]),
                    "assistant" => l10n.text("role-assistant", &[]),
                    other => other.to_owned(),
                };
                out.push_str(&format!(
                    "## {who} · {}\n\n",
                    utc_minute(m.message.created_at)
                ));
                out.push_str(m.message.content.trim_end());
                out.push_str("\n\n");
                let note = match m.message.state {
                    MessageState::Stopped => Some("message-stopped"),
                    MessageState::Interrupted => Some("message-interrupted"),
                    MessageState::Failed => Some("message-failed"),
                    MessageState::Complete | MessageState::Streaming => None,
                };
                if let Some(note) = note {
                    out.push_str(&format!("_{}_\n\n", l10n.text(note, &[])));
                }
                if m.alternatives.len() > 1 {
                    let count = (m.alternatives.len() - 1).to_string();
                    out.push_str(&format!(
                        "_{}_\n\n",
                        l10n.text("export-md-alternatives", &[("count", count)])
                    ));
                }
            }
        }
        Ok(out)
    }

    /// Imports a Hearth JSON export read from `path`. Conversations already present (same
    /// `uid`) are skipped; ids are kept where free. All or nothing.
    pub fn import_json(&self, text: &str, path: &Path) -> Result<ImportSummary> {
        let invalid = |reason: String| Error::ImportInvalid {
            path: path.to_path_buf(),
            reason,
        };
        let header: serde_json::Value =
            serde_json::from_str(text).map_err(|e| invalid(e.to_string()))?;
        if header.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(invalid(format!("no \"format\": \"{FORMAT}\"")));
        }
        let version = header.get("version").and_then(|v| v.as_i64()).unwrap_or(0);
        if version > VERSION {
            return Err(Error::ImportVersion {
                path: path.to_path_buf(),
                found: version,
                supported: VERSION,
            });
        }
        let file: ExportFile =
            serde_json::from_value(header).map_err(|e| invalid(e.to_string()))?;

        let mut summary = ImportSummary::default();
        let mut conn = self.conn();
        let tx = conn.transaction().map_err(self.sql_error())?;
        for c in file.conversations {
            let present: Option<i64> = tx
                .query_row(
                    "SELECT id FROM conversations WHERE uid = ?1",
                    [&c.uid],
                    |r| r.get(0),
                )
                .optional()
                .map_err(self.sql_error())?;
            if present.is_some() {
                summary.skipped += 1;
                continue;
            }
            let conversation_id: i64 = tx
                .query_row(
                    "INSERT INTO conversations (id, uid, title, system_prompt, model, sampling, pinned, created_at, updated_at)
                     VALUES ((SELECT ?1 WHERE NOT EXISTS (SELECT 1 FROM conversations WHERE id = ?1)),
                             ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id",
                    params![c.id, c.uid, c.title, c.system_prompt, c.model, sampling_json(c.sampling.as_ref()), c.pinned, c.created_at, c.updated_at],
                    |r| r.get(0),
                )
                .map_err(self.sql_error())?;
            // Ids are kept only if all are free: a parent must keep a smaller id than its
            // replies, which a mix of kept and new ids could break.
            let mut keep_ids = true;
            for m in &c.messages {
                let taken: bool = tx
                    .query_row(
                        "SELECT EXISTS (SELECT 1 FROM messages WHERE id = ?1)",
                        [m.id],
                        |r| r.get(0),
                    )
                    .map_err(self.sql_error())?;
                keep_ids &= !taken;
            }
            let mut new_ids: HashMap<i64, i64> = HashMap::new();
            for m in c.messages {
                let parent_id = match m.parent_id {
                    None => None,
                    Some(old) => Some(*new_ids.get(&old).ok_or_else(|| {
                        invalid(format!(
                            "message {} refers to message {old}, which does not come before it",
                            m.id
                        ))
                    })?),
                };
                // Nobody is generating an imported reply any more.
                let state = match m.state {
                    MessageState::Streaming => MessageState::Interrupted,
                    other => other,
                };
                let id: i64 = tx
                    .query_row(
                        "INSERT INTO messages (id, conversation_id, parent_id, active, role, content, state, created_at, updated_at, prompt_tokens, completion_tokens, decode_tok_s)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) RETURNING id",
                        params![keep_ids.then_some(m.id), conversation_id, parent_id, m.active, m.role.as_str(), m.content, state.as_str(), m.created_at, m.updated_at, m.prompt_tokens, m.completion_tokens, m.decode_tok_s],
                        |r| r.get(0),
                    )
                    .map_err(self.sql_error())?;
                new_ids.insert(m.id, id);
                summary.messages += 1;
            }
            summary.conversations += 1;
        }
        tx.commit().map_err(self.sql_error())?;
        Ok(summary)
    }
}
