//! The commands the web UI may call. Each one is a thin translation between IPC and
//! hearth-core; errors travel as `{ code, args }` and the UI shows the Fluent message.

pub mod chat;
pub mod conversations;
pub mod data;
pub mod lock;
pub mod models;
pub mod views;

use hearth_core::store::Recovery;
use hearth_core::{i18n, paths, Error};
use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime};
use ts_rs::TS;

use crate::state::AppState;

/// An error as the UI receives it: the Fluent id of its message and the message's arguments.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CommandError {
    code: &'static str,
    args: std::collections::HashMap<&'static str, String>,
}

impl From<Error> for CommandError {
    fn from(err: Error) -> Self {
        tracing::info!(code = err.code(), "command refused");
        CommandError {
            code: err.code(),
            args: err.args().into_iter().collect(),
        }
    }
}

pub type CommandResult<T> = Result<T, CommandError>;

/// Runs `work` on a thread meant for blocking work (the disk, the key derivation, model files),
/// never on the window's main thread, so the window keeps painting whatever it takes.
pub(crate) async fn off_main_thread<T: Send + 'static>(
    work: impl FnOnce() -> CommandResult<T> + Send + 'static,
) -> CommandResult<T> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|err| Error::Internal(err.to_string()))?
}

/// [`off_main_thread`] with the app's state. Before the passphrase is entered there is no
/// state: that is the error.
pub(crate) async fn blocking<R: Runtime, T: Send + 'static>(
    app: AppHandle<R>,
    work: impl FnOnce(&AppState) -> CommandResult<T> + Send + 'static,
) -> CommandResult<T> {
    off_main_thread(move || match app.try_state::<AppState>() {
        Some(state) => work(&state),
        None => Err(Error::PassphraseRequired {
            path: paths::data_dir(),
        }
        .into()),
    })
    .await
}

/// The default model, and why it cannot be used (`null`: it can).
#[derive(Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ModelInfo {
    name: String,
    display_name: String,
    path: String,
    problem: Option<CommandError>,
}

#[derive(Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    ui_language: &'static str,
    languages: Vec<&'static str>,
    model: ModelInfo,
    data_dir: String,
    backup_dir: String,
    /// Set when the database was found damaged at start and replaced.
    recovery: Option<Recovery>,
    /// Whether the conversations are encrypted with a passphrase.
    encrypted: bool,
}

#[tauri::command]
pub async fn app_info<R: Runtime>(app: AppHandle<R>) -> CommandResult<AppInfo> {
    blocking(app, |state| Ok(app_info_of(state))).await
}

fn app_info_of(state: &AppState) -> AppInfo {
    let model = state.default_model();
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
        backup_dir: state.chat.store().backup_dir().display().to_string(),
        recovery: state.chat.store().recovery().cloned(),
        encrypted: state.chat.store().is_encrypted(),
    }
}

/// Shows `title` as the native window title (the taskbar and window switcher show it). A
/// title the platform refuses only leaves the previous one, so that is not an error.
#[tauri::command]
pub fn set_window_title<R: tauri::Runtime>(window: tauri::WebviewWindow<R>, title: String) {
    let _ = window.set_title(&title);
}

/// Switches the interface language (negotiated against the shipped ones) and remembers it.
/// Returns the language now in use.
#[tauri::command]
pub async fn set_language<R: Runtime>(
    app: AppHandle<R>,
    language: String,
) -> CommandResult<&'static str> {
    blocking(app, move |state| Ok(state.chat.set_language(&language)?)).await
}
