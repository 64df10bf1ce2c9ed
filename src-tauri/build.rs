//! Declares the app's own commands so each one needs an explicit grant in `capabilities/`.

/// Keep in lockstep with `generate_handler!` in `src/lib.rs`.
const COMMANDS: &[&str] = &[
    "app_info",
    "list_conversations",
    "conversation_messages",
    "send_message",
    "stop_generation",
    "set_language",
    "search_messages",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build failed");
}
