//! Conversations on the real default model, through the same `Chat` service the app uses:
//! send, regenerate (kept as alternatives), edit-and-resend (a new branch), export.

#![allow(clippy::unwrap_used)] // A test that cannot go on should panic, with the error shown.

use std::sync::{mpsc, Arc};
use std::time::Duration;

use hearth_core::catalog::Catalog;
use hearth_core::chat::{Chat, ChatRequest, Receipt};
use hearth_core::inference::{FinishReason, GenerationStats, ReplySink, SamplingParams, Worker};
use hearth_core::store::{ConversationSettings, MessageState, Store};
use hearth_core::Error;

struct Done(mpsc::Sender<Result<GenerationStats, Error>>);

impl ReplySink for Done {
    fn text(&mut self, _: &str) {}

    fn done(self: Box<Self>, outcome: Result<GenerationStats, Error>) {
        self.0.send(outcome).unwrap();
    }
}

type Outcome = mpsc::Receiver<Result<GenerationStats, Error>>;

fn sink() -> (impl FnOnce(&Receipt) -> Box<dyn ReplySink>, Outcome) {
    let (tx, rx) = mpsc::channel();
    (move |_: &_| Box::new(Done(tx)) as Box<dyn ReplySink>, rx)
}

fn wait(rx: Outcome) -> GenerationStats {
    rx.recv_timeout(Duration::from_secs(300)).unwrap().unwrap()
}

#[test]
fn regenerate_and_edit_keep_every_version_on_the_real_model() {
    let model = Catalog::builtin().resolve(None).unwrap();
    if let Err(err) = model.check_present() {
        panic!("{err}. Run `python3 models/fetch.py` (./dev test does) before these tests.");
    }
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(Store::open_in(dir.path()).unwrap());
    let chat = Chat::new(store.clone(), Worker::spawn().unwrap(), "ja");
    let params = SamplingParams {
        temperature: 0.0,
        max_tokens: 24,
        ..Default::default()
    };

    let (make_sink, rx) = sink();
    let receipt = chat
        .send(
            ChatRequest {
                conversation_id: None,
                text: "日本の首都はどこですか？一文で答えてください。".into(),
                model: model.clone(),
                system_prompt: None,
                params: Some(params.clone()),
                save: true,
            },
            make_sink,
        )
        .unwrap();
    wait(rx);
    let conversation = receipt.conversation_id.unwrap();
    // The conversation's own settings govern regenerate and edit (short, greedy here).
    store
        .set_conversation_settings(
            conversation,
            &ConversationSettings {
                sampling: Some(params),
                ..Default::default()
            },
        )
        .unwrap();
    let first = store.thread(conversation).unwrap();
    assert_eq!(first.len(), 2);
    assert!(first[1].message.content.contains("東京"), "{first:?}");

    // Regenerate: a second answer beside the first, which is kept.
    let (make_sink, rx) = sink();
    let regenerated = chat
        .regenerate(first[1].message.id, model.clone(), make_sink)
        .unwrap();
    assert_eq!(regenerated.user_message_id, None);
    wait(rx);
    let thread = store.thread(conversation).unwrap();
    assert_eq!(thread.len(), 2);
    assert_eq!(
        thread[1].alternatives,
        [first[1].message.id, regenerated.reply_message_id.unwrap()]
    );
    assert_eq!(thread[1].message.state, MessageState::Complete);
    assert!(!thread[1].message.content.is_empty());
    assert_eq!(
        store.message(first[1].message.id).unwrap().content,
        first[1].message.content
    );

    // Edit the question: a new branch with its own answer; the old one stays reachable.
    let (make_sink, rx) = sink();
    chat.edit(
        first[0].message.id,
        "What is the capital of France? Answer in one sentence.",
        model,
        make_sink,
    )
    .unwrap();
    wait(rx);
    let thread = store.thread(conversation).unwrap();
    assert_eq!(thread[0].alternatives.len(), 2);
    assert!(thread[1].message.content.contains("Paris"), "{thread:?}");
    let old_branch = store.choose_alternative(first[0].message.id).unwrap();
    assert!(
        old_branch[1].message.content.contains("東京"),
        "{old_branch:?}"
    );
    assert_eq!(old_branch[1].alternatives.len(), 2);
}

#[test]
fn the_default_sampling_governs_conversations_without_their_own() {
    let model = Catalog::builtin().resolve(None).unwrap();
    model.check_present().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(Store::open_in(dir.path()).unwrap());
    let chat = Chat::new(store.clone(), Worker::spawn().unwrap(), "en-US");
    store
        .set_default_sampling(Some(&SamplingParams {
            temperature: 0.0,
            max_tokens: 5,
            ..Default::default()
        }))
        .unwrap();
    let question = "Write a long story about a cat who learns to cook.";
    let (make_sink, rx) = sink();
    let receipt = chat
        .send(
            ChatRequest {
                conversation_id: None,
                text: question.into(),
                model: model.clone(),
                system_prompt: None,
                params: None,
                save: true,
            },
            make_sink,
        )
        .unwrap();
    let stats = wait(rx);
    assert_eq!(stats.completion_tokens, 5, "{stats:?}");
    assert_eq!(stats.finish_reason, FinishReason::Length);

    // A regenerated answer follows the defaults too; the conversation's own settings win.
    let thread = store.thread(receipt.conversation_id.unwrap()).unwrap();
    let (make_sink, rx) = sink();
    chat.regenerate(thread[1].message.id, model.clone(), make_sink)
        .unwrap();
    assert_eq!(wait(rx).completion_tokens, 5);
    store
        .set_conversation_settings(
            receipt.conversation_id.unwrap(),
            &ConversationSettings {
                sampling: Some(SamplingParams {
                    max_tokens: 3,
                    ..Default::default()
                }),
                ..Default::default()
            },
        )
        .unwrap();
    let (make_sink, rx) = sink();
    chat.regenerate(thread[1].message.id, model, make_sink)
        .unwrap();
    assert_eq!(wait(rx).completion_tokens, 3);
}

/// Sends `text` (in `conversation`, or a new one) greedily; the stats and the reply's text.
fn ask(chat: &Chat, conversation: Option<i64>, text: &str) -> (GenerationStats, i64, String) {
    let model = Catalog::builtin().resolve(None).unwrap();
    let (make_sink, rx) = sink();
    let receipt = chat
        .send(
            ChatRequest {
                conversation_id: conversation,
                text: text.into(),
                model,
                system_prompt: None,
                params: Some(SamplingParams {
                    temperature: 0.0,
                    max_tokens: 24,
                    ..Default::default()
                }),
                save: true,
            },
            make_sink,
        )
        .unwrap();
    let stats = wait(rx);
    let id = receipt.conversation_id.unwrap();
    let reply = chat
        .store()
        .message(receipt.reply_message_id.unwrap())
        .unwrap()
        .content;
    (stats, id, reply)
}

#[test]
fn a_follow_up_runs_only_its_new_tokens_and_answers_as_a_cold_run_would() {
    let first = "Name three fruits, comma separated.";
    let second = "Which of them is yellow? One word.";

    let dir = tempfile::tempdir().unwrap();
    let chat = Chat::new(
        Arc::new(Store::open_in(dir.path()).unwrap()),
        Worker::spawn().unwrap(),
        "en-US",
    );
    let (one, id, _) = ask(&chat, None, first);
    assert_eq!(one.reused_tokens, 0);
    let (two, _, warm) = ask(&chat, Some(id), second);
    assert!(
        two.reused_tokens >= one.prompt_tokens,
        "the first turn's {} prompt tokens are cached, {} reused",
        one.prompt_tokens,
        two.reused_tokens
    );
    assert!(two.reused_tokens < two.prompt_tokens);

    // The same conversation answered by an engine whose cache is empty.
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(Store::open_in(dir.path()).unwrap());
    let first_chat = Chat::new(store.clone(), Worker::spawn().unwrap(), "en-US");
    let (_, id, _) = ask(&first_chat, None, first);
    let cold_chat = Chat::new(store, Worker::spawn().unwrap(), "en-US");
    let (cold, _, cold_reply) = ask(&cold_chat, Some(id), second);
    assert_eq!(cold.reused_tokens, 0);
    assert_eq!(cold.prompt_tokens, two.prompt_tokens);
    assert_eq!(warm, cold_reply);
}
