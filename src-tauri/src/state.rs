//! What the shell keeps between commands: the chat service, the model in use, and the
//! replies in flight (so Stop and closing the window can reach them).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, RwLock};
use std::time::Duration;

use hearth_core::catalog::{Catalog, ResolvedModel};
use hearth_core::chat::Chat;

/// Replies being generated, by conversation id.
#[derive(Default)]
pub struct InFlight {
    replies: Mutex<HashMap<i64, Arc<AtomicBool>>>,
    finished: Condvar,
}

impl InFlight {
    fn replies(&self) -> std::sync::MutexGuard<'_, HashMap<i64, Arc<AtomicBool>>> {
        self.replies.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn start(&self, conversation_id: i64, cancel: Arc<AtomicBool>) {
        self.replies().insert(conversation_id, cancel);
    }

    pub fn finish(&self, conversation_id: i64) {
        self.replies().remove(&conversation_id);
        self.finished.notify_all();
    }

    pub fn stop(&self, conversation_id: i64) {
        if let Some(cancel) = self.replies().get(&conversation_id) {
            cancel.store(true, Ordering::Relaxed);
        }
    }

    /// Stops every reply and waits (up to `timeout`) until each has been saved as stopped.
    pub fn stop_all_and_wait(&self, timeout: Duration) {
        let replies = self.replies();
        for cancel in replies.values() {
            cancel.store(true, Ordering::Relaxed);
        }
        // Whether it finished or timed out, the app is closing either way.
        let _ = self
            .finished
            .wait_timeout_while(replies, timeout, |r| !r.is_empty());
    }
}

/// Managed Tauri state.
pub struct AppState {
    pub chat: Chat,
    /// The default model (`HEARTH_MODEL`, else the user's choice, else the catalog's).
    model: RwLock<ResolvedModel>,
    pub in_flight: Arc<InFlight>,
}

impl AppState {
    pub fn new(chat: Chat, model: ResolvedModel) -> Self {
        AppState {
            chat,
            model: RwLock::new(model),
            in_flight: Arc::new(InFlight::default()),
        }
    }

    pub fn default_model(&self) -> ResolvedModel {
        self.model.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Makes `model` the default and loads it ahead of the next reply.
    pub fn set_default_model(&self, model: ResolvedModel) {
        self.chat.preload(&model);
        *self.model.write().unwrap_or_else(|p| p.into_inner()) = model;
    }

    /// The model for a reply in `conversation_id`: the conversation's own if it names one
    /// the catalog knows, else the app's.
    pub fn model_for(&self, conversation_id: Option<i64>) -> ResolvedModel {
        let stored = conversation_id
            .and_then(|id| self.chat.store().conversation(id).ok())
            .and_then(|c| c.model);
        Catalog::builtin().for_conversation(stored.as_deref(), &self.default_model())
    }

    /// The conversation a message belongs to, if it exists.
    pub fn conversation_of(&self, message_id: i64) -> Option<i64> {
        self.chat
            .store()
            .message(message_id)
            .ok()
            .map(|m| m.conversation_id)
    }
}
