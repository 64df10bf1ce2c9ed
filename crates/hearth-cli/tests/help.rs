//! The command line itself, run as a user would: help and version, usage errors that name the
//! wrong argument, shell completions and `--verbose`, in English and Japanese. None of this
//! needs a model.

#![allow(clippy::unwrap_used)] // A test that cannot go on should panic, with the error shown.

use std::path::Path;
use std::process::{Command, Output};

use hearth_core::i18n::Localizer;

/// Runs `hearth` with the system language `lang` (a POSIX locale, as in `LANG`).
fn hearth(data_dir: &Path, lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hearth"))
        .args(args)
        .env("HEARTH_DATA_DIR", data_dir)
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap()
}

/// What a successful run printed on stdout.
fn printed(output: &Output) -> String {
    assert_eq!(
        output.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// What a usage error printed on stderr; it must exit 2 and print nothing on stdout.
fn refused(output: &Output) -> String {
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(output.stdout.is_empty(), "{output:?}");
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// Every command, with the Fluent id of its description.
const COMMANDS: &[(&[&str], &str)] = &[
    (&["chat"], "cli-about-chat"),
    (&["models"], "cli-about-models"),
    (&["models", "list"], "cli-about-models-list"),
    (&["models", "inspect"], "cli-about-models-inspect"),
    (&["models", "import"], "cli-about-models-import"),
    (&["models", "default"], "cli-about-models-default"),
    (&["models", "remove"], "cli-about-models-remove"),
    (&["conversations"], "cli-about-conversations"),
    (&["conversations", "list"], "cli-about-conversations-list"),
    (&["conversations", "show"], "cli-about-conversations-show"),
    (
        &["conversations", "search"],
        "cli-about-conversations-search",
    ),
    (
        &["conversations", "export"],
        "cli-about-conversations-export",
    ),
    (
        &["conversations", "import"],
        "cli-about-conversations-import",
    ),
    (
        &["conversations", "backup"],
        "cli-about-conversations-backup",
    ),
    (
        &["conversations", "encrypt"],
        "cli-about-conversations-encrypt",
    ),
    (
        &["conversations", "decrypt"],
        "cli-about-conversations-decrypt",
    ),
    (&["conversations", "set"], "cli-about-conversations-set"),
    (&["eval-language"], "cli-about-eval-language"),
    (&["bench"], "cli-about-bench"),
    (&["completions"], "cli-about-completions"),
    (&["help"], "cli-about-help"),
];

#[test]
fn program_help_is_translated_and_exits_0() {
    let data = tempfile::tempdir().unwrap();
    let english = printed(&hearth(data.path(), "C", &["--help"]));
    assert!(
        english.contains("Usage: hearth [OPTIONS] [COMMAND]"),
        "{english}"
    );
    assert!(english.contains("Commands:"), "{english}");
    assert!(
        english.contains("Send a message and print the reply"),
        "{english}"
    );
    assert!(english.contains("-v, --verbose"), "{english}");
    assert!(
        english.contains("Show more of what Hearth is doing"),
        "{english}"
    );
    // `hearth help` and `hearth` alone print the same.
    assert_eq!(printed(&hearth(data.path(), "C", &["help"])), english);
    assert_eq!(printed(&hearth(data.path(), "C", &[])), english);

    let japanese = printed(&hearth(data.path(), "ja_JP.UTF-8", &["--help"]));
    assert!(
        japanese.contains("使い方: hearth [オプション] [コマンド]"),
        "{japanese}"
    );
    assert!(japanese.contains("メッセージを送り"), "{japanese}");
    assert!(
        japanese.contains("Hearth の動作をより詳しく表示します"),
        "{japanese}"
    );
    assert!(!japanese.contains("Usage"), "{japanese}");
}

#[test]
fn every_command_has_its_help_in_english_and_japanese() {
    let data = tempfile::tempdir().unwrap();
    for (lang, locale) in [("en-US", "C"), ("ja", "ja_JP.UTF-8")] {
        let l10n = Localizer::new(lang);
        let usage = l10n.text("cli-help-usage", &[]);
        let help_flag = l10n.text("cli-arg-help", &[]);
        for (path, about) in COMMANDS {
            let mut args = path.to_vec();
            args.push("--help");
            let text = printed(&hearth(data.path(), locale, &args));
            let about = l10n.text(about, &[]);
            assert!(text.starts_with(&about), "{lang} {args:?}: {text}");
            let line = format!("{usage}: hearth {}", path.join(" "));
            assert!(text.contains(&line), "{lang} {args:?}: {text}");
            assert!(text.contains(&help_flag), "{lang} {args:?}: {text}");
            // `hearth help PATH` is the same text.
            let mut asked = vec!["help"];
            asked.extend_from_slice(path);
            assert_eq!(printed(&hearth(data.path(), locale, &asked)), text);
        }
    }
}

#[test]
fn command_help_names_the_options_and_their_defaults() {
    let data = tempfile::tempdir().unwrap();
    let bench = printed(&hearth(data.path(), "C", &["bench", "--help"]));
    assert!(bench.contains("--prompt-tokens <N>"), "{bench}");
    assert!(bench.contains("(default: 128)"), "{bench}");
    let chat = printed(&hearth(data.path(), "ja_JP.UTF-8", &["chat", "-h"]));
    assert!(chat.contains("--model <名前|パス>"), "{chat}");
    assert!(chat.contains("[メッセージ]..."), "{chat}");
    assert!(chat.contains("返答の最大トークン数"), "{chat}");
}

#[test]
fn version_is_printed() {
    let data = tempfile::tempdir().unwrap();
    let text = printed(&hearth(data.path(), "C", &["--version"]));
    assert_eq!(text.trim(), format!("hearth {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn an_unknown_option_exits_2_naming_it() {
    let data = tempfile::tempdir().unwrap();
    let english = refused(&hearth(data.path(), "C", &["chat", "--bogus", "hi"]));
    assert!(
        english.contains("error: Unknown option: --bogus"),
        "{english}"
    );
    assert!(english.contains("Usage: hearth chat"), "{english}");
    assert!(english.contains("hearth chat --help"), "{english}");
    let japanese = refused(&hearth(
        data.path(),
        "ja_JP.UTF-8",
        &["models", "list", "--jsn"],
    ));
    assert!(
        japanese.contains("不明なオプションです：--jsn"),
        "{japanese}"
    );
    assert!(japanese.contains("もしかして：--json"), "{japanese}");
    let command = refused(&hearth(data.path(), "C", &["chta", "hi"]));
    assert!(command.contains("Unknown command: chta"), "{command}");
    assert!(command.contains("Did you mean chat?"), "{command}");
}

#[test]
fn a_bad_value_exits_2_naming_the_option_and_the_value() {
    let data = tempfile::tempdir().unwrap();
    let text = refused(&hearth(data.path(), "C", &["bench", "--threads", "many"]));
    assert!(
        text.contains("“many” is not a valid value for --threads."),
        "{text}"
    );
    let text = refused(&hearth(
        data.path(),
        "ja_JP.UTF-8",
        &["conversations", "export", "--format", "pdf"],
    ));
    assert!(
        text.contains("「pdf」は --format の値として正しくありません。"),
        "{text}"
    );
    assert!(text.contains("指定できる値：json, md, markdown"), "{text}");
    let text = refused(&hearth(data.path(), "C", &["chat", "--seed"]));
    assert!(text.contains("--seed needs a value."), "{text}");
    let text = refused(&hearth(data.path(), "C", &["models", "inspect"]));
    assert!(text.contains("<FILE> is required."), "{text}");
}

#[test]
fn completions_are_scripts_for_hearth() {
    let data = tempfile::tempdir().unwrap();
    let bash = printed(&hearth(data.path(), "C", &["completions", "bash"]));
    assert!(bash.contains("_hearth()"), "{bash}");
    assert!(bash.contains("complete -F _hearth"), "{bash}");
    assert!(bash.contains("--prompt-tokens"), "{bash}");
    let zsh = printed(&hearth(data.path(), "C", &["completions", "zsh"]));
    assert!(zsh.starts_with("#compdef hearth"), "{zsh}");
    let text = refused(&hearth(data.path(), "C", &["completions", "tcsh"]));
    assert!(
        text.contains("“tcsh” is not a valid value for <SHELL>."),
        "{text}"
    );
}

#[test]
fn verbose_says_which_folders_are_used() {
    let data = tempfile::tempdir().unwrap();
    let quiet = hearth(data.path(), "C", &["conversations", "list", "--json"]);
    assert!(quiet.stderr.is_empty(), "{quiet:?}");
    for args in [
        &["--verbose", "conversations", "list", "--json"][..],
        &["conversations", "list", "--json", "-v"],
    ] {
        let output = hearth(data.path(), "C", args);
        let listed: serde_json::Value = serde_json::from_str(&printed(&output)).unwrap();
        assert_eq!(listed["conversations"], serde_json::json!([]));
        let stderr = String::from_utf8(output.stderr).unwrap();
        let folder = format!("Data folder: {}", data.path().display());
        assert!(stderr.contains(&folder), "{stderr}");
        assert!(stderr.contains("Models folder: "), "{stderr}");
    }
}
