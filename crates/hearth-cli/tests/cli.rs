//! The `hearth` binary, run as a user would: real data dir, real model.

#![allow(clippy::unwrap_used)] // A test that cannot go on should panic, with the error shown.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

fn hearth(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hearth"))
        .args(args)
        .env("HEARTH_DATA_DIR", data_dir)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("hearth runs")
}

fn json_of(output: &Output) -> Value {
    assert!(
        output.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("one JSON object")
}

/// `hearth chat --json --temperature 0 --max-tokens N <extra…> PROMPT`.
fn greedy_chat(data_dir: &Path, max_tokens: u32, extra: &[&str], prompt: &str) -> Value {
    let max_tokens = max_tokens.to_string();
    let mut args = vec![
        "chat",
        "--json",
        "--temperature",
        "0",
        "--max-tokens",
        &max_tokens,
    ];
    args.extend_from_slice(extra);
    args.push(prompt);
    json_of(&hearth(data_dir, &args))
}

#[test]
fn chat_json_reports_reply_and_speed_and_is_saved() {
    let data = tempfile::tempdir().unwrap();
    let first = greedy_chat(
        data.path(),
        40,
        &[],
        "What is the capital of Japan? Answer in one sentence.",
    );
    assert!(
        first["reply"].as_str().unwrap().contains("Tokyo"),
        "{first}"
    );
    for key in [
        "prompt_tokens",
        "completion_tokens",
        "prefill_tok_s",
        "decode_tok_s",
    ] {
        assert!(first[key].as_f64().unwrap() > 0.0, "{key}: {first}");
    }
    assert_eq!(first["finish_reason"], "stop");
    let id = first["conversation_id"].as_i64().unwrap();

    // Continue the same conversation: the model sees the earlier turn.
    let second = greedy_chat(
        data.path(),
        40,
        &["--conversation", &id.to_string()],
        "And of France?",
    );
    assert_eq!(second["conversation_id"].as_i64(), Some(id));
    assert!(
        second["prompt_tokens"].as_u64() > first["prompt_tokens"].as_u64(),
        "{second}"
    );
    assert!(
        second["reply"].as_str().unwrap().contains("Paris"),
        "{second}"
    );

    let store = hearth_core::store::Store::open_in(data.path()).unwrap();
    let messages = store.all_messages(id).unwrap();
    assert_eq!(messages.len(), 4);
    assert_eq!(messages[1].content, first["reply"].as_str().unwrap());

    // The same data dir through `hearth conversations`.
    let shown = json_of(&hearth(
        data.path(),
        &["conversations", "show", &id.to_string(), "--json"],
    ));
    assert_eq!(shown["messages"].as_array().unwrap().len(), 4);
    let found = json_of(&hearth(
        data.path(),
        &["conversations", "search", "Paris", "--json"],
    ));
    let hits = found["hits"].as_array().unwrap();
    assert!(!hits.is_empty(), "{found}");
    assert!(hits
        .iter()
        .all(|h| h["conversation_id"].as_i64() == Some(id)));
    assert!(hits[0]["snippet"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["hit"] == true && p["text"] == "Paris"));
    let listed = json_of(&hearth(data.path(), &["conversations", "list", "--json"]));
    assert_eq!(listed["conversations"][0]["id"].as_i64(), Some(id));

    // The log says what happened, never what was said.
    let log = std::fs::read_to_string(data.path().join("logs/hearth.log")).unwrap();
    assert!(log.contains("reply generated"), "{log}");
    for text in ["capital", "Japan", "France", "Tokyo", "Paris"] {
        assert!(!log.contains(text), "“{text}” is in the log:\n{log}");
    }
}

#[test]
fn no_save_keeps_nothing() {
    let data = tempfile::tempdir().unwrap();
    let out = greedy_chat(data.path(), 4, &["--no-save"], "Hi");
    assert!(out["conversation_id"].is_null());
    let store = hearth_core::store::Store::open_in(data.path()).unwrap();
    assert!(store.list_conversations().unwrap().is_empty());
}

#[test]
fn models_list_json_names_the_installed_default() {
    let data = tempfile::tempdir().unwrap();
    let out = json_of(&hearth(data.path(), &["models", "list", "--json"]));
    let models = out["models"].as_array().unwrap();
    let default = models.iter().find(|m| m["default"] == true).unwrap();
    assert_eq!(default["architecture"], "qwen2");
    assert_eq!(default["installed"], true);
    assert!(default["path"].as_str().unwrap().ends_with(".gguf"));
}

#[test]
fn models_inspect_checks_and_describes_the_real_default_model() {
    let data = tempfile::tempdir().unwrap();
    let list = json_of(&hearth(data.path(), &["models", "list", "--json"]));
    let default = list["models"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["default"] == true)
        .unwrap()
        .clone();
    let path = default["path"].as_str().unwrap();
    let card = json_of(&hearth(data.path(), &["models", "inspect", path, "--json"]));
    assert_eq!(card["architecture"], "qwen2");
    assert_eq!(card["quantization"], "Q4_K_M");
    assert_eq!(card["file_size"], default["size"]);
    assert_eq!(card["trained_context"], 32768);
    assert_eq!(card["context_limit"], 8192);
    assert_eq!(card["chat_template"], true);
    let parameters = card["parameters"].as_u64().unwrap();
    assert!(
        // 494 M, plus the 136 M output matrix this file stores beside the tied embedding.
        (620_000_000..640_000_000).contains(&parameters),
        "{parameters}"
    );

    let shown = Command::new(env!("CARGO_BIN_EXE_hearth"))
        .args(["models", "inspect", path])
        .env("HEARTH_DATA_DIR", data.path())
        .env("LANG", "ja_JP.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    let text = String::from_utf8(shown.stdout).unwrap();
    assert!(
        text.contains("アーキテクチャ") && text.contains("Q4_K_M"),
        "{text}"
    );
}

#[test]
fn missing_model_says_how_to_fetch_it() {
    let data = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_hearth"))
        .args(["chat", "hello"])
        .env("HEARTH_DATA_DIR", data.path())
        .env("HEARTH_MODELS_DIR", data.path().join("no-models"))
        .env("LANG", "ja_JP.UTF-8")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("[model-missing]"), "{stderr}");
    assert!(stderr.contains("models/fetch.py"), "{stderr}");
    assert!(stderr.contains("見つかりません"), "{stderr}");
}

#[test]
fn malformed_model_is_a_clear_error_not_a_panic() {
    let data = tempfile::tempdir().unwrap();
    let bad = data.path().join("bad.gguf");
    std::fs::write(
        &bad,
        b"GGUF\x03\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\x7f",
    )
    .unwrap();
    let output = hearth(
        data.path(),
        &["chat", "--model", bad.to_str().unwrap(), "hello"],
    );
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("[model-malformed]"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn sampling_outside_its_limits_is_refused_by_name_and_nothing_is_saved() {
    let data = tempfile::tempdir().unwrap();
    let output = hearth(data.path(), &["chat", "--temperature", "5", "hello"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("[sampling-invalid]"), "{stderr}");
    assert!(
        stderr.contains("temperature") && stderr.contains("0-2"),
        "{stderr}"
    );
    let listed = hearth(data.path(), &["conversations", "list", "--json"]);
    assert_eq!(json_of(&listed)["conversations"], serde_json::json!([]));
}

#[test]
fn usage_errors_exit_2_with_usage() {
    let data = tempfile::tempdir().unwrap();
    let output = hearth(data.path(), &["chat", "--max-tokens", "many", "hi"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("--max-tokens"), "{stderr}");
    assert!(stderr.contains("hearth chat"), "{stderr}");
}

#[test]
fn a_reply_cut_off_by_a_kill_is_kept_and_marked_interrupted() {
    let data = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_hearth"))
        .args([
            "chat",
            "--temperature",
            "0",
            "--max-tokens",
            "400",
            "Count from 1 to 200, one number per line.",
        ])
        .env("HEARTH_DATA_DIR", data.path())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Read the database the way a second program would, without opening a Store (which
    // would run recovery), until part of the reply has been saved.
    let db = data.path().join(hearth_core::store::DATABASE_FILE);
    let partial = |db: &Path| -> Option<String> {
        let conn =
            rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                .ok()?;
        conn.query_row(
            "SELECT content FROM messages WHERE role = 'assistant' AND state = 'streaming'",
            [],
            |r| r.get::<_, String>(0),
        )
        .ok()
        .filter(|c| c.len() > 10)
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    let seen = loop {
        if let Some(text) = partial(&db) {
            break text;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no partial reply was saved"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    };
    child.kill().unwrap();
    child.wait().unwrap();

    let store = hearth_core::store::Store::open_in(data.path()).unwrap();
    let id = store.list_conversations().unwrap()[0].id;
    let messages = store.all_messages(id).unwrap();
    assert_eq!(
        messages[0].content,
        "Count from 1 to 200, one number per line."
    );
    assert_eq!(
        messages[1].state,
        hearth_core::store::MessageState::Interrupted
    );
    assert!(
        messages[1].content.starts_with(&seen),
        "{:?} vs {seen:?}",
        messages[1].content
    );
}

#[test]
fn export_import_round_trip_through_the_cli() {
    let one = tempfile::tempdir().unwrap();
    {
        let store = hearth_core::store::Store::open_in(one.path()).unwrap();
        let c = store.create_conversation("東京タワー", None, None).unwrap();
        let q = store
            .add_message(
                c.id,
                hearth_core::store::NewMessage {
                    parent_id: None,
                    role: "user",
                    content: "東京タワーの高さは？",
                    state: hearth_core::store::MessageState::Complete,
                },
            )
            .unwrap();
        store
            .add_message(
                c.id,
                hearth_core::store::NewMessage {
                    parent_id: Some(q.id),
                    role: "assistant",
                    content: "333 m です。",
                    state: hearth_core::store::MessageState::Complete,
                },
            )
            .unwrap();
    }
    let file = one.path().join("all.json");
    let file_arg = file.to_str().unwrap();
    let out = hearth(
        one.path(),
        &[
            "conversations",
            "export",
            "--format",
            "json",
            "--out",
            file_arg,
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let exported = std::fs::read(&file).unwrap();

    let two = tempfile::tempdir().unwrap();
    let first = json_of(&hearth(
        two.path(),
        &["conversations", "import", file_arg, "--json"],
    ));
    assert_eq!(first["conversations"], 1);
    assert_eq!(first["messages"], 2);
    let second = json_of(&hearth(
        two.path(),
        &["conversations", "import", file_arg, "--json"],
    ));
    assert_eq!(second["conversations"], 0);
    assert_eq!(second["skipped"], 1);
    let again = hearth(two.path(), &["conversations", "export"]);
    assert!(again.status.success());
    assert_eq!(again.stdout, exported, "byte-identical round trip");

    let md = hearth(
        two.path(),
        &["conversations", "export", "1", "--format", "md"],
    );
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.starts_with("# 東京タワー\n"), "{md}");
    assert!(md.contains("333 m です。"));

    let text = hearth(two.path(), &["conversations", "import", file_arg]);
    assert!(String::from_utf8_lossy(&text.stdout)
        .contains("Nothing new to import (1 already present)."));
    let bad = hearth(
        two.path(),
        &["conversations", "import", "/nonexistent.json"],
    );
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("[io]"));
    let backup = json_of(&hearth(two.path(), &["conversations", "backup", "--json"]));
    assert!(Path::new(backup["path"].as_str().unwrap()).exists());
}

#[test]
fn a_conversation_keeps_its_own_settings_for_the_next_reply() {
    let data = tempfile::tempdir().unwrap();
    let first = greedy_chat(data.path(), 8, &[], "Say hello.");
    let id = first["conversation_id"].as_i64().unwrap().to_string();
    let set = json_of(&hearth(
        data.path(),
        &[
            "conversations",
            "set",
            &id,
            "--max-tokens",
            "3",
            "--temperature",
            "0",
            "--system",
            "Answer in French.",
        ],
    ));
    assert_eq!(set["conversation"]["sampling"]["max_tokens"], 3);
    assert_eq!(set["conversation"]["system_prompt"], "Answer in French.");
    // No sampling options: the conversation's own apply (3 tokens at most).
    let next = json_of(&hearth(
        data.path(),
        &[
            "chat",
            "--json",
            "--conversation",
            &id,
            "Tell me a long story.",
        ],
    ));
    assert_eq!(next["completion_tokens"], 3, "{next}");
    assert_eq!(next["finish_reason"], "length");
    let reset = json_of(&hearth(
        data.path(),
        &["conversations", "set", &id, "--reset"],
    ));
    assert!(reset["conversation"]["sampling"].is_null());
    assert!(reset["conversation"]["system_prompt"].is_null());
    let unknown = hearth(
        data.path(),
        &["conversations", "set", &id, "--model", "nope"],
    );
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("[model-unknown]"));
}

/// The Language Confusion Benchmark sets kept in the repository (`tests/data/lcb`).
fn lcb(file: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/lcb");
    let path = dir.join(file);
    assert!(path.exists(), "{} is missing", path.display());
    path.to_string_lossy().into_owned()
}

#[test]
fn reply_language_is_measured_on_the_lcb_sets() {
    let data = tempfile::tempdir().unwrap();
    let (ja, vi) = (
        lcb("monolingual-native-ja.csv"),
        lcb("crosslingual-okapi-vi.csv"),
    );
    let report = json_of(&hearth(
        data.path(),
        &["eval-language", "--limit", "4", "--json", &ja, &vi],
    ));
    let sets = report["sets"].as_array().unwrap();
    assert_eq!(sets.len(), 2);
    for set in sets {
        assert_eq!(set["prompts"], 4, "{set}");
        // A small sample: at most one miss each (the full sets are in the closing notes).
        assert!(set["in_expected_language"].as_u64().unwrap() >= 3, "{set}");
        assert!(set["share"].as_f64().unwrap() >= 0.75);
    }
    // Nothing is kept: measuring does not fill the user's history.
    let listed = json_of(&hearth(data.path(), &["conversations", "list", "--json"]));
    assert!(listed["conversations"].as_array().unwrap().is_empty());
}

#[test]
fn bench_reports_llama_bench_figures_for_the_real_model() {
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "bench",
        "--json",
        "--threads",
        "2",
        "--prompt-tokens",
        "32",
        "--gen-tokens",
        "4",
        "--depth",
        "40",
        "--repetitions",
        "1",
    ];
    let report = json_of(&hearth(dir.path(), &args));
    assert_eq!(report["architecture"], "qwen2");
    assert_eq!(report["threads"], 2);
    assert_eq!(
        (
            &report["prompt_tokens"],
            &report["gen_tokens"],
            &report["depth"]
        ),
        (&Value::from(32), &Value::from(4), &Value::from(40))
    );
    for rate in ["load_s", "pp_tok_s", "tg_tok_s", "ttft_s"] {
        let value = report[rate].as_f64().unwrap();
        assert!(value.is_finite() && value > 0.0, "{rate}: {report}");
    }
    // The weights alone are 491 MB; the peak is read from the process's own status.
    let peak = report["peak_rss_bytes"].as_u64().unwrap();
    assert!(peak > 491_000_000, "{report}");
    // The models view's estimate (for a full context) covers what a short run really took.
    let default = hearth_core::catalog::Catalog::builtin()
        .resolve(None)
        .unwrap();
    let card = json_of(&hearth(
        dir.path(),
        &[
            "models",
            "inspect",
            "--json",
            default.path.to_str().unwrap(),
        ],
    ));
    let estimate = card["memory_needed"].as_u64().unwrap();
    assert!(
        peak <= estimate && estimate < 2 * peak,
        "peak {peak}, estimate {estimate}"
    );

    let too_long = hearth(dir.path(), &["bench", "--prompt-tokens", "9000"]);
    assert_eq!(too_long.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&too_long.stderr).contains("context-overflow"));
}

#[test]
fn chat_stops_before_a_stop_string() {
    let dir = tempfile::tempdir().unwrap();
    let reply = greedy_chat(
        dir.path(),
        60,
        &["--no-save", "--stop", "4", "--min-p", "0.05"],
        "Count from 1 to 10, one number per line, digits only.",
    );
    let text = reply["reply"].as_str().unwrap();
    assert_eq!(reply["finish_reason"], "stop", "{reply}");
    assert!(text.contains('3') && !text.contains('4'), "{text}");
}
