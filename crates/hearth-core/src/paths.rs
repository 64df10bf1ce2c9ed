//! Where Hearth keeps things: the data dir (database) and the model cache.

use std::path::PathBuf;

/// The data dir: `$HEARTH_DATA_DIR`, else the OS data dir + `/hearth`
/// (`~/.local/share/hearth` on Linux).
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("HEARTH_DATA_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    directories::BaseDirs::new()
        .map(|b| b.data_dir().join("hearth"))
        .unwrap_or_else(|| PathBuf::from(".hearth"))
}

/// The model cache: `$HEARTH_MODELS_DIR`, else the OS cache dir + `/hearth/models`
/// (`~/.cache/hearth/models` on Linux). `models/fetch.py` follows the same rule.
pub fn models_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("HEARTH_MODELS_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    directories::BaseDirs::new()
        .map(|b| b.cache_dir().join("hearth").join("models"))
        .unwrap_or_else(|| PathBuf::from(".hearth-models"))
}

/// Where export and import dialogs open: the user's Documents folder, else their home.
pub fn documents_dir() -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    Some(
        dirs.document_dir()
            .map(|d| d.to_path_buf())
            .unwrap_or_else(|| dirs.home_dir().to_path_buf()),
    )
}
