//! User preferences that belong with the user's data (e.g. the interface language).

use rusqlite::{params, OptionalExtension};

use super::Store;
use crate::error::Result;

/// The interface language chosen by the user (a BCP 47 tag); absent means "follow the OS".
pub const LANGUAGE: &str = "language";

impl Store {
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        self.conn()
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |row| {
                row.get(0)
            })
            .optional()
            .map_err(self.sql_error())
    }

    pub fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.conn()
            .execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, value],
            )
            .map_err(self.sql_error())?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_setting_persists_across_reopen() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open_in(dir.path()).unwrap();
            assert_eq!(store.setting(LANGUAGE).unwrap(), None);
            store.set_setting(LANGUAGE, "vi").unwrap();
            store.set_setting(LANGUAGE, "ja").unwrap();
        }
        let store = Store::open_in(dir.path()).unwrap();
        assert_eq!(store.setting(LANGUAGE).unwrap().as_deref(), Some("ja"));
    }

    #[test]
    fn an_empty_database_migrates_to_the_current_schema() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_in(dir.path()).unwrap();
        let version: i64 = store
            .conn()
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, crate::store::SCHEMA_VERSION);
        let tables: Vec<String> = store
            .conn()
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert!(["conversations", "messages", "messages_fts", "settings"]
            .iter()
            .all(|t| tables.iter().any(|n| n == t)));
    }
}
