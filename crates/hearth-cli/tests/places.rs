//! Where a real run keeps its data: the OS's folders under a home folder named in Japanese,
//! and portable mode (a copy of the program with a `portable` marker and the real default model
//! beside it, as on a USB stick), which writes nothing into the home folder.

#![allow(clippy::unwrap_used)] // A test that cannot go on should panic, with the error shown.

use std::path::Path;
use std::process::{Command, Output};

use hearth_core::catalog::Catalog;

/// Runs `program` with a clean environment: only `HOME`, a UTF-8 locale and `PATH`.
fn run(program: &Path, home: &Path, args: &[&str]) -> Output {
    Command::new(program)
        .args(args)
        .env_clear()
        .env("HOME", home)
        .env("LANG", "ja_JP.UTF-8")
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .output()
        .unwrap()
}

fn files_under(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                found.push(
                    path.strip_prefix(dir.as_path())
                        .unwrap()
                        .display()
                        .to_string(),
                );
            }
        }
    }
    found
}

#[test]
fn os_folders_under_a_japanese_home_folder() {
    let root = tempfile::tempdir().unwrap();
    let home = root.path().join("ユーザー").join("田中");
    std::fs::create_dir_all(&home).unwrap();
    let out = run(
        Path::new(env!("CARGO_BIN_EXE_hearth")),
        &home,
        &["conversations", "backup"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let data = home.join(".local/share/hearth");
    assert!(
        data.join("hearth.sqlite3").is_file(),
        "{:?}",
        files_under(&home)
    );
    assert!(std::fs::read_dir(data.join("backups")).unwrap().count() >= 1);
}

#[test]
fn portable_mode_answers_from_the_stick_and_leaves_home_alone() {
    let default = Catalog::builtin().resolve(None).unwrap();
    default.check_present().unwrap();
    let root = tempfile::tempdir().unwrap();
    let stick = root.path().join("USB ドライブ").join("Hearth");
    let home = root.path().join("home");
    std::fs::create_dir_all(stick.join("models")).unwrap();
    std::fs::create_dir_all(&home).unwrap();
    let program = stick.join("hearth");
    std::fs::copy(env!("CARGO_BIN_EXE_hearth"), &program).unwrap();
    std::os::unix::fs::symlink(
        &default.path,
        stick.join("models").join(default.path.file_name().unwrap()),
    )
    .unwrap();

    // Without the marker the copy looks in the home folder and finds no model there.
    let missing = run(&program, &home, &["chat", "--no-save", "こんにちは"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("model-missing"));
    std::fs::remove_dir_all(&home).unwrap();
    std::fs::create_dir_all(&home).unwrap();

    std::fs::write(stick.join("portable"), "").unwrap();
    let out = run(
        &program,
        &home,
        &[
            "chat",
            "--max-tokens",
            "8",
            "--temperature",
            "0",
            "日本の首都は？",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!String::from_utf8(out.stdout).unwrap().trim().is_empty());
    assert!(stick.join("data").join("hearth.sqlite3").is_file());
    assert_eq!(
        files_under(&home),
        Vec::<String>::new(),
        "nothing written at home"
    );
}
