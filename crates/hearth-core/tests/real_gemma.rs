//! Tests on the real gemma-3-270m (base, Q4_K_M, `gemma3` architecture, SentencePiece-style
//! vocabulary of 262,144 tokens), fetched by `models/fetch.py gemma-3-270m` (`./dev test`
//! does). The expected ids and continuations are llama.cpp's (commit 0c1e570, the one the
//! benchmarks compare with) on the same file: `llama-tokenize`, and `llama-completion --temp 0`.

#![allow(clippy::unwrap_used)] // A test that cannot go on should panic, with the error shown.

use std::sync::atomic::AtomicBool;
use std::sync::{Mutex, OnceLock};

use hearth_core::catalog::Catalog;
use hearth_core::inference::{ChatMessage, Engine, SamplingParams};

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

fn greedy(prompt: &str) -> String {
    let mut engine = engine().lock().unwrap();
    let params = SamplingParams {
        temperature: 0.0,
        max_tokens: 24,
        ..SamplingParams::default()
    };
    let mut reply = String::new();
    engine
        .generate(
            &[
                ChatMessage::new("system", "ignored: a base model has no instructions"),
                ChatMessage::new("user", prompt),
            ],
            &params,
            &AtomicBool::new(false),
            &mut |text, _| reply.push_str(text),
        )
        .unwrap();
    reply
}

#[test]
fn greedy_continuations_follow_llama_cpps() {
    // llama.cpp's greedy continuations begin " Tokyo, and the capital of the world is New
    // York.", "、2018年11月1日（火）から", " một trong những thành phố lớn nhất thế giới";
    // past their first words the two differ as their quantized arithmetic does (llama.cpp
    // rounds activations per 32 values for these Q5_0 weights, candle's tiled kernels per 256;
    // with its row-by-row kernels Hearth followed " Tokyo, and the capital of" too).
    for (prompt, start) in [
        ("The capital of Japan is", " Tokyo"),
        ("日本の首都は", "、2018年"),
        ("Thủ đô của Việt Nam là", " một trong những"),
    ] {
        let reply = greedy(prompt);
        assert!(reply.starts_with(start), "{prompt:?} → {reply:?}");
        assert!(!reply.contains('\u{FFFD}'), "{reply:?}");
    }
}

/// With every matrix multiplied in f32 (see `reference::passes_in_f32`), Hearth's model and
/// the plain reference must agree to float precision.
#[test]
fn the_model_matches_the_plain_reference_on_its_real_weights() {
    assert!(hearth_core::inference::reference::passes_in_f32(
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
    let worst = hearth_core::inference::reference::compare_with_plain(&model_path(), &ids).unwrap();
    assert!(worst < 1e-4, "relative difference {worst}");
}

#[test]
fn quantized_arithmetic_stays_close_to_f32() {
    // Next-token distributions over a mixed-language paragraph, Hearth's quantized products
    // against the plain f32 reference. Measured: 52 of 54 positions pick the same token,
    // mean KL 0.025 nats (0.021 with candle's row-by-row kernels, which round activations per
    // 32 values instead of 256).
    let ids = engine()
        .lock()
        .unwrap()
        .encode_conversation(&[ChatMessage::new("user", PARAGRAPH)])
        .unwrap();
    let (same, divergence) =
        hearth_core::inference::reference::fidelity(&model_path(), &ids).unwrap();
    assert!(same >= 0.9 && divergence < 0.05, "{same} {divergence}");
}

const PARAGRAPH: &str = "東京は日本の首都であり、世界で最も人口の多い都市圏の一つです。 Hà Nội là thủ đô của Việt Nam, nổi tiếng với phở. The quick brown fox jumps over the lazy dog, and then it runs into the forest to find food.";
