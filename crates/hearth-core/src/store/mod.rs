//! The conversation store: one SQLite file in the data dir, WAL, versioned migrations.

mod backup;
mod conversations;
pub mod encryption;
mod messages;
mod migrations;
#[cfg(test)]
mod reader_tests;
pub mod search;
pub mod settings;
#[cfg(test)]
mod tests;
pub mod transfer;

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, ErrorCode, OpenFlags};

pub use backup::{Recovery, BACKUP_DIR, BACKUP_INTERVAL, KEEP_BACKUPS};
pub use conversations::{Conversation, ConversationSettings};
pub use encryption::Passphrase;
pub use messages::{thread_of, Message, MessageState, NewMessage, ReplyNumbers, ThreadMessage};
pub use migrations::SCHEMA_VERSION;

use crate::error::{Error, Result};

/// File name of the database inside the data dir.
pub const DATABASE_FILE: &str = "hearth.sqlite3";

/// `<path><suffix>`: a file SQLite or Hearth keeps beside the database (`-wal`, `.lock`, …).
fn side_file(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Takes a shared lock on `<database>.lock` for as long as the returned file lives, and
/// says whether this process was the only one with the database open. Without a lock file
/// (e.g. an unusual file system) every open counts as alone, as before locking existed.
fn announce_presence(database: &Path) -> (Option<File>, bool) {
    let Ok(file) = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(side_file(database, ".lock"))
    else {
        return (None, true);
    };
    let alone = file.try_lock().is_ok();
    // Exclusive → shared: others may open the database too, but now know we are here.
    let _ = file.unlock();
    if file.lock_shared().is_err() {
        return (None, alone);
    }
    (Some(file), alone)
}

/// Why an open failed: damage (to recover from) or anything else (to report).
enum Opening {
    Corrupt,
    Failed(Error),
}

/// A handle to the database, safe to share between threads.
pub struct Store {
    conn: Mutex<Connection>,
    /// A second connection for long reads (searches, backups), so they never wait for a write
    /// in progress nor hold one up (WAL lets one writer and readers run together). Taken after
    /// `conn` wherever both are held.
    reader: Mutex<Connection>,
    path: PathBuf,
    recovery: Option<Recovery>,
    /// Whether the database is encrypted (its passphrase is not kept).
    encrypted: AtomicBool,
    /// A shared lock on `<database>.lock`, held while this store is open, so another
    /// process can tell whether a `streaming` reply still has a live writer.
    _presence: Option<File>,
}

pub(crate) fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

pub(crate) fn sql_error(err: rusqlite::Error) -> Error {
    match err.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => Error::DiskFull,
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Error::DatabaseLocked,
        Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => {
            Error::ReadOnly {
                path: PathBuf::new(),
            }
        }
        _ => Error::Database(err.to_string()),
    }
}

/// Opens a connection to `path` (creating the file if needed), unlocks it with `key`, and
/// sets WAL with `synchronous = FULL`.
fn connect(path: &Path, key: Option<&Passphrase>) -> rusqlite::Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(Duration::from_secs(5))?;
    if let Some(key) = key {
        encryption::unlock(&conn, key)?;
    }
    conn.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
    )?;
    Ok(conn)
}

/// Whether SQLite says the file is damaged or not a database at all.
fn is_corruption(err: &rusqlite::Error) -> bool {
    matches!(
        err.sqlite_error_code(),
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase)
    )
}

impl Store {
    /// Opens (creating if needed) the database in `data_dir`.
    pub fn open_in(data_dir: &Path) -> Result<Self> {
        Self::open_in_with(data_dir, None)
    }

    /// Opens the encrypted database in `data_dir` with its passphrase.
    pub fn unlock_in(data_dir: &Path, key: Passphrase) -> Result<Self> {
        Self::open_in_with(data_dir, Some(key))
    }

    fn open_in_with(data_dir: &Path, key: Option<Passphrase>) -> Result<Self> {
        std::fs::create_dir_all(data_dir).map_err(|err| match err.kind() {
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                Error::ReadOnly {
                    path: data_dir.to_path_buf(),
                }
            }
            _ => Error::io(data_dir, err),
        })?;
        Self::open_keyed(&data_dir.join(DATABASE_FILE), key)
    }

    /// Opens (creating if needed) the database file at `path`. A damaged file is moved
    /// aside and the newest good backup restored (see [`Store::recovery`]).
    ///
    /// Journal mode is WAL with `synchronous = FULL`: every commit is fsynced before it is
    /// acknowledged, so an acknowledged message survives even a power cut (NORMAL would only
    /// survive a process crash). Hearth commits a streaming reply in batches (every ~250 ms),
    /// so the extra fsync per commit costs nothing a user can notice.
    ///
    /// An encrypted database is [`Error::PassphraseRequired`] here; see [`Store::unlock_in`].
    pub fn open(path: &Path) -> Result<Self> {
        Self::open_keyed(path, None)
    }

    fn open_keyed(path: &Path, key: Option<Passphrase>) -> Result<Self> {
        if key.is_none() && encryption::is_encrypted(path) && !backup::has_plaintext(path) {
            return Err(Error::PassphraseRequired {
                path: path.to_path_buf(),
            });
        }
        match Self::open_checked(path, key.clone()) {
            Err(Opening::Corrupt) => {
                let recovery = backup::recover(path, key.as_ref())?;
                let mut store = Self::open_checked(path, key).map_err(|failure| match failure {
                    Opening::Corrupt => Error::Database("the restored backup is damaged".into()),
                    Opening::Failed(err) => err,
                })?;
                tracing::warn!(
                    moved_to = %recovery.corrupt_path.display(),
                    restored = recovery.restored_from.is_some(),
                    "damaged database replaced"
                );
                store.recovery = Some(recovery);
                Ok(store)
            }
            Err(Opening::Failed(err)) => Err(err),
            Ok(store) => {
                tracing::info!(
                    database = %path.display(),
                    encrypted = store.is_encrypted(),
                    "store opened"
                );
                Ok(store)
            }
        }
    }

    fn open_checked(path: &Path, key: Option<Passphrase>) -> Result<Self, Opening> {
        let with_path = |err: rusqlite::Error| {
            if is_corruption(&err) {
                return Opening::Corrupt;
            }
            Opening::Failed(match sql_error(err) {
                Error::ReadOnly { .. } => Error::ReadOnly {
                    path: path.to_path_buf(),
                },
                other => other,
            })
        };
        let mut conn = connect(path, key.as_ref()).map_err(|err| {
            // With a key, an unreadable first page means the key is wrong (or that page is
            // damaged, which cannot be told apart): never treat it as damage to recover from.
            if key.is_some() && is_corruption(&err) {
                Opening::Failed(Error::PassphraseWrong)
            } else {
                with_path(err)
            }
        })?;
        let check: String = conn
            .query_row("PRAGMA quick_check", [], |row| row.get(0))
            .map_err(with_path)?;
        if check != "ok" {
            return Err(Opening::Corrupt);
        }
        migrations::migrate(&mut conn).map_err(|err| match err {
            Error::ReadOnly { .. } => Opening::Failed(Error::ReadOnly {
                path: path.to_path_buf(),
            }),
            other => Opening::Failed(other),
        })?;
        let reader = connect(path, key.as_ref()).map_err(with_path)?;
        let (presence, alone) = announce_presence(path);
        let store = Store {
            conn: Mutex::new(conn),
            reader: Mutex::new(reader),
            path: path.to_path_buf(),
            recovery: None,
            encrypted: AtomicBool::new(key.is_some()),
            _presence: presence,
        };
        // Only when no other Hearth process (the app, a CLI) has the database open: theirs
        // may be streaming a reply right now.
        if alone {
            store.mark_interrupted().map_err(Opening::Failed)?;
        }
        store.purge_deleted().map_err(Opening::Failed)?;
        Ok(store)
    }

    /// Set when the database was found damaged at open and replaced.
    pub fn recovery(&self) -> Option<&Recovery> {
        self.recovery.as_ref()
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Maps a SQLite error to a core error that names this database where that helps the
    /// user (e.g. which file is read-only).
    pub(crate) fn sql_error(&self) -> impl Fn(rusqlite::Error) -> Error + '_ {
        |err| match sql_error(err) {
            Error::ReadOnly { .. } => Error::ReadOnly {
                path: self.path.clone(),
            },
            other => other,
        }
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave SQLite inconsistent (transactions roll
        // back), so a poisoned lock is still usable.
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The connection for long reads; see [`Store::reader`](field@Store::reader).
    fn reader(&self) -> MutexGuard<'_, Connection> {
        self.reader.lock().unwrap_or_else(|p| p.into_inner())
    }
}
