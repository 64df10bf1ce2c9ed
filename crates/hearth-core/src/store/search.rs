//! Search over every message, in any language.
//!
//! Queries of three or more characters per term use the FTS5 trigram index (substring
//! matching, so Japanese without spaces works). Terms of one or two characters (猫, 東京)
//! cannot form a trigram and fall back to a scan of all messages, matched in Rust (linear in
//! the size of the history). Text is NFC on write and on query.

use rusqlite::params_from_iter;
use serde::Serialize;

use super::Store;
use crate::error::Result;
use crate::i18n::normalize;

const MAX_RESULTS: usize = 50;
/// Candidates read before exact-diacritics filtering.
const CANDIDATES: usize = 500;
const CONTEXT_CHARS: usize = 40;

/// A piece of a snippet; `hit` pieces are the matched text. Shown with `textContent`, never
/// as HTML, so a snippet cannot inject markup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SnippetPart {
    /// The text.
    pub text: String,
    /// Whether it matched the query (shown highlighted).
    pub hit: bool,
}

/// A message that matched a search.
#[derive(Debug, Clone, Serialize)]
pub struct SearchHit {
    /// The conversation it is in.
    pub conversation_id: i64,
    /// That conversation's title.
    pub conversation_title: String,
    /// The message.
    pub message_id: i64,
    /// `user` or `assistant`.
    pub role: String,
    /// When it was written (Unix milliseconds).
    pub created_at: i64,
    /// Its text around the matches, cut into matched and unmatched parts.
    pub snippet: Vec<SnippetPart>,
}

/// How to match.
#[derive(Debug, Clone, Copy, Default)]
pub struct SearchOptions {
    /// "pho" also finds "phở" (Vietnamese without diacritics).
    pub ignore_diacritics: bool,
}

/// Lowercase and, if asked, Latin diacritics removed ("phở" → "pho"). Marks on other scripts
/// stay: Japanese dakuten are not decoration (か and が are different words).
fn fold(text: &str, ignore_diacritics: bool) -> String {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    let lower = text.to_lowercase();
    if !ignore_diacritics {
        return lower.nfc().collect();
    }
    let mut out = String::with_capacity(lower.len());
    let mut latin_base = false;
    for c in lower.nfd() {
        if is_combining_mark(c) {
            if !latin_base {
                out.push(c);
            }
            continue;
        }
        latin_base = c < '\u{0250}';
        out.push(if c == 'đ' { 'd' } else { c });
    }
    out.nfc().collect()
}

/// Cuts a snippet around the first match of any term and marks every match in it.
fn snippet(content: &str, terms: &[String], ignore_diacritics: bool) -> Vec<SnippetPart> {
    // Fold per character so positions map back to the original text.
    let chars: Vec<char> = content.chars().collect();
    let folded: Vec<String> = chars
        .iter()
        .map(|c| fold(&c.to_string(), ignore_diacritics))
        .collect();
    let mut hit = vec![false; chars.len()];
    for term in terms {
        let term: Vec<char> = term.chars().collect();
        if term.is_empty() {
            continue;
        }
        let mut start = 0;
        while start < chars.len() {
            // Match `term` against the folded characters starting at `start`.
            let mut pos = start;
            let mut matched = 0;
            while pos < chars.len() && matched < term.len() {
                let piece: Vec<char> = folded[pos].chars().collect();
                if piece.is_empty() || term[matched..].starts_with(&piece[..]) {
                    matched += piece.len();
                    pos += 1;
                } else {
                    break;
                }
            }
            if matched >= term.len() && pos > start {
                hit[start..pos].iter_mut().for_each(|h| *h = true);
                start = pos;
            } else {
                start += 1;
            }
        }
    }
    let first = hit.iter().position(|h| *h).unwrap_or(0);
    let from = first.saturating_sub(CONTEXT_CHARS);
    let to = (first + CONTEXT_CHARS * 2).min(chars.len());
    let mut parts: Vec<SnippetPart> = Vec::new();
    if from > 0 {
        parts.push(SnippetPart {
            text: "…".into(),
            hit: false,
        });
    }
    for i in from..to {
        let c = if chars[i] == '\n' { ' ' } else { chars[i] };
        match parts.last_mut() {
            Some(last) if last.hit == hit[i] => last.text.push(c),
            _ => parts.push(SnippetPart {
                text: c.to_string(),
                hit: hit[i],
            }),
        }
    }
    if to < chars.len() {
        parts.push(SnippetPart {
            text: "…".into(),
            hit: false,
        });
    }
    parts
}

impl Store {
    /// Messages matching every whitespace-separated term of `query`, best first.
    pub fn search(&self, query: &str, options: SearchOptions) -> Result<Vec<SearchHit>> {
        let query = normalize(query);
        let terms: Vec<String> = query.split_whitespace().map(str::to_owned).collect();
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let indexed = terms.iter().all(|t| t.chars().count() >= 3);
        // Short terms cannot use the trigram index: scan every message, newest first, and
        // match in Rust (case- and, if asked, diacritic-insensitive like the index).
        let sql = if indexed {
            format!(
                "SELECT m.id, m.conversation_id, c.title, m.role, m.created_at, m.content
                 FROM messages_fts f JOIN messages m ON m.id = f.rowid
                 JOIN conversations c ON c.id = m.conversation_id
                 WHERE messages_fts MATCH ?1 AND c.deleted_at IS NULL
                 ORDER BY f.rank LIMIT {CANDIDATES}"
            )
        } else {
            "SELECT m.id, m.conversation_id, c.title, m.role, m.created_at, m.content
             FROM messages m JOIN conversations c ON c.id = m.conversation_id
             WHERE c.deleted_at IS NULL
             ORDER BY m.created_at DESC, m.id DESC"
                .to_owned()
        };
        // Each term as an FTS5 string: a substring for the trigram tokenizer.
        let fts_query = terms
            .iter()
            .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
            .collect::<Vec<_>>()
            .join(" AND ");
        let bound: Vec<&str> = if indexed { vec![&fts_query] } else { vec![] };
        let conn = self.reader();
        let mut stmt = conn.prepare(&sql).map_err(self.sql_error())?;
        let rows = stmt
            .query_map(params_from_iter(bound.iter()), |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, i64>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, String>(3)?,
                    row.get::<_, i64>(4)?,
                    row.get::<_, String>(5)?,
                ))
            })
            .map_err(self.sql_error())?;
        let folded_terms: Vec<String> = terms
            .iter()
            .map(|t| fold(t, options.ignore_diacritics))
            .collect();
        let mut hits = Vec::new();
        for row in rows {
            let (message_id, conversation_id, title, role, created_at, content) =
                row.map_err(self.sql_error())?;
            let folded = fold(&content, options.ignore_diacritics);
            if !folded_terms.iter().all(|t| folded.contains(t.as_str())) {
                continue;
            }
            hits.push(SearchHit {
                conversation_id,
                conversation_title: title,
                message_id,
                role,
                created_at,
                snippet: snippet(&content, &folded_terms, options.ignore_diacritics),
            });
            if hits.len() == MAX_RESULTS {
                break;
            }
        }
        Ok(hits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{MessageState, NewMessage};

    fn store_with(texts: &[&str]) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_in(dir.path()).unwrap();
        let c = store.create_conversation("検索テスト", None, None).unwrap();
        for text in texts {
            store
                .add_message(
                    c.id,
                    NewMessage {
                        parent_id: None,
                        role: "user",
                        content: &normalize(text),
                        state: MessageState::Complete,
                    },
                )
                .unwrap();
        }
        (dir, store)
    }

    fn found(store: &Store, query: &str, ignore_diacritics: bool) -> Vec<String> {
        store
            .search(query, SearchOptions { ignore_diacritics })
            .unwrap()
            .into_iter()
            .map(|h| h.snippet.iter().map(|p| p.text.as_str()).collect())
            .collect()
    }

    const TEXTS: &[&str] = &[
        "吾輩は猫である。名前はまだ無い。",
        "東京都の天気は晴れです",
        "Tôi thích ăn phở bò ở Hà Nội.",
        "The quick brown fox",
    ];

    #[test]
    fn japanese_substrings_are_found() {
        let (_dir, store) = store_with(TEXTS);
        assert_eq!(
            found(&store, "名前はまだ", false),
            ["吾輩は猫である。名前はまだ無い。"]
        );
        assert_eq!(found(&store, "天気", false), ["東京都の天気は晴れです"]);
        assert_eq!(
            found(&store, "猫", false),
            ["吾輩は猫である。名前はまだ無い。"]
        );
        assert_eq!(found(&store, "東京", false), ["東京都の天気は晴れです"]);
        assert!(found(&store, "大阪", false).is_empty());
    }

    #[test]
    fn vietnamese_with_and_without_diacritics() {
        let (_dir, store) = store_with(TEXTS);
        assert_eq!(found(&store, "phở bò", false).len(), 1);
        assert!(found(&store, "pho bo", false).is_empty());
        assert_eq!(found(&store, "pho bo", true).len(), 1);
        assert_eq!(found(&store, "Ha Noi", true).len(), 1);
        // NFD input (as macOS may give it) finds NFC text.
        assert_eq!(found(&store, "pho\u{031B}\u{0309}", false).len(), 1);
    }

    #[test]
    fn the_issue_s_own_cases() {
        let (_dir, store) = store_with(&[
            "明日は東京タワーに行きます",
            "猫が好き",
            "Tôi phải đến bệnh viện",
        ]);
        assert_eq!(found(&store, "東京", false), ["明日は東京タワーに行きます"]);
        assert_eq!(found(&store, "猫", false), ["猫が好き"]);
        // "bệnh" typed as NFD: e + combining dot below + combining circumflex.
        let nfd = "b\u{0065}\u{0323}\u{0302}nh";
        assert_ne!(nfd, "bệnh");
        assert_eq!(found(&store, nfd, false), ["Tôi phải đến bệnh viện"]);
        assert_eq!(found(&store, "benh vien", true), ["Tôi phải đến bệnh viện"]);
        assert!(found(&store, "benh vien", false).is_empty());
    }

    #[test]
    fn ignoring_diacritics_keeps_japanese_dakuten() {
        let (_dir, store) = store_with(&["がっこうへ行く"]);
        assert!(found(&store, "かっこう", true).is_empty());
        assert_eq!(found(&store, "がっこう", true).len(), 1);
    }

    #[test]
    fn english_is_case_insensitive_and_terms_are_anded() {
        let (_dir, store) = store_with(TEXTS);
        assert_eq!(found(&store, "QUICK fox", false).len(), 1);
        assert!(found(&store, "quick cat", false).is_empty());
    }

    #[test]
    fn query_syntax_is_data() {
        let (_dir, store) = store_with(TEXTS);
        for query in ["\"", "fox\" OR \"", "NEAR(", "*", "a:b", "' OR 1=1 --"] {
            assert!(
                store.search(query, SearchOptions::default()).is_ok(),
                "{query}"
            );
        }
    }

    #[test]
    fn snippets_mark_the_hits() {
        let (_dir, store) = store_with(TEXTS);
        let hits = store.search("天気", SearchOptions::default()).unwrap();
        let marked: Vec<(&str, bool)> = hits[0]
            .snippet
            .iter()
            .map(|p| (p.text.as_str(), p.hit))
            .collect();
        assert_eq!(
            marked,
            [("東京都の", false), ("天気", true), ("は晴れです", false)]
        );
        let hits = store
            .search(
                "pho",
                SearchOptions {
                    ignore_diacritics: true,
                },
            )
            .unwrap();
        assert!(hits[0].snippet.iter().any(|p| p.hit && p.text == "phở"));
    }

    #[test]
    fn search_follows_edits_and_streaming_saves() {
        let (_dir, store) = store_with(&["first draft"]);
        let c = store.list_conversations().unwrap()[0].id;
        let reply = store
            .add_message(
                c,
                NewMessage {
                    parent_id: None,
                    role: "assistant",
                    content: "",
                    state: MessageState::Streaming,
                },
            )
            .unwrap();
        store
            .save_partial(reply.id, "Kyoto was the capital")
            .unwrap();
        assert_eq!(found(&store, "Kyoto", false).len(), 1);
        store
            .finish_message(
                reply.id,
                "Tokyo is the capital",
                MessageState::Complete,
                None,
            )
            .unwrap();
        assert!(found(&store, "Kyoto", false).is_empty());
        assert_eq!(found(&store, "Tokyo", false).len(), 1);
    }
}
