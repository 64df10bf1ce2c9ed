//! `hearth bench`: load time, prompt processing (pp), generation (tg), time to first token and
//! peak memory of a model, named as llama-bench names them for a side-by-side reading.

use hearth_core::catalog::Catalog;
use hearth_core::i18n::Localizer;
use hearth_core::inference::bench::{self, BenchPlan};
use hearth_core::Error;
use serde_json::json;

use crate::args::BenchArgs;

pub fn run(l10n: &Localizer, args: BenchArgs) -> Result<(), Error> {
    let threads = args.threads.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(usize::from)
            .unwrap_or(1)
    });
    // candle's CPU kernels run on rayon's global pool, sized from this variable at first use.
    std::env::set_var("RAYON_NUM_THREADS", threads.to_string());
    let model = Catalog::builtin().resolve(args.model.as_deref())?;
    model.check_present()?;
    let plan = BenchPlan {
        prompt_tokens: args.prompt_tokens,
        gen_tokens: args.gen_tokens,
        depth: args.depth,
        repetitions: args.repetitions,
    };
    let report = bench::run(&model.path, &plan, threads)?;
    if args.json {
        println!("{}", json!(report));
        return Ok(());
    }
    let depth = if report.depth > 0 {
        format!(" @ d{}", report.depth)
    } else {
        String::new()
    };
    println!(
        "{}",
        l10n.text(
            "cli-bench",
            &[
                ("model", report.model.clone()),
                ("threads", report.threads.to_string()),
                ("load", format!("{:.2}", report.load_s)),
                ("warmup", format!("{:.2}", report.warm_up_s)),
                ("pp", format!("pp{}", report.prompt_tokens)),
                ("ppRate", format!("{:.1}", report.pp_tok_s)),
                ("tg", format!("tg{}{depth}", report.gen_tokens)),
                ("tgRate", format!("{:.1}", report.tg_tok_s)),
                ("ttft", format!("{:.2}", report.ttft_s)),
                (
                    "rss",
                    report
                        .peak_rss_bytes
                        .map(|b| format!("{}", b / 1_000_000))
                        .unwrap_or_else(|| "-".into()),
                ),
            ],
        )
    );
    Ok(())
}
