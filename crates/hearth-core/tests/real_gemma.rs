//! Tests on the real gemma-3-270m (base, Q4_K_M, `gemma3` architecture, SentencePiece-style
//! vocabulary of 262,144 tokens), fetched by `models/fetch.py gemma-3-270m` (`./dev test`
//! does). The expected ids are llama.cpp's `llama-tokenize` (commit 0c1e570, the one the
//! benchmarks compare with) on the same file: tokenizing does not depend on the CPU. Greedy
//! continuations, which do, are compared with the f32 reference on the machine running the test.

#![allow(clippy::unwrap_used)] // A test that cannot go on should panic, with the error shown.

use std::sync::{Mutex, OnceLock};

use hearth_core::catalog::Catalog;
use hearth_core::inference::{ChatMessage, Engine};

fn model_path() -> std::path::PathBuf {
    let model = Catalog::builtin().resolve(Some("gemma-3-270m")).unwrap();
    if let Err(err) = model.check_present() {
        panic!("{err}. Run `python3 models/fetch.py gemma-3-270m` (./dev test does) first.");
    }
    model.path
}

fn engine() -> &'static Mutex<Engine> {
    static ENGINE: OnceLock<Mutex<Engine>> = OnceLock::new();
    ENGINE.get_or_init(|| Mutex::new(Engine::load(&model_path()).unwrap()))
}

/// `(text, llama-tokenize's ids, BOS included)`.
const LLAMA_CPP_IDS: &[(&str, &[u32])] = &[
    ("The capital of Japan is", &[2, 818, 5279, 529, 6056, 563]),
    (
        "日本の首都は東京です。",
        &[2, 76444, 120211, 237048, 31414, 3652, 236924],
    ),
    (
        "Thủ đô của Việt Nam là Hà Nội.",
        &[
            2, 1214, 237417, 79162, 5042, 33154, 11774, 3244, 58132, 64875, 236761,
        ],
    ),
    (
        "fn main() {\n\n    println!(\"héllo 👋\");\n}",
        &[
            2, 15059, 1689, 825, 642, 108, 140, 4629, 36492, 236754, 7869, 844, 155818, 1443, 107,
            236783,
        ],
    ),
];

#[test]
fn sentencepiece_ids_are_llama_cpps_and_decode_back() {
    let engine = engine().lock().unwrap();
    for (text, expected) in LLAMA_CPP_IDS {
        let ids = engine
            .encode_conversation(&[ChatMessage::new("user", *text)])
            .unwrap();
        assert_eq!(&ids, expected, "{text:?}");
        assert_eq!(engine.tokenizer().decode(&ids), *text);
    }
}

#[test]
fn control_tokens_are_recognised_only_in_template_text() {
    let engine = engine().lock().unwrap();
    let tokenizer = engine.tokenizer();
    let typed = "  two  spaces <start_of_turn>user";
    // llama-tokenize (which parses special tokens) gives 105 for <start_of_turn>.
    assert_eq!(
        tokenizer.encode_with_special(typed).unwrap(),
        [138, 13498, 138, 35220, 236743, 105, 2364]
    );
    let plain = tokenizer.encode_text(typed).unwrap();
    assert!(!plain.contains(&105), "{plain:?}");
    assert_eq!(tokenizer.decode(&plain), typed);
}

/// How far below the f32 reference's best next token (in logits) a token of Hearth's greedy
/// continuation may be: near ties flip with the quantized arithmetic of each CPU path, a real
/// fault moves a token much further.
const NEAR_TIE: f32 = 1.0;

/// The prompt's ids and Hearth's greedy continuation of `n` tokens.
fn greedy_ids(prompt: &str, n: usize) -> (Vec<u32>, Vec<u32>) {
    let mut engine = engine().lock().unwrap();
    let ids = engine
        .encode_conversation(&[ChatMessage::new("user", prompt)])
        .unwrap();
    let mut logits = engine.prefill(&ids).unwrap();
    let mut generated = Vec::with_capacity(n);
    for position in ids.len()..ids.len() + n {
        let token = engine.greedy(&logits).unwrap();
        generated.push(token);
        logits = engine.step(token, position).unwrap();
    }
    (ids, generated)
}

#[test]
fn greedy_continuations_follow_the_f32_reference() {
    // Compared on this machine, never with text recorded on another one: every token Hearth
    // picks is the f32 reference's best or within a near tie of it, given the same prefix.
    for (prompt, first_word) in [
        ("The capital of Japan is", " Tokyo"),
        ("日本の首都は", "、"),
        ("Thủ đô của Việt Nam là", " một"),
    ] {
        let (ids, generated) = greedy_ids(prompt, 16);
        let reply = engine().lock().unwrap().tokenizer().decode(&generated);
        assert!(reply.starts_with(first_word), "{prompt:?} → {reply:?}");
        assert!(!reply.contains('\u{FFFD}'), "{reply:?}");
        let run = [ids.as_slice(), &generated[..generated.len() - 1]].concat();
        let plain =
            hearth_core::inference::testing::reference::plain_logits(&model_path(), &run).unwrap();
        for (j, &token) in generated.iter().enumerate() {
            let next = &plain[ids.len() - 1 + j];
            let best = next.iter().fold(f32::MIN, |m, x| m.max(*x));
            let below = best - next[token as usize];
            assert!(
                below <= NEAR_TIE,
                "{prompt:?} → {reply:?}: token {j} is {below} below the reference's best"
            );
            if j == 0 {
                assert_eq!(
                    below, 0.0,
                    "{prompt:?}: the first token is not the reference's"
                );
            }
        }
    }
}

/// With every matrix multiplied in f32 (see `reference::passes_in_f32`), Hearth's model and
/// the plain reference must agree to float precision.
#[test]
fn the_model_matches_the_plain_reference_on_its_real_weights() {
    assert!(hearth_core::inference::testing::reference::passes_in_f32(
        "exact_comparison_with_the_plain_reference"
    ));
}

#[test]
#[ignore = "run by the_model_matches_the_plain_reference_on_its_real_weights"]
fn exact_comparison_with_the_plain_reference() {
    // Every layer kind of the file (sliding-window and global, q/k norms, post norms, GELU,
    // the tied 262,144-row output) against the f32 loops of `reference`, over the positions
    // of a prompt run in chunks and steps. Correct: ~3e-6; GELU without the tanh
    // approximation: 8e-4; quantized (without the variable): ~9e-2.
    assert_eq!(std::env::var("CANDLE_DEQUANTIZE_ALL").as_deref(), Ok("1"));
    let ids = engine()
        .lock()
        .unwrap()
        .encode_conversation(&[ChatMessage::new(
            "user",
            "日本の首都は東京です。 Thủ đô của Việt Nam là Hà Nội. The capital of France is",
        )])
        .unwrap();
    let worst = hearth_core::inference::testing::reference::compare_with_plain(&model_path(), &ids)
        .unwrap();
    assert!(worst < 1e-4, "relative difference {worst}");
}

#[test]
fn quantized_arithmetic_stays_close_to_f32() {
    // Next-token distributions over a mixed-language paragraph, Hearth's quantized products
    // against the plain f32 reference (the figures per path are in docs/performance.md).
    let ids = engine()
        .lock()
        .unwrap()
        .encode_conversation(&[ChatMessage::new("user", PARAGRAPH)])
        .unwrap();
    let (same, divergence) =
        hearth_core::inference::testing::reference::fidelity(&model_path(), &ids).unwrap();
    assert!(same >= 0.9 && divergence < 0.05, "{same} {divergence}");
}

const PARAGRAPH: &str = "東京は日本の首都であり、世界で最も人口の多い都市圏の一つです。 Hà Nội là thủ đô của Việt Nam, nổi tiếng với phở. The quick brown fox jumps over the lazy dog, and then it runs into the forest to find food.";
