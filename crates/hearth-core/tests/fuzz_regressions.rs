//! Replays every input in `fuzz/regressions/` (crashes the GGUF fuzz target once found, kept
//! after the fix) through what the fuzz target runs. Each must end in `Ok` or a clean error.

#![allow(clippy::unwrap_used)] // A test that cannot go on should panic, with the error shown.

use hearth_core::inference::testing::Prompter;

#[test]
fn every_fuzz_regression_is_handled() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/regressions");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        if let Ok(prompter) = Prompter::from_bytes(&bytes) {
            let ids = prompter.tokenizer.encode_text("東京 Hà Nội").unwrap();
            prompter.tokenizer.decode(&ids);
        }
        count += 1;
    }
    assert!(count > 0, "no inputs in {}", dir.display());
}
