//! `hearth conversations list|show|search|export|import|backup`: the same store the app uses.

use std::path::Path;

use hearth_core::i18n::Localizer;
use hearth_core::store::search::SearchOptions;
use hearth_core::store::transfer::ExportFormat;
use hearth_core::store::{Recovery, Store};
use hearth_core::{paths, Error};
use serde_json::json;

/// Opens the store; if it had to be recovered from a backup, says so on stderr.
fn store(l10n: &Localizer) -> Result<Store, Error> {
    let store = Store::open_in(&paths::data_dir())?;
    if let Some(recovery) = store.recovery() {
        eprintln!("{}", recovery_text(l10n, recovery));
    }
    Ok(store)
}

pub fn recovery_text(l10n: &Localizer, recovery: &Recovery) -> String {
    let corrupt = ("corrupt", recovery.corrupt_path.display().to_string());
    match &recovery.restored_from {
        Some(backup) => l10n.text(
            "data-recovered",
            &[corrupt, ("backup", backup.display().to_string())],
        ),
        None => l10n.text("data-recovered-empty", &[corrupt]),
    }
}

pub fn list(l10n: &Localizer, as_json: bool) -> Result<(), Error> {
    let conversations = store(l10n)?.list_conversations()?;
    if as_json {
        println!("{}", json!({ "conversations": conversations }));
    } else {
        for c in conversations {
            println!("{:>6}  {}", c.id, c.title);
        }
    }
    Ok(())
}

pub fn show(l10n: &Localizer, id: i64, as_json: bool) -> Result<(), Error> {
    let store = store(l10n)?;
    let conversation = store.conversation(id)?;
    let thread = store.thread(id)?;
    if as_json {
        println!(
            "{}",
            json!({ "conversation": conversation, "messages": thread })
        );
        return Ok(());
    }
    println!("# {}\n", conversation.title);
    for m in thread.into_iter().map(|m| m.message) {
        let who = match m.role.as_str() {
            "user" => l10n.text("role-user", &[]),
            "assistant" => l10n.text("role-assistant", &[]),
            other => other.to_owned(),
        };
        println!("{who}:\n{}\n", m.content);
    }
    Ok(())
}

pub fn search(
    l10n: &Localizer,
    query: &str,
    ignore_diacritics: bool,
    as_json: bool,
) -> Result<(), Error> {
    let hits = store(l10n)?.search(query, SearchOptions { ignore_diacritics })?;
    if as_json {
        println!("{}", json!({ "hits": hits }));
        return Ok(());
    }
    for hit in hits {
        let snippet: String = hit
            .snippet
            .iter()
            .map(|p| {
                if p.hit {
                    format!("[{}]", p.text)
                } else {
                    p.text.clone()
                }
            })
            .collect();
        println!(
            "{:>6}  {}  {}",
            hit.conversation_id, hit.conversation_title, snippet
        );
    }
    Ok(())
}

pub fn export(
    l10n: &Localizer,
    id: Option<i64>,
    format: ExportFormat,
    out: Option<&str>,
) -> Result<(), Error> {
    let text = store(l10n)?.export(id, format, l10n)?;
    match out {
        Some(path) => {
            std::fs::write(path, text).map_err(|e| Error::Io {
                path: path.into(),
                source: e,
            })?;
            eprintln!(
                "{}",
                l10n.text("data-exported", &[("path", path.to_owned())])
            );
        }
        None => print!("{text}"),
    }
    Ok(())
}

pub fn import(l10n: &Localizer, file: &str, as_json: bool) -> Result<(), Error> {
    let path = Path::new(file);
    let text = std::fs::read_to_string(path).map_err(|e| Error::Io {
        path: path.into(),
        source: e,
    })?;
    let summary = store(l10n)?.import_json(&text, path)?;
    if as_json {
        println!("{}", json!(summary));
    } else {
        println!(
            "{}",
            l10n.text(
                "data-imported",
                &[
                    ("conversations", summary.conversations.to_string()),
                    ("messages", summary.messages.to_string()),
                    ("skipped", summary.skipped.to_string()),
                ],
            )
        );
    }
    Ok(())
}

pub fn backup(l10n: &Localizer, as_json: bool) -> Result<(), Error> {
    let path = store(l10n)?.backup_now()?;
    if as_json {
        println!("{}", json!({ "path": path }));
    } else {
        println!(
            "{}",
            l10n.text("data-backed-up", &[("path", path.display().to_string())])
        );
    }
    Ok(())
}
