//! `hearth`: the headless command line over hearth-core, on the same data dir as the app.

mod args;
mod bench;
mod conversations;
mod encryption;
mod eval;
mod models;
mod store;

use std::io::Write as _;
use std::process::ExitCode;
use std::sync::{mpsc, Arc};

use hearth_core::catalog::Catalog;
use hearth_core::chat::{Chat, ChatRequest};
use hearth_core::i18n::{self, Localizer};
use hearth_core::inference::{GenerationStats, ReplySink, SamplingParams, Worker};
use hearth_core::{logs, paths, Error};
use serde_json::json;

use args::{ChatArgs, Command, Early, Parsed};

enum Event {
    Text(String),
    Done(Result<GenerationStats, Error>),
}

struct ChannelSink(mpsc::Sender<Event>);

impl ReplySink for ChannelSink {
    fn text(&mut self, delta: &str) {
        // The receiver lives until `Done`; a send can only fail if main already exited.
        let _ = self.0.send(Event::Text(delta.to_owned()));
    }

    fn done(self: Box<Self>, outcome: Result<GenerationStats, Error>) {
        let _ = self.0.send(Event::Done(outcome));
    }
}

fn main() -> ExitCode {
    let l10n = Localizer::new(i18n::system_language());
    let Parsed { command, verbose } = match args::parse(&l10n, std::env::args().skip(1)) {
        Ok(parsed) => parsed,
        Err(Early::Info(text)) => {
            print!("{text}");
            return ExitCode::SUCCESS;
        }
        Err(Early::Misuse(text)) => {
            eprintln!("{text}");
            return ExitCode::from(2);
        }
    };
    // Without a log the command still runs; the reason goes to stderr.
    if let Err(err) = logs::init(&paths::data_dir(), "hearth", verbose) {
        eprintln!("{}", l10n.error(&err));
    }
    if verbose {
        eprintln!(
            "{}",
            l10n.text(
                "cli-verbose-places",
                &[
                    ("data", paths::data_dir().display().to_string()),
                    ("models", paths::models_dir().display().to_string()),
                ],
            )
        );
    }
    let outcome = match command {
        Command::ModelsList { json } => models::list(&l10n, json),
        Command::ModelsInspect { file, json } => models::inspect(&l10n, &file, json),
        Command::ModelsImport { file, json } => models::import(&l10n, &file, json),
        Command::ModelsRemove { name } => models::remove(&l10n, &name),
        Command::ModelsDefault { name } => models::set_default(&l10n, &name),
        Command::Chat(chat) => run_chat(&l10n, chat, verbose),
        Command::ConversationsList { json } => conversations::list(&l10n, json),
        Command::ConversationsShow { id, json } => conversations::show(&l10n, id, json),
        Command::ConversationsSearch {
            query,
            ignore_diacritics,
            json,
        } => conversations::search(&l10n, &query, ignore_diacritics, json),
        Command::ConversationsExport { id, format, out } => {
            conversations::export(&l10n, id, format, out.as_deref())
        }
        Command::ConversationsImport { file, json } => conversations::import(&l10n, &file, json),
        Command::ConversationsBackup { json } => conversations::backup(&l10n, json),
        Command::ConversationsEncrypt => encryption::encrypt(&l10n),
        Command::ConversationsDecrypt => encryption::decrypt(&l10n),
        Command::ConversationsSet { id, changes } => conversations::set(&l10n, id, changes),
        Command::EvalLanguage(args) => eval::run(&l10n, args),
        Command::Bench(args) => bench::run(&l10n, args),
        Command::Completions(shell) => {
            let mut grammar = args::command(&l10n);
            clap_complete::generate(shell, &mut grammar, "hearth", &mut std::io::stdout());
            Ok(())
        }
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!(
                "{}[{}]: {}",
                l10n.text("cli-error-prefix", &[]),
                err.code(),
                l10n.error(&err)
            );
            ExitCode::FAILURE
        }
    }
}

/// `hearth chat`; with `verbose`, says on stderr which model answers.
fn run_chat(l10n: &Localizer, args: ChatArgs, verbose: bool) -> Result<(), Error> {
    let catalog = Catalog::builtin();
    let store = Arc::new(store::open(l10n)?);
    let mut model = hearth_core::models::default_model(&store, args.model.as_deref())?;
    // Continuing a conversation: its own model and sampling, unless the options say otherwise.
    let conversation = match args.conversation {
        Some(id) => Some(store.conversation(id)?),
        None => None,
    };
    if let (Some(c), None) = (&conversation, &args.model) {
        model = catalog.for_conversation(c.model.as_deref(), &model);
    }
    model.check_present()?;
    if verbose {
        eprintln!(
            "{}",
            l10n.text(
                "cli-verbose-model",
                &[
                    ("name", model.name.clone()),
                    ("path", model.path.display().to_string()),
                ],
            )
        );
    }
    let base = match conversation.and_then(|c| c.sampling) {
        Some(own) => own,
        None => store.default_sampling()?,
    };
    let chat = Chat::new(store, Worker::spawn()?, l10n.lang());
    let overridden = args.temperature.is_some()
        || args.max_tokens.is_some()
        || args.seed.is_some()
        || args.min_p.is_some()
        || args.presence_penalty.is_some()
        || !args.stop.is_empty();
    let params = overridden.then(|| SamplingParams {
        temperature: args.temperature.unwrap_or(base.temperature),
        max_tokens: args.max_tokens.unwrap_or(base.max_tokens),
        seed: args.seed.unwrap_or(base.seed),
        min_p: args.min_p.unwrap_or(base.min_p),
        presence_penalty: args.presence_penalty.unwrap_or(base.presence_penalty),
        stop: if args.stop.is_empty() {
            base.stop.clone()
        } else {
            args.stop.clone()
        },
        ..base
    });
    let (events, received) = mpsc::channel();
    let receipt = chat.send(
        ChatRequest {
            conversation_id: args.conversation,
            text: args.prompt,
            model: model.clone(),
            system_prompt: args.system,
            params,
            save: !args.no_save,
        },
        |_| Box::new(ChannelSink(events)),
    )?;
    let mut reply = String::new();
    let mut stdout = std::io::stdout().lock();
    let stats = loop {
        match received.recv().map_err(|_| Error::EngineGone)? {
            Event::Text(delta) => {
                if !args.json {
                    // A closed stdout (e.g. `| head`) must not stop the reply from being saved.
                    let _ = stdout.write_all(delta.as_bytes());
                    let _ = stdout.flush();
                }
                reply.push_str(&delta);
            }
            Event::Done(outcome) => break outcome?,
        }
    };
    if args.json {
        let value = json!({
            "reply": reply,
            "model": model.name,
            "conversation_id": receipt.conversation_id,
            "prompt_tokens": stats.prompt_tokens,
            "completion_tokens": stats.completion_tokens,
            "prefill_tok_s": stats.prefill_tok_s,
            "decode_tok_s": stats.decode_tok_s,
            "finish_reason": stats.finish_reason,
            "dropped_messages": stats.dropped_messages,
        });
        let _ = writeln!(stdout, "{value}");
    } else {
        let _ = writeln!(stdout);
    }
    Ok(())
}
