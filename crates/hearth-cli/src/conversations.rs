//! `hearth conversations list|show|search|export|import|backup`: the same store the app uses.

use std::path::Path;

use hearth_core::catalog::Catalog;
use hearth_core::i18n::normalize;
use hearth_core::i18n::Localizer;
use hearth_core::inference::SamplingParams;
use hearth_core::store::search::SearchOptions;
use hearth_core::store::transfer::ExportFormat;
use hearth_core::store::ConversationSettings;
use hearth_core::Error;
use serde_json::json;

use crate::args::SettingsChanges;
use crate::store;

pub fn list(l10n: &Localizer, as_json: bool) -> Result<(), Error> {
    let conversations = store::open(l10n)?.list_conversations()?;
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
    let store = store::open(l10n)?;
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
    let hits = store::open(l10n)?.search(query, SearchOptions { ignore_diacritics })?;
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
    let text = store::open(l10n)?.export(id, format, l10n)?;
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
    let summary = store::open(l10n)?.import_json(&text, path)?;
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
    let path = store::open(l10n)?.backup_now()?;
    if as_json {
        println!("{}", json!({ "path": path }));
    } else {
        println!(
            "{}",
            l10n.text("data-backup-saved", &[("path", path.display().to_string())])
        );
    }
    Ok(())
}

/// Changes a conversation's own settings; options not given keep their value (or the
/// default after `--reset`). Prints the settings now in force as JSON.
pub fn set(l10n: &Localizer, id: i64, changes: SettingsChanges) -> Result<(), Error> {
    let store = store::open(l10n)?;
    let conversation = store.conversation(id)?;
    let mut settings = if changes.reset {
        ConversationSettings::default()
    } else {
        ConversationSettings {
            system_prompt: conversation.system_prompt,
            model: conversation.model,
            sampling: conversation.sampling,
        }
    };
    if let Some(system) = changes.system {
        let system = normalize(system.trim());
        settings.system_prompt = (!system.is_empty()).then_some(system);
    }
    if let Some(model) = changes.model {
        settings.model = Some(Catalog::builtin().resolve(Some(&model))?.name);
    }
    let sampling_changed = changes.temperature.is_some()
        || changes.top_p.is_some()
        || changes.top_k.is_some()
        || changes.repeat_penalty.is_some()
        || changes.max_tokens.is_some()
        || changes.seed.is_some();
    if sampling_changed {
        let mut sampling = settings.sampling.take().unwrap_or_default();
        sampling.temperature = changes.temperature.unwrap_or(sampling.temperature);
        sampling.top_p = changes.top_p.unwrap_or(sampling.top_p);
        sampling.top_k = changes.top_k.unwrap_or(sampling.top_k);
        sampling.repeat_penalty = changes.repeat_penalty.unwrap_or(sampling.repeat_penalty);
        sampling.max_tokens = changes.max_tokens.unwrap_or(sampling.max_tokens);
        sampling.seed = changes.seed.unwrap_or(sampling.seed);
        settings.sampling = (sampling != SamplingParams::default()).then_some(sampling);
    }
    store.set_conversation_settings(id, &settings)?;
    println!("{}", json!({ "conversation": store.conversation(id)? }));
    Ok(())
}
