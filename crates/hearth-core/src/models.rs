//! Every model Hearth knows on this computer (the catalog's, fetched or not, and the imported
//! ones), the default the user chose, and removing a model's file.

use std::path::PathBuf;

use serde::Serialize;

use crate::catalog::{Catalog, ModelEntry, ResolvedModel};
use crate::error::{Error, Result};
use crate::inference::ModelCard;
use crate::library::Library;
use crate::store::{settings::DEFAULT_MODEL, Store};

/// Where a model comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// One of the catalog's models (fetched or not).
    Catalog,
    /// A GGUF file the user imported.
    Imported,
}

/// A model as the models view and `hearth models list` show it.
#[derive(Debug)]
pub struct KnownModel {
    /// Its name, for `--model` and the settings.
    pub name: String,
    /// Where it comes from.
    pub origin: Origin,
    /// The catalog's description, for a catalog model.
    pub entry: Option<ModelEntry>,
    /// Where its file is (or, for a catalog model not fetched, would be).
    pub path: PathBuf,
    /// The file's card, or why it cannot be used; `None` when the file is not here.
    pub card: Option<Result<ModelCard>>,
}

impl KnownModel {
    /// Whether its file is there.
    pub fn installed(&self) -> bool {
        self.card.is_some()
    }

    /// The catalog's name for it; an imported model is called by its file's name (two copies
    /// of one model may carry the same name inside).
    pub fn display_name(&self) -> String {
        self.entry
            .as_ref()
            .map_or_else(|| self.name.clone(), |e| e.display_name.clone())
    }
}

/// The catalog's models in catalog order, then the imported ones by name. Each file present
/// is checked as loading it would be (its header only).
pub fn known_models() -> Vec<KnownModel> {
    let catalog = Catalog::builtin();
    let listed = catalog.models().iter().map(|entry| {
        let model = catalog
            .named(&entry.name)
            .expect("a catalog entry resolves by its name");
        let card = match model.check_present() {
            Err(Error::ModelMissing { .. }) => None,
            Err(err) => Some(Err(err)),
            Ok(()) => Some(ModelCard::inspect(&model.path)),
        };
        KnownModel {
            name: model.name,
            origin: Origin::Catalog,
            entry: model.entry,
            path: model.path,
            card,
        }
    });
    let imported = Library::installed()
        .models()
        .into_iter()
        .filter_map(|(name, card)| {
            let path = Library::installed().path_of(&name)?;
            Some(KnownModel {
                name,
                origin: Origin::Imported,
                entry: None,
                path,
                card: Some(card),
            })
        });
    listed.chain(imported).collect()
}

/// The model conversations without their own answer with: `spec` when given (`--model`,
/// `HEARTH_MODEL`), else the one the user chose if its file is still here, else the catalog's.
pub fn default_model(store: &Store, spec: Option<&str>) -> Result<ResolvedModel> {
    let catalog = Catalog::builtin();
    if spec.is_some() {
        return catalog.resolve(spec);
    }
    let chosen = store
        .setting(DEFAULT_MODEL)?
        .and_then(|name| catalog.named(&name))
        .filter(|model| model.check_present().is_ok());
    match chosen {
        Some(model) => Ok(model),
        None => catalog.resolve(None),
    }
}

/// Makes the model called `name` the default, once its file is here and usable.
pub fn set_default_model(store: &Store, name: &str) -> Result<ResolvedModel> {
    let model = Catalog::builtin()
        .named(name)
        .ok_or_else(|| Error::UnknownModel {
            name: name.to_owned(),
        })?;
    model.check_present()?;
    ModelCard::inspect(&model.path)?;
    store.set_setting(DEFAULT_MODEL, &model.name)?;
    Ok(model)
}

/// Deletes the file of the model called `name` (a catalog model's fetched file or an imported
/// copy); never the default's (`default`).
pub fn remove_model(name: &str, default: &str) -> Result<()> {
    if name == default {
        return Err(Error::ModelIsDefault {
            name: name.to_owned(),
        });
    }
    let unknown = || Error::UnknownModel {
        name: name.to_owned(),
    };
    let model = Catalog::builtin().named(name).ok_or_else(unknown)?;
    std::fs::remove_file(&model.path).map_err(|err| match err.kind() {
        std::io::ErrorKind::NotFound => unknown(),
        _ => Error::io(&model.path, err),
    })
}
