//! Hearth's engine: local inference with candle, the conversation store, localisation.
//! No Tauri here; the desktop shell and the `hearth` CLI are thin layers over this crate.

pub mod catalog;
pub mod chat;
pub mod clock;
pub mod error;
pub mod i18n;
pub mod inference;
pub mod library;
pub mod models;
pub mod paths;
pub mod store;

pub use error::{Error, Result};
