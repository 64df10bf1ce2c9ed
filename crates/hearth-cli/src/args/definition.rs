//! The `hearth` command line as a clap command: every description, heading and placeholder
//! comes from `locales/<lang>/cli.ftl` in the user's language, so `--help` reads like the rest
//! of Hearth.

use clap::builder::{PossibleValuesParser, Str, TypedValueParser as _};
use clap::{value_parser, Arg, ArgAction, Command};
use hearth_core::i18n::Localizer;
use hearth_core::store::transfer::ExportFormat;

/// `hearth bench` runs llama-bench's pp128 and tg64 by default: the figures issue #6 compares.
pub const BENCH_PROMPT_TOKENS: usize = 128;
pub const BENCH_GEN_TOKENS: usize = 64;
pub const BENCH_REPETITIONS: usize = 3;

/// `hearth eval-language` cuts replies here by default: enough text to tell the language, and
/// 400 prompts still run in well under an hour on two cores.
pub const EVAL_MAX_TOKENS: usize = 48;

/// Where the options every command has are listed, after each command's own.
const LAST: usize = 1000;

/// Builds commands and arguments with the translated texts and headings.
struct Localized<'a> {
    l10n: &'a Localizer,
    template: String,
    options: String,
    arguments: String,
}

impl<'a> Localized<'a> {
    fn new(l10n: &'a Localizer) -> Self {
        // clap's own "Usage:" heading is English; the template names it in the user's language.
        let template = format!(
            "{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}",
            l10n.text("cli-help-usage", &[])
        );
        Localized {
            l10n,
            template,
            options: l10n.text("cli-help-options", &[]),
            arguments: l10n.text("cli-help-arguments", &[]),
        }
    }

    fn text(&self, id: &str) -> String {
        self.l10n.text(id, &[])
    }

    /// The help text of an option whose default Hearth sets, naming that default.
    fn with_default(&self, id: &str, default: usize) -> String {
        self.l10n.text(id, &[("default", default.to_string())])
    }

    /// A command described by the Fluent message `about`, laid out with translated headings.
    fn command(&self, name: &'static str, about: &str) -> Command {
        Command::new(name)
            .about(self.text(about))
            .help_template(self.template.clone())
            .subcommand_help_heading(self.text("cli-help-commands"))
            .subcommand_value_name(self.text("cli-value-command"))
    }

    /// `--name`, on or off.
    fn flag(&self, name: &'static str, help: &str) -> Arg {
        Arg::new(name)
            .long(name)
            .action(ArgAction::SetTrue)
            .help(self.text(help))
            .help_heading(self.options.clone())
    }

    /// `--name VALUE`.
    fn option(&self, name: &'static str, value: impl Into<Str>, help: String) -> Arg {
        Arg::new(name)
            .long(name)
            .value_name(value.into())
            .help(help)
            .help_heading(self.options.clone())
    }

    /// An operand (a positional argument).
    fn operand(&self, name: &'static str, value: &str, help: &str) -> Arg {
        Arg::new(name)
            .value_name(self.text(value))
            .help(self.text(help))
            .help_heading(self.arguments.clone())
    }

    fn json(&self) -> Arg {
        self.flag("json", "cli-arg-json")
    }

    /// `--model NAME|PATH`: a catalog or imported model, or a GGUF file.
    fn model(&self) -> Arg {
        self.option(
            "model",
            self.text("cli-value-model"),
            self.text("cli-arg-model"),
        )
    }
}

/// The whole command line of `hearth`.
pub fn command(l10n: &Localizer) -> Command {
    let t = Localized::new(l10n);
    t.command("hearth", "cli-about")
        .bin_name("hearth")
        .version(env!("CARGO_PKG_VERSION"))
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .args_override_self(true)
        // After every command's own options in its help.
        .arg(
            t.flag("verbose", "cli-arg-verbose")
                .short('v')
                .global(true)
                .display_order(LAST),
        )
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(t.text("cli-arg-help"))
                .help_heading(t.options.clone())
                .global(true)
                .display_order(LAST + 1),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t.text("cli-arg-version"))
                .help_heading(t.options.clone())
                .display_order(LAST + 2),
        )
        .subcommand(chat(&t))
        .subcommand(models(&t))
        .subcommand(conversations(&t))
        .subcommand(eval_language(&t))
        .subcommand(bench(&t))
        .subcommand(
            t.command("completions", "cli-about-completions").arg(
                t.operand("shell", "cli-value-shell", "cli-arg-shell")
                    .required(true)
                    .value_parser(value_parser!(clap_complete::Shell)),
            ),
        )
        .subcommand(
            t.command("help", "cli-about-help").arg(
                t.operand("command", "cli-value-command", "cli-arg-help-command")
                    .num_args(0..),
            ),
        )
}

fn chat(t: &Localized) -> Command {
    t.command("chat", "cli-about-chat")
        // A prompt may start with a minus sign ("-5 °C in Fahrenheit?").
        .allow_negative_numbers(true)
        .arg(
            t.operand("prompt", "cli-value-prompt", "cli-arg-prompt")
                .num_args(0..),
        )
        .arg(t.model())
        .arg(t.option("system", t.text("cli-value-text"), t.text("cli-arg-system")))
        .arg(
            t.option("max-tokens", "N", t.text("cli-arg-max-tokens"))
                .value_parser(value_parser!(usize)),
        )
        .arg(
            t.option("temperature", "T", t.text("cli-arg-temperature"))
                .value_parser(value_parser!(f64)),
        )
        .arg(
            t.option("seed", "N", t.text("cli-arg-seed"))
                .value_parser(value_parser!(u64)),
        )
        .arg(
            t.option("min-p", "P", t.text("cli-arg-min-p"))
                .value_parser(value_parser!(f64)),
        )
        .arg(
            t.option("presence-penalty", "X", t.text("cli-arg-presence-penalty"))
                .value_parser(value_parser!(f32)),
        )
        .arg(
            t.option("stop", t.text("cli-value-text"), t.text("cli-arg-stop"))
                .action(ArgAction::Append),
        )
        .arg(
            t.option("conversation", "ID", t.text("cli-arg-conversation"))
                .value_parser(value_parser!(i64)),
        )
        .arg(t.flag("no-save", "cli-arg-no-save"))
        .arg(t.json())
}

fn models(t: &Localized) -> Command {
    let file = || {
        t.operand("file", "cli-value-file", "cli-arg-model-file")
            .required(true)
    };
    let name = || {
        t.operand("name", "cli-value-name", "cli-arg-model-name")
            .required(true)
    };
    t.command("models", "cli-about-models")
        .subcommand(t.command("list", "cli-about-models-list").arg(t.json()))
        .subcommand(
            t.command("inspect", "cli-about-models-inspect")
                .arg(file())
                .arg(t.json()),
        )
        .subcommand(
            t.command("import", "cli-about-models-import")
                .arg(file())
                .arg(t.json()),
        )
        .subcommand(t.command("default", "cli-about-models-default").arg(name()))
        .subcommand(t.command("remove", "cli-about-models-remove").arg(name()))
}

fn conversations(t: &Localized) -> Command {
    let id = || {
        t.operand("id", "cli-value-id", "cli-arg-conversation-id")
            .required(true)
            .value_parser(value_parser!(i64))
    };
    let format = PossibleValuesParser::new(["json", "md", "markdown"]).map(|format| {
        if format == "json" {
            ExportFormat::Json
        } else {
            ExportFormat::Markdown
        }
    });
    t.command("conversations", "cli-about-conversations")
        .subcommand(
            t.command("list", "cli-about-conversations-list")
                .arg(t.json()),
        )
        .subcommand(
            t.command("show", "cli-about-conversations-show")
                .arg(id())
                .arg(t.json()),
        )
        .subcommand(
            t.command("search", "cli-about-conversations-search")
                .arg(
                    t.operand("query", "cli-value-query", "cli-arg-query")
                        .num_args(0..),
                )
                .arg(t.flag("ignore-diacritics", "cli-arg-ignore-diacritics"))
                .arg(t.json()),
        )
        .subcommand(
            t.command("export", "cli-about-conversations-export")
                .arg(
                    t.operand("id", "cli-value-id", "cli-arg-export-id")
                        .value_parser(value_parser!(i64)),
                )
                .arg(
                    t.option("format", "json|md", t.text("cli-arg-format"))
                        .value_parser(format)
                        .hide_possible_values(true),
                )
                .arg(t.option("out", t.text("cli-value-file"), t.text("cli-arg-out"))),
        )
        .subcommand(
            t.command("import", "cli-about-conversations-import")
                .arg(
                    t.operand("file", "cli-value-file", "cli-arg-import-file")
                        .required(true),
                )
                .arg(t.json()),
        )
        .subcommand(
            t.command("backup", "cli-about-conversations-backup")
                .arg(t.json()),
        )
        .subcommand(t.command("encrypt", "cli-about-conversations-encrypt"))
        .subcommand(t.command("decrypt", "cli-about-conversations-decrypt"))
        .subcommand(conversations_set(t, id()))
}

fn conversations_set(t: &Localized, id: Arg) -> Command {
    t.command("set", "cli-about-conversations-set")
        .arg(id)
        .arg(t.flag("reset", "cli-arg-reset"))
        .arg(t.option(
            "system",
            t.text("cli-value-text"),
            t.text("cli-arg-own-system"),
        ))
        .arg(t.option(
            "model",
            t.text("cli-value-name"),
            t.text("cli-arg-own-model"),
        ))
        .arg(
            t.option("temperature", "T", t.text("cli-arg-temperature"))
                .value_parser(value_parser!(f64)),
        )
        .arg(
            t.option("top-p", "P", t.text("cli-arg-top-p"))
                .value_parser(value_parser!(f64)),
        )
        .arg(
            t.option("top-k", "K", t.text("cli-arg-top-k"))
                .value_parser(value_parser!(usize)),
        )
        .arg(
            t.option("repeat-penalty", "R", t.text("cli-arg-repeat-penalty"))
                .value_parser(value_parser!(f32)),
        )
        .arg(
            t.option("max-tokens", "N", t.text("cli-arg-max-tokens"))
                .value_parser(value_parser!(usize)),
        )
        .arg(
            t.option("seed", "N", t.text("cli-arg-seed"))
                .value_parser(value_parser!(u64)),
        )
}

fn eval_language(t: &Localized) -> Command {
    t.command("eval-language", "cli-about-eval-language")
        .arg(
            t.operand("files", "cli-value-file", "cli-arg-eval-files")
                .required(true)
                .num_args(1..),
        )
        .arg(
            t.option("limit", "N", t.text("cli-arg-limit"))
                .value_parser(value_parser!(usize)),
        )
        .arg(
            t.option(
                "max-tokens",
                "N",
                t.with_default("cli-arg-eval-max-tokens", EVAL_MAX_TOKENS),
            )
            .value_parser(value_parser!(usize)),
        )
        .arg(t.model())
        .arg(t.json())
}

fn bench(t: &Localized) -> Command {
    let count = |name: &'static str, help: String| {
        t.option(name, "N", help).value_parser(value_parser!(usize))
    };
    t.command("bench", "cli-about-bench")
        .arg(t.model())
        .arg(count(
            "prompt-tokens",
            t.with_default("cli-arg-prompt-tokens", BENCH_PROMPT_TOKENS),
        ))
        .arg(count(
            "gen-tokens",
            t.with_default("cli-arg-gen-tokens", BENCH_GEN_TOKENS),
        ))
        .arg(count("depth", t.text("cli-arg-depth")))
        .arg(count(
            "repetitions",
            t.with_default("cli-arg-repetitions", BENCH_REPETITIONS),
        ))
        .arg(count("threads", t.text("cli-arg-threads")))
        .arg(t.json())
}
