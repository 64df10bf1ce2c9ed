//! `hearth bench`: the engine's speed measured the way llama-bench measures llama.cpp, so the
//! two can be read side by side: load time, prompt processing of N tokens (`pp N`), generation
//! of N tokens (`tg N`, optionally after `depth` tokens already in the context), time to the
//! first token, and the process's peak memory.

use std::path::Path;
use std::time::Instant;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::inference::engine::Engine;

/// Text whose tokens fill the benchmark prompt (cycled to the length asked for): English,
/// Japanese and Vietnamese, as Hearth's users write.
const PROMPT_TEXT: &str = "The lighthouse keeper wrote in his log every evening. \
    灯台守は毎晩、航海日誌に天気と船の数を書き留めていました。\
    Người giữ hải đăng ghi chép thời tiết và số tàu đi qua mỗi tối.";

/// What to measure.
#[derive(Debug, Clone)]
pub struct BenchPlan {
    /// Tokens of the prompt to process (`pp N`).
    pub prompt_tokens: usize,
    /// Tokens to generate (`tg N`).
    pub gen_tokens: usize,
    /// Tokens already in the context before the generation is timed (llama-bench `-d`).
    pub depth: usize,
    /// How many times each measurement runs (the report gives the mean).
    pub repetitions: usize,
}

/// One benchmark run's figures; rates are the mean over the repetitions.
#[derive(Debug, Clone, Serialize)]
pub struct BenchReport {
    /// The model file measured.
    pub model: String,
    /// Its architecture.
    pub architecture: String,
    /// Threads of the pool.
    pub threads: usize,
    /// Seconds to load the model.
    pub load_s: f64,
    /// The first products after loading, which lay weights out for the fast kernels (see
    /// [`Engine::warm_up`]).
    pub warm_up_s: f64,
    /// Prompt tokens processed.
    pub prompt_tokens: usize,
    /// Tokens generated.
    pub gen_tokens: usize,
    /// Tokens already in the context before generating.
    pub depth: usize,
    /// How many times each measurement ran.
    pub repetitions: usize,
    /// `pp<prompt_tokens>` in llama-bench's terms.
    pub pp_tok_s: f64,
    /// `tg<gen_tokens>` (at `depth`).
    pub tg_tok_s: f64,
    /// From a prompt of `prompt_tokens` to the first generated token's logits, sampled.
    pub ttft_s: f64,
    /// The process's peak resident memory (Linux `VmHWM`), when the OS tells.
    pub peak_rss_bytes: Option<u64>,
}

/// Peak resident memory of this process so far.
pub fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

fn prompt_tokens(engine: &Engine, n: usize) -> Result<Vec<u32>> {
    let text = engine.tokenizer().encode_text(PROMPT_TEXT)?;
    if text.is_empty() {
        return Err(Error::Inference("the benchmark text has no tokens".into()));
    }
    Ok(text.iter().copied().cycle().take(n).collect())
}

/// Loads `path` and measures it as `plan` says, on `threads` threads (set by the caller).
pub fn run(path: &Path, plan: &BenchPlan, threads: usize) -> Result<BenchReport> {
    let started = Instant::now();
    let mut engine = Engine::load(path)?;
    let load_s = started.elapsed().as_secs_f64();
    let limit = engine.context_limit();
    if plan.prompt_tokens.max(plan.depth) + plan.gen_tokens > limit || plan.prompt_tokens == 0 {
        return Err(Error::ContextOverflow {
            tokens: plan.prompt_tokens.max(plan.depth) + plan.gen_tokens,
            limit,
        });
    }
    let prompt = prompt_tokens(&engine, plan.prompt_tokens)?;
    let context = prompt_tokens(&engine, plan.depth)?;
    let started = Instant::now();
    engine.warm_up()?;
    let warm_up_s = started.elapsed().as_secs_f64();
    // One untimed pass warms the caches.
    engine.prefill(&prompt[..prompt.len().min(16)])?;

    let repetitions = plan.repetitions.max(1);
    let (mut pp_secs, mut tg_secs, mut ttft_secs) = (0.0, 0.0, 0.0);
    for _ in 0..repetitions {
        let start = Instant::now();
        let logits = engine.prefill(&prompt)?;
        pp_secs += start.elapsed().as_secs_f64();
        engine.greedy(&logits)?;
        ttft_secs += start.elapsed().as_secs_f64();

        let mut logits = if plan.depth > 0 {
            engine.prefill(&context)?
        } else {
            engine.prefill(&prompt[..1])?
        };
        let first = plan.depth.max(1);
        let start = Instant::now();
        for position in first..first + plan.gen_tokens {
            let next = engine.greedy(&logits)?;
            logits = engine.step(next, position)?;
        }
        tg_secs += start.elapsed().as_secs_f64();
    }
    let n = repetitions as f64;
    Ok(BenchReport {
        model: path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default(),
        architecture: engine.architecture.name().to_owned(),
        threads,
        load_s,
        warm_up_s,
        prompt_tokens: plan.prompt_tokens,
        gen_tokens: plan.gen_tokens,
        depth: plan.depth,
        repetitions,
        pp_tok_s: plan.prompt_tokens as f64 * n / pp_secs,
        tg_tok_s: plan.gen_tokens as f64 * n / tg_secs,
        ttft_s: ttft_secs / n,
        peak_rss_bytes: peak_rss_bytes(),
    })
}
