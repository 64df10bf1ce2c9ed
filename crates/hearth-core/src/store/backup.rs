//! Online backups (`VACUUM INTO`, a consistent snapshot taken while the app runs, never a
//! file copy) with rotation, and recovery from them when the database is found damaged.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use super::{now_ms, side_file, Passphrase, Store};
use crate::clock::file_stamp;
use crate::error::{Error, Result};

/// Folder of the backups, beside the database.
pub const BACKUP_DIR: &str = "backups";
/// How many backups are kept; older ones are deleted after each new one.
pub const KEEP_BACKUPS: usize = 7;
/// A backup is taken when the newest is older than this (checked at start and hourly).
pub const BACKUP_INTERVAL: Duration = Duration::from_secs(24 * 3600);

const PREFIX: &str = "hearth-";
const SUFFIX: &str = ".sqlite3";

/// What happened when the database was found damaged at open.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Recovery {
    /// Where the damaged file was kept.
    pub corrupt_path: PathBuf,
    /// The backup restored, or `None` if there was no good one (a new database was started).
    pub restored_from: Option<PathBuf>,
}

fn backup_dir_of(database: &Path) -> PathBuf {
    database.parent().unwrap_or(Path::new(".")).join(BACKUP_DIR)
}

/// Backups in `dir`, newest first (the names sort by time).
fn backups_in(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with(PREFIX) && n.ends_with(SUFFIX))
                })
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found.reverse();
    found
}

/// Whether `path` is a readable database (with `key`, if encrypted) that passes SQLite's
/// check.
pub(super) fn is_good(path: &Path, key: Option<&Passphrase>) -> bool {
    let Ok(conn) = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY) else {
        return false;
    };
    if key.is_some_and(|key| super::encryption::unlock(&conn, key).is_err()) {
        return false;
    }
    conn.query_row("PRAGMA quick_check", [], |row| row.get::<_, String>(0))
        .is_ok_and(|check| check == "ok")
}

/// Whether a good unencrypted backup of `database` exists: then a file that looks encrypted
/// is really a plaintext database with a damaged header.
pub(super) fn has_plaintext(database: &Path) -> bool {
    backups_in(&backup_dir_of(database))
        .first()
        .is_some_and(|newest| is_good(newest, None))
}

/// Moves the damaged `database` (and its WAL) aside and puts the newest good backup in
/// its place.
pub(super) fn recover(database: &Path, key: Option<&Passphrase>) -> Result<Recovery> {
    let stamp = file_stamp(now_ms());
    let corrupt_path = side_file(database, &format!(".corrupt-{stamp}"));
    std::fs::rename(database, &corrupt_path).map_err(|e| Error::io(database, e))?;
    for suffix in ["-wal", "-shm"] {
        let side = side_file(database, suffix);
        if side.exists() {
            let kept = side_file(&corrupt_path, suffix);
            std::fs::rename(&side, kept).map_err(|e| Error::io(&side, e))?;
        }
    }
    let restored_from = backups_in(&backup_dir_of(database))
        .into_iter()
        .find(|b| is_good(b, key));
    if let Some(backup) = &restored_from {
        // The backup is a closed file nobody writes, so a copy of it is consistent.
        std::fs::copy(backup, database).map_err(|e| Error::io(database, e))?;
    }
    Ok(Recovery {
        corrupt_path,
        restored_from,
    })
}

impl Store {
    /// The folder the backups are written to, beside the database.
    pub fn backup_dir(&self) -> PathBuf {
        backup_dir_of(&self.path)
    }

    /// The backups kept, newest first.
    pub fn backups(&self) -> Vec<PathBuf> {
        backups_in(&self.backup_dir())
    }

    /// Writes a consistent snapshot of the database to the backup folder and deletes all
    /// but the newest [`KEEP_BACKUPS`]. Returns the new backup's path.
    pub fn backup_now(&self) -> Result<PathBuf> {
        let dir = self.backup_dir();
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        // Millisecond names: two backups never share one, and the names sort by time.
        let stamp = loop {
            let now = now_ms();
            let stamp = format!("{}-{:03}", file_stamp(now), now.rem_euclid(1000));
            if !dir.join(format!("{PREFIX}{stamp}{SUFFIX}")).exists() {
                break stamp;
            }
            std::thread::sleep(Duration::from_millis(1));
        };
        let target = dir.join(format!("{PREFIX}{stamp}{SUFFIX}"));
        // Written under another name first, so a crash never leaves a partial file that
        // looks like a backup.
        let partial = dir.join(format!("{stamp}.partial"));
        let _ = std::fs::remove_file(&partial);
        let written = self
            .reader()
            .execute("VACUUM INTO ?1", [partial.to_string_lossy().as_ref()]);
        if let Err(err) = written {
            let _ = std::fs::remove_file(&partial);
            return Err(self.sql_error()(err));
        }
        std::fs::rename(&partial, &target).map_err(|e| Error::io(&target, e))?;
        for old in self.backups().into_iter().skip(KEEP_BACKUPS) {
            std::fs::remove_file(&old).map_err(|e| Error::io(&old, e))?;
        }
        tracing::info!(backup = %target.display(), "backup written");
        Ok(target)
    }

    /// Takes a backup if the newest one is older than [`BACKUP_INTERVAL`] (or there is none).
    pub fn backup_if_due(&self) -> Result<Option<PathBuf>> {
        let newest_age = self
            .backups()
            .first()
            .and_then(|b| std::fs::metadata(b).ok())
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.elapsed().ok());
        match newest_age {
            Some(age) if age < BACKUP_INTERVAL => Ok(None),
            _ => self.backup_now().map(Some),
        }
    }
}
