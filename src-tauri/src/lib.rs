//! Hearth's desktop shell: opens the store and the engine thread, registers the commands,
//! and makes sure closing the window saves any reply in flight as stopped.

mod commands;
mod state;

use std::sync::Arc;
use std::time::Duration;

use hearth_core::catalog::Catalog;
use hearth_core::chat::{self, Chat};
use hearth_core::i18n::{self, Localizer};
use hearth_core::inference::Worker;
use hearth_core::paths;
use hearth_core::store::Store;

use state::{AppState, InFlight};
use tauri_plugin_dialog::{DialogExt, MessageDialogKind};

/// How long closing the app waits for in-flight replies to be saved as stopped.
const CLOSE_GRACE: Duration = Duration::from_secs(3);
/// How often the backup thread checks whether a backup is due.
const BACKUP_CHECK: Duration = Duration::from_secs(3600);

/// Everything the app needs before its window opens. Errors here (e.g. a read-only data dir)
/// are shown to the user in their language instead of a panic.
fn open_state() -> Result<AppState, String> {
    let l10n = Localizer::new(i18n::system_language());
    let explain = |err: hearth_core::Error| l10n.error(&err);
    let store = Arc::new(Store::open_in(&paths::data_dir()).map_err(explain)?);
    let ui_lang = chat::interface_language(&store).map_err(explain)?;
    let model = Catalog::builtin()
        .resolve(std::env::var("HEARTH_MODEL").ok().as_deref())
        .map_err(explain)?;
    let chat = Chat::new(store, Worker::spawn().map_err(explain)?, ui_lang);
    if model.check_present().is_ok() {
        chat.preload(&model);
    }
    Ok(AppState {
        chat,
        model,
        in_flight: Arc::new(InFlight::default()),
    })
}

/// Registers Hearth's commands on a builder; shared by the app and its tests.
pub fn setup<R: tauri::Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.invoke_handler(tauri::generate_handler![
        commands::app_info,
        commands::conversations::list_conversations,
        commands::conversations::rename_conversation,
        commands::conversations::pin_conversation,
        commands::conversations::delete_conversation,
        commands::conversations::restore_conversation,
        commands::conversations::conversation_settings,
        commands::conversations::set_conversation_settings,
        commands::conversations::conversation_messages,
        commands::conversations::choose_alternative,
        commands::conversations::delete_message,
        commands::chat::send_message,
        commands::chat::regenerate,
        commands::chat::edit_message,
        commands::chat::stop_generation,
        commands::set_language,
        commands::set_window_title,
        commands::conversations::search_messages,
        commands::data::export_conversations,
        commands::data::import_conversations,
        commands::data::backup_now,
    ])
}

/// Takes a backup at start and then whenever the newest is older than a day (checked
/// hourly), on a background thread. A failed backup is retried at the next check.
fn schedule_backups(store: Arc<Store>) {
    let spawned = std::thread::Builder::new()
        .name("hearth-backup".into())
        .spawn(move || loop {
            if let Err(err) = store.backup_if_due() {
                eprintln!("Hearth: backup failed: {err}");
            }
            std::thread::sleep(BACKUP_CHECK);
        });
    if let Err(err) = spawned {
        eprintln!("Hearth: cannot start backups: {err}");
    }
}

pub fn run() {
    let context = tauri::generate_context!();
    let state = match open_state() {
        Ok(state) => state,
        Err(message) => {
            eprintln!("Hearth: {message}");
            show_startup_error(message, context);
            std::process::exit(1);
        }
    };
    let in_flight = state.in_flight.clone();
    let store = state.chat.store().clone();
    let app = setup(tauri::Builder::default())
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        // The window is created here, not from the config at build time, so that a start
        // that fails never shows an empty window (see `show_startup_error`).
        .setup(|app| {
            let config = app
                .config()
                .app
                .windows
                .first()
                .cloned()
                .unwrap_or_default();
            tauri::WebviewWindowBuilder::from_config(app.handle(), &config)?.build()?;
            Ok(())
        })
        .build(context);
    let app = match app {
        Ok(app) => app,
        Err(err) => {
            eprintln!("Hearth: {err}");
            std::process::exit(1);
        }
    };
    schedule_backups(store);
    app.run(move |_, event| {
        if let tauri::RunEvent::Exit = event {
            in_flight.stop_all_and_wait(CLOSE_GRACE);
        }
    });
}

/// A start that failed (e.g. a read-only data folder, a database from a newer Hearth) is
/// explained in a native dialog, in the user's language, not only on stderr, which someone
/// who started Hearth from their desktop never sees.
fn show_startup_error(message: String, context: tauri::Context) {
    let title = Localizer::new(i18n::system_language()).text("app-name", &[]);
    let app = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(move |app| {
            let handle = app.handle().clone();
            app.dialog()
                .message(message)
                .title(title)
                .kind(MessageDialogKind::Error)
                .show(move |_| handle.exit(1));
            Ok(())
        })
        .build(context);
    if let Ok(app) = app {
        app.run(|_, _| {});
    }
}
