//! Conversations and their messages: list, rename, pin, delete with undo, own settings,
//! alternatives, search.

use hearth_core::catalog::Catalog;
use hearth_core::i18n::normalize;
use hearth_core::i18n::Localizer;
use hearth_core::models;
use hearth_core::store::search::SearchOptions;
use hearth_core::store::ConversationSettings;
use serde::Serialize;
use tauri::{AppHandle, Runtime};
use ts_rs::TS;

use super::views::{self, Conversation, Message, Sampling, SearchHit};
use super::{blocking, CommandResult};
use crate::state::AppState;

#[tauri::command]
pub async fn list_conversations<R: Runtime>(app: AppHandle<R>) -> CommandResult<Vec<Conversation>> {
    blocking(app, |state| {
        let conversations = state.chat.store().list_conversations()?;
        Ok(conversations.into_iter().map(Conversation::from).collect())
    })
    .await
}

#[tauri::command]
pub async fn rename_conversation<R: Runtime>(
    app: AppHandle<R>,
    conversation_id: i64,
    title: String,
) -> CommandResult<Conversation> {
    blocking(app, move |state| {
        Ok(state
            .chat
            .store()
            .rename_conversation(conversation_id, &title)?
            .into())
    })
    .await
}

#[tauri::command]
pub async fn pin_conversation<R: Runtime>(
    app: AppHandle<R>,
    conversation_id: i64,
    pinned: bool,
) -> CommandResult<()> {
    blocking(app, move |state| {
        Ok(state
            .chat
            .store()
            .pin_conversation(conversation_id, pinned)?)
    })
    .await
}

/// Hides the conversation (stopping a reply in flight); `restore_conversation` undoes it
/// until the next start.
#[tauri::command]
pub async fn delete_conversation<R: Runtime>(
    app: AppHandle<R>,
    conversation_id: i64,
) -> CommandResult<()> {
    blocking(app, move |state| {
        state.in_flight.stop(conversation_id);
        Ok(state.chat.store().delete_conversation(conversation_id)?)
    })
    .await
}

#[tauri::command]
pub async fn restore_conversation<R: Runtime>(
    app: AppHandle<R>,
    conversation_id: i64,
) -> CommandResult<()> {
    blocking(app, move |state| {
        Ok(state.chat.store().restore_conversation(conversation_id)?)
    })
    .await
}

/// The shown thread of a conversation, each message with its alternatives.
#[tauri::command]
pub async fn conversation_messages<R: Runtime>(
    app: AppHandle<R>,
    conversation_id: i64,
) -> CommandResult<Vec<Message>> {
    blocking(app, move |state| {
        Ok(views::thread(state.chat.store().thread(conversation_id)?))
    })
    .await
}

/// Shows another version of a message (and the branch that follows it).
#[tauri::command]
pub async fn choose_alternative<R: Runtime>(
    app: AppHandle<R>,
    message_id: i64,
) -> CommandResult<Vec<Message>> {
    blocking(app, move |state| {
        Ok(views::thread(
            state.chat.store().choose_alternative(message_id)?,
        ))
    })
    .await
}

/// Deletes a message and what follows it on its branch.
#[tauri::command]
pub async fn delete_message<R: Runtime>(app: AppHandle<R>, message_id: i64) -> CommandResult<()> {
    blocking(app, move |state| {
        Ok(state.chat.store().delete_message(message_id)?)
    })
    .await
}

/// Messages matching `query` in every conversation, best first.
#[tauri::command]
pub async fn search_messages<R: Runtime>(
    app: AppHandle<R>,
    query: String,
    ignore_diacritics: bool,
) -> CommandResult<Vec<SearchHit>> {
    blocking(app, move |state| {
        let hits = state
            .chat
            .store()
            .search(&query, SearchOptions { ignore_diacritics })?;
        Ok(hits.into_iter().map(SearchHit::from).collect())
    })
    .await
}

/// A model the user can choose for a conversation.
#[derive(Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ModelChoice {
    name: String,
    display_name: String,
    installed: bool,
}

/// What a conversation without its own settings uses.
#[derive(Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SettingsDefaults {
    system_prompt: String,
    sampling: Sampling,
    model: String,
}

/// A conversation's own settings (`null`: the default) with the defaults and the choices.
#[derive(Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SettingsView {
    system_prompt: Option<String>,
    model: Option<String>,
    sampling: Option<Sampling>,
    defaults: SettingsDefaults,
    models: Vec<ModelChoice>,
}

#[tauri::command]
pub async fn conversation_settings<R: Runtime>(
    app: AppHandle<R>,
    conversation_id: i64,
) -> CommandResult<SettingsView> {
    blocking(app, move |state| settings_view(state, conversation_id)).await
}

fn settings_view(state: &AppState, conversation_id: i64) -> CommandResult<SettingsView> {
    let conversation = state.chat.store().conversation(conversation_id)?;
    let models = models::known_models()
        .into_iter()
        .map(|model| ModelChoice {
            display_name: model.display_name(),
            installed: matches!(model.card, Some(Ok(_))),
            name: model.name,
        })
        .collect();
    Ok(SettingsView {
        system_prompt: conversation.system_prompt,
        model: conversation.model,
        sampling: conversation.sampling.map(Sampling::from),
        defaults: SettingsDefaults {
            system_prompt: Localizer::new(state.chat.ui_lang()).system_prompt(),
            sampling: state.chat.store().default_sampling()?.into(),
            model: state.default_model().name,
        },
        models,
    })
}

/// Saves a conversation's own settings; `None` (or an empty prompt) means the default.
#[tauri::command]
pub async fn set_conversation_settings<R: Runtime>(
    app: AppHandle<R>,
    conversation_id: i64,
    system_prompt: Option<String>,
    model: Option<String>,
    sampling: Option<Sampling>,
) -> CommandResult<()> {
    if let Some(name) = &model {
        Catalog::builtin().resolve(Some(name))?;
    }
    let settings = ConversationSettings {
        system_prompt: system_prompt
            .map(|p| normalize(p.trim()))
            .filter(|p| !p.is_empty()),
        model,
        sampling: sampling.map(Into::into),
    };
    blocking(app, move |state| {
        Ok(state
            .chat
            .store()
            .set_conversation_settings(conversation_id, &settings)?)
    })
    .await
}
