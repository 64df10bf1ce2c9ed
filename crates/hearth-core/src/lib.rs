//! Hearth's core: local inference, the conversation store, localisation. No Tauri and no HTTP
//! here; the desktop shell (`src-tauri`) and the `hearth` CLI are thin layers over this crate.
//!
//! The surface they use:
//! - [`chat`]: one exchange end to end (record the message, prompt in the user's language,
//!   generate on the engine thread, save the reply as it streams);
//! - [`store`]: the conversations in SQLite (encryption, search, backups, export);
//! - [`inference`]: the engine thread, sampling settings, model cards, the benchmark;
//! - [`catalog`], [`models`], [`library`]: the models Hearth knows, the default, imports;
//! - [`i18n`]: Fluent messages and language detection; [`paths`]: where things are kept;
//!   [`logs`]: the log file;
//! - [`Error`]: every failure, with a stable code that names its translated message.

#![warn(missing_docs)]

pub mod catalog;
pub mod chat;
mod clock;
pub mod error;
pub mod i18n;
pub mod inference;
pub mod library;
pub mod logs;
pub mod models;
pub mod paths;
pub mod store;

pub use error::{Error, Result};
