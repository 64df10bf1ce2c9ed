//! The sink that makes a streaming reply durable: saved as it streams, finished with its
//! state and numbers.

use std::sync::Arc;
use std::time::Instant;

use super::SAVE_INTERVAL;
use crate::error::Result;
use crate::inference::{FinishReason, GenerationStats, ReplySink};
use crate::store::{MessageState, ReplyNumbers, Store};

/// Writes the reply to the store as it streams (at most every [`SAVE_INTERVAL`]) and records
/// how it ended, then hands everything on.
pub(super) struct SavingSink {
    store: Arc<Store>,
    message_id: i64,
    content: String,
    last_save: Instant,
    inner: Box<dyn ReplySink>,
}

impl SavingSink {
    pub(super) fn new(store: Arc<Store>, message_id: i64, inner: Box<dyn ReplySink>) -> Self {
        SavingSink {
            store,
            message_id,
            content: String::new(),
            last_save: Instant::now(),
            inner,
        }
    }
}

impl ReplySink for SavingSink {
    fn text(&mut self, delta: &str) {
        self.content.push_str(delta);
        self.inner.text(delta);
        if self.last_save.elapsed() >= SAVE_INTERVAL {
            // A failed intermediate save is retried by the next one and by the final one,
            // which reports the error.
            let _ = self.store.save_partial(self.message_id, &self.content);
            self.last_save = Instant::now();
        }
    }

    fn progress(&mut self, generated: usize) {
        self.inner.progress(generated);
    }

    fn done(self: Box<Self>, outcome: Result<GenerationStats>) {
        let (state, numbers) = match &outcome {
            Ok(stats) => (
                if stats.finish_reason == FinishReason::Cancelled {
                    MessageState::Stopped
                } else {
                    MessageState::Complete
                },
                Some(ReplyNumbers {
                    prompt_tokens: stats.prompt_tokens as i64,
                    completion_tokens: stats.completion_tokens as i64,
                    decode_tok_s: stats.decode_tok_s,
                }),
            ),
            Err(_) => (MessageState::Failed, None),
        };
        let saved = self
            .store
            .finish_message(self.message_id, &self.content, state, numbers);
        self.inner.done(saved.and(outcome));
    }
}
