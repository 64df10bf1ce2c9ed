//! A whole model file from the fuzzer: header, tensor directory, architecture checks,
//! tokenizer construction, chat-template compilation and a rendered, tokenised conversation.
//! Any outcome but a panic, a hang or a runaway allocation is fine.
#![no_main]

use hearth_core::inference::testing::Prompter;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(prompter) = Prompter::from_bytes(data) {
        let ids = prompter
            .tokenizer
            .encode_text("東京 Hà Nội <|im_end|>")
            .unwrap_or_default();
        let _ = prompter.tokenizer.decode(&ids);
    }
});
