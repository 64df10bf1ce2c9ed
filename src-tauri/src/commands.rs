//! The commands the web UI may call. Each one is a thin translation between IPC and
//! hearth-core; errors travel as `{ code, args }` and the UI shows the Fluent message.

use std::sync::Arc;
use std::time::{Duration, Instant};

use hearth_core::chat::ChatRequest;
use hearth_core::inference::{GenerationStats, ReplySink, SamplingParams};
use hearth_core::store::search::{SearchHit, SearchOptions};
use hearth_core::store::{Conversation, Message};
use hearth_core::{i18n, Error};
use serde::Serialize;
use tauri::ipc::Channel;
use tauri::State;

use crate::state::{AppState, InFlight};

/// An error as the UI receives it.
#[derive(Debug, Clone, Serialize)]
pub struct CommandError {
    code: &'static str,
    args: std::collections::HashMap<&'static str, String>,
}

impl From<Error> for CommandError {
    fn from(err: Error) -> Self {
        CommandError {
            code: err.code(),
            args: err.args().into_iter().collect(),
        }
    }
}

type CommandResult<T> = Result<T, CommandError>;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ModelInfo {
    name: String,
    display_name: String,
    path: String,
    problem: Option<CommandError>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    ui_language: &'static str,
    languages: Vec<&'static str>,
    model: ModelInfo,
    data_dir: String,
}

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> AppInfo {
    let model = &state.model;
    AppInfo {
        ui_language: state.chat.ui_lang(),
        languages: i18n::available(),
        model: ModelInfo {
            name: model.name.clone(),
            display_name: model
                .entry
                .as_ref()
                .map(|e| e.display_name.clone())
                .unwrap_or_else(|| model.name.clone()),
            path: model.path.display().to_string(),
            problem: model.check_present().err().map(CommandError::from),
        },
        // The folder of the database actually open, not a second computation of it.
        data_dir: state
            .chat
            .store()
            .path()
            .parent()
            .map(|dir| dir.display().to_string())
            .unwrap_or_default(),
    }
}

#[tauri::command]
pub fn list_conversations(state: State<'_, AppState>) -> CommandResult<Vec<Conversation>> {
    Ok(state.chat.store().list_conversations()?)
}

#[tauri::command]
pub fn conversation_messages(
    state: State<'_, AppState>,
    conversation_id: i64,
) -> CommandResult<Vec<Message>> {
    Ok(state.chat.store().messages(conversation_id)?)
}

/// What the UI hears while a reply streams.
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum StreamEvent {
    Text { delta: String },
    Done { stats: GenerationStats },
    Failed { error: CommandError },
}

/// Text is sent to the window at most this often; tokens arriving in between are batched
/// into one Channel message.
const FLUSH_INTERVAL: Duration = Duration::from_millis(40);

struct ChannelSink {
    channel: Channel<StreamEvent>,
    conversation_id: Option<i64>,
    in_flight: Arc<InFlight>,
    pending: String,
    last_flush: Instant,
}

impl ChannelSink {
    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let delta = std::mem::take(&mut self.pending);
        // If the window is gone the reply is still saved by the store's sink.
        let _ = self.channel.send(StreamEvent::Text { delta });
        self.last_flush = Instant::now();
    }
}

impl ReplySink for ChannelSink {
    fn text(&mut self, delta: &str) {
        self.pending.push_str(delta);
        if self.last_flush.elapsed() >= FLUSH_INTERVAL {
            self.flush();
        }
    }

    fn done(mut self: Box<Self>, outcome: Result<GenerationStats, Error>) {
        self.flush();
        let event = match outcome {
            Ok(stats) => StreamEvent::Done { stats },
            Err(err) => StreamEvent::Failed { error: err.into() },
        };
        let _ = self.channel.send(event);
        if let Some(id) = self.conversation_id {
            self.in_flight.finish(id);
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SendReceipt {
    conversation_id: Option<i64>,
    user_message_id: Option<i64>,
    reply_message_id: Option<i64>,
}

/// Records the message and streams the reply over `on_event`.
#[tauri::command]
pub fn send_message(
    state: State<'_, AppState>,
    conversation_id: Option<i64>,
    text: String,
    on_event: Channel<StreamEvent>,
) -> CommandResult<SendReceipt> {
    let in_flight = state.in_flight.clone();
    let receipt = state.chat.send(
        ChatRequest {
            conversation_id,
            text,
            model: state.model.clone(),
            system_prompt: None,
            params: SamplingParams::default(),
            save: true,
        },
        |receipt| {
            if let Some(id) = receipt.conversation_id {
                in_flight.start(id, receipt.cancel.clone());
            }
            Box::new(ChannelSink {
                channel: on_event,
                conversation_id: receipt.conversation_id,
                in_flight: in_flight.clone(),
                pending: String::new(),
                last_flush: Instant::now(),
            })
        },
    )?;
    Ok(SendReceipt {
        conversation_id: receipt.conversation_id,
        user_message_id: receipt.user_message_id,
        reply_message_id: receipt.reply_message_id,
    })
}

#[tauri::command]
pub fn stop_generation(state: State<'_, AppState>, conversation_id: i64) {
    state.in_flight.stop(conversation_id);
}

/// Switches the interface language (negotiated against the shipped ones) and remembers it.
/// Returns the language now in use.
#[tauri::command]
pub fn set_language(state: State<'_, AppState>, language: String) -> CommandResult<&'static str> {
    Ok(state.chat.set_language(&language)?)
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
