//! An encrypted database: the window starts locked and asks for the passphrase; the
//! settings turn encryption on, change the passphrase or turn it off.

use hearth_core::i18n;
use hearth_core::store::Passphrase;
use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime, State};
use ts_rs::TS;

use super::CommandResult;
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
#[tauri::command]
pub fn unlock<R: Runtime>(app: AppHandle<R>, passphrase: String) -> CommandResult<()> {
    if app.try_state::<AppState>().is_some() {
        return Ok(());
    }
    let state = crate::open_state(Some(Passphrase::new(passphrase)?))?;
    crate::schedule_backups(state.chat.store().clone());
    app.manage(state);
    Ok(())
}

/// Encrypts the conversations with `passphrase`, changes it, or (with none) decrypts them.
#[tauri::command]
pub fn set_passphrase(state: State<'_, AppState>, passphrase: Option<String>) -> CommandResult<()> {
    let key = passphrase.map(Passphrase::new).transpose()?;
    Ok(state.chat.store().set_passphrase(key)?)
}
