//! Checks of a parsed header against the file and against what the model code will assume,
//! so that a hostile or broken file is refused with a reason before any tensor is read (and
//! before candle's model code divides by a head count or indexes a missing row).

use candle_core::quantized::gguf_file::Content;

use super::header::{alignment, Reason};
use crate::inference::model::hyperparams::Hyperparams;
use crate::inference::model::Architecture;

/// Every tensor is a whole number of blocks, aligned, inside the file and apart from the
/// others.
pub fn tensors(content: &Content, size: u64) -> Result<(), Reason> {
    let alignment = alignment(&content.metadata)?;
    let mut ranges = Vec::with_capacity(content.tensor_infos.len());
    for (name, info) in &content.tensor_infos {
        let dims = info.shape.dims();
        let elements = dims
            .iter()
            .try_fold(1u64, |n, d| n.checked_mul(*d as u64))
            .filter(|n| *n <= 1 << 40)
            .ok_or_else(|| format!("tensor {name} has too many elements"))?;
        let block = info.ggml_dtype.block_size() as u64;
        let row = dims.last().copied().unwrap_or(1) as u64;
        if !row.is_multiple_of(block) {
            return Err(format!(
                "tensor {name}: rows of {row} are not whole blocks of {block}"
            ));
        }
        let bytes = super::stored_bytes(elements, info.ggml_dtype);
        if info.offset % alignment != 0 {
            return Err(format!("tensor {name} is not aligned to {alignment} bytes"));
        }
        let start = content
            .tensor_data_offset
            .checked_add(info.offset)
            .ok_or_else(|| format!("tensor {name} starts past the end of the file"))?;
        let end = start
            .checked_add(bytes)
            .filter(|end| *end <= size)
            .ok_or_else(|| {
                format!("tensor {name} ({bytes} bytes at {start}) goes past the end of the file ({size} bytes)")
            })?;
        ranges.push((start, end, name));
    }
    ranges.sort_unstable();
    for pair in ranges.windows(2) {
        if pair[1].0 < pair[0].1 {
            return Err(format!("tensors {} and {} overlap", pair[0].2, pair[1].2));
        }
    }
    Ok(())
}

/// The hyperparameters of `architecture` are sane and every tensor its model code reads is
/// present with the shape they imply. `vocab` is the tokenizer's token count.
pub fn architecture(
    content: &Content,
    architecture: Architecture,
    vocab: usize,
) -> Result<(), Reason> {
    let rows = content
        .tensor_infos
        .get("token_embd.weight")
        .map(|t| t.shape.dims()[0])
        .ok_or("tensor token_embd.weight is missing")?;
    if rows < vocab {
        return Err(format!(
            "the tokenizer has {vocab} tokens, the embedding only {rows} rows"
        ));
    }
    let hyper = Hyperparams::from_content(content, architecture)?;
    for (name, shape) in hyper.shapes(content, rows) {
        let info = content
            .tensor_infos
            .get(&name)
            .ok_or_else(|| format!("tensor {name} is missing"))?;
        if info.shape.dims() != shape.as_slice() {
            return Err(format!(
                "tensor {name} has shape {:?}, the metadata implies {shape:?}",
                info.shape.dims()
            ));
        }
    }
    Ok(())
}
