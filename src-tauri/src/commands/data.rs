//! The user's data as files: export (JSON or Markdown), import, backup. The native file
//! dialogs are opened here, in Rust, so the window needs no file-system permission at all.

use std::path::PathBuf;

use hearth_core::i18n::Localizer;
use hearth_core::store::transfer::{ExportFormat, ImportSummary};
use hearth_core::{paths, Error};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_dialog::{DialogExt, FileDialogBuilder};
use ts_rs::TS;

use super::{blocking, CommandResult};
use crate::state::AppState;

/// Where a file was written.
#[derive(Serialize, TS)]
pub struct Saved {
    path: String,
}

/// A file name without characters that some file system refuses.
fn file_name(title: &str, extension: &str) -> String {
    let clean: String = title
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '-',
            c if c.is_control() => '-',
            c => c,
        })
        .take(60)
        .collect();
    format!("{}.{extension}", clean.trim())
}

/// A native file dialog that opens in the user's Documents folder.
pub(super) fn file_dialog<R: Runtime>(app: &AppHandle<R>) -> FileDialogBuilder<R> {
    let dialog = app.dialog().file();
    match paths::documents_dir() {
        Some(dir) => dialog.set_directory(dir),
        None => dialog,
    }
}

/// Asks where to save, then writes one conversation (or all, when `conversation_id` is
/// null). Returns `None` if the user cancelled.
#[tauri::command]
pub async fn export_conversations<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    conversation_id: Option<i64>,
    format: ExportFormat,
) -> CommandResult<Option<Saved>> {
    let l10n = Localizer::new(state.chat.ui_lang());
    let store = state.chat.store();
    let title = match conversation_id {
        Some(id) => store.conversation(id)?.title,
        None => l10n.text("data-export-all-name", &[]),
    };
    let text = store.export(conversation_id, format, &l10n)?;
    let extension = format.extension();
    let filter = l10n.text(
        match format {
            ExportFormat::Json => "data-filter-json",
            ExportFormat::Markdown => "data-filter-markdown",
        },
        &[],
    );
    let chosen = file_dialog(&app)
        .set_title(l10n.text("data-export-title", &[]))
        .set_file_name(file_name(&title, extension))
        .add_filter(filter, &[extension])
        .blocking_save_file();
    let Some(path) = chosen.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    std::fs::write(&path, text).map_err(|e| Error::Io {
        path: path.clone(),
        source: e,
    })?;
    Ok(Some(Saved {
        path: path.display().to_string(),
    }))
}

/// Asks for a Hearth JSON export and imports it (conversations already present are
/// skipped). Returns `None` if the user cancelled.
#[tauri::command]
pub async fn import_conversations<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> CommandResult<Option<ImportSummary>> {
    let l10n = Localizer::new(state.chat.ui_lang());
    let chosen = file_dialog(&app)
        .set_title(l10n.text("data-import-title", &[]))
        .add_filter(l10n.text("data-filter-json", &[]), &["json"])
        .blocking_pick_file();
    let Some(path): Option<PathBuf> = chosen.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    let text = std::fs::read_to_string(&path).map_err(|e| Error::Io {
        path: path.clone(),
        source: e,
    })?;
    Ok(Some(state.chat.store().import_json(&text, &path)?))
}

/// Opens the folder of Hearth's log files in the system's file manager (for a bug report).
#[tauri::command]
pub async fn open_log_folder<R: Runtime>(app: AppHandle<R>) -> CommandResult<()> {
    use tauri_plugin_opener::OpenerExt;
    let dir = hearth_core::logs::dir(&paths::data_dir());
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    app.opener()
        .open_path(dir.to_string_lossy(), None::<&str>)
        .map_err(|e| Error::io(&dir, std::io::Error::other(e.to_string())))?;
    Ok(())
}

/// Takes a backup now (the app also takes one daily).
#[tauri::command]
pub async fn backup_now<R: Runtime>(app: AppHandle<R>) -> CommandResult<Saved> {
    blocking(app, |state| {
        let path = state.chat.store().backup_now()?;
        Ok(Saved {
            path: path.display().to_string(),
        })
    })
    .await
}
