//! The log file after a real conversation on the real default model: it says what happened
//! (the store opened, the model loaded, a reply generated with its token counts) and holds no
//! word of the question or the answer. Its own test binary: the log is set up once a process.

#![allow(clippy::unwrap_used)] // A test that cannot go on should panic, with the error shown.

use std::sync::{mpsc, Arc};
use std::time::Duration;

use hearth_core::catalog::Catalog;
use hearth_core::chat::{Chat, ChatRequest, Receipt};
use hearth_core::inference::{GenerationStats, ReplySink, SamplingParams, Worker};
use hearth_core::store::Store;
use hearth_core::{logs, Error};

struct Collect(
    String,
    mpsc::Sender<(String, Result<GenerationStats, Error>)>,
);

impl ReplySink for Collect {
    fn text(&mut self, delta: &str) {
        self.0.push_str(delta);
    }

    fn done(self: Box<Self>, outcome: Result<GenerationStats, Error>) {
        self.1.send((self.0, outcome)).unwrap();
    }
}

#[test]
fn the_log_after_a_real_conversation_holds_no_message_text() {
    let model = Catalog::builtin().resolve(None).unwrap();
    if let Err(err) = model.check_present() {
        panic!("{err}. Run `python3 models/fetch.py` (./dev test does) before these tests.");
    }
    let dir = tempfile::tempdir().unwrap();
    let log = logs::init(dir.path(), "hearth-test", false).unwrap();
    let store = Arc::new(Store::open_in(dir.path()).unwrap());
    let chat = Chat::new(store, Worker::spawn().unwrap(), "ja");
    let question = "秘密の合言葉は「ひまわり七号」です。日本の首都はどこですか？";
    let (tx, rx) = mpsc::channel();
    chat.send(
        ChatRequest {
            conversation_id: None,
            text: question.into(),
            model,
            system_prompt: None,
            params: Some(SamplingParams {
                temperature: 0.0,
                max_tokens: 24,
                ..Default::default()
            }),
            save: true,
        },
        move |_: &Receipt| Box::new(Collect(String::new(), tx)) as Box<dyn ReplySink>,
    )
    .unwrap();
    let (reply, outcome) = rx.recv_timeout(Duration::from_secs(300)).unwrap();
    let stats = outcome.unwrap();
    assert!(!reply.trim().is_empty());

    let written = std::fs::read_to_string(&log).unwrap();
    for event in ["started", "store opened", "model loaded", "reply generated"] {
        assert!(
            written.contains(event),
            "no “{event}” in the log:\n{written}"
        );
    }
    assert!(
        written.contains(&format!("completion_tokens={}", stats.completion_tokens)),
        "{written}"
    );
    for secret in ["ひまわり", "首都", "秘密"] {
        assert!(
            !written.contains(secret),
            "the question is in the log:\n{written}"
        );
    }
    // Every run of three or more characters of the reply (words, not single letters).
    for word in reply.split_whitespace().filter(|w| w.chars().count() >= 3) {
        assert!(
            !written.contains(word),
            "the reply's “{word}” is in the log"
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&log).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "the log is readable by others: {mode:o}");
    }
}
