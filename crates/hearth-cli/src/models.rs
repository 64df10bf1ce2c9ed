//! `hearth models list|inspect|import|default|remove`: the catalog, imported models, and checking a
//! model file before it is used.

use std::path::Path;

use hearth_core::i18n::Localizer;
use hearth_core::inference::ModelCard;
use hearth_core::library::Library;
use hearth_core::models::{self, Origin};
use hearth_core::Error;
use serde_json::json;

use crate::store;

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

/// `hearth models remove NAME`: deletes a model's file (never the default's).
pub fn remove(l10n: &Localizer, name: &str) -> Result<(), Error> {
    let store = store::open(l10n)?;
    models::remove_model(name, &models::default_model(&store, None)?.name)?;
    println!(
        "{}",
        l10n.text("cli-model-removed", &[("name", name.to_owned())])
    );
    Ok(())
}

/// `hearth models default NAME`: the model chats (here and in the window) use unless told.
pub fn set_default(l10n: &Localizer, name: &str) -> Result<(), Error> {
    let store = store::open(l10n)?;
    let model = models::set_default_model(&store, name)?;
    println!(
        "{}",
        l10n.text("cli-model-default", &[("name", model.name)])
    );
    Ok(())
}

/// `hearth models list`: the catalog's models and the imported ones, the default marked.
pub fn list(l10n: &Localizer, json: bool) -> Result<(), Error> {
    let store = store::open(l10n)?;
    let default = models::default_model(&store, None)?.name;
    let known = models::known_models();
    if json {
        let listed: Vec<_> = known
            .iter()
            .map(|model| {
                let mut value = json!({
                    "name": model.name,
                    "display_name": model.display_name(),
                    "source": model.origin,
                    "default": model.name == default,
                    "installed": matches!(model.card, Some(Ok(_))),
                });
                if let Some(entry) = &model.entry {
                    value["architecture"] = json!(entry.architecture);
                    value["parameters"] = json!(entry.parameters);
                    value["quantization"] = json!(entry.quantization);
                    value["size"] = json!(entry.size);
                    value["license"] = json!(entry.license);
                }
                match &model.card {
                    Some(Ok(card)) => {
                        value["path"] = json!(card.path);
                        value["card"] = json!(card);
                    }
                    Some(Err(err)) => value["problem"] = json!(err.code()),
                    None => {}
                }
                value
            })
            .collect();
        println!("{}", json!({ "models": listed }));
        return Ok(());
    }
    for model in &known {
        let status = match &model.card {
            Some(Ok(card)) => format!(
                "{}  {}",
                l10n.text(
                    match model.origin {
                        Origin::Catalog => "cli-models-installed",
                        Origin::Imported => "cli-models-imported",
                    },
                    &[]
                ),
                card.path.display()
            ),
            Some(Err(err)) => l10n.error(err),
            None => l10n.text("cli-models-not-installed", &[]),
        };
        let (architecture, parameters) = match (&model.entry, &model.card) {
            (Some(entry), _) => (entry.architecture.clone(), entry.parameters.clone()),
            (None, Some(Ok(card))) => (
                card.architecture.clone(),
                format!("{}M", (card.parameters as f64 / 1e6).round()),
            ),
            _ => (String::new(), String::new()),
        };
        let mark = if model.name == default { '*' } else { ' ' };
        println!(
            "{mark} {:<32} {:<8} {:<6} {status}",
            model.name, architecture, parameters
        );
    }
    Ok(())
}
