//! What the shell keeps between commands: the chat service, the model in use, and the
//! replies in flight (so Stop and closing the window can reach them).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use hearth_core::catalog::ResolvedModel;
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
    pub model: ResolvedModel,
    pub in_flight: Arc<InFlight>,
}
