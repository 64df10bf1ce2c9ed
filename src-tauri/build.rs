//! Declares the app's own commands so each one needs an explicit grant in `capabilities/`.

/// Keep in lockstep with `generate_handler!` in `src/lib.rs`.
const COMMANDS: &[&str] = &[
    "app_info",
    "list_conversations",
    "rename_conversation",
    "pin_conversation",
    "delete_conversation",
    "restore_conversation",
    "conversation_settings",
    "set_conversation_settings",
    "conversation_messages",
    "choose_alternative",
    "delete_message",
    "send_message",
    "regenerate",
    "edit_message",
    "stop_generation",
    "set_language",
    "set_window_title",
    "search_messages",
    "export_conversations",
    "import_conversations",
    "backup_now",
    "lock_state",
    "unlock",
    "set_passphrase",
    "models_overview",
    "import_model",
    "remove_model",
    "set_default_model",
    "app_settings",
    "set_default_sampling",
    "open_log_folder",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build failed");
}
