//! Every malformed model file of the synthetic corpus through `hearth chat --model FILE`, as a
//! user would hit it: a translated error, a non-zero exit, no panic, and no allocation
//! beyond a 2 GiB address-space ceiling (a file that made Hearth ask for what it claims, not
//! what it holds, would abort there).

#![allow(clippy::unwrap_used)] // A test that cannot go on should panic, with the error shown.

use std::process::Command;

use hearth_core::inference::testing::synthetic::{defects, TinyGguf};

const ADDRESS_SPACE_KIB: u32 = 2 << 20;

fn chat(model: &std::path::Path, data: &std::path::Path, lang: &str) -> std::process::Output {
    Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -v {ADDRESS_SPACE_KIB} && exec \"$0\" \"$@\""
        ))
        .arg(env!("CARGO_BIN_EXE_hearth"))
        .args(["chat", "--no-save", "--max-tokens", "4", "--model"])
        .arg(model)
        .arg("hello")
        .env("HEARTH_DATA_DIR", data)
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap()
}

#[test]
fn the_tiny_valid_model_answers_under_the_same_ceiling() {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("tiny.gguf");
    std::fs::write(&model, TinyGguf::qwen2().to_bytes()).unwrap();
    let output = chat(&model, dir.path(), "C");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn every_malformed_model_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let defects = defects();
    assert!(defects.len() >= 25, "{} defects", defects.len());
    for (i, (name, bytes)) in defects.into_iter().enumerate() {
        let model = dir.path().join(format!("defect-{i}.gguf"));
        std::fs::write(&model, bytes).unwrap();
        let lang = if i % 2 == 0 { "C" } else { "ja_JP.UTF-8" };
        let output = chat(&model, dir.path(), lang);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{name}: {stderr}");
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        assert!(!stderr.contains("memory allocation"), "{name}: {stderr}");
        let expected = if lang == "C" { "model" } else { "モデル" };
        assert!(stderr.contains(expected), "{name} in {lang}: {stderr}");
    }
}
