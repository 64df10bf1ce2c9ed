//! Searches and backups read on their own connection: a write in progress (here, the writer's
//! connection held by another thread) never makes them wait, and they never hold up a write.

use std::sync::mpsc;
use std::time::Duration;

use super::search::SearchOptions;
use super::*;

fn store_with_a_message(dir: &Path) -> Store {
    let store = Store::open_in(dir).unwrap();
    let c = store.create_conversation("東京", None, None).unwrap();
    store
        .add_message(
            c.id,
            NewMessage {
                parent_id: None,
                role: "user",
                content: "東京タワーの高さは？",
                state: MessageState::Complete,
            },
        )
        .unwrap();
    store
}

#[test]
fn a_search_and_a_backup_finish_while_a_write_holds_the_writer() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_a_message(dir.path());
    let writing = store.conn();
    let (done, finished) = mpsc::channel();
    std::thread::scope(|scope| {
        scope.spawn(|| {
            let hits = store
                .search("東京タワー", SearchOptions::default())
                .unwrap();
            let backup = store.backup_now().unwrap();
            done.send((hits.len(), backup)).unwrap();
        });
        let (hits, backup) = finished
            .recv_timeout(Duration::from_secs(10))
            .expect("the search and backup waited for the writer");
        assert_eq!(hits, 1);
        assert!(backup.is_file());
        drop(writing);
    });
}

#[test]
fn a_backup_in_progress_does_not_hold_up_a_write() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_a_message(dir.path());
    let reading = store.reader();
    let (done, finished) = mpsc::channel();
    std::thread::scope(|scope| {
        scope.spawn(|| {
            let c = store.create_conversation("Hà Nội", None, None).unwrap();
            done.send(c.id).unwrap();
        });
        finished
            .recv_timeout(Duration::from_secs(10))
            .expect("the write waited for the reader");
        drop(reading);
    });
}

#[test]
fn the_reader_follows_a_new_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_a_message(dir.path());
    store
        .set_passphrase(Some(Passphrase::new("秘密の合言葉").unwrap()))
        .unwrap();
    let hits = store
        .search("東京タワー", SearchOptions::default())
        .unwrap();
    assert_eq!(hits.len(), 1);
    assert!(store.backup_now().unwrap().is_file());
}
