//! What a model file is, read from its checked header alone: what importing a model shows
//! before it is listed, and what `hearth models inspect` prints.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

use candle_core::quantized::gguf_file::Value;
use candle_core::quantized::GgmlDType;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::inference::gguf::{stored_bytes, Gguf};
use crate::inference::model::hyperparams::Hyperparams;
use crate::inference::model::kernels;
use crate::inference::model::matrix;
use crate::inference::model::widening::{looked_up_only, tied_output};
use crate::inference::model::Architecture;
use crate::inference::text::prompt::Prompter;

/// A model file's facts.
#[derive(Debug, Clone, Serialize)]
pub struct ModelCard {
    /// The file.
    pub path: PathBuf,
    /// Its size in bytes.
    pub file_size: u64,
    /// `general.architecture`.
    pub architecture: String,
    /// `general.name`, if the file has one.
    pub name: Option<String>,
    /// Weights stored in the file, counted from the tensor shapes (an output matrix stored
    /// beside the embedding it is tied to counts twice: Qwen2.5-0.5B's file holds 630 M).
    pub parameters: u64,
    /// llama.cpp's name for `general.file_type` (e.g. `Q4_K_M`), else the type holding most
    /// of the bytes (e.g. `mostly Q5_0`).
    pub quantization: String,
    /// The context the model was trained for, and what Hearth will use.
    pub trained_context: Option<u32>,
    /// The context Hearth runs it with (what it was trained for, at most 8,192).
    pub context_limit: usize,
    /// Tokens in its vocabulary.
    pub vocab_size: usize,
    /// `general.license`, if the file has one.
    pub license: Option<String>,
    /// False for a base model: it gets plain completion, not chat turns.
    pub chat_template: bool,
    /// Bytes of memory a reply at the full `context_limit` needs (see [`memory_needed`]).
    pub memory_needed: u64,
}

/// What the runtime adds to the weights: the tokenizer, buffers, the largest tensor read twice
/// while loading (an upper bound of the peaks `hearth bench` measured above the weights; see
/// docs/performance.md).
const RUNTIME_BYTES: u64 = 320 << 20;

/// What the matrices take beyond their loaded bytes: padding and candle's repacked copies
/// (see [`matrix::extra_bytes`]).
fn repacked_bytes(gguf: &Gguf) -> u64 {
    let tied = tied_output(&gguf.content);
    gguf.content
        .tensor_infos
        .iter()
        .filter(|(name, info)| info.shape.rank() == 2 && !looked_up_only(name, tied))
        .map(|(name, info)| {
            let dims = info.shape.dims();
            let dtype = match info.ggml_dtype {
                GgmlDType::Q5_0 if kernels::active().is_none() => GgmlDType::Q8_0,
                other => other,
            };
            let output = name == "output.weight" || (tied && name == "token_embd.weight");
            matrix::extra_bytes(dtype, dims[0], dims[1], output)
        })
        .sum()
}

/// RAM a reply needs at `context` positions, estimated the way the model is loaded: the
/// file's weights (on candle's kernels Q5_0 ones widened to Q8_0, see [`widen`](crate::inference::model::widening),
/// K-quant ones repacked a second time), and an f32 key/value cache per layer.
fn memory_needed(gguf: &Gguf, architecture: Architecture, file_size: u64, context: usize) -> u64 {
    let f32_bytes = 4;
    let kv_cache = Hyperparams::from_content(&gguf.content, architecture).map_or(0, |hyper| {
        let kv_width = hyper.kv_heads * hyper.head_dim;
        (2 * hyper.layers * kv_width * context) as u64 * f32_bytes
    });
    let weights = file_size
        + crate::inference::model::widening::extra_bytes(&gguf.content)
        + repacked_bytes(gguf);
    weights + kv_cache + RUNTIME_BYTES
}

/// llama.cpp's `llama_ftype` names for the values of `general.file_type`.
fn file_type_name(value: u32) -> Option<&'static str> {
    Some(match value {
        0 => "F32",
        1 => "F16",
        2 => "Q4_0",
        3 => "Q4_1",
        7 => "Q8_0",
        8 => "Q5_0",
        9 => "Q5_1",
        10 => "Q2_K",
        11 => "Q3_K_S",
        12 => "Q3_K_M",
        13 => "Q3_K_L",
        14 => "Q4_K_S",
        15 => "Q4_K_M",
        16 => "Q5_K_S",
        17 => "Q5_K_M",
        18 => "Q6_K",
        32 => "BF16",
        _ => return None,
    })
}

fn text(gguf: &Gguf, key: &str) -> Option<String> {
    gguf.has(key)
        .then(|| gguf.string(key).ok().map(str::to_owned))
        .flatten()
}

/// The cards this process has read, by path, with the file's length and modification time
/// when read: the Models view lists every model each time it opens, and reading a header with
/// its tokenizer is slow enough to be seen.
static READ: Mutex<Vec<(PathBuf, Stamp, ModelCard)>> = Mutex::new(Vec::new());

/// A file's length and modification time.
type Stamp = (u64, SystemTime);

impl ModelCard {
    /// Reads and checks `path` (header, tensor directory, architecture, tokenizer, chat
    /// template) without loading the weights; a file unchanged since this process last read
    /// it is not read again.
    pub fn inspect(path: &Path) -> Result<Self> {
        let stamp = std::fs::metadata(path)
            .and_then(|m| Ok((m.len(), m.modified()?)))
            .ok();
        let read = || READ.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(stamp) = stamp {
            let known = read()
                .iter()
                .find(|(p, s, _)| p == path && *s == stamp)
                .map(|(_, _, card)| card.clone());
            if let Some(card) = known {
                return Ok(card);
            }
        }
        let card = Self::read(path)?;
        if let Some(stamp) = stamp {
            let mut cards = read();
            cards.retain(|(p, _, _)| p != path);
            cards.push((path.to_path_buf(), stamp, card.clone()));
        }
        Ok(card)
    }

    fn read(path: &Path) -> Result<Self> {
        let gguf = Gguf::open(path)?;
        let prompter = Prompter::from_gguf(&gguf)?;
        let architecture = gguf.architecture()?;
        let content = &gguf.content;
        let mut bytes_by_type: Vec<(GgmlDType, u64)> = Vec::new();
        let mut parameters = 0u64;
        for info in content.tensor_infos.values() {
            let elements = info.shape.elem_count() as u64;
            parameters += elements;
            let bytes = stored_bytes(elements, info.ggml_dtype);
            match bytes_by_type
                .iter_mut()
                .find(|(t, _)| *t == info.ggml_dtype)
            {
                Some((_, total)) => *total += bytes,
                None => bytes_by_type.push((info.ggml_dtype, bytes)),
            }
        }
        let file_type = match content.metadata.get("general.file_type") {
            Some(Value::U32(v)) => file_type_name(*v),
            _ => None,
        };
        let quantization = file_type.map(str::to_owned).unwrap_or_else(|| {
            bytes_by_type
                .iter()
                .max_by_key(|(_, bytes)| *bytes)
                .map(|(t, _)| format!("mostly {t:?}"))
                .unwrap_or_default()
        });
        let context_key = format!("{}.context_length", architecture.name());
        let file_size = std::fs::metadata(path)
            .map_err(|err| Error::io(path, err))?
            .len();
        Ok(ModelCard {
            path: path.to_path_buf(),
            file_size,
            memory_needed: memory_needed(&gguf, architecture, file_size, prompter.context_limit),
            name: text(&gguf, "general.name"),
            parameters,
            quantization,
            trained_context: gguf
                .has(&context_key)
                .then(|| gguf.u32(&context_key).ok())
                .flatten(),
            context_limit: prompter.context_limit,
            vocab_size: prompter.tokenizer.vocab_size(),
            license: text(&gguf, "general.license"),
            chat_template: prompter.template.is_some(),
            architecture: architecture.name().to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inference::testing::synthetic::{defects, TinyGguf, EMBD, FF, LAYERS};

    #[test]
    fn the_tiny_model_is_described() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tiny.gguf");
        std::fs::write(&path, TinyGguf::qwen2().to_bytes()).unwrap();
        let card = ModelCard::inspect(&path).unwrap();
        let kv = EMBD / 2;
        let per_layer = 2 * EMBD * EMBD + 2 * EMBD * kv + EMBD + 2 * kv + 3 * EMBD * FF + 2 * EMBD;
        assert_eq!(
            card.parameters,
            260 * EMBD + EMBD + LAYERS as u64 * per_layer
        );
        assert_eq!(card.quantization, "mostly Q8_0");
        assert_eq!(card.architecture, "qwen2");
        assert_eq!((card.trained_context, card.context_limit), (Some(256), 256));
        assert!(card.chat_template);
        assert_eq!(card.vocab_size, 260);
        let kv_cache = 2 * LAYERS as u64 * kv * 256 * 4;
        // Q8_0 weights are not widened; where candle (not Hearth's kernels) has tiled Q8_0
        // kernels every layer matrix is repacked beside itself, and ffn_down (rows of FF = 128)
        // is first padded to 256. The tied table (260 rows, not whole tiles of 16) is not.
        let q8 = |values: u64| values / 32 * 34;
        let per_layer = 2 * q8(EMBD * EMBD) + 2 * q8(kv * EMBD) + 2 * q8(FF * EMBD);
        let down = 2 * q8(EMBD * 256) - q8(EMBD * FF);
        let repacked = match (
            crate::inference::model::kernels::active(),
            crate::inference::model::matrix::tiled_q8_0(),
        ) {
            // Hearth's kernels keep the bytes, in tiles of 16 rows: the table's 260 rows take
            // 272.
            (Some(_), _) => 12 * q8(EMBD),
            (None, true) => LAYERS as u64 * (per_layer + down),
            (None, false) => 0,
        };
        assert_eq!(
            card.memory_needed,
            card.file_size + kv_cache + RUNTIME_BYTES + repacked
        );
    }

    #[test]
    fn a_file_is_read_again_only_when_it_changed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tiny.gguf");
        let bytes = TinyGguf::qwen2().to_bytes();
        std::fs::write(&path, &bytes).unwrap();
        assert_eq!(ModelCard::inspect(&path).unwrap().architecture, "qwen2");
        // Same length and time: not read again (these bytes would be refused).
        let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
        std::fs::write(&path, vec![0; bytes.len()]).unwrap();
        let file = std::fs::File::options().write(true).open(&path).unwrap();
        file.set_modified(modified).unwrap();
        assert_eq!(ModelCard::inspect(&path).unwrap().architecture, "qwen2");
        file.set_modified(modified + std::time::Duration::from_secs(1))
            .unwrap();
        assert!(ModelCard::inspect(&path).is_err());
        // Replaced by another model: a new length, so read again.
        let other = TinyGguf::of(
            "llama",
            crate::inference::testing::synthetic::Precision::Q8_0,
        );
        std::fs::write(&path, other.to_bytes()).unwrap();
        assert_eq!(ModelCard::inspect(&path).unwrap().architecture, "llama");
        // Broken: refused, not described from before.
        std::fs::write(&path, b"GGUF").unwrap();
        assert!(ModelCard::inspect(&path).is_err());
    }

    #[test]
    fn a_broken_file_is_not_described() {
        let dir = tempfile::tempdir().unwrap();
        for (name, bytes) in defects() {
            let path = dir.path().join("broken.gguf");
            std::fs::write(&path, bytes).unwrap();
            assert!(ModelCard::inspect(&path).is_err(), "{name}");
        }
    }
}
