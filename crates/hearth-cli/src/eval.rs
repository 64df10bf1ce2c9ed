//! `hearth eval-language`: how often the assistant answers in the language it should.
//!
//! Runs prompt sets (CSV with `prompt` and `language` columns, as in the Language Confusion
//! Benchmark) through the same `Chat` service as the app, with the app's default system
//! prompt choice and sampling, and identifies each reply's language offline with
//! `whatlang` (trigram profiles compiled into the binary), independent of Hearth's own
//! guess that picks the system prompt.

use std::path::Path;
use std::sync::{mpsc, Arc};

use hearth_core::catalog::Catalog;
use hearth_core::chat::{Chat, ChatRequest};
use hearth_core::i18n::Localizer;
use hearth_core::inference::{GenerationStats, ReplySink, SamplingParams, Worker};
use hearth_core::Error;
use serde::Serialize;
use serde_json::json;

use crate::args::EvalLanguageArgs;

/// One prompt of a set.
struct Case {
    prompt: String,
    language: String,
}

#[derive(Serialize)]
struct Miss {
    prompt: String,
    reply: String,
    detected: Option<&'static str>,
}

#[derive(Serialize)]
struct SetResult {
    file: String,
    prompts: usize,
    in_expected_language: usize,
    share: f64,
    misses: Vec<Miss>,
}

struct Collect(mpsc::Sender<Result<String, Error>>, String);

impl ReplySink for Collect {
    fn text(&mut self, delta: &str) {
        self.1.push_str(delta);
    }

    fn done(self: Box<Self>, outcome: Result<GenerationStats, Error>) {
        let Collect(sender, text) = *self;
        let _ = sender.send(outcome.map(|_| text));
    }
}

fn read_set(path: &Path, limit: Option<usize>) -> Result<Vec<Case>, Error> {
    let invalid = |reason: String| Error::FileInvalid {
        path: path.to_path_buf(),
        reason,
    };
    let mut reader = csv::Reader::from_path(path).map_err(|e| invalid(e.to_string()))?;
    let headers = reader
        .headers()
        .map_err(|e| invalid(e.to_string()))?
        .clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| invalid(format!("no \"{name}\" column")))
    };
    let (prompt, language) = (column("prompt")?, column("language")?);
    let mut cases = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| invalid(e.to_string()))?;
        cases.push(Case {
            prompt: record.get(prompt).unwrap_or_default().to_owned(),
            language: record.get(language).unwrap_or_default().to_owned(),
        });
        if limit.is_some_and(|l| cases.len() >= l) {
            break;
        }
    }
    Ok(cases)
}

/// The language of `text` as a BCP 47 primary tag, identified offline.
fn identify(text: &str) -> Option<&'static str> {
    use whatlang::Lang;
    Some(match whatlang::detect(text)?.lang() {
        Lang::Jpn => "ja",
        Lang::Vie => "vi",
        Lang::Eng => "en",
        Lang::Cmn => "zh",
        Lang::Kor => "ko",
        Lang::Ara => "ar",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Spa => "es",
        Lang::Por => "pt",
        _ => "other",
    })
}

pub fn run(l10n: &Localizer, args: EvalLanguageArgs) -> Result<(), Error> {
    let model = Catalog::builtin().resolve(args.model.as_deref())?;
    model.check_present()?;
    // Nothing is saved (`save: false`); the store is only the service's dependency.
    let store = Arc::new(crate::store::open(l10n)?);
    let chat = Chat::new(store, Worker::spawn()?, l10n.lang());
    let mut results = Vec::new();
    for file in &args.files {
        let cases = read_set(Path::new(file), args.limit)?;
        let mut result = SetResult {
            file: file.clone(),
            prompts: cases.len(),
            in_expected_language: 0,
            share: 0.0,
            misses: Vec::new(),
        };
        for (n, case) in cases.into_iter().enumerate() {
            let (tx, rx) = mpsc::channel();
            chat.send(
                ChatRequest {
                    conversation_id: None,
                    text: case.prompt.clone(),
                    model: model.clone(),
                    system_prompt: None,
                    params: Some(SamplingParams {
                        max_tokens: args.max_tokens,
                        ..SamplingParams::default()
                    }),
                    save: false,
                },
                |_| Box::new(Collect(tx, String::new())),
            )?;
            let reply = rx.recv().map_err(|_| Error::EngineGone)??;
            let detected = identify(&reply);
            if detected == Some(case.language.as_str()) {
                result.in_expected_language += 1;
            } else {
                result.misses.push(Miss {
                    prompt: case.prompt,
                    reply,
                    detected,
                });
            }
            eprint!("\r{file}: {}/{}", n + 1, result.prompts);
        }
        eprintln!();
        result.share = result.in_expected_language as f64 / result.prompts.max(1) as f64;
        if !args.json {
            println!(
                "{}",
                l10n.text(
                    "cli-eval-result",
                    &[
                        ("file", file.clone()),
                        ("matched", result.in_expected_language.to_string()),
                        ("prompts", result.prompts.to_string()),
                        ("percent", format!("{:.1}", result.share * 100.0)),
                    ],
                )
            );
        }
        results.push(result);
    }
    if args.json {
        println!(
            "{}",
            json!({ "model": model.name, "max_tokens": args.max_tokens, "sets": results })
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifies_the_languages_that_matter() {
        assert_eq!(
            identify("東京は日本の首都です。人口が多い都市です。"),
            Some("ja")
        );
        assert_eq!(
            identify("Hà Nội là thủ đô của Việt Nam, một thành phố có lịch sử lâu đời."),
            Some("vi")
        );
        assert_eq!(
            identify("Tokyo is the capital of Japan and a very large city."),
            Some("en")
        );
    }

    #[test]
    fn reads_the_lcb_csv_layout() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("set.csv");
        std::fs::write(
            &path,
            "prompt,source,language\n\"二行の\n質問\",native,ja\nxin chào,okapi,vi\n",
        )
        .unwrap();
        let cases = read_set(&path, None).unwrap();
        assert_eq!(cases.len(), 2);
        assert_eq!(cases[0].prompt, "二行の\n質問");
        assert_eq!(cases[1].language, "vi");
        assert_eq!(read_set(&path, Some(1)).unwrap().len(), 1);
        std::fs::write(&path, "text\nhello\n").unwrap();
        assert_eq!(read_set(&path, None).err().unwrap().code(), "file-invalid");
    }
}
