//! Models the user imports from a file (a USB stick, a download made on another computer):
//! checked exactly as loading would check them, then copied into `<models dir>/imported/`, so
//! Hearth keeps working once the stick is gone. An imported model is known by its file name
//! without `.gguf`, as a catalog model is by its name.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::i18n::normalize;
use crate::inference::ModelCard;
use crate::paths;

/// The imported models in one folder.
pub struct Library {
    dir: PathBuf,
}

impl Library {
    /// `<models dir>/imported/`.
    pub fn installed() -> Self {
        Library::at(paths::models_dir().join("imported"))
    }

    /// The imported models kept in `dir`.
    pub fn at(dir: PathBuf) -> Self {
        Library { dir }
    }

    /// The file of the imported model called `name`, if there is one.
    pub fn path_of(&self, name: &str) -> Option<PathBuf> {
        let plain = !name.is_empty() && !name.contains(['/', '\\']) && !name.starts_with('.');
        let path = self.dir.join(format!("{name}.gguf"));
        (plain && path.is_file()).then_some(path)
    }

    /// Imports `file`: refuses it with the reason if it is not a model Hearth can run, else
    /// copies it (under a temporary name, renamed when complete) and checks the copy. A file
    /// already imported under the same name with the same size is not copied again.
    pub fn import(&self, file: &Path) -> Result<(String, ModelCard)> {
        ModelCard::inspect(file)?;
        std::fs::create_dir_all(&self.dir).map_err(|err| Error::io(&self.dir, err))?;
        // NFC: macOS hands over file names decomposed (NFD), and the name is what users type.
        let name = file
            .file_stem()
            .map(|s| normalize(s.to_string_lossy().trim_start_matches('.')))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "model".into());
        let target = self.dir.join(format!("{name}.gguf"));
        let size = |p: &Path| std::fs::metadata(p).map(|m| m.len()).ok();
        if size(&target).is_none() || size(&target) != size(file) {
            let partial = self.dir.join(format!("{name}.gguf.partial"));
            let copied =
                std::fs::copy(file, &partial).and_then(|_| std::fs::rename(&partial, &target));
            if let Err(err) = copied {
                let _ = std::fs::remove_file(&partial);
                return Err(match err.kind() {
                    std::io::ErrorKind::StorageFull => Error::DiskFull,
                    _ => Error::io(&target, err),
                });
            }
        }
        Ok((name, ModelCard::inspect(&target)?))
    }

    /// The imported models, by name, each with its card or the reason it cannot be used.
    pub fn models(&self) -> Vec<(String, Result<ModelCard>)> {
        let mut found: Vec<(String, Result<ModelCard>)> = std::fs::read_dir(&self.dir)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|e| e == "gguf"))
                    .filter_map(|p| {
                        let name = p.file_stem()?.to_string_lossy().into_owned();
                        Some((name, ModelCard::inspect(&p)))
                    })
                    .collect()
            })
            .unwrap_or_default();
        found.sort_by(|a, b| a.0.cmp(&b.0));
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inference::testing::synthetic::{defects, TinyGguf};

    #[test]
    fn import_list_reimport_and_remove() {
        let stick = tempfile::tempdir().unwrap();
        let models = tempfile::tempdir().unwrap();
        let library = Library::at(models.path().join("imported"));
        let file = stick.path().join("tiny-chat.gguf");
        std::fs::write(&file, TinyGguf::qwen2().to_bytes()).unwrap();

        let (name, card) = library.import(&file).unwrap();
        assert_eq!(name, "tiny-chat");
        assert_eq!(card.architecture, "qwen2");
        std::fs::remove_file(&file).unwrap();
        let listed = library.models();
        assert_eq!(listed.len(), 1, "kept after the stick is gone");
        assert!(listed[0].1.is_ok());
        assert!(library.path_of("tiny-chat").is_some());
        assert!(library.path_of("../tiny-chat").is_none());

        std::fs::write(&file, TinyGguf::qwen2().to_bytes()).unwrap();
        library.import(&file).unwrap();
        assert_eq!(library.models().len(), 1, "importing again adds nothing");

        std::fs::remove_file(library.path_of("tiny-chat").unwrap()).unwrap();
        assert!(library.models().is_empty());
        assert!(library.path_of("tiny-chat").is_none());
    }

    #[test]
    fn a_decomposed_file_name_gives_a_composed_model_name() {
        let stick = tempfile::tempdir().unwrap();
        let models = tempfile::tempdir().unwrap();
        let library = Library::at(models.path().join("imported"));
        // "Mô hình" as macOS names files: o + U+0302, i + U+0300.
        let decomposed = "Mo\u{302} hi\u{300}nh";
        let file = stick.path().join(format!("{decomposed}.gguf"));
        std::fs::write(&file, TinyGguf::qwen2().to_bytes()).unwrap();
        let (name, _) = library.import(&file).unwrap();
        assert_eq!(name, "M\u{f4} h\u{ec}nh");
        assert!(library.path_of("Mô hình").is_some());
        assert_eq!(library.models()[0].0, "Mô hình");
    }

    #[test]
    fn a_broken_file_is_refused_and_nothing_is_copied() {
        let stick = tempfile::tempdir().unwrap();
        let models = tempfile::tempdir().unwrap();
        let library = Library::at(models.path().join("imported"));
        for (i, (name, bytes)) in defects().into_iter().enumerate() {
            let file = stick.path().join(format!("broken-{i}.gguf"));
            std::fs::write(&file, bytes).unwrap();
            assert!(library.import(&file).is_err(), "{name}");
        }
        assert!(library.models().is_empty());
    }
}
