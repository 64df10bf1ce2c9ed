use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use super::*;

/// Message id → the set of variables it uses, for one language.
fn messages_of(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (_, file, source) in FTL_FILES.iter().filter(|(l, _, _)| *l == lang) {
        let resource = FluentResource::try_new((*source).to_owned())
            .unwrap_or_else(|(_, errors)| panic!("{lang}/{file} does not parse: {errors:?}"));
        for entry in resource.entries() {
            match entry {
                ast::Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(value) = &m.value {
                        collect_variables(value, &mut vars);
                    }
                    for attribute in &m.attributes {
                        collect_variables(&attribute.value, &mut vars);
                    }
                    let fresh = out.insert(m.id.name.to_owned(), vars).is_none();
                    assert!(fresh, "{lang}/{file}: duplicate id {}", m.id.name);
                }
                ast::Entry::Junk { content } => panic!("{lang}/{file}: junk {content:?}"),
                _ => {}
            }
        }
    }
    out
}

fn collect_variables(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, vars);
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => collect_inline(inline, vars),
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, vars);
            assert!(
                variants.iter().any(|v| v.default),
                "selector without default"
            );
            for variant in variants {
                collect_variables(&variant.value, vars);
            }
        }
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                collect_inline(arg, vars);
            }
        }
        _ => {}
    }
}

#[test]
fn every_locale_has_exactly_the_english_messages_and_variables() {
    let english = messages_of(FALLBACK);
    assert!(english.len() > 10);
    for lang in available() {
        let messages = messages_of(lang);
        let missing: Vec<_> = english
            .keys()
            .filter(|k| !messages.contains_key(*k))
            .collect();
        let extra: Vec<_> = messages
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang} has ids en-US lacks: {extra:?}");
        for (id, vars) in &english {
            assert_eq!(&messages[id], vars, "{lang}: {id} uses other variables");
        }
    }
}

#[test]
fn every_message_formats_in_every_locale() {
    for lang in available() {
        let localizer = Localizer::new(lang);
        for (id, vars) in messages_of(lang) {
            let id = id.as_str();
            let args: Vec<(&str, String)> =
                vars.iter().map(|v| (v.as_str(), "1".to_owned())).collect();
            let pattern = localizer.bundle.get_message(id).and_then(|m| m.value());
            let Some(pattern) = pattern else { continue };
            let mut fluent_args = FluentArgs::new();
            for (name, value) in &args {
                fluent_args.set(*name, value.clone());
            }
            let mut errors = Vec::new();
            let text = localizer
                .bundle
                .format_pattern(pattern, Some(&fluent_args), &mut errors);
            assert!(errors.is_empty(), "{lang}/{id}: {errors:?}");
            assert!(!text.trim().is_empty(), "{lang}/{id} is empty");
        }
    }
}

#[test]
fn first_class_languages_are_shipped() {
    let langs = available();
    for lang in ["en-US", "ja", "vi"] {
        assert!(langs.contains(&lang), "{lang} missing");
    }
}

#[test]
fn negotiation_handles_real_and_odd_locales() {
    assert_eq!(negotiate(&["ja_JP.UTF-8"]), "ja");
    assert_eq!(negotiate(&["vi_VN"]), "vi");
    assert_eq!(negotiate(&["vi-VN"]), "vi");
    assert_eq!(negotiate(&["en_GB.UTF-8"]), "en-US");
    assert_eq!(negotiate(&["C"]), "en-US");
    assert_eq!(negotiate(&["POSIX"]), "en-US");
    assert_eq!(negotiate(&[""]), "en-US");
    assert_eq!(negotiate::<&str>(&[]), "en-US");
    assert_eq!(negotiate(&["pt_BR.UTF-8"]), "en-US");
    assert_eq!(negotiate(&["C", "ja-JP"]), "ja");
    assert_eq!(negotiate(&["zh_CN.UTF-8"]), "zh-Hans");
    assert_eq!(negotiate(&["zh-Hans-CN"]), "zh-Hans");
    assert_eq!(negotiate(&["zh_SG"]), "zh-Hans");
    assert_eq!(negotiate(&["ko_KR.UTF-8"]), "ko");
    assert_eq!(negotiate(&["ar_EG.UTF-8"]), "ar");
    assert_eq!(negotiate(&["ar"]), "ar");
}

#[test]
fn system_prompts_are_written_in_their_language() {
    assert_eq!(
        detect_language(&Localizer::new("ja").system_prompt()),
        Some("ja")
    );
    assert_eq!(
        detect_language(&Localizer::new("vi").system_prompt()),
        Some("vi")
    );
    assert_eq!(
        detect_language(&Localizer::new("en-US").system_prompt()),
        Some("en-US")
    );
    assert_eq!(
        detect_language(&Localizer::new("ko").system_prompt()),
        Some("ko")
    );
    assert_eq!(
        detect_language(&Localizer::new("ar").system_prompt()),
        Some("ar")
    );
    // Chinese shares Han characters with Japanese: no kana, and it names Chinese.
    let zh = Localizer::new("zh-Hans").system_prompt();
    assert_eq!(detect_language(&zh), None, "{zh}");
    assert_eq!(requested_language(&zh), Some("zh-Hans"), "{zh}");
}

#[test]
fn errors_are_translated() {
    let err = crate::Error::ModelMissing {
        path: "/m/x.gguf".into(),
    };
    let ja = Localizer::new("ja").error(&err);
    assert!(ja.contains("/m/x.gguf"), "{ja}");
    assert_ne!(ja, Localizer::new("en-US").error(&err));
}

#[test]
fn numeric_arguments_select_plural_and_exact_variants() {
    let en = Localizer::new("en-US");
    let imported = |conversations: &str, skipped: &str| {
        en.text(
            "data-imported",
            &[
                ("conversations", conversations.to_owned()),
                ("skipped", skipped.to_owned()),
            ],
        )
    };
    assert_eq!(
        imported("0", "1"),
        "Nothing new to import (1 already present)."
    );
    assert_eq!(imported("1", "0"), "Imported one conversation.");
    assert_eq!(
        en.text("error-read-only", &[("path", "/home/2024".to_owned())]),
        "Hearth cannot write to /home/2024. Check the folder’s permissions."
    );
}
