//! Encrypting the conversations from the command line: the passphrase comes on stdin (as a
//! script would give it), the real model answers into the encrypted store, a wrong
//! passphrase is a translated error that changes nothing, and decrypting brings it back.

#![allow(clippy::unwrap_used)] // A test that cannot go on should panic, with the error shown.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn hearth(data_dir: &Path, stdin: &str, lang: &str, args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hearth"))
        .args(args)
        .env("HEARTH_DATA_DIR", data_dir)
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn ok(output: Output) -> String {
    assert!(
        output.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn bytes_under(dir: &Path) -> Vec<u8> {
    let mut all = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            all.extend(bytes_under(&path));
        } else {
            all.extend(std::fs::read(&path).unwrap());
        }
    }
    all
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
fn encrypt_chat_wrong_passphrase_and_decrypt() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path();
    let secret = "しーくれっと passphrase";
    let prompt = "Say the word Kyoto.";
    ok(hearth(dir, "", "C", &["conversations", "backup"]));
    ok(hearth(
        dir,
        &format!("{secret}\n"),
        "C",
        &["conversations", "encrypt"],
    ));

    let reply = ok(hearth(
        dir,
        &format!("{secret}\n"),
        "C",
        &["chat", "--temperature", "0", "--max-tokens", "8", prompt],
    ));
    assert!(!reply.trim().is_empty());
    let disk = bytes_under(dir);
    assert!(
        !contains(&disk, prompt),
        "the prompt is on disk in plain text"
    );
    assert!(!contains(&disk, secret), "the passphrase is on disk");

    let before = std::fs::read(dir.join("hearth.sqlite3")).unwrap();
    let wrong = hearth(dir, "wrong\n", "ja_JP.UTF-8", &["conversations", "list"]);
    assert_eq!(wrong.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&wrong.stderr);
    assert!(stderr.contains("パスフレーズ"), "{stderr}");
    assert!(!stderr.contains("ERROR"), "SQLCipher logged: {stderr}");
    let after = std::fs::read(dir.join("hearth.sqlite3")).unwrap();
    let listing: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(
        after == before,
        "a wrong passphrase changed the file ({listing:?})"
    );

    let listed = ok(hearth(
        dir,
        &format!("{secret}\n"),
        "C",
        &["conversations", "list", "--json"],
    ));
    assert!(listed.contains("Kyoto"), "{listed}");

    ok(hearth(
        dir,
        &format!("{secret}\n"),
        "C",
        &["conversations", "decrypt"],
    ));
    let listed = ok(hearth(dir, "", "C", &["conversations", "list", "--json"]));
    assert!(listed.contains("Kyoto"), "{listed}");
}
