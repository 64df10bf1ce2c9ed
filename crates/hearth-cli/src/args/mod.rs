//! Command-line parsing with clap: the grammar is in `definition`, the translated help and
//! errors in `misuse`; this module turns clap's matches into the `Command` that main runs.

mod definition;
mod misuse;
#[cfg(test)]
mod tests;

use clap::ArgMatches;
use clap_complete::Shell;
use hearth_core::i18n::Localizer;
use hearth_core::store::transfer::ExportFormat;

pub use definition::command;
use definition::{BENCH_GEN_TOKENS, BENCH_PROMPT_TOKENS, BENCH_REPETITIONS, EVAL_MAX_TOKENS};
pub use misuse::Early;

/// A parsed command line.
#[derive(Debug, PartialEq)]
pub struct Parsed {
    pub command: Command,
    /// `--verbose`: show more of what Hearth is doing, on stderr.
    pub verbose: bool,
}

/// What to run.
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
    /// `hearth completions SHELL`: the shell's completion script on stdout.
    Completions(Shell),
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

/// Parses the arguments after the program name. Help, version and usage errors come back
/// as `Early`, already in the user's language.
pub fn parse(l10n: &Localizer, args: impl IntoIterator<Item = String>) -> Result<Parsed, Early> {
    let args: Vec<String> = args.into_iter().collect();
    let mut root = command(l10n);
    let matches = root
        .try_get_matches_from_mut(std::iter::once("hearth".to_owned()).chain(args.clone()))
        .map_err(|err| misuse::from_clap(l10n, &mut root, &args, err))?;
    let parsed = match matches.subcommand() {
        None => return Err(misuse::info(l10n, &root.render_help().to_string())),
        Some(("help", m)) => return Err(help(l10n, strings(m, "command"))),
        Some(("chat", m)) => chat(l10n, m),
        Some(("models", m)) => Ok(models(m)),
        Some(("conversations", m)) => conversations(l10n, m),
        Some(("eval-language", m)) => Ok(eval_language(m)),
        Some(("bench", m)) => Ok(bench(m)),
        Some(("completions", m)) => Ok(Command::Completions(required(m, "shell"))),
        Some((other, _)) => unreachable!("`{other}` is not in the grammar"),
    };
    match parsed {
        Ok(command) => Ok(Parsed {
            command,
            verbose: matches.get_flag("verbose"),
        }),
        Err(message) => Err(misuse::usage_error(l10n, &mut root, &args, &message)),
    }
}

/// `hearth help [COMMAND…]`: the same text as `hearth [COMMAND…] --help`.
fn help(l10n: &Localizer, mut path: Vec<String>) -> Early {
    path.push("--help".to_owned());
    let mut root = command(l10n);
    match root.try_get_matches_from_mut(std::iter::once("hearth".to_owned()).chain(path.clone())) {
        Err(err) => misuse::from_clap(l10n, &mut root, &path, err),
        Ok(_) => misuse::info(l10n, &root.render_help().to_string()),
    }
}

/// The value of an argument the grammar requires.
fn required<T: Clone + Send + Sync + 'static>(m: &ArgMatches, id: &str) -> T {
    m.get_one::<T>(id)
        .cloned()
        .expect("clap only matches when required arguments are given")
}

fn optional<T: Clone + Send + Sync + 'static>(m: &ArgMatches, id: &str) -> Option<T> {
    m.get_one::<T>(id).cloned()
}

/// Every value of a repeatable argument; the words of a prompt given without quotes.
fn strings(m: &ArgMatches, id: &str) -> Vec<String> {
    m.get_many::<String>(id)
        .into_iter()
        .flatten()
        .cloned()
        .collect()
}

fn chat(l10n: &Localizer, m: &ArgMatches) -> Result<Command, String> {
    let prompt = strings(m, "prompt").join(" ");
    if prompt.trim().is_empty() {
        return Err(l10n.text("cli-missing-prompt", &[]));
    }
    Ok(Command::Chat(ChatArgs {
        model: optional(m, "model"),
        system: optional(m, "system"),
        max_tokens: optional(m, "max-tokens"),
        min_p: optional(m, "min-p"),
        presence_penalty: optional(m, "presence-penalty"),
        stop: strings(m, "stop"),
        temperature: optional(m, "temperature"),
        seed: optional(m, "seed"),
        conversation: optional(m, "conversation"),
        no_save: m.get_flag("no-save"),
        json: m.get_flag("json"),
        prompt,
    }))
}

fn models(m: &ArgMatches) -> Command {
    match m.subcommand() {
        Some(("inspect", m)) => Command::ModelsInspect {
            file: required(m, "file"),
            json: m.get_flag("json"),
        },
        Some(("import", m)) => Command::ModelsImport {
            file: required(m, "file"),
            json: m.get_flag("json"),
        },
        Some(("default", m)) => Command::ModelsDefault {
            name: required(m, "name"),
        },
        Some(("remove", m)) => Command::ModelsRemove {
            name: required(m, "name"),
        },
        Some(("list", m)) => Command::ModelsList {
            json: m.get_flag("json"),
        },
        _ => Command::ModelsList { json: false },
    }
}

fn conversations(l10n: &Localizer, m: &ArgMatches) -> Result<Command, String> {
    Ok(match m.subcommand() {
        Some(("show", m)) => Command::ConversationsShow {
            id: required(m, "id"),
            json: m.get_flag("json"),
        },
        Some(("search", m)) => {
            let query = strings(m, "query").join(" ");
            if query.trim().is_empty() {
                let argument = format!("<{}>", l10n.text("cli-value-query", &[]));
                return Err(l10n.text("cli-missing-argument", &[("argument", argument)]));
            }
            Command::ConversationsSearch {
                query,
                ignore_diacritics: m.get_flag("ignore-diacritics"),
                json: m.get_flag("json"),
            }
        }
        Some(("export", m)) => Command::ConversationsExport {
            id: optional(m, "id"),
            format: optional(m, "format").unwrap_or(ExportFormat::Json),
            out: optional(m, "out"),
        },
        Some(("import", m)) => Command::ConversationsImport {
            file: required(m, "file"),
            json: m.get_flag("json"),
        },
        Some(("backup", m)) => Command::ConversationsBackup {
            json: m.get_flag("json"),
        },
        Some(("encrypt", _)) => Command::ConversationsEncrypt,
        Some(("decrypt", _)) => Command::ConversationsDecrypt,
        Some(("set", m)) => Command::ConversationsSet {
            id: required(m, "id"),
            changes: SettingsChanges {
                reset: m.get_flag("reset"),
                system: optional(m, "system"),
                model: optional(m, "model"),
                temperature: optional(m, "temperature"),
                top_p: optional(m, "top-p"),
                top_k: optional(m, "top-k"),
                repeat_penalty: optional(m, "repeat-penalty"),
                max_tokens: optional(m, "max-tokens"),
                seed: optional(m, "seed"),
            },
        },
        Some(("list", m)) => Command::ConversationsList {
            json: m.get_flag("json"),
        },
        _ => Command::ConversationsList { json: false },
    })
}

fn eval_language(m: &ArgMatches) -> Command {
    Command::EvalLanguage(EvalLanguageArgs {
        files: strings(m, "files"),
        limit: optional(m, "limit"),
        max_tokens: optional(m, "max-tokens").unwrap_or(EVAL_MAX_TOKENS),
        model: optional(m, "model"),
        json: m.get_flag("json"),
    })
}

fn bench(m: &ArgMatches) -> Command {
    Command::Bench(BenchArgs {
        model: optional(m, "model"),
        prompt_tokens: optional(m, "prompt-tokens").unwrap_or(BENCH_PROMPT_TOKENS),
        gen_tokens: optional(m, "gen-tokens").unwrap_or(BENCH_GEN_TOKENS),
        depth: optional(m, "depth").unwrap_or(0),
        repetitions: optional(m, "repetitions").unwrap_or(BENCH_REPETITIONS),
        threads: optional(m, "threads"),
        json: m.get_flag("json"),
    })
}
