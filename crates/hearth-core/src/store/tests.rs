//! Store behaviour on a real SQLite file in a temporary folder.

use super::*;

fn message<'a>(parent_id: Option<i64>, role: &'a str, content: &'a str) -> NewMessage<'a> {
    NewMessage {
        parent_id,
        role,
        content,
        state: MessageState::Complete,
    }
}

/// An empty assistant reply about to stream.
fn streaming_reply<'a>(parent_id: Option<i64>) -> NewMessage<'a> {
    NewMessage {
        state: MessageState::Streaming,
        ..message(parent_id, "assistant", "")
    }
}

fn texts(thread: &[ThreadMessage]) -> Vec<&str> {
    thread.iter().map(|m| m.message.content.as_str()).collect()
}

#[test]
fn conversation_survives_close_and_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let store = Store::open_in(dir.path()).unwrap();
        let c = store
            .create_conversation("日本の首都", None, Some("qwen"))
            .unwrap();
        let q = store
            .add_message(c.id, message(None, "user", "日本の首都はどこですか？"))
            .unwrap();
        let reply = store
            .add_message(c.id, streaming_reply(Some(q.id)))
            .unwrap();
        store
            .finish_message(
                reply.id,
                "日本の首都は東京です。",
                MessageState::Complete,
                Some(ReplyNumbers {
                    prompt_tokens: 30,
                    completion_tokens: 8,
                    decode_tok_s: 12.5,
                }),
            )
            .unwrap();
        c.id
    };
    let store = Store::open_in(dir.path()).unwrap();
    let list = store.list_conversations().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].title, "日本の首都");
    assert_eq!(list[0].uid.len(), 32);
    let thread = store.thread(id).unwrap();
    assert_eq!(
        texts(&thread),
        ["日本の首都はどこですか？", "日本の首都は東京です。"]
    );
    assert_eq!(thread[1].message.state, MessageState::Complete);
    assert_eq!(thread[1].message.completion_tokens, Some(8));
}

#[test]
fn a_reply_cut_off_by_a_crash_is_interrupted_not_lost() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    let c = store.create_conversation("t", None, None).unwrap();
    let reply = store.add_message(c.id, streaming_reply(None)).unwrap();
    store.save_partial(reply.id, "The capital").unwrap();
    drop(store);
    let store = Store::open_in(dir.path()).unwrap();
    let thread = store.thread(c.id).unwrap();
    assert_eq!(thread[0].message.content, "The capital");
    assert_eq!(thread[0].message.state, MessageState::Interrupted);
}

#[test]
fn newer_schema_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite3");
    Store::open(&path).unwrap();
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let err = Store::open(&path).err().unwrap();
    assert_eq!(err.code(), "database-too-new");
    let conn = rusqlite::Connection::open(&path).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 99);
}

#[test]
fn unknown_conversation_and_message_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    assert_eq!(
        store.conversation(42).unwrap_err().code(),
        "conversation-not-found"
    );
    assert_eq!(store.message(7).unwrap_err().code(), "message-not-found");
}

#[test]
fn rename_pin_and_order_by_activity() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    let a = store.create_conversation("a", None, None).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(3));
    let b = store.create_conversation("b", None, None).unwrap();
    let order = |s: &Store| -> Vec<i64> {
        s.list_conversations()
            .unwrap()
            .iter()
            .map(|c| c.id)
            .collect()
    };
    assert_eq!(order(&store), [b.id, a.id]);
    std::thread::sleep(std::time::Duration::from_millis(3));
    store
        .add_message(a.id, message(None, "user", "hi"))
        .unwrap();
    assert_eq!(order(&store), [a.id, b.id], "last activity first");
    store.pin_conversation(b.id, true).unwrap();
    assert_eq!(order(&store), [b.id, a.id], "pinned first");
    let renamed = store.rename_conversation(a.id, "  Tiếng Việt  ").unwrap();
    assert_eq!(renamed.title, "Tiếng Việt");
    assert!(store.conversation(b.id).unwrap().pinned);
}

#[test]
fn per_conversation_settings_persist() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    let c = store.create_conversation("s", None, None).unwrap();
    let sampling = crate::inference::SamplingParams {
        temperature: 0.0,
        seed: 7,
        ..Default::default()
    };
    store
        .set_conversation_settings(
            c.id,
            &ConversationSettings {
                system_prompt: Some("簡潔に答えてください。".into()),
                model: Some("qwen2.5-coder-1.5b-instruct-q4_k_m".into()),
                sampling: Some(sampling.clone()),
            },
        )
        .unwrap();
    drop(store);
    let c = Store::open_in(dir.path())
        .unwrap()
        .conversation(c.id)
        .unwrap();
    assert_eq!(c.system_prompt.as_deref(), Some("簡潔に答えてください。"));
    assert_eq!(c.sampling, Some(sampling));
}

#[test]
fn delete_is_undoable_until_the_next_open() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    let keep = store.create_conversation("keep", None, None).unwrap();
    let gone = store.create_conversation("gone", None, None).unwrap();
    store
        .add_message(gone.id, message(None, "user", "東京タワーの高さは？"))
        .unwrap();
    store.delete_conversation(keep.id).unwrap();
    store.delete_conversation(gone.id).unwrap();
    assert!(store.list_conversations().unwrap().is_empty());
    assert!(store
        .search("東京", search::SearchOptions::default())
        .unwrap()
        .is_empty());
    store.restore_conversation(keep.id).unwrap();
    drop(store);
    let store = Store::open_in(dir.path()).unwrap();
    let left: Vec<String> = store
        .list_conversations()
        .unwrap()
        .into_iter()
        .map(|c| c.title)
        .collect();
    assert_eq!(left, ["keep"]);
    assert_eq!(
        store.restore_conversation(gone.id).unwrap_err().code(),
        "conversation-not-found"
    );
    let rows: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM messages", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 0, "purged with its messages");
}

#[test]
fn regenerated_answers_and_edited_questions_are_alternatives() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    let c = store.create_conversation("t", None, None).unwrap();
    let q1 = store.add_message(c.id, message(None, "user", "Q")).unwrap();
    let a1 = store
        .add_message(c.id, message(Some(q1.id), "assistant", "A1"))
        .unwrap();
    let q2 = store
        .add_message(c.id, message(Some(a1.id), "user", "follow-up"))
        .unwrap();
    store
        .add_message(
            c.id,
            message(Some(q2.id), "assistant", "A1 follow-up answer"),
        )
        .unwrap();
    // Regenerate A1: a sibling, shown; the follow-up stays on A1's branch.
    let a2 = store
        .add_message(c.id, message(Some(q1.id), "assistant", "A2"))
        .unwrap();
    let thread = store.thread(c.id).unwrap();
    assert_eq!(texts(&thread), ["Q", "A2"]);
    assert_eq!(thread[1].alternatives, [a1.id, a2.id]);
    // Flip back: A1's branch comes back whole.
    let thread = store.choose_alternative(a1.id).unwrap();
    assert_eq!(
        texts(&thread),
        ["Q", "A1", "follow-up", "A1 follow-up answer"]
    );
    // Edit the question: a sibling of Q with its own reply.
    let q1b = store
        .add_message(c.id, message(None, "user", "Q edited"))
        .unwrap();
    store
        .add_message(c.id, message(Some(q1b.id), "assistant", "B"))
        .unwrap();
    let thread = store.thread(c.id).unwrap();
    assert_eq!(texts(&thread), ["Q edited", "B"]);
    assert_eq!(thread[0].alternatives, [q1.id, q1b.id]);
    // Choosing a message deep in another branch (a search hit) shows its whole path.
    let thread = store.choose_alternative(q2.id).unwrap();
    assert_eq!(
        texts(&thread),
        ["Q", "A1", "follow-up", "A1 follow-up answer"]
    );
    // Deleting A1 takes its branch with it and shows A2.
    store.delete_message(a1.id).unwrap();
    let thread = store.thread(c.id).unwrap();
    assert_eq!(texts(&thread), ["Q", "A2"]);
    assert_eq!(thread[1].alternatives, [a2.id]);
    assert_eq!(store.all_messages(c.id).unwrap().len(), 4);
}

#[test]
fn a_long_conversation_deletes_without_hitting_trigger_depth() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    let c = store.create_conversation("long", None, None).unwrap();
    let mut parent = None;
    let mut first = None;
    for i in 0..1500 {
        let m = store
            .add_message(c.id, message(parent, "user", &format!("m{i}")))
            .unwrap();
        first.get_or_insert(m.id);
        parent = Some(m.id);
    }
    assert_eq!(store.thread(c.id).unwrap().len(), 1500);
    store.delete_message(first.unwrap()).unwrap();
    assert!(store.thread(c.id).unwrap().is_empty());
    store
        .add_message(c.id, message(None, "user", "again"))
        .unwrap();
    store.delete_conversation(c.id).unwrap();
    store.purge_deleted().unwrap();
}

#[test]
fn migrations_from_empty_match_the_schema_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    let conn = store.conn();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    let mut stmt = conn
        .prepare(
            "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name",
        )
        .unwrap();
    let schema: Vec<String> = stmt
        .query_map([], |r| {
            Ok(format!(
                "{} {}: {}",
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?
            ))
        })
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let schema = schema.join("\n") + "\n";
    let snapshot = concat!(env!("CARGO_MANIFEST_DIR"), "/src/store/schema.snapshot");
    if std::env::var_os("HEARTH_UPDATE_SNAPSHOT").is_some() {
        std::fs::write(snapshot, &schema).unwrap();
    }
    assert_eq!(
        schema,
        std::fs::read_to_string(snapshot).unwrap(),
        "schema changed: review it, then rerun with HEARTH_UPDATE_SNAPSHOT=1"
    );
    let fk: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(fk, 0);
}

#[test]
fn a_version_three_database_migrates_to_one_branch_per_conversation() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        migrations::migrate_to(&mut conn, 3).unwrap();
        conn.execute_batch(
            "INSERT INTO conversations (id, title, created_at, updated_at) VALUES (1, 'old', 1, 2);
             INSERT INTO messages (conversation_id, role, content, created_at, updated_at) VALUES
               (1, 'user', 'Q', 1, 1), (1, 'assistant', 'A', 2, 2), (1, 'user', 'Q2', 3, 3);",
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let thread = store.thread(1).unwrap();
    assert_eq!(texts(&thread), ["Q", "A", "Q2"]);
    assert_eq!(thread[2].message.parent_id, Some(thread[1].message.id));
    assert_eq!(store.conversation(1).unwrap().uid.len(), 32);
}

#[test]
fn a_full_disk_is_a_clear_error_loses_nothing_and_recovers() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    let c = store.create_conversation("full", None, None).unwrap();
    let first = store
        .add_message(c.id, message(None, "user", "before the disk filled"))
        .unwrap();
    let pages: i64 = store
        .conn()
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    store
        .conn()
        .pragma_update(None, "max_page_count", pages + 2)
        .unwrap();
    let big = "長い文章。".repeat(4000);
    let mut parent = first.id;
    let err = loop {
        match store.add_message(c.id, message(Some(parent), "user", &big)) {
            Ok(m) => parent = m.id,
            Err(err) => break err,
        }
    };
    assert_eq!(err.code(), "disk-full");
    let integrity: String = store
        .conn()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    assert_eq!(
        store.message(first.id).unwrap().content,
        "before the disk filled"
    );
    // Space comes back: the same store works again, nothing to restart.
    store
        .conn()
        .pragma_update(None, "max_page_count", 1_000_000)
        .unwrap();
    store
        .add_message(c.id, message(Some(parent), "user", &big))
        .unwrap();
}

#[test]
fn a_corrupt_database_is_kept_aside_and_the_newest_good_backup_restored() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    let backup = {
        let store = Store::open(&path).unwrap();
        let c = store.create_conversation("saved", None, None).unwrap();
        store
            .add_message(c.id, message(None, "user", "東京タワーに行きたい"))
            .unwrap();
        let older = store.backup_now().unwrap();
        store
            .add_message(c.id, message(None, "user", "in the newest backup"))
            .unwrap();
        let newest = store.backup_now().unwrap();
        assert_eq!(store.backups(), [newest.clone(), older]);
        store
            .add_message(c.id, message(None, "user", "after the backup"))
            .unwrap();
        newest
    };
    // Damage the file: overwrite the pages after the header with garbage.
    let mut bytes = std::fs::read(&path).unwrap();
    for b in bytes.iter_mut().skip(100) {
        *b = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();

    let store = Store::open(&path).unwrap();
    let recovery = store.recovery().expect("recovery reported").clone();
    assert_eq!(recovery.restored_from.as_deref(), Some(backup.as_path()));
    assert_eq!(
        std::fs::read(&recovery.corrupt_path).unwrap(),
        bytes,
        "kept aside as it was"
    );
    let c = &store.list_conversations().unwrap()[0];
    let texts: Vec<String> = store
        .all_messages(c.id)
        .unwrap()
        .into_iter()
        .map(|m| m.content)
        .collect();
    assert_eq!(texts, ["東京タワーに行きたい", "in the newest backup"]);
    assert_eq!(
        store
            .search("東京", search::SearchOptions::default())
            .unwrap()
            .len(),
        1,
        "the search index came back too"
    );
    drop(store);
    assert!(Store::open(&path).unwrap().recovery().is_none());
}

#[test]
fn a_corrupt_database_without_backups_starts_empty_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    std::fs::write(&path, b"this is not a database, just text ".repeat(200)).unwrap();
    let store = Store::open(&path).unwrap();
    let recovery = store.recovery().unwrap();
    assert_eq!(recovery.restored_from, None);
    assert!(recovery.corrupt_path.exists());
    assert!(store.list_conversations().unwrap().is_empty());
}

#[test]
fn backups_rotate_and_are_taken_when_due() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    assert!(store.backup_if_due().unwrap().is_some(), "none yet: due");
    assert!(store.backup_if_due().unwrap().is_none(), "fresh: not due");
    for _ in 0..KEEP_BACKUPS + 3 {
        store.backup_now().unwrap();
    }
    let kept = store.backups();
    assert_eq!(kept.len(), KEEP_BACKUPS);
    let mut sorted = kept.clone();
    sorted.sort();
    sorted.reverse();
    assert_eq!(kept, sorted, "newest first");
    let names: Vec<_> = std::fs::read_dir(store.backup_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        names.len(),
        KEEP_BACKUPS,
        "no partial files left: {names:?}"
    );
}

#[test]
fn a_locked_database_is_a_clear_error_and_works_once_released() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    let c = store.create_conversation("locked", None, None).unwrap();
    store
        .conn()
        .busy_timeout(std::time::Duration::from_millis(100))
        .unwrap();
    let other = rusqlite::Connection::open(store.path()).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let err = store
        .add_message(c.id, message(None, "user", "draft"))
        .unwrap_err();
    assert_eq!(err.code(), "database-locked");
    other.execute_batch("COMMIT").unwrap();
    store
        .add_message(c.id, message(None, "user", "draft"))
        .unwrap();
}

#[test]
fn a_second_process_does_not_interrupt_a_live_reply() {
    let dir = tempfile::tempdir().unwrap();
    let app = Store::open_in(dir.path()).unwrap();
    let c = app.create_conversation("live", None, None).unwrap();
    let reply = app.add_message(c.id, streaming_reply(None)).unwrap();
    // e.g. `hearth conversations export` while the app streams: the reply stays streaming.
    let cli = Store::open_in(dir.path()).unwrap();
    assert_eq!(
        cli.message(reply.id).unwrap().state,
        MessageState::Streaming
    );
    drop(cli);
    drop(app);
    // Nobody has it open any more: now it is a reply cut off by a crash.
    let next = Store::open_in(dir.path()).unwrap();
    assert_eq!(
        next.message(reply.id).unwrap().state,
        MessageState::Interrupted
    );
}
