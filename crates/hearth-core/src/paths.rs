//! Where Hearth keeps things: the data dir (database, backups) and the models dir.
//!
//! - `HEARTH_DATA_DIR` / `HEARTH_MODELS_DIR`, when set, win (tests, unusual setups).
//! - **Portable mode**: a file or folder named `portable` beside the executable keeps
//!   everything beside it, in `data/` and `models/`, for use from a USB stick.
//! - Otherwise the OS's folders, from the `directories` crate: on Linux
//!   `~/.local/share/hearth` and `~/.cache/hearth/models` (XDG variables honoured); on macOS
//!   `~/Library/Application Support/org.hearth.Hearth` and its `models/`; on Windows
//!   `%LOCALAPPDATA%\hearth\Hearth\data` and its `models\` (local, not roaming: a database
//!   and model files do not belong in a profile copied at every logon).
//!
//! Paths are kept as the OS gives them (`OsString`), so user names in any script work.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The marker beside the executable that turns portable mode on.
pub const PORTABLE_MARKER: &str = "portable";

/// Where this run keeps its data and its models.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Places {
    /// The data folder: the database, backups, logs.
    pub data: PathBuf,
    /// The models folder.
    pub models: PathBuf,
    /// Whether Hearth runs in portable mode (a `portable` file beside the program).
    pub portable: bool,
}

/// The OS's own folders for Hearth (none when the OS gives no home directory).
#[derive(Debug, Clone)]
pub struct OsFolders {
    /// The data folder.
    pub data: PathBuf,
    /// The models folder.
    pub models: PathBuf,
}

impl OsFolders {
    /// From the `directories` crate: the per-user local data folder, and for models the cache
    /// folder on Linux (where `models/fetch.py` puts them) or a folder in the data folder elsewhere.
    pub fn of_this_user() -> Option<Self> {
        let dirs = directories::ProjectDirs::from("org", "hearth", "Hearth")?;
        let models = if cfg!(target_os = "linux") {
            dirs.cache_dir().join("models")
        } else {
            dirs.data_local_dir().join("models")
        };
        Some(OsFolders {
            data: dirs.data_local_dir().to_path_buf(),
            models,
        })
    }
}

impl Places {
    /// Decides from the two environment overrides, the executable's folder (portable when it
    /// holds the marker) and the OS's folders; without any, folders in the working directory.
    pub fn choose(
        data_override: Option<OsString>,
        models_override: Option<OsString>,
        exe_dir: Option<&Path>,
        os: Option<OsFolders>,
    ) -> Places {
        let portable_root = exe_dir.filter(|dir| dir.join(PORTABLE_MARKER).exists());
        let (data, models) = match (portable_root, os) {
            (Some(root), _) => (root.join("data"), root.join("models")),
            (None, Some(os)) => (os.data, os.models),
            (None, None) => (PathBuf::from(".hearth"), PathBuf::from(".hearth-models")),
        };
        let set = |value: Option<OsString>| value.filter(|v| !v.is_empty()).map(PathBuf::from);
        Places {
            data: set(data_override).unwrap_or(data),
            models: set(models_override).unwrap_or(models),
            portable: portable_root.is_some(),
        }
    }

    /// The places of this process.
    pub fn current() -> Places {
        let exe = std::env::current_exe().ok();
        Places::choose(
            std::env::var_os("HEARTH_DATA_DIR"),
            std::env::var_os("HEARTH_MODELS_DIR"),
            exe.as_deref().and_then(Path::parent),
            OsFolders::of_this_user(),
        )
    }
}

/// The data dir (the database and its backups).
pub fn data_dir() -> PathBuf {
    Places::current().data
}

/// The models dir (catalog models by file name, imported ones in `imported/`).
pub fn models_dir() -> PathBuf {
    Places::current().models
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

#[cfg(test)]
mod tests {
    use super::*;

    fn os(home: &str) -> OsFolders {
        let home = PathBuf::from(home);
        OsFolders {
            data: home.join(".local/share/hearth"),
            models: home.join(".cache/hearth/models"),
        }
    }

    #[test]
    fn os_folders_by_default_with_any_user_name() {
        for home in ["/home/田中", "/home/nguyễn", "/home/user"] {
            let places = Places::choose(None, None, Some(Path::new("/usr/bin")), Some(os(home)));
            assert_eq!(places, {
                let os = os(home);
                Places {
                    data: os.data,
                    models: os.models,
                    portable: false,
                }
            });
            assert!(places.data.starts_with(home));
        }
    }

    #[test]
    fn a_marker_beside_the_program_keeps_everything_beside_it() {
        let stick = tempfile::tempdir().unwrap();
        let root = stick.path().join("ハース USB");
        std::fs::create_dir_all(&root).unwrap();
        let without = Places::choose(None, None, Some(&root), Some(os("/home/a")));
        assert!(!without.portable);
        std::fs::write(root.join(PORTABLE_MARKER), "").unwrap();
        let places = Places::choose(None, None, Some(&root), Some(os("/home/a")));
        assert_eq!(
            places,
            Places {
                data: root.join("data"),
                models: root.join("models"),
                portable: true,
            }
        );
    }

    #[test]
    fn the_environment_wins_and_empty_means_unset() {
        let places = Places::choose(
            Some("/tmp/データ".into()),
            Some("".into()),
            None,
            Some(os("/home/a")),
        );
        assert_eq!(places.data, PathBuf::from("/tmp/データ"));
        assert_eq!(places.models, os("/home/a").models);
        let nowhere = Places::choose(None, None, None, None);
        assert_eq!(nowhere.data, PathBuf::from(".hearth"));
    }

    #[test]
    fn this_users_folders_are_under_the_home_folder() {
        let os = OsFolders::of_this_user().expect("a home folder");
        let home = directories::BaseDirs::new()
            .unwrap()
            .home_dir()
            .to_path_buf();
        assert!(os.data.starts_with(&home), "{os:?}");
        assert!(os.models.ends_with("models"), "{os:?}");
    }
}
