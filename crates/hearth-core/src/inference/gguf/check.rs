//! Checks of a parsed header against the file and against what the model code will assume,
//! so that a hostile or broken file is refused with a reason before any tensor is read (and
//! before candle's model code divides by a head count or indexes a missing row).

use std::collections::HashMap;

use candle_core::quantized::gguf_file::{Content, Value};

use super::header::{alignment, Reason};

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

fn number(metadata: &HashMap<String, Value>, key: &str) -> Result<u64, Reason> {
    match metadata.get(key) {
        Some(Value::U32(v)) => Ok(u64::from(*v)),
        Some(Value::U64(v)) => Ok(*v),
        Some(Value::I32(v)) if *v >= 0 => Ok(*v as u64),
        Some(_) => Err(format!("{key} is not a count")),
        None => Err(format!("{key} is missing")),
    }
    .and_then(|v| {
        if v == 0 || v > 1 << 24 {
            Err(format!("{key} = {v} is out of range"))
        } else {
            Ok(v)
        }
    })
}

fn positive_f32(
    metadata: &HashMap<String, Value>,
    key: &str,
    required: bool,
) -> Result<(), Reason> {
    match metadata.get(key) {
        Some(Value::F32(v)) if v.is_finite() && *v > 0.0 => Ok(()),
        Some(_) => Err(format!("{key} is not a positive number")),
        None if required => Err(format!("{key} is missing")),
        None => Ok(()),
    }
}

/// The shapes a qwen2 checkpoint must have (candle order: `[rows, row length]`).
fn qwen2_shapes(content: &Content, vocab: usize) -> Result<Vec<(String, Vec<usize>)>, Reason> {
    let md = &content.metadata;
    let heads = number(md, "qwen2.attention.head_count")? as usize;
    let kv_heads = number(md, "qwen2.attention.head_count_kv")? as usize;
    let embd = number(md, "qwen2.embedding_length")? as usize;
    let layers = number(md, "qwen2.block_count")? as usize;
    let ff = number(md, "qwen2.feed_forward_length")? as usize;
    number(md, "qwen2.context_length")?;
    positive_f32(md, "qwen2.attention.layer_norm_rms_epsilon", true)?;
    positive_f32(md, "qwen2.rope.freq_base", false)?;
    if !embd.is_multiple_of(heads)
        || !(embd / heads).is_multiple_of(2)
        || !heads.is_multiple_of(kv_heads)
    {
        return Err(format!(
            "{heads} attention heads ({kv_heads} for keys and values) do not divide an embedding of {embd}"
        ));
    }
    if layers > 1024 {
        return Err(format!("{layers} layers is more than any model has"));
    }
    let kv = embd / heads * kv_heads;
    let mut shapes = vec![
        ("token_embd.weight".to_owned(), vec![vocab, embd]),
        ("output_norm.weight".to_owned(), vec![embd]),
    ];
    if content.tensor_infos.contains_key("output.weight") {
        shapes.push(("output.weight".to_owned(), vec![vocab, embd]));
    }
    for i in 0..layers {
        let p = format!("blk.{i}");
        shapes.extend([
            (format!("{p}.attn_q.weight"), vec![embd, embd]),
            (format!("{p}.attn_k.weight"), vec![kv, embd]),
            (format!("{p}.attn_v.weight"), vec![kv, embd]),
            (format!("{p}.attn_q.bias"), vec![embd]),
            (format!("{p}.attn_k.bias"), vec![kv]),
            (format!("{p}.attn_v.bias"), vec![kv]),
            (format!("{p}.attn_output.weight"), vec![embd, embd]),
            (format!("{p}.attn_norm.weight"), vec![embd]),
            (format!("{p}.ffn_gate.weight"), vec![ff, embd]),
            (format!("{p}.ffn_up.weight"), vec![ff, embd]),
            (format!("{p}.ffn_down.weight"), vec![embd, ff]),
            (format!("{p}.ffn_norm.weight"), vec![embd]),
        ]);
    }
    Ok(shapes)
}

/// The hyperparameters of `architecture` are sane and every tensor its model code reads is
/// present with the shape they imply. `vocab` is the tokenizer's token count.
pub fn architecture(content: &Content, architecture: &str, vocab: usize) -> Result<(), Reason> {
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
    let shapes = match architecture {
        "qwen2" => qwen2_shapes(content, rows)?,
        _ => return Ok(()),
    };
    for (name, shape) in shapes {
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
