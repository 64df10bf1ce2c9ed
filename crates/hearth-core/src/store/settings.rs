//! User preferences that belong with the user's data (e.g. the interface language).

use rusqlite::{params, OptionalExtension};

use super::Store;
use crate::error::Result;
use crate::inference::SamplingParams;

/// The interface language chosen by the user (a BCP 47 tag); absent means "follow the OS".
pub const LANGUAGE: &str = "language";
/// The model a conversation without its own answers with; absent means the catalog's default.
pub const DEFAULT_MODEL: &str = "default_model";
/// The sampling (JSON) of a conversation without its own; absent means Hearth's built-in values.
pub const DEFAULT_SAMPLING: &str = "default_sampling";

impl Store {
    /// The setting `key`, if it was ever set.
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        self.conn()
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |row| {
                row.get(0)
            })
            .optional()
            .map_err(self.sql_error())
    }

    /// Sets the setting `key`.
    pub fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.conn()
            .execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, value],
            )
            .map_err(self.sql_error())?;
        Ok(())
    }

    /// The sampling of conversations without their own: the user's choice, else the built-in
    /// values (also when the stored choice is from another version and no longer reads).
    pub fn default_sampling(&self) -> Result<SamplingParams> {
        Ok(self
            .setting(DEFAULT_SAMPLING)?
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default())
    }

    /// Stores the default sampling; `None` goes back to the built-in values.
    pub fn set_default_sampling(&self, sampling: Option<&SamplingParams>) -> Result<()> {
        sampling.map(SamplingParams::check).transpose()?;
        match sampling {
            Some(sampling) => match serde_json::to_string(sampling) {
                Ok(json) => self.set_setting(DEFAULT_SAMPLING, &json),
                Err(err) => Err(crate::Error::Database(err.to_string())),
            },
            None => self.clear_setting(DEFAULT_SAMPLING),
        }
    }

    /// Forgets a setting (it goes back to its default).
    pub fn clear_setting(&self, key: &str) -> Result<()> {
        self.conn()
            .execute("DELETE FROM settings WHERE key = ?1", [key])
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
            store.set_setting(DEFAULT_MODEL, "x").unwrap();
            store.clear_setting(DEFAULT_MODEL).unwrap();
        }
        let store = Store::open_in(dir.path()).unwrap();
        assert_eq!(store.setting(LANGUAGE).unwrap().as_deref(), Some("ja"));
        assert_eq!(store.setting(DEFAULT_MODEL).unwrap(), None);
    }

    #[test]
    fn the_default_sampling_is_kept_and_reset() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_in(dir.path()).unwrap();
        assert_eq!(store.default_sampling().unwrap(), SamplingParams::default());
        let chosen = SamplingParams {
            temperature: 0.9,
            max_tokens: 77,
            ..SamplingParams::default()
        };
        store.set_default_sampling(Some(&chosen)).unwrap();
        drop(store);
        let store = Store::open_in(dir.path()).unwrap();
        assert_eq!(store.default_sampling().unwrap(), chosen);
        // Out of limits: refused, and the choice before it kept.
        let wild = SamplingParams {
            top_p: 7.0,
            ..chosen.clone()
        };
        let err = store.set_default_sampling(Some(&wild)).unwrap_err();
        assert_eq!(err.code(), "sampling-invalid");
        assert_eq!(store.default_sampling().unwrap(), chosen);
        store.set_default_sampling(None).unwrap();
        assert_eq!(store.default_sampling().unwrap(), SamplingParams::default());
        store.set_setting(DEFAULT_SAMPLING, "{not json").unwrap();
        assert_eq!(store.default_sampling().unwrap(), SamplingParams::default());
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
