//! A writer killed at random moments loses nothing it acknowledged. The child is this test
//! binary again (`child_writer`), streaming replies into the store the way the app does
//! (user message, reply saved in batches, finished); it prints a line after each commit.
//! The parent SIGKILLs it at a random moment, reopens the store and checks every
//! acknowledged message, then starts the next child on the same database.

#![allow(clippy::unwrap_used)] // A test that cannot go on should panic, with the error shown.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use hearth_core::store::{MessageState, NewMessage, Store};

const CHILD_DIR: &str = "HEARTH_KILL_TEST_DIR";
/// Kills per run; `HEARTH_KILLS` overrides (the closing numbers used the default).
const KILLS: usize = 200;
const PIECE: &str = "東京タワー tok ";

/// The child: writes forever, acknowledging each commit on stdout.
#[test]
#[ignore = "run by killing_the_writer_at_random_moments_loses_nothing"]
fn child_writer() {
    let Some(dir) = std::env::var_os(CHILD_DIR) else {
        return;
    };
    let store = Store::open_in(Path::new(&dir)).unwrap();
    let conversation = match store.list_conversations().unwrap().first() {
        Some(c) => c.id,
        None => {
            store
                .create_conversation("kill test", None, None)
                .unwrap()
                .id
        }
    };
    let mut parent = store
        .thread(conversation)
        .unwrap()
        .last()
        .map(|m| m.message.id);
    for turn in 0.. {
        let text = format!("question {turn} 猫");
        let user = store
            .add_message(
                conversation,
                NewMessage {
                    parent_id: parent,
                    role: "user",
                    content: &text,
                    state: MessageState::Complete,
                },
            )
            .unwrap();
        println!("user {} {text}", user.id);
        let reply = store
            .add_message(
                conversation,
                NewMessage {
                    parent_id: Some(user.id),
                    role: "assistant",
                    content: "",
                    state: MessageState::Streaming,
                },
            )
            .unwrap();
        println!("reply {}", reply.id);
        let mut content = String::new();
        for _ in 0..5 {
            for _ in 0..8 {
                content.push_str(PIECE);
            }
            store.save_partial(reply.id, &content).unwrap();
            println!("partial {} {}", reply.id, content.len());
            std::thread::sleep(Duration::from_millis(2));
        }
        store
            .finish_message(reply.id, &content, MessageState::Complete, None)
            .unwrap();
        println!("done {} {}", reply.id, content.len());
        parent = Some(reply.id);
    }
}

/// What the children acknowledged, by message id.
#[derive(Default)]
struct Acknowledged {
    users: HashMap<i64, String>,
    /// Reply id → the longest content length acknowledged, and whether it was finished.
    replies: HashMap<i64, (usize, bool)>,
}

impl Acknowledged {
    /// Records `line` if it acknowledges a commit (the test runner prints lines of its own);
    /// returns whether it did.
    fn record(&mut self, line: &str) -> bool {
        let mut words = line.splitn(3, ' ');
        let (Some(kind), Some(id)) = (words.next(), words.next()) else {
            return false;
        };
        let Ok(id) = id.parse::<i64>() else {
            return false;
        };
        let rest = words.next().unwrap_or_default();
        match kind {
            "user" => {
                self.users.insert(id, rest.to_owned());
            }
            "reply" => {
                self.replies.entry(id).or_default();
            }
            "partial" => self.replies.entry(id).or_default().0 = rest.parse().unwrap(),
            "done" => *self.replies.entry(id).or_default() = (rest.parse().unwrap(), true),
            _ => return false,
        }
        true
    }
}

/// A small deterministic generator for the kill moments (xorshift).
fn next_random(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

/// Reopens the store as the next start would and checks it against what was acknowledged.
/// Returns how many replies are marked interrupted.
fn check(dir: &Path, acked: &Acknowledged) -> usize {
    let store = Store::open_in(dir).unwrap();
    let conn = rusqlite::Connection::open(store.path()).unwrap();
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    let streaming: i64 = conn
        .query_row(
            "SELECT count(*) FROM messages WHERE state = 'streaming'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(streaming, 0, "a cut-off reply must be marked interrupted");
    for (id, text) in &acked.users {
        let found = store.message(*id).unwrap();
        assert_eq!(&found.content, text, "user message {id}");
    }
    for (id, (len, done)) in &acked.replies {
        let found = store.message(*id).unwrap();
        assert!(found.content.len() >= *len, "reply {id} lost saved text");
        assert!(found.content.chars().all(|c| PIECE.contains(c)));
        if *done {
            assert_eq!(found.state, MessageState::Complete, "reply {id}");
        } else {
            // Finished but killed before saying so, or cut off.
            assert!(
                matches!(
                    found.state,
                    MessageState::Complete | MessageState::Interrupted
                ),
                "reply {id} is {:?}",
                found.state
            );
        }
    }
    // A child killed before its first commit may have left no conversation at all.
    store
        .list_conversations()
        .unwrap()
        .iter()
        .flat_map(|c| store.thread(c.id).unwrap())
        .filter(|m| m.message.state == MessageState::Interrupted)
        .count()
}

#[test]
fn killing_the_writer_at_random_moments_loses_nothing() {
    let kills: usize = std::env::var("HEARTH_KILLS")
        .ok()
        .and_then(|k| k.parse().ok())
        .unwrap_or(KILLS);
    let dir = tempfile::tempdir().unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut acked = Acknowledged::default();
    let mut random = 0x9E37_79B9_7F4A_7C15_u64;
    let started = Instant::now();
    for _ in 0..kills {
        let mut child = Command::new(&exe)
            .args(["child_writer", "--exact", "--ignored", "--nocapture"])
            .env(CHILD_DIR, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (lines, received) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if lines.send(line).is_err() {
                    break;
                }
            }
        });
        // Wait for the child's first commit (not the test runner's "running 1 test"), then
        // kill it 0–60 ms later.
        let deadline = Instant::now() + Duration::from_secs(20);
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match received.recv_timeout(left) {
                Ok(line) if acked.record(&line) => break,
                Ok(_) => {}
                Err(_) => break,
            }
        }
        std::thread::sleep(Duration::from_millis(next_random(&mut random) % 60));
        child.kill().unwrap();
        child.wait().unwrap();
        reader.join().unwrap();
        // Lines written before the kill are still in the pipe: each one is a commit the
        // child saw succeed.
        for line in received.try_iter() {
            acked.record(&line);
        }
        check(dir.path(), &acked);
    }
    let interrupted_seen = check(dir.path(), &acked);
    let total = acked.users.len() + acked.replies.len();
    eprintln!(
        "kill test: {kills} kills in {:.1} s, {total} messages acknowledged \
         ({} user, {} replies), {interrupted_seen} replies cut off and marked interrupted, 0 lost",
        started.elapsed().as_secs_f64(),
        acked.users.len(),
        acked.replies.len(),
    );
    assert!(
        total > kills,
        "the children wrote too little to prove anything"
    );
    assert!(interrupted_seen > 0, "no kill ever landed mid-reply");
}
