//! Importing a model from a file as a user with a USB stick would: `hearth models import`,
//! then it is listed, answers by name after the original is gone, and can be removed; a
//! broken file is refused with the reason and nothing is kept.

#![allow(clippy::unwrap_used)] // A test that cannot go on should panic, with the error shown.

use std::path::Path;
use std::process::{Command, Output};

use hearth_core::inference::testing::synthetic::{defects, TinyGguf};
use serde_json::Value;

fn hearth(models: &Path, data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hearth"))
        .args(args)
        .env("HEARTH_MODELS_DIR", models)
        .env("HEARTH_DATA_DIR", data)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap()
}

fn imported_names(models: &Path, data: &Path) -> Vec<String> {
    let out = hearth(models, data, &["models", "list", "--json"]);
    assert!(out.status.success());
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    list["models"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["source"] == "imported")
        .map(|m| m["name"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn import_use_by_name_and_remove() {
    let stick = tempfile::tempdir().unwrap();
    let models = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let file = stick.path().join("tiny-chat.gguf");
    std::fs::write(&file, TinyGguf::qwen2().to_bytes()).unwrap();

    let out = hearth(
        models.path(),
        data.path(),
        &["models", "import", file.to_str().unwrap()],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let shown = String::from_utf8(out.stdout).unwrap();
    assert!(shown.contains("--model tiny-chat"), "{shown}");
    std::fs::remove_file(&file).unwrap();
    assert_eq!(imported_names(models.path(), data.path()), ["tiny-chat"]);

    let reply = hearth(
        models.path(),
        data.path(),
        &[
            "chat",
            "--no-save",
            "--max-tokens",
            "4",
            "--model",
            "tiny-chat",
            "hello",
        ],
    );
    assert!(
        reply.status.success(),
        "{}",
        String::from_utf8_lossy(&reply.stderr)
    );

    let removed = hearth(
        models.path(),
        data.path(),
        &["models", "remove", "tiny-chat"],
    );
    assert!(removed.status.success());
    assert!(imported_names(models.path(), data.path()).is_empty());
}

#[test]
fn a_broken_file_is_refused_with_its_reason() {
    let stick = tempfile::tempdir().unwrap();
    let models = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let (name, bytes) = defects()
        .into_iter()
        .find(|(n, _)| *n == "alignment 0")
        .unwrap();
    let file = stick.path().join("broken.gguf");
    std::fs::write(&file, bytes).unwrap();
    let out = hearth(
        models.path(),
        data.path(),
        &["models", "import", file.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1), "{name}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("alignment"), "{stderr}");
    assert!(imported_names(models.path(), data.path()).is_empty());
}

fn listed(models: &Path, data: &Path) -> Vec<Value> {
    let out = hearth(models, data, &["models", "list", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    list["models"].as_array().unwrap().clone()
}

fn default_of(models: &Path, data: &Path) -> String {
    let all = listed(models, data);
    let defaults: Vec<_> = all.iter().filter(|m| m["default"] == true).collect();
    assert_eq!(defaults.len(), 1, "{all:?}");
    defaults[0]["name"].as_str().unwrap().to_owned()
}

#[test]
fn the_default_model_is_chosen_used_and_never_removed() {
    let stick = tempfile::tempdir().unwrap();
    let models = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let (m, d) = (models.path(), data.path());
    for name in ["tiny-a", "tiny-b"] {
        let file = stick.path().join(format!("{name}.gguf"));
        std::fs::write(&file, TinyGguf::qwen2().to_bytes()).unwrap();
        assert!(hearth(m, d, &["models", "import", file.to_str().unwrap()])
            .status
            .success());
    }
    let catalog_default = default_of(m, d);
    assert!(
        catalog_default.starts_with("qwen2.5-coder-0.5b"),
        "{catalog_default}"
    );

    let chosen = hearth(m, d, &["models", "default", "tiny-a"]);
    assert!(
        chosen.status.success(),
        "{}",
        String::from_utf8_lossy(&chosen.stderr)
    );
    assert_eq!(default_of(m, d), "tiny-a");
    // The catalog's model is not in this models folder: the reply comes from tiny-a.
    let reply = hearth(m, d, &["chat", "--no-save", "--max-tokens", "4", "hello"]);
    assert!(
        reply.status.success(),
        "{}",
        String::from_utf8_lossy(&reply.stderr)
    );

    let refused = hearth(m, d, &["models", "remove", "tiny-a"]);
    assert_eq!(refused.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("model-is-default"), "{stderr}");
    assert!(m.join("imported/tiny-a.gguf").is_file(), "nothing deleted");

    assert!(hearth(m, d, &["models", "default", "tiny-b"])
        .status
        .success());
    assert!(hearth(m, d, &["models", "remove", "tiny-a"])
        .status
        .success());
    assert_eq!(imported_names(m, d), ["tiny-b"]);
    let unknown = hearth(m, d, &["models", "default", "no-such-model"]);
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("model-unknown"));
    assert_eq!(default_of(m, d), "tiny-b");

    // The default's file deleted behind Hearth's back: the catalog's default again.
    std::fs::remove_file(m.join("imported/tiny-b.gguf")).unwrap();
    assert_eq!(default_of(m, d), catalog_default);
}
