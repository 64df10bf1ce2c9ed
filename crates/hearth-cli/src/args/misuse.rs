//! What `hearth` prints when parsing stops early: help and version on stdout, and usage
//! errors on stderr, in the user's language and naming the argument that was wrong.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::Command;
use hearth_core::i18n::Localizer;

/// Parsing ended without a command to run.
#[derive(Debug)]
pub enum Early {
    /// Help or version: printed on stdout, exit code 0.
    Info(String),
    /// A usage error, already translated: printed on stderr, exit code 2.
    Misuse(String),
}

/// clap writes `[OPTIONS]` into usage lines; Hearth writes it in the user's language.
fn localize_usage(l10n: &Localizer, text: &str) -> String {
    text.replace("[OPTIONS]", &l10n.text("cli-options-tag", &[]))
}

/// Help or version text rendered by clap (whose headings are already translated).
pub fn info(l10n: &Localizer, text: &str) -> Early {
    Early::Info(localize_usage(l10n, text))
}

/// The commands named at the start of `args` (`["models", "list"]` for `models list --json`):
/// where a usage error happened. Only global flags may stand between command names.
fn command_path(root: &Command, args: &[String]) -> Vec<String> {
    let mut path = Vec::new();
    let mut command = root;
    for arg in args {
        if arg.starts_with('-') {
            continue;
        }
        match command.find_subcommand(arg) {
            Some(sub) => {
                path.push(arg.clone());
                command = sub;
            }
            None => break,
        }
    }
    path
}

/// The usage line (with clap's English title) of the command at `path` below `command`.
fn usage_of(command: &mut Command, path: &[String]) -> String {
    match path.split_first() {
        Some((name, rest)) => match command.find_subcommand_mut(name) {
            Some(sub) => usage_of(sub, rest),
            None => command.render_usage().to_string(),
        },
        None => command.render_usage().to_string(),
    }
}

/// A translated usage error: the message, then the usage line of the command concerned and
/// where to read more.
pub fn usage_error(l10n: &Localizer, root: &mut Command, args: &[String], message: &str) -> Early {
    root.build();
    let path = command_path(root, args);
    let usage = usage_of(root, &path);
    let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
    let invocation = std::iter::once("hearth".to_owned())
        .chain(path)
        .collect::<Vec<_>>()
        .join(" ");
    Early::Misuse(format!(
        "{}: {message}\n\n{}: {}\n{}",
        l10n.text("cli-error-prefix", &[]),
        l10n.text("cli-help-usage", &[]),
        localize_usage(l10n, usage),
        l10n.text("cli-help-more", &[("command", invocation)])
    ))
}

fn context(err: &clap::Error, kind: ContextKind) -> Option<String> {
    match err.get(kind)? {
        ContextValue::String(text) => Some(text.clone()),
        ContextValue::Strings(texts) => Some(texts.join(", ")),
        _ => None,
    }
}

/// The option as the user typed it: `--max-tokens`, without clap's `<N>` placeholder.
fn option_of(err: &clap::Error) -> String {
    let arg = context(err, ContextKind::InvalidArg).unwrap_or_default();
    match arg.split_once(' ') {
        Some((option, _)) if option.starts_with('-') => option.to_owned(),
        _ => arg,
    }
}

/// The translated message for a clap error, naming the argument that was wrong.
fn message(l10n: &Localizer, err: &clap::Error) -> String {
    let value = context(err, ContextKind::InvalidValue).unwrap_or_default();
    let mut lines = vec![match err.kind() {
        ErrorKind::UnknownArgument => {
            l10n.text("cli-unknown-option", &[("option", option_of(err))])
        }
        ErrorKind::InvalidSubcommand => l10n.text(
            "cli-unknown-command",
            &[(
                "command",
                context(err, ContextKind::InvalidSubcommand).unwrap_or_default(),
            )],
        ),
        ErrorKind::InvalidValue if value.is_empty() => {
            l10n.text("cli-missing-value", &[("option", option_of(err))])
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation | ErrorKind::TooManyValues => l10n
            .text(
                "cli-invalid-value",
                &[("option", option_of(err)), ("value", value)],
            ),
        ErrorKind::MissingRequiredArgument => {
            l10n.text("cli-missing-argument", &[("argument", option_of(err))])
        }
        _ => l10n.text("cli-bad-command-line", &[]),
    }];
    let suggestion = [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .find_map(|kind| context(err, kind));
    if let Some(suggestion) = suggestion {
        lines.push(l10n.text("cli-did-you-mean", &[("suggestion", suggestion)]));
    } else if let Some(values) = context(err, ContextKind::ValidValue) {
        lines.push(l10n.text("cli-possible-values", &[("values", values)]));
    }
    lines.join("\n")
}

/// Turns what clap stopped on into text: help and version as they are, errors translated.
pub fn from_clap(l10n: &Localizer, root: &mut Command, args: &[String], err: clap::Error) -> Early {
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => info(l10n, &err.render().to_string()),
        _ => usage_error(l10n, root, args, &message(l10n, &err)),
    }
}
