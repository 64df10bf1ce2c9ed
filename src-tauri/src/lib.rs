//! Hearth's desktop shell: opens the store and the engine thread, registers the commands,
//! and makes sure closing the window saves any reply in flight as stopped.

#[cfg(test)]
mod bindings;
mod commands;
mod state;

use std::sync::Arc;
use std::time::Duration;

use hearth_core::chat::{self, Chat};
use hearth_core::i18n::{self, Localizer};
use hearth_core::inference::Worker;
use hearth_core::store::{Passphrase, Store};
use hearth_core::{models, paths};

use state::AppState;
use tauri::Manager;
use tauri_plugin_dialog::{DialogExt, MessageDialogKind};

/// How long closing the app waits for in-flight replies to be saved as stopped.
const CLOSE_GRACE: Duration = Duration::from_secs(3);
/// How often the backup thread checks whether a backup is due.
const BACKUP_CHECK: Duration = Duration::from_secs(3600);

/// Everything the app needs to serve the window: the store (opened with `key` if it is
/// encrypted), the engine thread and the model.
fn open_state(key: Option<Passphrase>) -> hearth_core::Result<AppState> {
    let dir = paths::data_dir();
    let store = Arc::new(match key {
        Some(key) => Store::unlock_in(&dir, key)?,
        None => Store::open_in(&dir)?,
    });
    let ui_lang = chat::interface_language(&store)?;
    let model = models::default_model(&store, std::env::var("HEARTH_MODEL").ok().as_deref())?;
    let chat = Chat::new(store, Worker::spawn()?, ui_lang);
    if model.check_present().is_ok() {
        chat.preload(&model);
    }
    Ok(AppState::new(chat, model))
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
        commands::lock::lock_state,
        commands::lock::unlock,
        commands::lock::set_passphrase,
        commands::models::models_overview,
        commands::models::import_model,
        commands::models::remove_model,
        commands::models::set_default_model,
        commands::models::app_settings,
        commands::models::set_default_sampling,
        commands::data::open_log_folder,
    ])
}

/// Takes a backup at start and then whenever the newest is older than a day (checked
/// hourly), on a background thread. A failed backup is retried at the next check.
fn schedule_backups(store: Arc<Store>) {
    let spawned = std::thread::Builder::new()
        .name("hearth-backup".into())
        .spawn(move || loop {
            if let Err(err) = store.backup_if_due() {
                tracing::warn!(code = err.code(), "backup failed: {err}");
            }
            std::thread::sleep(BACKUP_CHECK);
        });
    if let Err(err) = spawned {
        tracing::error!("cannot start backups: {err}");
    }
}

pub fn run() {
    // Without a log the app still runs; the reason goes to stderr.
    let verbose = std::env::var_os("HEARTH_VERBOSE").is_some();
    if let Err(err) = hearth_core::logs::init(&paths::data_dir(), "hearth-app", verbose) {
        eprintln!("Hearth: no log file: {err}");
    }
    let context = tauri::generate_context!();
    // An encrypted database leaves the window locked until the passphrase is entered
    // (`commands::lock::unlock`); any other failure is explained and ends the start.
    let state = match open_state(None) {
        Ok(state) => Some(state),
        Err(hearth_core::Error::PassphraseRequired { .. }) => None,
        Err(err) => {
            let message = Localizer::new(i18n::system_language()).error(&err);
            tracing::error!(code = err.code(), "start failed: {err}");
            eprintln!("Hearth: {message}");
            show_startup_error(message, context);
            std::process::exit(1);
        }
    };
    // The window comes back at the size and place it was closed with (kept in the OS config
    // folder, `.window-state.json`); the web view may not call the plugin's commands. In
    // portable mode that file and the web view's own storage (the theme) stay beside the
    // program too: the plugin joins its file name to the config folder, and joining an
    // absolute path gives that path.
    let places = paths::Places::current();
    let window_state = match places.portable {
        true => tauri_plugin_window_state::Builder::default().with_filename(
            places
                .data
                .join(".window-state.json")
                .to_string_lossy()
                .into_owned(),
        ),
        false => tauri_plugin_window_state::Builder::default(),
    };
    let mut builder = setup(tauri::Builder::default())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(window_state.build());
    if let Some(state) = state {
        schedule_backups(state.chat.store().clone());
        builder = builder.manage(state);
    }
    let app = builder
        // The window is created here, not from the config at build time, so that a start
        // that fails never shows an empty window (see `show_startup_error`).
        .setup(move |app| {
            let config = app
                .config()
                .app
                .windows
                .first()
                .cloned()
                .unwrap_or_default();
            let mut window = tauri::WebviewWindowBuilder::from_config(app.handle(), &config)?;
            if places.portable {
                window = window.data_directory(places.data.join("webview"));
            }
            let window = window.build()?;
            remember_window_state(app.handle(), &window);
            Ok(())
        })
        .build(context);
    let app = match app {
        Ok(app) => app,
        Err(err) => {
            tracing::error!("the window could not be built: {err}");
            eprintln!("Hearth: {err}");
            std::process::exit(1);
        }
    };
    app.run(|handle, event| {
        if let (tauri::RunEvent::Exit, Some(state)) = (event, handle.try_state::<AppState>()) {
            state.in_flight.stop_all_and_wait(CLOSE_GRACE);
        }
    });
}

/// How soon after a move or resize the window's size and place are written.
const WINDOW_STATE_DELAY: Duration = Duration::from_secs(2);

/// The window-state plugin restores the window at start and writes its state when the app
/// exits normally; this also writes it shortly after each move or resize, so a crash, a kill
/// or a power cut keeps it too.
fn remember_window_state<R: tauri::Runtime>(
    app: &tauri::AppHandle<R>,
    window: &tauri::WebviewWindow<R>,
) {
    use std::sync::atomic::{AtomicBool, Ordering};
    use tauri_plugin_window_state::{AppHandleExt, StateFlags};
    let changed = Arc::new(AtomicBool::new(false));
    window.on_window_event({
        let changed = changed.clone();
        move |event| {
            if matches!(
                event,
                tauri::WindowEvent::Resized(_) | tauri::WindowEvent::Moved(_)
            ) {
                changed.store(true, Ordering::Relaxed);
            }
        }
    });
    let app = app.clone();
    let spawned = std::thread::Builder::new()
        .name("hearth-window-state".into())
        .spawn(move || loop {
            std::thread::sleep(WINDOW_STATE_DELAY);
            if changed.swap(false, Ordering::Relaxed) {
                let _ = app.save_window_state(StateFlags::all());
            }
        });
    if let Err(err) = spawned {
        tracing::warn!("cannot keep the window state: {err}");
    }
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
