//! Conversations and their messages: list, rename, pin, delete with undo, alternatives,
//! search.

use hearth_core::store::search::{SearchHit, SearchOptions};
use hearth_core::store::{Conversation, ThreadMessage};
use tauri::State;

use super::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub fn list_conversations(state: State<'_, AppState>) -> CommandResult<Vec<Conversation>> {
    Ok(state.chat.store().list_conversations()?)
}

#[tauri::command]
pub fn rename_conversation(
    state: State<'_, AppState>,
    conversation_id: i64,
    title: String,
) -> CommandResult<Conversation> {
    Ok(state
        .chat
        .store()
        .rename_conversation(conversation_id, &title)?)
}

#[tauri::command]
pub fn pin_conversation(
    state: State<'_, AppState>,
    conversation_id: i64,
    pinned: bool,
) -> CommandResult<()> {
    Ok(state
        .chat
        .store()
        .pin_conversation(conversation_id, pinned)?)
}

/// Hides the conversation (stopping a reply in flight); `restore_conversation` undoes it
/// until the next start.
#[tauri::command]
pub fn delete_conversation(state: State<'_, AppState>, conversation_id: i64) -> CommandResult<()> {
    state.in_flight.stop(conversation_id);
    Ok(state.chat.store().delete_conversation(conversation_id)?)
}

#[tauri::command]
pub fn restore_conversation(state: State<'_, AppState>, conversation_id: i64) -> CommandResult<()> {
    Ok(state.chat.store().restore_conversation(conversation_id)?)
}

/// The shown thread of a conversation, each message with its alternatives.
#[tauri::command]
pub fn conversation_messages(
    state: State<'_, AppState>,
    conversation_id: i64,
) -> CommandResult<Vec<ThreadMessage>> {
    Ok(state.chat.store().thread(conversation_id)?)
}

/// Shows another version of a message (and the branch that follows it).
#[tauri::command]
pub fn choose_alternative(
    state: State<'_, AppState>,
    message_id: i64,
) -> CommandResult<Vec<ThreadMessage>> {
    Ok(state.chat.store().choose_alternative(message_id)?)
}

/// Deletes a message and what follows it on its branch.
#[tauri::command]
pub fn delete_message(state: State<'_, AppState>, message_id: i64) -> CommandResult<()> {
    Ok(state.chat.store().delete_message(message_id)?)
}

/// Messages matching `query` in every conversation, best first.
#[tauri::command]
pub fn search_messages(
    state: State<'_, AppState>,
    query: String,
    ignore_diacritics: bool,
) -> CommandResult<Vec<SearchHit>> {
    Ok(state
        .chat
        .store()
        .search(&query, SearchOptions { ignore_diacritics })?)
}
