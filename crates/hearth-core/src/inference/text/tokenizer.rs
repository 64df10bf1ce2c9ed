//! A tokenizer built from the GGUF's own metadata (`tokenizer.ggml.*`), never from a hub.
//!
//! Byte-level BPE (`tokenizer.ggml.model = gpt2`, used by qwen2, qwen3 and llama3) is built
//! with the `tokenizers` crate: BPE from `tokens` + `merges`, the split regex chosen by
//! `tokenizer.ggml.pre`, byte-level mapping, NFC normalisation. SentencePiece-style
//! vocabularies (`llama`: Gemma, Llama 2, Mistral) are merged by score in [`crate::inference::text::spm`].
//! Decoding does not go through either: every id maps to its raw bytes, which [`crate::inference::text::stream::Utf8Stream`] turns
//! into text without ever splitting a character.

use std::collections::HashMap;

use tokenizers::models::bpe::BPE;
use tokenizers::normalizers::unicode::NFC;
use tokenizers::pre_tokenizers::byte_level::ByteLevel;
use tokenizers::pre_tokenizers::sequence::Sequence;
use tokenizers::pre_tokenizers::split::{Split, SplitPattern};
use tokenizers::{PreTokenizerWrapper, SplitDelimiterBehavior, Tokenizer};

use crate::error::{Error, Result};
use crate::inference::gguf::Gguf;

const QWEN2_SPLIT: &str = r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+";
const LLAMA3_SPLIT: &str = r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+";
const GPT2_SPLIT: &str =
    r"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+";

use crate::inference::text::special::{fragments, special_tokens, TokenType};
use crate::inference::text::spm::{self, Spm};

/// Control tokens that end an assistant turn in the families we know, besides the declared EOS.
const END_OF_TURN: &[&str] = &["<|im_end|>", "<|endoftext|>", "<|eot_id|>", "<end_of_turn>"];

/// How text becomes ids.
enum Encoder {
    Bpe {
        /// Recognises no special token: user and assistant text, so typing `<|im_start|>`
        /// stays text.
        plain: Box<Tokenizer>,
        /// Control and user-defined tokens, spliced in around `plain`'s ids in text rendered
        /// from the template (one BPE model, not a second copy that knows them).
        special: Vec<(String, u32, bool)>,
    },
    Spm(Box<Spm>),
}

/// The model's tokenizer and its special tokens.
pub struct GgufTokenizer {
    encoder: Encoder,
    token_bytes: TokenBytes,
    end_of_turn: Vec<u32>,
    /// The text of the BOS token, if the vocabulary has one.
    pub bos: Option<String>,
    /// The text of the EOS token, if the vocabulary has one.
    pub eos: Option<String>,
    /// The id every prompt starts with (`tokenizer.ggml.add_bos_token`), if any.
    pub leading_bos: Option<u32>,
}

fn tokenizer_error(err: impl std::fmt::Display) -> Error {
    Error::Tokenizer(err.to_string())
}

/// GPT-2's reversible map from bytes to printable characters, inverted.
fn byte_level_decoding() -> HashMap<char, u8> {
    let mut printable: Vec<u32> = (u32::from(b'!')..=u32::from(b'~'))
        .chain(0xA1..=0xAC)
        .chain(0xAE..=0xFF)
        .collect();
    let mut chars: Vec<u32> = printable.clone();
    let mut extra = 0;
    for byte in 0..=255u32 {
        if !printable.contains(&byte) {
            printable.push(byte);
            chars.push(256 + extra);
            extra += 1;
        }
    }
    printable
        .into_iter()
        .zip(chars)
        .filter_map(|(b, c)| Some((char::from_u32(c)?, u8::try_from(b).ok()?)))
        .collect()
}

/// A byte-level BPE encoder from `tokens` and `tokenizer.ggml.merges`.
fn bpe<R>(gguf: &Gguf<R>, tokens: &[&str], types: &[i32]) -> Result<Encoder> {
    let merges = gguf.strings("tokenizer.ggml.merges")?;
    let pre = if gguf.has("tokenizer.ggml.pre") {
        gguf.string("tokenizer.ggml.pre")?
    } else {
        "default"
    };
    let split = match pre {
        "qwen2" => QWEN2_SPLIT,
        "llama3" | "llama-bpe" | "smollm" => LLAMA3_SPLIT,
        "default" | "gpt2" => GPT2_SPLIT,
        other => {
            return Err(Error::Tokenizer(format!(
                "pre-tokenizer {other:?} is not supported yet"
            )))
        }
    };

    let merges = merges
        .iter()
        .map(|m| {
            m.split_once(' ')
                .map(|(a, b)| (a.to_owned(), b.to_owned()))
                .ok_or_else(|| Error::Tokenizer(format!("malformed merge {m:?}")))
        })
        .collect::<Result<Vec<_>>>()?;
    let vocab = (0u32..)
        .zip(tokens)
        .map(|(id, text)| ((*text).to_owned(), id))
        .collect::<tokenizers::models::bpe::Vocab>();
    let bpe = BPE::builder()
        .vocab_and_merges(vocab, merges)
        .build()
        .map_err(tokenizer_error)?;

    let mut plain = Tokenizer::new(bpe);
    plain.with_normalizer(Some(NFC)).map_err(tokenizer_error)?;
    let split = Split::new(
        SplitPattern::Regex(split.to_owned()),
        SplitDelimiterBehavior::Isolated,
        false,
    )
    .map_err(tokenizer_error)?;
    plain.with_pre_tokenizer(Some(Sequence::new(vec![
        PreTokenizerWrapper::Split(split),
        PreTokenizerWrapper::ByteLevel(ByteLevel::new(false, false, false)),
    ])));

    Ok(Encoder::Bpe {
        plain: Box::new(plain),
        special: special_tokens(tokens, types),
    })
}

/// The bytes every token stands for, one after another (one allocation, not one per token:
/// a vocabulary has up to a quarter of a million).
struct TokenBytes {
    bytes: Vec<u8>,
    /// Where each token's bytes end.
    ends: Vec<usize>,
}

impl TokenBytes {
    fn get(&self, id: usize) -> &[u8] {
        match self.ends.get(id) {
            Some(&end) => &self.bytes[id.checked_sub(1).map_or(0, |i| self.ends[i])..end],
            None => &[],
        }
    }
}

impl FromIterator<Vec<u8>> for TokenBytes {
    fn from_iter<I: IntoIterator<Item = Vec<u8>>>(tokens: I) -> Self {
        let mut all = TokenBytes {
            bytes: Vec::new(),
            ends: Vec::new(),
        };
        for token in tokens {
            all.bytes.extend_from_slice(&token);
            all.ends.push(all.bytes.len());
        }
        all.bytes.shrink_to_fit();
        all
    }
}

/// What each token of a byte-level vocabulary stands for.
fn byte_level_bytes(tokens: &[&str], types: &[i32]) -> TokenBytes {
    let decode = byte_level_decoding();
    tokens
        .iter()
        .zip(types)
        .map(|(text, kind)| match *kind {
            TokenType::CONTROL => Vec::new(),
            TokenType::USER_DEFINED => text.as_bytes().to_vec(),
            _ => text
                .chars()
                .map(|c| decode.get(&c).copied().unwrap_or(b'?'))
                .collect(),
        })
        .collect()
}

/// What each token of a SentencePiece vocabulary stands for: `▁` is a space, `<0xE3>` a byte.
fn piece_bytes(tokens: &[&str], types: &[i32]) -> TokenBytes {
    tokens
        .iter()
        .zip(types)
        .map(|(text, kind)| match *kind {
            TokenType::BYTE => spm::byte_of(text).map(|b| vec![b]).unwrap_or_default(),
            TokenType::CONTROL => Vec::new(),
            _ => text.replace('▁', " ").into_bytes(),
        })
        .collect()
}

impl GgufTokenizer {
    /// Builds the tokenizer the file declares (`tokenizer.ggml.model`).
    pub fn from_gguf<R>(gguf: &Gguf<R>) -> Result<Self> {
        let model = gguf.string("tokenizer.ggml.model")?;
        let tokens = gguf.strings("tokenizer.ggml.tokens")?;
        let types = if gguf.has("tokenizer.ggml.token_type") {
            gguf.i32s("tokenizer.ggml.token_type")?
        } else {
            vec![1; tokens.len()]
        };
        let flag = |key: &str, default: bool| match gguf.content.metadata.get(key) {
            Some(candle_core::quantized::gguf_file::Value::Bool(b)) => *b,
            _ => default,
        };
        if u32::try_from(tokens.len()).is_err() {
            return Err(Error::Tokenizer(format!("{} tokens", tokens.len())));
        }
        let (encoder, token_bytes) = match model {
            "gpt2" => (
                bpe(gguf, &tokens, &types)?,
                byte_level_bytes(&tokens, &types),
            ),
            "llama" => {
                let scores = gguf.f32s("tokenizer.ggml.scores")?;
                let prefix = flag("tokenizer.ggml.add_space_prefix", true);
                let encoder = Encoder::Spm(Box::new(Spm::new(&tokens, &scores, &types, prefix)));
                (encoder, piece_bytes(&tokens, &types))
            }
            other => {
                return Err(Error::Tokenizer(format!(
                    "tokenizer model {other:?} is not supported yet"
                )))
            }
        };
        let special_id = |key: &str| -> Result<Option<u32>> {
            if gguf.has(key) {
                gguf.u32(key).map(Some)
            } else {
                Ok(None)
            }
        };
        let eos_id = special_id("tokenizer.ggml.eos_token_id")?;
        let bos_id = special_id("tokenizer.ggml.bos_token_id")?;
        let eot_id = special_id("tokenizer.ggml.eot_token_id")?;
        let text_of = |id: Option<u32>| {
            id.and_then(|id| tokens.get(id as usize))
                .map(|t| (*t).to_owned())
        };
        let mut end_of_turn: Vec<u32> = eos_id.into_iter().chain(eot_id).collect();
        let id_of = |text: &str| tokens.iter().position(|t| *t == text).map(|id| id as u32);
        end_of_turn.extend(END_OF_TURN.iter().filter_map(|t| id_of(t)));
        end_of_turn.sort_unstable();
        end_of_turn.dedup();

        let add_bos = flag("tokenizer.ggml.add_bos_token", model == "llama");
        Ok(GgufTokenizer {
            encoder,
            token_bytes,
            end_of_turn,
            bos: text_of(bos_id),
            eos: text_of(eos_id),
            leading_bos: bos_id.filter(|_| add_bos),
        })
    }

    /// Encodes text in which control tokens (e.g. `<|im_start|>`) are recognised.
    pub fn encode_with_special(&self, text: &str) -> Result<Vec<u32>> {
        match &self.encoder {
            Encoder::Bpe { plain, special } => {
                let mut ids = Vec::new();
                for fragment in fragments(text, special, true) {
                    match fragment {
                        Ok(raw) => {
                            let encoding = plain.encode(raw, false).map_err(tokenizer_error)?;
                            ids.extend_from_slice(encoding.get_ids());
                        }
                        Err(id) => ids.push(id),
                    }
                }
                Ok(ids)
            }
            Encoder::Spm(spm) => Ok(spm.encode(text, true)),
        }
    }

    /// Encodes text as plain text: no control token can be produced from it.
    pub fn encode_text(&self, text: &str) -> Result<Vec<u32>> {
        match &self.encoder {
            Encoder::Bpe { plain, .. } => {
                let encoding = plain.encode(text, false).map_err(tokenizer_error)?;
                Ok(encoding.get_ids().to_vec())
            }
            Encoder::Spm(spm) => Ok(spm.encode(text, false)),
        }
    }

    /// The raw bytes a token stands for (empty for control tokens and unknown ids).
    pub fn token_bytes(&self, id: u32) -> &[u8] {
        self.token_bytes.get(id as usize)
    }

    /// Decodes a whole sequence (control tokens skipped).
    pub fn decode(&self, ids: &[u32]) -> String {
        let bytes: Vec<u8> = ids
            .iter()
            .flat_map(|id| self.token_bytes(*id))
            .copied()
            .collect();
        String::from_utf8_lossy(&bytes).into_owned()
    }

    /// Whether `id` ends an assistant turn (EOS or a known end-of-turn token).
    pub fn is_end_of_turn(&self, id: u32) -> bool {
        self.end_of_turn.contains(&id)
    }

    /// Every id that ends an assistant turn.
    pub fn end_of_turn_ids(&self) -> &[u32] {
        &self.end_of_turn
    }

    /// Tokens in the vocabulary.
    pub fn vocab_size(&self) -> usize {
        self.token_bytes.ends.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_level_map_is_a_bijection() {
        let map = byte_level_decoding();
        assert_eq!(map.len(), 256);
        let mut bytes: Vec<u8> = map.values().copied().collect();
        bytes.sort_unstable();
        bytes.dedup();
        assert_eq!(bytes.len(), 256);
        assert_eq!(map[&'Ġ'], b' ');
        assert_eq!(map[&'Ċ'], b'\n');
        assert_eq!(map[&'a'], b'a');
    }
}
