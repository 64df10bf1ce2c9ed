//! What both tokenizers share: GGUF's token types, a vocabulary's special (control and
//! user-defined) tokens, and text cut around them.

/// GGUF token types (`tokenizer.ggml.token_type`).
pub(crate) struct TokenType;

impl TokenType {
    pub(crate) const NORMAL: i32 = 1;
    pub(crate) const CONTROL: i32 = 3;
    pub(crate) const USER_DEFINED: i32 = 4;
    pub(crate) const BYTE: i32 = 6;
}

/// A vocabulary's control and user-defined tokens, longest first: `(text, id, is control)`.
pub(crate) fn special_tokens(tokens: &[&str], types: &[i32]) -> Vec<(String, u32, bool)> {
    let mut special: Vec<(String, u32, bool)> = (0u32..)
        .zip(tokens.iter().zip(types))
        .filter(|(_, (text, kind))| {
            matches!(**kind, TokenType::CONTROL | TokenType::USER_DEFINED) && !text.is_empty()
        })
        .map(|(id, (text, kind))| ((*text).to_owned(), id, *kind == TokenType::CONTROL))
        .collect();
    special.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.1.cmp(&b.1)));
    special
}

/// `text` cut around the special tokens it holds (control ones only `with_control`): raw
/// text, or a special token's id.
pub(crate) fn fragments<'a>(
    text: &'a str,
    special: &[(String, u32, bool)],
    with_control: bool,
) -> Vec<std::result::Result<&'a str, u32>> {
    let mut fragments = vec![Ok(text)];
    for (special, id, control) in special {
        if *control && !with_control {
            continue;
        }
        let mut next = Vec::with_capacity(fragments.len());
        for fragment in fragments {
            let Ok(mut rest) = fragment else {
                next.push(fragment);
                continue;
            };
            while let Some(at) = rest.find(special.as_str()) {
                if at > 0 {
                    next.push(Ok(&rest[..at]));
                }
                next.push(Err(*id));
                rest = &rest[at + special.len()..];
            }
            if !rest.is_empty() {
                next.push(Ok(rest));
            }
        }
        fragments = next;
    }
    fragments
}
