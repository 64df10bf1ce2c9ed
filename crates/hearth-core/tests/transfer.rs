//! Export and import on real SQLite files: lossless JSON round trip (byte-identical),
//! idempotent import, readable Markdown, clear errors for foreign files.

#![allow(clippy::unwrap_used)] // A test that cannot go on should panic, with the error shown.

use std::path::Path;

use hearth_core::i18n::Localizer;
use hearth_core::inference::SamplingParams;
use hearth_core::store::transfer::ExportFormat;
use hearth_core::store::{ConversationSettings, MessageState, NewMessage, ReplyNumbers, Store};

fn add(store: &Store, c: i64, parent: Option<i64>, role: &str, text: &str) -> i64 {
    store
        .add_message(
            c,
            NewMessage {
                parent_id: parent,
                role,
                content: text,
                state: MessageState::Complete,
            },
        )
        .unwrap()
        .id
}

/// Two conversations with branches, settings, numbers, a stopped reply and a pinned one.
fn populated(dir: &Path) -> Store {
    let store = Store::open_in(dir).unwrap();
    let a = store
        .create_conversation("東京の観光", None, Some("qwen"))
        .unwrap();
    let q = add(&store, a.id, None, "user", "東京タワーの高さは？");
    let first = add(&store, a.id, Some(q), "assistant", "333 メートルです。");
    store
        .finish_message(
            first,
            "333 メートルです。",
            MessageState::Complete,
            Some(ReplyNumbers {
                prompt_tokens: 31,
                completion_tokens: 9,
                decode_tok_s: 12.345_678_9,
            }),
        )
        .unwrap();
    add(&store, a.id, Some(q), "assistant", "約 333 m。");
    store.choose_alternative(first).unwrap();
    store
        .set_conversation_settings(
            a.id,
            &ConversationSettings {
                system_prompt: Some("丁寧に答えてください。".into()),
                model: Some("qwen".into()),
                sampling: Some(SamplingParams {
                    temperature: 0.0,
                    ..Default::default()
                }),
            },
        )
        .unwrap();
    let b = store.create_conversation("Phở bò", None, None).unwrap();
    let q = add(&store, b.id, None, "user", "Cách nấu phở bò?");
    let reply = add(&store, b.id, Some(q), "assistant", "");
    store
        .finish_message(reply, "Đầu tiên, ninh xương", MessageState::Stopped, None)
        .unwrap();
    store.pin_conversation(b.id, true).unwrap();
    store
}

#[test]
fn json_round_trip_is_byte_identical_and_import_is_idempotent() {
    let one = tempfile::tempdir().unwrap();
    let exported = populated(one.path()).export_json(None).unwrap();
    let file = one.path().join("export.json");

    let two = tempfile::tempdir().unwrap();
    let fresh = Store::open_in(two.path()).unwrap();
    let summary = fresh.import_json(&exported, &file).unwrap();
    assert_eq!(
        (summary.conversations, summary.messages, summary.skipped),
        (2, 5, 0)
    );
    assert_eq!(fresh.export_json(None).unwrap(), exported, "byte-identical");

    let again = fresh.import_json(&exported, &file).unwrap();
    assert_eq!(
        (again.conversations, again.messages, again.skipped),
        (0, 0, 2)
    );
    assert_eq!(
        fresh.list_conversations().unwrap().len(),
        2,
        "no duplicates"
    );
    assert_eq!(fresh.export_json(None).unwrap(), exported);

    // What was imported behaves like the original: branches, pin, settings, search.
    let list = fresh.list_conversations().unwrap();
    assert_eq!(list[0].title, "Phở bò", "pinned first");
    let tokyo = &list[1];
    assert_eq!(tokyo.sampling.as_ref().unwrap().temperature, 0.0);
    let thread = fresh.thread(tokyo.id).unwrap();
    assert_eq!(thread[1].message.content, "333 メートルです。");
    assert_eq!(thread[1].alternatives.len(), 2);
    let hits = fresh
        .search("東京", hearth_core::store::search::SearchOptions::default())
        .unwrap();
    assert_eq!(hits.len(), 1);
}

#[test]
fn importing_into_a_used_database_renumbers_without_breaking_branches() {
    let one = tempfile::tempdir().unwrap();
    let exported = populated(one.path()).export_json(None).unwrap();
    let two = tempfile::tempdir().unwrap();
    let used = Store::open_in(two.path()).unwrap();
    let mine = used.create_conversation("mine", None, None).unwrap();
    let q = add(&used, mine.id, None, "user", "my own question");
    add(&used, mine.id, Some(q), "assistant", "my own answer");
    let summary = used.import_json(&exported, Path::new("x.json")).unwrap();
    assert_eq!(summary.conversations, 2);
    assert_eq!(used.list_conversations().unwrap().len(), 3);
    assert_eq!(
        used.thread(mine.id).unwrap()[1].message.content,
        "my own answer"
    );
    // The renumbered copy exports and re-imports cleanly.
    let re_exported = used.export_json(None).unwrap();
    let three = tempfile::tempdir().unwrap();
    let summary = Store::open_in(three.path())
        .unwrap()
        .import_json(&re_exported, Path::new("y.json"))
        .unwrap();
    assert_eq!(summary.conversations, 3);
}

#[test]
fn foreign_and_newer_files_are_refused_with_nothing_imported() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    let path = Path::new("chat.json");
    for text in ["not json", "{}", r#"{"format":"other","version":1}"#] {
        let err = store.import_json(text, path).unwrap_err();
        assert_eq!(err.code(), "import-invalid", "{text}");
    }
    let newer = r#"{"format":"hearth-conversations","version":99,"conversations":[]}"#;
    assert_eq!(
        store.import_json(newer, path).unwrap_err().code(),
        "import-version"
    );
    // A broken message reference fails the whole file: no half import.
    let broken = r#"{"format":"hearth-conversations","version":1,"conversations":[
        {"id":1,"uid":"aa","title":"t","system_prompt":null,"model":null,"sampling":null,
         "pinned":false,"created_at":1,"updated_at":1,"messages":[
          {"id":5,"parent_id":4,"active":true,"role":"user","content":"x","state":"complete",
           "created_at":1,"updated_at":1,"prompt_tokens":null,"completion_tokens":null,
           "decode_tok_s":null}]}]}"#;
    assert_eq!(
        store.import_json(broken, path).unwrap_err().code(),
        "import-invalid"
    );
    assert!(store.list_conversations().unwrap().is_empty());
}

#[test]
fn markdown_is_readable_in_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    let store = populated(dir.path());
    let id = store
        .list_conversations()
        .unwrap()
        .into_iter()
        .find(|c| c.title == "東京の観光")
        .unwrap()
        .id;
    let md = store
        .export(Some(id), ExportFormat::Markdown, &Localizer::new("ja"))
        .unwrap();
    assert!(md.starts_with("# 東京の観光\n"), "{md}");
    assert!(md.contains("東京タワーの高さは？"));
    assert!(md.contains("333 メートルです。"));
    assert!(!md.contains("約 333 m"), "only the shown answer");
    assert!(md.contains("別のバージョンが 1 件"), "{md}");
    let all = store
        .export(None, ExportFormat::Markdown, &Localizer::new("vi"))
        .unwrap();
    assert!(all.contains("\n---\n"));
    assert!(all.contains("Đầu tiên, ninh xương"));
}
