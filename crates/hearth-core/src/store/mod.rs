//! The conversation store: one SQLite file in the data dir, WAL, versioned migrations.

mod conversations;
mod migrations;
pub mod search;
pub mod settings;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags};

pub use conversations::{Conversation, Message, MessageState, NewMessage, ReplyNumbers};
pub use migrations::SCHEMA_VERSION;

use crate::error::{Error, Result};

/// File name of the database inside the data dir.
pub const DATABASE_FILE: &str = "hearth.sqlite3";

/// A handle to the database, safe to share between threads.
pub struct Store {
    conn: Mutex<Connection>,
    path: PathBuf,
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

impl Store {
    /// Opens (creating if needed) the database in `data_dir`.
    pub fn open_in(data_dir: &Path) -> Result<Self> {
        std::fs::create_dir_all(data_dir).map_err(|err| match err.kind() {
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                Error::ReadOnly {
                    path: data_dir.to_path_buf(),
                }
            }
            _ => Error::io(data_dir, err),
        })?;
        Self::open(&data_dir.join(DATABASE_FILE))
    }

    /// Opens (creating if needed) the database file at `path`.
    ///
    /// Journal mode is WAL with `synchronous = FULL`: every commit is fsynced before it is
    /// acknowledged, so an acknowledged message survives even a power cut (NORMAL would only
    /// survive a process crash). Hearth commits a streaming reply in batches (every ~250 ms),
    /// so the extra fsync per commit costs nothing a user can notice.
    pub fn open(path: &Path) -> Result<Self> {
        let with_path = |err: Error| match err {
            Error::ReadOnly { .. } => Error::ReadOnly {
                path: path.to_path_buf(),
            },
            other => other,
        };
        let mut conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| with_path(sql_error(e)))?;
        conn.busy_timeout(Duration::from_secs(5))
            .map_err(sql_error)?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
        )
        .map_err(|e| with_path(sql_error(e)))?;
        migrations::migrate(&mut conn).map_err(with_path)?;
        let store = Store {
            conn: Mutex::new(conn),
            path: path.to_path_buf(),
        };
        store.mark_interrupted()?;
        Ok(store)
    }

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
}
