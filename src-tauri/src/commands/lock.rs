//! An encrypted database: the window starts locked and asks for the passphrase; the
//! settings turn encryption on, change the passphrase or turn it off.

use hearth_core::i18n;
use hearth_core::store::Passphrase;
use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime};
use ts_rs::TS;

use super::{blocking, off_main_thread, CommandResult};
use crate::state::AppState;

/// Whether the window must ask for the passphrase first; until then no other command works.
#[derive(Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LockState {
    locked: bool,
    /// The system's language: the saved choice is inside the locked database.
    ui_language: &'static str,
    languages: Vec<&'static str>,
}

#[tauri::command]
pub fn lock_state<R: Runtime>(app: AppHandle<R>) -> LockState {
    LockState {
        locked: app.try_state::<AppState>().is_none(),
        ui_language: i18n::Localizer::new(i18n::system_language()).lang(),
        languages: i18n::available(),
    }
}

/// Opens the encrypted database with `passphrase` and starts the app on it. A wrong
/// passphrase is an error and changes nothing.
/// The key derivation and the opening run off the main thread: the window keeps painting.
#[tauri::command]
pub async fn unlock<R: Runtime>(app: AppHandle<R>, passphrase: String) -> CommandResult<()> {
    off_main_thread(move || {
        if app.try_state::<AppState>().is_some() {
            return Ok(());
        }
        let state = crate::open_state(Some(Passphrase::new(passphrase)?))?;
        crate::schedule_backups(state.chat.store().clone());
        app.manage(state);
        Ok(())
    })
    .await
}

/// Encrypts the conversations with `passphrase`, changes it, or (with none) decrypts them.
#[tauri::command]
pub async fn set_passphrase<R: Runtime>(
    app: AppHandle<R>,
    passphrase: Option<String>,
) -> CommandResult<()> {
    let key = passphrase.map(Passphrase::new).transpose()?;
    blocking(app, move |state| {
        Ok(state.chat.store().set_passphrase(key)?)
    })
    .await
}
