use super::*;

fn english() -> Localizer {
    Localizer::new("en-US")
}

fn parse_str(line: &[&str]) -> Result<Command, Early> {
    parse(&english(), line.iter().map(|s| s.to_string())).map(|parsed| parsed.command)
}

/// The translated usage error `line` gives.
fn misuse(line: &[&str]) -> String {
    match parse_str(line) {
        Err(Early::Misuse(text)) => text,
        other => panic!("{line:?} gave {other:?}"),
    }
}

#[test]
fn the_grammar_is_consistent_in_every_language() {
    for lang in hearth_core::i18n::available() {
        command(&Localizer::new(lang)).debug_assert();
    }
}

#[test]
fn chat_with_options() {
    let Command::Chat(chat) = parse_str(&[
        "chat",
        "--temperature",
        "0",
        "--max-tokens",
        "32",
        "--json",
        "日本の首都は？",
    ])
    .unwrap() else {
        panic!("not chat")
    };
    assert_eq!(chat.temperature, Some(0.0));
    assert_eq!(chat.max_tokens, Some(32));
    assert!(chat.json);
    assert_eq!(chat.prompt, "日本の首都は？");
}

#[test]
fn prompt_words_options_after_them_and_repeated_options() {
    let Command::Chat(chat) = parse_str(&[
        "chat",
        "--seed",
        "1",
        "Hello",
        "there",
        "--stop",
        "a",
        "--stop",
        "b",
        "--seed",
        "2",
        "--",
        "--not-an-option",
    ])
    .unwrap() else {
        panic!("not chat")
    };
    assert_eq!(chat.prompt, "Hello there --not-an-option");
    assert_eq!(chat.stop, ["a", "b"]);
    assert_eq!(chat.seed, Some(2));
    let Command::Chat(chat) = parse_str(&["chat", "-5", "°C?"]).unwrap() else {
        panic!("not chat")
    };
    assert_eq!(chat.prompt, "-5 °C?");
}

#[test]
fn bad_input_is_a_usage_error_naming_the_argument() {
    assert!(misuse(&["chat"]).contains("Give the message to send"));
    assert!(misuse(&["chat", "  "]).contains("Give the message to send"));
    let text = misuse(&["chat", "--seed", "x", "hi"]);
    assert!(
        text.contains("“x” is not a valid value for --seed."),
        "{text}"
    );
    assert!(text.contains("Usage: hearth chat [OPTIONS]"), "{text}");
    let text = misuse(&["chat", "--max-tokens"]);
    assert!(text.contains("--max-tokens needs a value."), "{text}");
    let text = misuse(&["chat", "--bogus", "hi"]);
    assert!(text.contains("Unknown option: --bogus"), "{text}");
    let text = misuse(&["chat", "--max-token", "3", "hi"]);
    assert!(text.contains("Did you mean --max-tokens?"), "{text}");
    let text = misuse(&["chta", "hi"]);
    assert!(text.contains("Unknown command: chta"), "{text}");
    assert!(text.contains("Did you mean chat?"), "{text}");
    assert_eq!(
        parse_str(&["models", "list", "--json"]).unwrap(),
        Command::ModelsList { json: true }
    );
    assert_eq!(
        parse_str(&["models"]).unwrap(),
        Command::ModelsList { json: false }
    );
    let text = misuse(&["models", "inspect"]);
    assert!(text.contains("<FILE> is required."), "{text}");
    assert!(text.contains("hearth models inspect --help"), "{text}");
    let text = misuse(&["conversations", "show", "x"]);
    assert!(
        text.contains("“x” is not a valid value for <ID>."),
        "{text}"
    );
    assert_eq!(
        parse_str(&[
            "conversations",
            "search",
            "phở",
            "bò",
            "--ignore-diacritics"
        ])
        .unwrap(),
        Command::ConversationsSearch {
            query: "phở bò".into(),
            ignore_diacritics: true,
            json: false
        }
    );
    assert!(misuse(&["conversations", "search"]).contains("<QUERY> is required."));
}

#[test]
fn help_version_and_no_command_are_printed_not_errors() {
    for line in [
        &[][..],
        &["--help"],
        &["help"],
        &["help", "models", "list"],
        &["chat", "--help"],
        &["--version"],
    ] {
        assert!(matches!(parse_str(line), Err(Early::Info(_))), "{line:?}");
    }
    let Err(Early::Info(help)) = parse_str(&["help", "models", "list"]) else {
        panic!("no help")
    };
    assert!(
        help.contains("Usage: hearth models list [OPTIONS]"),
        "{help}"
    );
    assert!(misuse(&["help", "nothing"]).contains("Unknown command: nothing"));
}

#[test]
fn verbose_is_global() {
    let line = ["chat", "-v", "hi"].map(String::from);
    assert!(parse(&english(), line).unwrap().verbose);
    let line = ["--verbose", "models", "list"].map(String::from);
    assert!(parse(&english(), line).unwrap().verbose);
    let line = ["models", "list"].map(String::from);
    assert!(!parse(&english(), line).unwrap().verbose);
}

#[test]
fn set_settings() {
    let Command::ConversationsSet { id, changes } = parse_str(&[
        "conversations",
        "set",
        "4",
        "--temperature",
        "0",
        "--system",
        "簡潔に",
        "--top-k",
        "20",
    ])
    .unwrap() else {
        panic!("not set")
    };
    assert_eq!(id, 4);
    assert_eq!(changes.temperature, Some(0.0));
    assert_eq!(changes.system.as_deref(), Some("簡潔に"));
    assert_eq!(changes.top_k, Some(20));
    assert!(!changes.reset);
    let text = misuse(&["conversations", "set", "4", "--top-p", "x"]);
    assert!(text.contains("--top-p"), "{text}");
}

#[test]
fn export_and_import() {
    assert_eq!(
        parse_str(&[
            "conversations",
            "export",
            "--format",
            "md",
            "--out",
            "a.md",
            "3"
        ])
        .unwrap(),
        Command::ConversationsExport {
            id: Some(3),
            format: ExportFormat::Markdown,
            out: Some("a.md".into())
        }
    );
    assert_eq!(
        parse_str(&["conversations", "export"]).unwrap(),
        Command::ConversationsExport {
            id: None,
            format: ExportFormat::Json,
            out: None
        }
    );
    let text = misuse(&["conversations", "export", "--format", "pdf"]);
    assert!(
        text.contains("“pdf” is not a valid value for --format."),
        "{text}"
    );
    assert!(text.contains("json, md, markdown"), "{text}");
    assert!(misuse(&["conversations", "import"]).contains("<FILE> is required."));
    assert_eq!(
        parse_str(&["conversations", "import", "x.json", "--json"]).unwrap(),
        Command::ConversationsImport {
            file: "x.json".into(),
            json: true
        }
    );
}

#[test]
fn defaults_of_bench_and_eval() {
    assert_eq!(
        parse_str(&["bench"]).unwrap(),
        Command::Bench(BenchArgs {
            model: None,
            prompt_tokens: 128,
            gen_tokens: 64,
            depth: 0,
            repetitions: 3,
            threads: None,
            json: false,
        })
    );
    let Command::EvalLanguage(eval) = parse_str(&["eval-language", "a.csv", "b.csv"]).unwrap()
    else {
        panic!("not eval")
    };
    assert_eq!(eval.files, ["a.csv", "b.csv"]);
    assert_eq!(eval.max_tokens, 48);
}
