//! The Linux desktop entry shipped in the `.deb` (`packaging/hearth.desktop`, a tauri-bundler
//! template) says in every shipped language what `locales/<lang>/desktop.ftl` says.

#![allow(clippy::unwrap_used)] // A test that cannot go on should panic, with the error shown.

use hearth_core::i18n::{self, Localizer};

/// The desktop-entry locale of a shipped language (`None`: the untranslated default line).
fn desktop_locale(lang: &str) -> Option<&'static str> {
    match lang {
        "en-US" => None,
        "ja" => Some("ja"),
        "vi" => Some("vi"),
        "ko" => Some("ko"),
        "ar" => Some("ar"),
        "zh-Hans" => Some("zh_CN"),
        other => panic!("{other} needs a desktop-entry locale here"),
    }
}

#[test]
fn the_desktop_entry_follows_the_locales() {
    let entry = include_str!("../packaging/hearth.desktop");
    let lines: Vec<&str> = entry.lines().collect();
    let mut expected = Vec::new();
    for (id, field) in [
        ("desktop-generic-name", "GenericName"),
        ("desktop-comment", "Comment"),
        ("desktop-keywords", "Keywords"),
    ] {
        for lang in i18n::available() {
            let key = match desktop_locale(lang) {
                Some(code) => format!("{field}[{code}]"),
                None => field.to_owned(),
            };
            expected.push(format!("{key}={}", Localizer::new(lang).text(id, &[])));
        }
    }
    let missing: Vec<&String> = expected
        .iter()
        .filter(|line| !lines.contains(&line.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "packaging/hearth.desktop lacks (or has other text than):\n{}",
        missing
            .iter()
            .map(|l| l.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
    for template in ["Name={{name}}", "Exec={{exec}}", "Icon={{icon}}"] {
        assert!(lines.contains(&template), "{template}");
    }
}
