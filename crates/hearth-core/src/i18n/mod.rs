//! Localisation with Fluent. Every user-visible string lives in `locales/<lang>/*.ftl`,
//! compiled into the binary; this module negotiates the language and formats messages.

mod detect;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use detect::{detect_language, reply_language_reminder, requested_language};
use unicode_normalization::UnicodeNormalization;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// Text normalised as Hearth stores, searches and sends it: NFC (macOS input methods and file
/// names give NFD, so "Việt" can arrive in two spellings).
pub fn normalize(text: &str) -> String {
    text.nfc().collect()
}

/// The language every other locale falls back to.
pub const FALLBACK: &str = "en-US";

/// The languages Hearth ships, as BCP 47 tags.
pub fn available() -> Vec<&'static str> {
    let mut langs: Vec<&str> = FTL_FILES.iter().map(|(lang, _, _)| *lang).collect();
    langs.dedup();
    langs
}

/// Turns a POSIX locale (`ja_JP.UTF-8`, `vi_VN@euro`, `C`) or a BCP 47 tag into a language
/// identifier, or `None` when it names no language.
pub fn parse_locale(raw: &str) -> Option<LanguageIdentifier> {
    let tag = raw
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    if tag.is_empty() || tag.eq_ignore_ascii_case("C") || tag.eq_ignore_ascii_case("POSIX") {
        return None;
    }
    tag.parse().ok()
}

/// Picks the best shipped language for the requested ones, falling back to en-US.
pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> &'static str {
    let requested: Vec<LanguageIdentifier> = requested
        .iter()
        .filter_map(|r| parse_locale(r.as_ref()))
        .collect();
    let available: Vec<(LanguageIdentifier, &'static str)> = available()
        .into_iter()
        .filter_map(|tag| Some((tag.parse().ok()?, tag)))
        .collect();
    let ids: Vec<LanguageIdentifier> = available.iter().map(|(id, _)| id.clone()).collect();
    let default: LanguageIdentifier = FALLBACK.parse().expect("en-US parses");
    let chosen = fluent_langneg::negotiate_languages(
        &requested,
        &ids,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .and_then(|id| available.iter().find(|(a, _)| a == *id))
        .map(|(_, tag)| *tag)
        .unwrap_or(FALLBACK)
}

/// The OS's preferred languages (LANG, LC_ALL … on Unix), negotiated.
pub fn system_language() -> &'static str {
    let mut requested: Vec<String> = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .filter(|v| !v.is_empty())
        .take(1)
        .collect();
    requested.extend(sys_locale::get_locales());
    negotiate(&requested)
}

/// Formats messages in one language.
pub struct Localizer {
    lang: &'static str,
    bundle: FluentBundle<FluentResource>,
}

impl Localizer {
    /// A localizer for a shipped language (anything else gets en-US).
    pub fn new(lang: &str) -> Self {
        let lang = negotiate(&[lang]);
        let id: LanguageIdentifier = lang.parse().expect("shipped tags parse");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Bidi isolation marks would end up in terminal output and file names.
        bundle.set_use_isolating(false);
        // NUMBER() is the only builtin; adding it to a fresh bundle cannot clash.
        let _ = bundle.add_builtins();
        for (_, _, source) in FTL_FILES.iter().filter(|(l, _, _)| *l == lang) {
            let resource = FluentResource::try_new((*source).to_owned())
                .unwrap_or_else(|(partial, _)| partial);
            // Duplicate ids are rejected by the locale tests; keep the first here.
            let _ = bundle.add_resource(resource);
        }
        Localizer { lang, bundle }
    }

    /// The language this localizer speaks, as a BCP 47 tag.
    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// Formats message `id`; an unknown id is returned as itself. Arguments that read as
    /// numbers are passed as numbers, so plural and `[0]` variants select on them.
    pub fn text(&self, id: &str, args: &[(&str, String)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, FluentValue::try_number(value.as_str()));
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// The translated explanation of an error.
    pub fn error(&self, err: &crate::Error) -> String {
        self.text(&err.fluent_id(), &err.args())
    }

    /// The default system prompt, written in this language.
    pub fn system_prompt(&self) -> String {
        self.text("system-prompt-default", &[])
    }
}

#[cfg(test)]
mod tests;
