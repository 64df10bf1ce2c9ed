//! Optional encryption of the database at rest with SQLCipher (AES-256, a key derived from
//! the user's passphrase with PBKDF2-HMAC-SHA512; every page authenticated, the WAL too).
//!
//! The passphrase lives only in memory ([`Passphrase`] never prints itself). Turning
//! encryption on, changing the passphrase or turning it off writes a complete new copy of
//! the database with `sqlcipher_export`, then renames it over the old file, so a crash
//! leaves either the old database or the new one. Backups made under another key (or in
//! plain text) are deleted and a fresh one is taken at once: a plaintext backup beside an
//! encrypted database would defeat the point.

use std::path::Path;
use std::sync::atomic::Ordering;

use rusqlite::config::DbConfig;
use rusqlite::Connection;

use super::{side_file, Store};
use crate::error::{Error, Result};

/// What every plaintext SQLite database starts with; an encrypted one starts with its salt.
const PLAINTEXT_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// A passphrase, kept in memory only.
#[derive(Clone)]
pub struct Passphrase(String);

impl Passphrase {
    /// Accepts any non-empty passphrase.
    pub fn new(text: impl Into<String>) -> Result<Self> {
        let text = text.into();
        if text.is_empty() {
            return Err(Error::PassphraseEmpty);
        }
        Ok(Passphrase(text))
    }

    /// Whether two entries of a passphrase agree (the "type it again" check).
    pub fn same_as(&self, other: &Passphrase) -> bool {
        self.0 == other.0
    }

    pub(super) fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

/// Whether the database file at `path` looks encrypted (so opening it needs a passphrase):
/// whole pages of at least 512 bytes without SQLite's plaintext header. Damage to a
/// plaintext file's header looks the same; [`Store::open`] tells the two apart by the
/// backups (an encrypted database's backups are encrypted too).
pub fn is_encrypted(path: &Path) -> bool {
    use std::io::Read;
    let mut header = [0u8; 16];
    let Ok(mut file) = std::fs::File::open(path) else {
        return false;
    };
    let whole_pages = file
        .metadata()
        .is_ok_and(|m| m.len() >= 512 && m.len().is_multiple_of(512));
    whole_pages && file.read_exact(&mut header).is_ok() && &header != PLAINTEXT_HEADER
}

/// Applies `key` to a freshly opened connection and proves it right by reading the schema.
///
/// Until the key is proven, closing the connection must not checkpoint: a write-ahead log
/// left by a process that did not close cleanly would otherwise be copied into the file by
/// someone who typed the wrong passphrase (harmless, the pages stay encrypted, but "a wrong
/// passphrase changes nothing" should hold to the byte).
pub(super) fn unlock(conn: &Connection, key: &Passphrase) -> rusqlite::Result<()> {
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
    // A wrong key is reported to the user as an error; SQLCipher need not also log it.
    conn.execute_batch("PRAGMA cipher_log_level = NONE")?;
    conn.pragma_update(None, "key", key.as_str())?;
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |row| {
        row.get::<_, i64>(0)
    })?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false)
        .map(drop)
}

impl Store {
    /// Whether this database is encrypted.
    pub fn is_encrypted(&self) -> bool {
        self.encrypted.load(Ordering::Relaxed)
    }

    /// Encrypts the database with `key`, changes its passphrase, or (with `None`) turns
    /// encryption off. Old backups are replaced by one under the new key.
    pub fn set_passphrase(&self, key: Option<Passphrase>) -> Result<()> {
        let fresh = side_file(&self.path, ".rekey");
        let _ = std::fs::remove_file(&fresh);
        {
            let conn = self.conn();
            let sql_error = self.sql_error();
            conn.execute(
                "ATTACH DATABASE ?1 AS rekeyed KEY ?2",
                [
                    fresh.to_string_lossy().as_ref(),
                    key.as_ref().map_or("", Passphrase::as_str),
                ],
            )
            .map_err(&sql_error)?;
            let exported = conn
                .query_row("SELECT sqlcipher_export('rekeyed')", [], |_| Ok(()))
                .and_then(|()| {
                    let version: i64 =
                        conn.query_row("PRAGMA main.user_version", [], |row| row.get(0))?;
                    conn.pragma_update(Some("rekeyed"), "user_version", version)
                });
            conn.execute("DETACH DATABASE rekeyed", [])
                .map_err(&sql_error)?;
            if let Err(err) = exported {
                let _ = std::fs::remove_file(&fresh);
                return Err(sql_error(err));
            }
        }
        self.replace_with(&fresh, key)?;
        for old in self.backups() {
            std::fs::remove_file(&old).map_err(|e| Error::io(&old, e))?;
        }
        self.backup_now().map(drop)
    }

    /// Puts the database at `fresh` in place of this one and reopens it with `key`.
    fn replace_with(&self, fresh: &Path, key: Option<Passphrase>) -> Result<()> {
        let (mut conn, mut reader) = (self.conn(), self.reader());
        // The old connections are closed (checkpointing the WAL into the old file) before the
        // new file takes the name, so nothing of it lands in the new database.
        *reader = Connection::open_in_memory().map_err(super::sql_error)?;
        *conn = Connection::open_in_memory().map_err(super::sql_error)?;
        std::fs::rename(fresh, &self.path).map_err(|e| Error::io(&self.path, e))?;
        for suffix in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(side_file(&self.path, suffix));
        }
        *conn = super::connect(&self.path, key.as_ref()).map_err(super::sql_error)?;
        *reader = super::connect(&self.path, key.as_ref()).map_err(super::sql_error)?;
        self.encrypted.store(key.is_some(), Ordering::Relaxed);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    use crate::store::{NewMessage, DATABASE_FILE};

    const SECRET: &str = "correct horse 馬 battery";

    fn add_note(store: &Store, text: &str) {
        let c = store.create_conversation(text, None, None).unwrap();
        store
            .add_message(
                c.id,
                NewMessage {
                    parent_id: None,
                    role: "user",
                    content: text,
                    state: crate::store::MessageState::Complete,
                },
            )
            .unwrap();
    }

    /// Every byte Hearth wrote in the data folder, backups included.
    fn everything_on_disk(dir: &Path) -> Vec<u8> {
        let mut bytes = Vec::new();
        for entry in walk(dir) {
            bytes.extend(std::fs::read(entry).unwrap());
        }
        bytes
    }

    fn walk(dir: &Path) -> Vec<PathBuf> {
        std::fs::read_dir(dir)
            .unwrap()
            .flat_map(|e| {
                let path = e.unwrap().path();
                if path.is_dir() {
                    walk(&path)
                } else {
                    vec![path]
                }
            })
            .collect()
    }

    fn contains(haystack: &[u8], needle: &str) -> bool {
        haystack
            .windows(needle.len())
            .any(|w| w == needle.as_bytes())
    }

    #[test]
    fn encrypt_reopen_wrong_passphrase_change_and_decrypt() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DATABASE_FILE);
        {
            let store = Store::open_in(dir.path()).unwrap();
            add_note(&store, "東京の秘密のメモ");
            store.backup_now().unwrap();
            store
                .set_passphrase(Some(Passphrase::new(SECRET).unwrap()))
                .unwrap();
            assert!(store.is_encrypted());
            add_note(&store, "written after encrypting");
        }
        assert!(is_encrypted(&path));
        let disk = everything_on_disk(dir.path());
        assert!(
            !contains(&disk, "東京の秘密のメモ"),
            "plaintext left on disk"
        );
        assert!(!contains(&disk, "written after encrypting"));
        assert!(!contains(&disk, SECRET), "the passphrase was written");
        let backups: Vec<PathBuf> = walk(&dir.path().join(crate::store::BACKUP_DIR));
        assert_eq!(
            backups.len(),
            1,
            "old plaintext backups replaced by one new"
        );
        assert!(is_encrypted(&backups[0]));

        let before = std::fs::read(&path).unwrap();
        let err = Store::open_in(dir.path()).err().unwrap();
        assert_eq!(err.code(), "passphrase-required");
        let wrong = Store::unlock_in(dir.path(), Passphrase::new("wrong").unwrap());
        assert_eq!(wrong.err().unwrap().code(), "passphrase-wrong");
        assert_eq!(
            std::fs::read(&path).unwrap(),
            before,
            "a wrong try changes nothing"
        );
        assert!(!walk(dir.path())
            .iter()
            .any(|p| p.to_string_lossy().contains("corrupt")));

        let store = Store::unlock_in(dir.path(), Passphrase::new(SECRET).unwrap()).unwrap();
        assert_eq!(store.list_conversations().unwrap().len(), 2);
        assert_eq!(
            store
                .search(
                    "秘密",
                    crate::store::search::SearchOptions {
                        ignore_diacritics: false
                    }
                )
                .unwrap()
                .len(),
            1,
            "search works encrypted"
        );
        store
            .set_passphrase(Some(Passphrase::new("second").unwrap()))
            .unwrap();
        drop(store);
        assert!(Store::unlock_in(dir.path(), Passphrase::new(SECRET).unwrap()).is_err());
        let store = Store::unlock_in(dir.path(), Passphrase::new("second").unwrap()).unwrap();
        store.set_passphrase(None).unwrap();
        drop(store);
        assert!(!is_encrypted(&path));
        let store = Store::open_in(dir.path()).unwrap();
        assert_eq!(store.list_conversations().unwrap().len(), 2);
    }

    #[test]
    fn an_encrypted_database_damaged_is_restored_from_its_encrypted_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DATABASE_FILE);
        {
            let store = Store::open_in(dir.path()).unwrap();
            add_note(&store, "kept");
            store
                .set_passphrase(Some(Passphrase::new(SECRET).unwrap()))
                .unwrap();
        }
        // Damage a page past the first (the first would read as a wrong passphrase).
        let mut bytes = std::fs::read(&path).unwrap();
        let len = bytes.len();
        for b in &mut bytes[len - 2048..len - 1024] {
            *b ^= 0x5a;
        }
        std::fs::write(&path, bytes).unwrap();
        let store = Store::unlock_in(dir.path(), Passphrase::new(SECRET).unwrap()).unwrap();
        let recovery = store.recovery().expect("recovered");
        assert!(recovery.restored_from.is_some());
        assert_eq!(store.list_conversations().unwrap().len(), 1);
    }

    #[test]
    fn empty_passphrase_and_debug_output() {
        assert_eq!(
            Passphrase::new("").err().unwrap().code(),
            "passphrase-empty"
        );
        let shown = format!("{:?}", Passphrase::new(SECRET).unwrap());
        assert!(!shown.contains("horse"));
    }
}
