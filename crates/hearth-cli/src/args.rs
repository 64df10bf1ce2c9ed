//! Command-line parsing (small enough not to need a parser crate).

use hearth_core::store::transfer::ExportFormat;

/// A parsed command line.
#[derive(Debug, PartialEq)]
pub enum Command {
    Chat(ChatArgs),
    ModelsList {
        json: bool,
    },
    ModelsInspect {
        file: String,
        json: bool,
    },
    ModelsImport {
        file: String,
        json: bool,
    },
    ModelsRemove {
        name: String,
    },
    ModelsDefault {
        name: String,
    },
    ConversationsList {
        json: bool,
    },
    ConversationsShow {
        id: i64,
        json: bool,
    },
    ConversationsSearch {
        query: String,
        ignore_diacritics: bool,
        json: bool,
    },
    ConversationsExport {
        /// `None`: every conversation.
        id: Option<i64>,
        format: ExportFormat,
        /// `None`: standard output.
        out: Option<String>,
    },
    ConversationsImport {
        file: String,
        json: bool,
    },
    ConversationsBackup {
        json: bool,
    },
    ConversationsEncrypt,
    ConversationsDecrypt,
    ConversationsSet {
        id: i64,
        changes: SettingsChanges,
    },
    EvalLanguage(EvalLanguageArgs),
    Bench(BenchArgs),
    Help,
}

#[derive(Debug, Default, PartialEq)]
pub struct ChatArgs {
    pub model: Option<String>,
    pub system: Option<String>,
    pub max_tokens: Option<usize>,
    pub min_p: Option<f64>,
    pub presence_penalty: Option<f32>,
    /// `--stop TEXT`, repeatable.
    pub stop: Vec<String>,
    pub temperature: Option<f64>,
    pub seed: Option<u64>,
    pub conversation: Option<i64>,
    pub no_save: bool,
    pub json: bool,
    pub prompt: String,
}

/// `hearth bench [--model NAME|PATH] [--prompt-tokens N] [--gen-tokens N] [--depth N]
/// [--repetitions N] [--threads N] [--json]`.
#[derive(Debug, PartialEq)]
pub struct BenchArgs {
    pub model: Option<String>,
    pub prompt_tokens: usize,
    pub gen_tokens: usize,
    pub depth: usize,
    pub repetitions: usize,
    pub threads: Option<usize>,
    pub json: bool,
}

/// `hearth eval-language FILE… [--limit N] [--max-tokens N] [--model NAME|PATH] [--json]`.
#[derive(Debug, PartialEq)]
pub struct EvalLanguageArgs {
    pub files: Vec<String>,
    pub limit: Option<usize>,
    pub max_tokens: usize,
    pub model: Option<String>,
    pub json: bool,
}

/// Replies are cut here by default: enough text to tell the language, and 400 prompts
/// still run in well under an hour on two cores.
const EVAL_MAX_TOKENS: usize = 48;

/// `hearth conversations set`: what to change; `reset` first returns everything to the
/// defaults.
#[derive(Debug, Default, PartialEq)]
pub struct SettingsChanges {
    pub reset: bool,
    pub system: Option<String>,
    pub model: Option<String>,
    pub temperature: Option<f64>,
    pub top_p: Option<f64>,
    pub top_k: Option<usize>,
    pub repeat_penalty: Option<f32>,
    pub max_tokens: Option<usize>,
    pub seed: Option<u64>,
}

/// A usage error: the Fluent id and its arguments.
#[derive(Debug, PartialEq)]
pub struct UsageError {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

fn usage(id: &'static str, args: Vec<(&'static str, String)>) -> UsageError {
    UsageError { id, args }
}

fn value<T: std::str::FromStr>(
    option: &str,
    rest: &mut impl Iterator<Item = String>,
) -> Result<T, UsageError> {
    let raw = rest
        .next()
        .ok_or_else(|| usage("cli-missing-value", vec![("option", option.to_owned())]))?;
    raw.parse().map_err(|_| {
        usage(
            "cli-invalid-value",
            vec![("option", option.to_owned()), ("value", raw)],
        )
    })
}

pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Command, UsageError> {
    let mut args = args.into_iter();
    match args.next().as_deref() {
        Some("chat") => parse_chat(args),
        Some("models") => match args.next().as_deref() {
            Some("list") | None => {
                let mut json = false;
                for arg in args {
                    match arg.as_str() {
                        "--json" => json = true,
                        _ => return Err(usage("cli-unknown-option", vec![("option", arg)])),
                    }
                }
                Ok(Command::ModelsList { json })
            }
            Some(verb @ ("inspect" | "import" | "default" | "remove")) => {
                let mut json = false;
                let mut operand = None;
                for arg in args {
                    match arg.as_str() {
                        "--json" if matches!(verb, "inspect" | "import") => json = true,
                        _ if operand.is_none() && !arg.starts_with("--") => operand = Some(arg),
                        _ => return Err(usage("cli-unknown-option", vec![("option", arg)])),
                    }
                }
                let operand = operand
                    .ok_or_else(|| usage("cli-missing-value", vec![("option", verb.to_owned())]))?;
                Ok(match verb {
                    "inspect" => Command::ModelsInspect {
                        file: operand,
                        json,
                    },
                    "import" => Command::ModelsImport {
                        file: operand,
                        json,
                    },
                    "default" => Command::ModelsDefault { name: operand },
                    _ => Command::ModelsRemove { name: operand },
                })
            }
            Some(other) => Err(usage(
                "cli-unknown-option",
                vec![("option", other.to_owned())],
            )),
        },
        Some("conversations") => parse_conversations(args),
        Some("eval-language") => parse_eval(args),
        Some("bench") => parse_bench(args),
        Some("-h" | "--help" | "help") | None => Ok(Command::Help),
        Some(other) => Err(usage(
            "cli-unknown-option",
            vec![("option", other.to_owned())],
        )),
    }
}

fn number(option: &str, raw: &str) -> Result<i64, UsageError> {
    raw.parse().map_err(|_| {
        usage(
            "cli-invalid-value",
            vec![("option", option.to_owned()), ("value", raw.to_owned())],
        )
    })
}

fn parse_conversations(mut args: impl Iterator<Item = String>) -> Result<Command, UsageError> {
    let sub = args.next();
    let (mut json, mut ignore_diacritics, mut rest) = (false, false, Vec::new());
    let (mut format, mut out) = (ExportFormat::Json, None);
    let mut changes = SettingsChanges::default();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--reset" => changes.reset = true,
            "--system" => changes.system = Some(value(&arg, &mut args)?),
            "--model" => changes.model = Some(value(&arg, &mut args)?),
            "--temperature" => changes.temperature = Some(value(&arg, &mut args)?),
            "--top-p" => changes.top_p = Some(value(&arg, &mut args)?),
            "--top-k" => changes.top_k = Some(value(&arg, &mut args)?),
            "--repeat-penalty" => changes.repeat_penalty = Some(value(&arg, &mut args)?),
            "--max-tokens" => changes.max_tokens = Some(value(&arg, &mut args)?),
            "--seed" => changes.seed = Some(value(&arg, &mut args)?),
            "--ignore-diacritics" => ignore_diacritics = true,
            "--format" => {
                format = match value::<String>(&arg, &mut args)?.as_str() {
                    "json" => ExportFormat::Json,
                    "md" | "markdown" => ExportFormat::Markdown,
                    other => {
                        return Err(usage(
                            "cli-invalid-value",
                            vec![("option", arg.clone()), ("value", other.to_owned())],
                        ))
                    }
                }
            }
            "--out" => out = Some(value(&arg, &mut args)?),
            _ if arg.starts_with("--") => {
                return Err(usage("cli-unknown-option", vec![("option", arg)]))
            }
            _ => rest.push(arg),
        }
    }
    let first = |name: &str| {
        rest.first()
            .cloned()
            .ok_or_else(|| usage("cli-missing-value", vec![("option", name.to_owned())]))
    };
    match sub.as_deref() {
        Some("list") | None => Ok(Command::ConversationsList { json }),
        Some("show") => Ok(Command::ConversationsShow {
            id: number("show", &first("show")?)?,
            json,
        }),
        Some("search") => {
            let query = rest.join(" ");
            if query.trim().is_empty() {
                return Err(usage(
                    "cli-missing-value",
                    vec![("option", "search".into())],
                ));
            }
            Ok(Command::ConversationsSearch {
                query,
                ignore_diacritics,
                json,
            })
        }
        Some("export") => Ok(Command::ConversationsExport {
            id: rest.first().map(|raw| number("export", raw)).transpose()?,
            format,
            out,
        }),
        Some("import") => Ok(Command::ConversationsImport {
            file: first("import")?,
            json,
        }),
        Some("backup") => Ok(Command::ConversationsBackup { json }),
        Some("encrypt") => Ok(Command::ConversationsEncrypt),
        Some("decrypt") => Ok(Command::ConversationsDecrypt),
        Some("set") => Ok(Command::ConversationsSet {
            id: number("set", &first("set")?)?,
            changes,
        }),
        Some(other) => Err(usage(
            "cli-unknown-option",
            vec![("option", other.to_owned())],
        )),
    }
}

fn parse_eval(mut args: impl Iterator<Item = String>) -> Result<Command, UsageError> {
    let mut eval = EvalLanguageArgs {
        files: Vec::new(),
        limit: None,
        max_tokens: EVAL_MAX_TOKENS,
        model: None,
        json: false,
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--limit" => eval.limit = Some(value(&arg, &mut args)?),
            "--max-tokens" => eval.max_tokens = value(&arg, &mut args)?,
            "--model" => eval.model = Some(value(&arg, &mut args)?),
            "--json" => eval.json = true,
            _ if arg.starts_with("--") => {
                return Err(usage("cli-unknown-option", vec![("option", arg)]))
            }
            _ => eval.files.push(arg),
        }
    }
    if eval.files.is_empty() {
        return Err(usage(
            "cli-missing-value",
            vec![("option", "eval-language".into())],
        ));
    }
    Ok(Command::EvalLanguage(eval))
}

fn parse_bench(mut args: impl Iterator<Item = String>) -> Result<Command, UsageError> {
    // llama-bench's defaults: pp512 and tg128 are its own; 128/64 is what issue #6 compares.
    let mut bench = BenchArgs {
        model: None,
        prompt_tokens: 128,
        gen_tokens: 64,
        depth: 0,
        repetitions: 3,
        threads: None,
        json: false,
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--model" => bench.model = Some(value(&arg, &mut args)?),
            "--prompt-tokens" => bench.prompt_tokens = value(&arg, &mut args)?,
            "--gen-tokens" => bench.gen_tokens = value(&arg, &mut args)?,
            "--depth" => bench.depth = value(&arg, &mut args)?,
            "--repetitions" => bench.repetitions = value(&arg, &mut args)?,
            "--threads" => bench.threads = Some(value(&arg, &mut args)?),
            "--json" => bench.json = true,
            _ => return Err(usage("cli-unknown-option", vec![("option", arg)])),
        }
    }
    Ok(Command::Bench(bench))
}

fn parse_chat(mut args: impl Iterator<Item = String>) -> Result<Command, UsageError> {
    let mut chat = ChatArgs::default();
    let mut prompt = Vec::new();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--model" => chat.model = Some(value(&arg, &mut args)?),
            "--system" => chat.system = Some(value(&arg, &mut args)?),
            "--max-tokens" => chat.max_tokens = Some(value(&arg, &mut args)?),
            "--min-p" => chat.min_p = Some(value(&arg, &mut args)?),
            "--presence-penalty" => chat.presence_penalty = Some(value(&arg, &mut args)?),
            "--stop" => chat.stop.push(value(&arg, &mut args)?),
            "--temperature" => chat.temperature = Some(value(&arg, &mut args)?),
            "--seed" => chat.seed = Some(value(&arg, &mut args)?),
            "--conversation" => chat.conversation = Some(value(&arg, &mut args)?),
            "--no-save" => chat.no_save = true,
            "--json" => chat.json = true,
            "--" => prompt.extend(args.by_ref()),
            _ if arg.starts_with("--") => {
                return Err(usage("cli-unknown-option", vec![("option", arg)]))
            }
            _ => prompt.push(arg),
        }
    }
    chat.prompt = prompt.join(" ");
    if chat.prompt.trim().is_empty() {
        return Err(usage("cli-missing-prompt", vec![]));
    }
    Ok(Command::Chat(chat))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(line: &[&str]) -> Result<Command, UsageError> {
        parse(line.iter().map(|s| s.to_string()))
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
    fn bad_input_is_a_usage_error() {
        assert_eq!(parse_str(&["chat"]).unwrap_err().id, "cli-missing-prompt");
        assert_eq!(
            parse_str(&["chat", "--seed", "x", "hi"]).unwrap_err().id,
            "cli-invalid-value"
        );
        assert_eq!(
            parse_str(&["chat", "--max-tokens"]).unwrap_err().id,
            "cli-missing-value"
        );
        assert_eq!(
            parse_str(&["chat", "--bogus", "hi"]).unwrap_err().id,
            "cli-unknown-option"
        );
        assert_eq!(
            parse_str(&["models", "list", "--json"]).unwrap(),
            Command::ModelsList { json: true }
        );
        assert_eq!(
            parse_str(&["conversations", "show", "x"]).unwrap_err().id,
            "cli-invalid-value"
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
        assert_eq!(
            parse_str(&["conversations", "set", "4", "--top-p", "x"])
                .unwrap_err()
                .id,
            "cli-invalid-value"
        );
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
        assert_eq!(
            parse_str(&["conversations", "export", "--format", "pdf"])
                .unwrap_err()
                .id,
            "cli-invalid-value"
        );
        assert_eq!(
            parse_str(&["conversations", "import"]).unwrap_err().id,
            "cli-missing-value"
        );
        assert_eq!(
            parse_str(&["conversations", "import", "x.json", "--json"]).unwrap(),
            Command::ConversationsImport {
                file: "x.json".into(),
                json: true
            }
        );
    }
}
