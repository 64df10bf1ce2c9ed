//! Replies: send, regenerate, edit-and-resend, stop. Text streams over a Channel, batched.

use std::sync::Arc;
use std::time::{Duration, Instant};

use hearth_core::chat::{ChatRequest, Receipt};
use hearth_core::inference::{GenerationStats, ReplySink};
use hearth_core::Error;
use serde::Serialize;
use tauri::ipc::Channel;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use super::{blocking, CommandError, CommandResult};
use crate::state::{AppState, InFlight};

/// What the UI hears while a reply streams: text with the tokens generated so far and the
/// rate since the first one (the live "tokens/s"), then the end.
#[derive(Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum StreamEvent {
    #[serde(rename_all = "camelCase")]
    Text {
        delta: String,
        /// Tokens generated so far.
        tokens: usize,
        /// The rate since the first token; `null` until there are two.
        tok_s: Option<f64>,
    },
    Done {
        stats: GenerationStats,
    },
    Failed {
        error: CommandError,
    },
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
    tokens: usize,
    first_token: Option<Instant>,
}

impl ChannelSink {
    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let delta = std::mem::take(&mut self.pending);
        let tok_s = self.first_token.and_then(|first| {
            let secs = first.elapsed().as_secs_f64();
            (self.tokens > 1 && secs > 0.0).then(|| (self.tokens - 1) as f64 / secs)
        });
        // If the window is gone the reply is still saved by the store's sink.
        let _ = self.channel.send(StreamEvent::Text {
            delta,
            tokens: self.tokens,
            tok_s,
        });
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

    fn progress(&mut self, generated: usize) {
        self.first_token.get_or_insert_with(Instant::now);
        self.tokens = generated;
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

/// The messages a reply was recorded under (`null` where nothing was saved).
#[derive(Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SendReceipt {
    conversation_id: Option<i64>,
    user_message_id: Option<i64>,
    reply_message_id: Option<i64>,
}

impl From<Receipt> for SendReceipt {
    fn from(receipt: Receipt) -> Self {
        SendReceipt {
            conversation_id: receipt.conversation_id,
            user_message_id: receipt.user_message_id,
            reply_message_id: receipt.reply_message_id,
        }
    }
}

/// Returns the `make_sink` for hearth-core: registers the reply as in flight (so Stop and
/// closing reach it) and streams it over `channel`.
fn channel_sink(
    state: &AppState,
    channel: Channel<StreamEvent>,
) -> impl FnOnce(&Receipt) -> Box<dyn ReplySink> {
    let in_flight = state.in_flight.clone();
    move |receipt| {
        if let Some(id) = receipt.conversation_id {
            in_flight.start(id, receipt.cancel.clone());
        }
        Box::new(ChannelSink {
            channel,
            conversation_id: receipt.conversation_id,
            in_flight,
            pending: String::new(),
            last_flush: Instant::now(),
            tokens: 0,
            first_token: None,
        })
    }
}

/// Records the message and streams the reply over `on_event`.
#[tauri::command]
pub async fn send_message<R: Runtime>(
    app: AppHandle<R>,
    conversation_id: Option<i64>,
    text: String,
    on_event: Channel<StreamEvent>,
) -> CommandResult<SendReceipt> {
    blocking(app, move |state| {
        let request = ChatRequest {
            conversation_id,
            text,
            model: state.model_for(conversation_id),
            system_prompt: None,
            params: None,
            save: true,
        };
        Ok(state
            .chat
            .send(request, channel_sink(state, on_event))?
            .into())
    })
    .await
}

/// Answers the question of assistant message `message_id` again, as a new alternative.
#[tauri::command]
pub async fn regenerate<R: Runtime>(
    app: AppHandle<R>,
    message_id: i64,
    on_event: Channel<StreamEvent>,
) -> CommandResult<SendReceipt> {
    blocking(app, move |state| {
        Ok(state
            .chat
            .regenerate(
                message_id,
                state.model_for(state.conversation_of(message_id)),
                channel_sink(state, on_event),
            )?
            .into())
    })
    .await
}

/// Sends `text` as a new version of user message `message_id` and streams its reply.
#[tauri::command]
pub async fn edit_message<R: Runtime>(
    app: AppHandle<R>,
    message_id: i64,
    text: String,
    on_event: Channel<StreamEvent>,
) -> CommandResult<SendReceipt> {
    blocking(app, move |state| {
        Ok(state
            .chat
            .edit(
                message_id,
                &text,
                state.model_for(state.conversation_of(message_id)),
                channel_sink(state, on_event),
            )?
            .into())
    })
    .await
}

#[tauri::command]
pub fn stop_generation(state: State<'_, AppState>, conversation_id: i64) {
    state.in_flight.stop(conversation_id);
}
