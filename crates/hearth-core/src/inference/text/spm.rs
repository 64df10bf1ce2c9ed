//! SentencePiece-style tokenization (`tokenizer.ggml.model = llama`: Gemma, Llama 2, Mistral)
//! from the GGUF's tokens and scores, the way llama.cpp does it so that ids match: the text's
//! spaces become `▁`, every character starts as a symbol, and the adjacent pair whose joined
//! text is a token with the highest score is merged until none is; a symbol that is no token
//! falls back to its bytes (`<0xE3>` tokens). Special tokens are cut out of the text first,
//! longest first, as whole tokens.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};

use crate::inference::text::special::{fragments, special_tokens, TokenType};

/// The byte a `<0xE3>` token stands for.
pub fn byte_of(text: &str) -> Option<u8> {
    let hex = text.strip_prefix("<0x")?.strip_suffix('>')?;
    (hex.len() == 2)
        .then(|| u8::from_str_radix(hex, 16).ok())
        .flatten()
}

/// A SentencePiece vocabulary.
pub struct Spm {
    /// Ordinary and user-defined tokens: what merges may produce.
    pieces: HashMap<String, u32>,
    scores: Vec<f32>,
    bytes: [Option<u32>; 256],
    add_space_prefix: bool,
    /// Tokens matched whole in the raw text, longest first: `(text, id, is control)`.
    special: Vec<(String, u32, bool)>,
}

/// A candidate merge of two adjacent symbols.
struct Pair {
    score: f32,
    left: usize,
    right: usize,
    len: usize,
}

impl PartialEq for Pair {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Pair {}
impl PartialOrd for Pair {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Pair {
    /// Higher score first; of equal scores, the leftmost.
    fn cmp(&self, other: &Self) -> Ordering {
        self.score
            .total_cmp(&other.score)
            .then(other.left.cmp(&self.left))
    }
}

/// A run of text in the symbol list: byte range and neighbours.
#[derive(Clone, Copy)]
struct Symbol {
    start: usize,
    len: usize,
    prev: Option<usize>,
    next: Option<usize>,
}

impl Spm {
    pub fn new(tokens: &[&str], scores: &[f32], types: &[i32], add_space_prefix: bool) -> Self {
        let mut pieces = HashMap::with_capacity(tokens.len());
        let mut bytes = [None; 256];
        for (id, (text, kind)) in (0u32..).zip(tokens.iter().zip(types)) {
            match *kind {
                TokenType::BYTE => {
                    if let Some(b) = byte_of(text) {
                        bytes[usize::from(b)] = Some(id);
                    }
                }
                TokenType::NORMAL => {
                    pieces.insert((*text).to_owned(), id);
                }
                TokenType::USER_DEFINED if !text.is_empty() => {
                    pieces.insert((*text).to_owned(), id);
                }
                _ => {}
            }
        }
        Spm {
            pieces,
            scores: scores.to_vec(),
            bytes,
            add_space_prefix,
            special: special_tokens(tokens, types),
        }
    }

    /// Encodes `text`, recognising control tokens only `with_control`; user-defined tokens
    /// are always recognised (they are ordinary text such as `"\n\n"`).
    pub fn encode(&self, text: &str, with_control: bool) -> Vec<u32> {
        let mut ids = Vec::new();
        let mut after_special = true;
        for fragment in fragments(text, &self.special, with_control) {
            match fragment {
                Err(id) => {
                    ids.push(id);
                    after_special = true;
                }
                Ok(raw) => {
                    let prefix = if self.add_space_prefix && after_special {
                        " "
                    } else {
                        ""
                    };
                    self.encode_raw(&format!("{prefix}{raw}").replace(' ', "▁"), &mut ids);
                    after_special = false;
                }
            }
        }
        ids
    }

    fn score(&self, text: &str) -> Option<f32> {
        let id = *self.pieces.get(text)?;
        Some(self.scores.get(id as usize).copied().unwrap_or(0.0))
    }

    /// Merges the characters of `text` (spaces already `▁`) by score.
    fn encode_raw(&self, text: &str, ids: &mut Vec<u32>) {
        let mut symbols: Vec<Symbol> = Vec::new();
        for (i, (start, c)) in text.char_indices().enumerate() {
            symbols.push(Symbol {
                start,
                len: c.len_utf8(),
                prev: i.checked_sub(1),
                next: Some(i + 1),
            });
        }
        let Some(last) = symbols.last_mut() else {
            return;
        };
        last.next = None;
        let mut queue = BinaryHeap::new();
        let mut merged_from: HashMap<&str, (usize, usize)> = HashMap::new();
        let mut consider = |symbols: &[Symbol],
                            queue: &mut BinaryHeap<Pair>,
                            left: Option<usize>,
                            right: Option<usize>| {
            let (Some(left), Some(right)) = (left, right) else {
                return;
            };
            let (a, b) = (symbols[left], symbols[right]);
            let joined = &text[a.start..b.start + b.len];
            if let Some(score) = self.score(joined) {
                queue.push(Pair {
                    score,
                    left,
                    right,
                    len: joined.len(),
                });
                merged_from.insert(joined, (left, right));
            }
        };
        for i in 1..symbols.len() {
            consider(&symbols, &mut queue, Some(i - 1), Some(i));
        }
        while let Some(pair) = queue.pop() {
            let (left, right) = (symbols[pair.left], symbols[pair.right]);
            // Outdated: one side was merged into something else since.
            if left.len == 0 || right.len == 0 || left.len + right.len != pair.len {
                continue;
            }
            symbols[pair.left].len += right.len;
            symbols[pair.left].next = right.next;
            symbols[pair.right].len = 0;
            if let Some(next) = right.next {
                symbols[next].prev = Some(pair.left);
            }
            consider(&symbols, &mut queue, left.prev, Some(pair.left));
            consider(&symbols, &mut queue, Some(pair.left), right.next);
        }
        let mut at = Some(0);
        while let Some(i) = at {
            let s = symbols[i];
            self.resegment(&text[s.start..s.start + s.len], &merged_from, &symbols, ids);
            at = s.next;
        }
    }

    /// A merged symbol's token, else its two halves', else its bytes.
    fn resegment(
        &self,
        piece: &str,
        merged_from: &HashMap<&str, (usize, usize)>,
        symbols: &[Symbol],
        ids: &mut Vec<u32>,
    ) {
        if let Some(id) = self.pieces.get(piece) {
            ids.push(*id);
            return;
        }
        if let Some(&(left, right)) = merged_from.get(piece) {
            let (l, r) = (symbols[left], symbols[right]);
            let split = r.start - l.start;
            self.resegment(&piece[..split], merged_from, symbols, ids);
            self.resegment(&piece[split..], merged_from, symbols, ids);
            return;
        }
        ids.extend(piece.bytes().filter_map(|b| self.bytes[usize::from(b)]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A Llama-2-style vocabulary: unknown, BOS, EOS, the 256 byte tokens, then pieces whose
    /// scores rank the merges, and one user-defined token.
    fn vocabulary() -> (Vec<String>, Vec<f32>, Vec<i32>) {
        let mut tokens = vec!["<unk>".to_owned(), "<s>".into(), "</s>".into()];
        let mut types = vec![2, TokenType::CONTROL, TokenType::CONTROL];
        for b in 0..=255u8 {
            tokens.push(format!("<0x{b:02X}>"));
            types.push(TokenType::BYTE);
        }
        let pieces = [
            "▁", "t", "h", "e", "▁t", "he", "▁the", "▁a", "a", "n", "an", "▁an", "日", "本",
            "日本", "ô", "Th", "ủ",
        ];
        for piece in pieces {
            tokens.push(piece.to_owned());
            types.push(TokenType::NORMAL);
        }
        tokens.push("<br>".into());
        types.push(TokenType::USER_DEFINED);
        // Later pieces are worth less, as in real files (score ≈ -rank).
        let scores = (0..tokens.len()).map(|i| -(i as f32)).collect();
        (tokens, scores, types)
    }

    fn vocab(add_space_prefix: bool) -> (Spm, Vec<String>) {
        let (tokens, scores, types) = vocabulary();
        let refs: Vec<&str> = tokens.iter().map(String::as_str).collect();
        (Spm::new(&refs, &scores, &types, add_space_prefix), tokens)
    }

    fn texts(ids: &[u32], tokens: &[String]) -> Vec<String> {
        ids.iter().map(|&id| tokens[id as usize].clone()).collect()
    }

    #[test]
    fn merges_follow_scores_and_the_space_prefix() {
        let (spm, tokens) = vocab(true);
        assert_eq!(
            texts(&spm.encode("the an", false), &tokens),
            ["▁the", "▁an"]
        );
        let (spm, tokens) = vocab(false);
        assert_eq!(texts(&spm.encode("the", false), &tokens), ["t", "he"]);
    }

    #[test]
    fn characters_without_a_piece_fall_back_to_their_bytes() {
        let (spm, tokens) = vocab(false);
        // 日本 is a piece; 語 (E8 AA 9E) is not; ô and ủ are, Vietnamese đ (C4 91) is not.
        assert_eq!(
            texts(&spm.encode("日本語", false), &tokens),
            ["日本", "<0xE8>", "<0xAA>", "<0x9E>"]
        );
        assert_eq!(
            texts(&spm.encode("Thủ đô", false), &tokens),
            ["Th", "ủ", "▁", "<0xC4>", "<0x91>", "ô"]
        );
    }

    #[test]
    fn control_tokens_only_with_control_and_user_defined_always() {
        let (spm, tokens) = vocab(false);
        assert_eq!(
            texts(&spm.encode("<s>a<br>n", true), &tokens),
            ["<s>", "a", "<br>", "n"]
        );
        let plain = texts(&spm.encode("<s>a<br>n", false), &tokens);
        assert!(!plain.contains(&"<s>".to_owned()), "{plain:?}");
        assert!(plain.contains(&"<br>".to_owned()), "{plain:?}");
    }

    #[test]
    fn byte_tokens_are_read_from_their_names() {
        assert_eq!(byte_of("<0x0A>"), Some(10));
        assert_eq!(byte_of("<0xe3>"), Some(0xE3));
        assert_eq!(byte_of("<0x1>"), None);
        assert_eq!(byte_of("0x0A"), None);
    }
}
