//! `hearth models list|inspect|import|remove`: the catalog, imported models, and checking a
//! model file before it is used.

use std::path::Path;

use hearth_core::catalog::Catalog;
use hearth_core::i18n::Localizer;
use hearth_core::inference::card::ModelCard;
use hearth_core::library::Library;
use hearth_core::Error;
use serde_json::json;

/// The card's lines in the user's language.
fn card_text(l10n: &Localizer, card: &ModelCard) -> String {
    let millions = (card.parameters as f64 / 1e6).round() as i64;
    l10n.text(
        "cli-model-card",
        &[
            ("path", card.path.display().to_string()),
            ("architecture", card.architecture.clone()),
            ("millions", millions.to_string()),
            ("quantization", card.quantization.clone()),
            ("context", card.context_limit.to_string()),
            ("megabytes", (card.file_size / 1_000_000).to_string()),
            (
                "license",
                card.license.clone().unwrap_or_else(|| "-".into()),
            ),
            ("chat", if card.chat_template { "yes" } else { "no" }.into()),
        ],
    )
}

/// `hearth models inspect FILE`: checks a GGUF file as loading it would and describes it.
pub fn inspect(l10n: &Localizer, file: &str, json: bool) -> Result<(), Error> {
    let card = ModelCard::inspect(Path::new(file))?;
    if json {
        println!("{}", json!(card));
    } else {
        println!("{}", card_text(l10n, &card));
    }
    Ok(())
}

/// `hearth models import FILE`: checks it, then keeps a copy among the imported models.
pub fn import(l10n: &Localizer, file: &str, json: bool) -> Result<(), Error> {
    let (name, card) = Library::installed().import(Path::new(file))?;
    if json {
        println!("{}", json!({ "name": name, "card": card }));
    } else {
        println!("{}", card_text(l10n, &card));
        println!("{}", l10n.text("cli-model-imported", &[("name", name)]));
    }
    Ok(())
}

/// `hearth models remove NAME`: deletes an imported model.
pub fn remove(l10n: &Localizer, name: &str) -> Result<(), Error> {
    Library::installed().remove(name)?;
    println!(
        "{}",
        l10n.text("cli-model-removed", &[("name", name.to_owned())])
    );
    Ok(())
}

pub fn list(l10n: &Localizer, json: bool) -> Result<(), Error> {
    let catalog = Catalog::builtin();
    let rows: Vec<_> = catalog
        .models()
        .iter()
        .map(|entry| {
            let path = Catalog::path_of(entry);
            let installed = std::fs::metadata(&path).is_ok_and(|m| m.len() == entry.size);
            (entry, path, installed)
        })
        .collect();
    let imported = Library::installed().models();
    if json {
        let models: Vec<_> = rows
            .iter()
            .map(|(entry, path, installed)| {
                let mut value = json!({
                    "name": entry.name,
                    "display_name": entry.display_name,
                    "architecture": entry.architecture,
                    "parameters": entry.parameters,
                    "quantization": entry.quantization,
                    "size": entry.size,
                    "license": entry.license,
                    "default": entry.name == catalog.default_entry().name,
                    "installed": installed,
                });
                if *installed {
                    value["path"] = json!(path);
                }
                value["source"] = json!("catalog");
                value
            })
            .chain(imported.iter().map(|(name, card)| match card {
                Ok(card) => json!({
                    "name": name,
                    "source": "imported",
                    "architecture": card.architecture,
                    "quantization": card.quantization,
                    "size": card.file_size,
                    "license": card.license,
                    "default": false,
                    "installed": true,
                    "path": card.path,
                }),
                Err(err) => json!({
                    "name": name,
                    "source": "imported",
                    "installed": false,
                    "problem": err.code(),
                }),
            }))
            .collect();
        println!("{}", json!({ "models": models }));
    } else {
        for (entry, path, installed) in rows {
            let status = if installed {
                format!(
                    "{}  {}",
                    l10n.text("cli-models-installed", &[]),
                    path.display()
                )
            } else {
                l10n.text("cli-models-not-installed", &[])
            };
            println!(
                "{:<32} {:<8} {:<6} {}",
                entry.name, entry.architecture, entry.parameters, status
            );
        }
        for (name, card) in &imported {
            match card {
                Ok(card) => println!(
                    "{:<32} {:<8} {:<6} {}  {}",
                    name,
                    card.architecture,
                    format!("{}M", (card.parameters as f64 / 1e6).round()),
                    l10n.text("cli-models-imported", &[]),
                    card.path.display()
                ),
                Err(err) => println!("{:<32} {}", name, l10n.error(err)),
            }
        }
    }
    Ok(())
}
