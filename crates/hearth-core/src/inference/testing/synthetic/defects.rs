//! The valid tiny model with one defect each: every way a model file has been seen to be
//! broken or hostile (candle #3533 and #3876, llama.cpp's `tests/test-gguf.cpp`), and the
//! ways that get past the format to the tokenizer, the template or the model code.

use super::{Meta, TinyGguf};

fn bytes(gguf: TinyGguf) -> Vec<u8> {
    gguf.to_bytes()
}

fn header(version: u32, tensors: u64, kvs: u64) -> Vec<u8> {
    let mut out = b"GGUF".to_vec();
    out.extend(version.to_le_bytes());
    out.extend(tensors.to_le_bytes());
    out.extend(kvs.to_le_bytes());
    out
}

/// A one-entry header whose value is `kind` followed by `raw`.
fn one_value(kind: u32, raw: &[u8]) -> Vec<u8> {
    let mut out = header(3, 0, 1);
    out.extend(3u64.to_le_bytes());
    out.extend(b"key");
    out.extend(kind.to_le_bytes());
    out.extend(raw);
    out
}

/// `(what is wrong, file bytes)`; each name is unique.
pub fn defects() -> Vec<(&'static str, Vec<u8>)> {
    let ok = TinyGguf::qwen2;
    let of = |architecture: &str| TinyGguf::of(architecture, super::Precision::Q8_0);
    let valid = ok().to_bytes();
    let cut = |n: usize| valid[..n.min(valid.len())].to_vec();
    let directory = valid
        .windows(19)
        .position(|w| w == b"blk.1.ffn_up.weight")
        .unwrap_or(0);
    let mut overlapping = ok();
    overlapping.tensors[1].offset = Some(0);
    let mut duplicate_tensor = ok();
    let first = duplicate_tensor.tensors[0].clone();
    duplicate_tensor.tensors.push(first);
    let mut duplicate_key = ok();
    duplicate_key
        .metadata
        .push(("general.name".into(), Meta::Str("again".into())));
    let mut missing_tensor = ok();
    missing_tensor
        .tensors
        .retain(|t| t.name != "blk.1.ffn_down.weight");
    let mut nested = Vec::new();
    nested.extend(9u32.to_le_bytes());
    nested.extend(1u64.to_le_bytes());
    nested.extend(4u32.to_le_bytes());
    nested.extend(0u64.to_le_bytes());
    let mut long_key = header(3, 0, 1);
    long_key.extend((1u64 << 40).to_le_bytes());
    long_key.extend([0; 64]);
    let mut bad_utf8_key = header(3, 0, 1);
    bad_utf8_key.extend(2u64.to_le_bytes());
    bad_utf8_key.extend([0xff, 0xfe]);
    bad_utf8_key.extend(4u32.to_le_bytes());
    bad_utf8_key.extend(1u32.to_le_bytes());

    vec![
        ("empty file", Vec::new()),
        ("three bytes", b"GGU".to_vec()),
        ("wrong magic", b"GGML\x03\0\0\0".iter().copied().chain([0; 16]).collect()),
        ("version 1", header(1, 0, 0)),
        ("version 99", header(99, 0, 0)),
        ("huge tensor count in a tiny file", header(3, u64::MAX, 0)),
        ("huge metadata count in a tiny file", header(3, 0, 1 << 40)),
        ("key length past the end", long_key),
        ("key not UTF-8", bad_utf8_key),
        ("string value past the end", one_value(8, &(1u64 << 30).to_le_bytes())),
        (
            "array length past the end",
            one_value(9, &[4u32.to_le_bytes().as_slice(), &(1u64 << 40).to_le_bytes()].concat()),
        ),
        ("array of arrays", one_value(9, &nested)),
        ("unknown value type", one_value(99, &[0; 8])),
        ("boolean that is 7", one_value(7, &[7])),
        ("metadata cut off", cut(200)),
        ("tensor directory cut off", cut(directory + 5)),
        ("tensor data cut off", cut(valid.len() - 100)),
        ("duplicate key", bytes(duplicate_key)),
        ("duplicate tensor", bytes(duplicate_tensor)),
        ("alignment 0", bytes(ok().set("general.alignment", Meta::U32(0)))),
        ("alignment 3", bytes(ok().set("general.alignment", Meta::U32(3)))),
        ("alignment a string", bytes(ok().set("general.alignment", Meta::Str("32".into())))),
        ("tensor with no dimensions", bytes(ok().tensor("output_norm.weight", |t| t.dims.clear()))),
        ("tensor with 5 dimensions", bytes(ok().tensor("output_norm.weight", |t| t.dims = vec![1; 5]))),
        ("tensor dimension 0", bytes(ok().tensor("output_norm.weight", |t| t.dims = vec![0]))),
        (
            "tensor size overflows",
            bytes(ok().tensor("output_norm.weight", |t| t.dims = vec![1 << 32, 1 << 32])),
        ),
        ("unknown tensor type", bytes(ok().tensor("output_norm.weight", |t| t.dtype = 99))),
        ("tensor past the end", bytes(ok().tensor("output_norm.weight", |t| t.offset = Some(1 << 40)))),
        ("tensor offset not aligned", bytes(ok().tensor("output_norm.weight", |t| t.offset = Some(1)))),
        ("tensors overlap", bytes(overlapping)),
        (
            "Q4_K rows not whole blocks",
            bytes(ok().tensor("blk.0.ffn_down.weight", |t| t.dtype = 12)),
        ),
        ("no architecture", bytes(ok().remove("general.architecture"))),
        ("unsupported architecture", bytes(ok().set("general.architecture", Meta::Str("mamba".into())))),
        ("head count 0", bytes(ok().set("qwen2.attention.head_count", Meta::U32(0)))),
        ("heads do not divide the embedding", bytes(ok().set("qwen2.attention.head_count", Meta::U32(3)))),
        ("context length 0", bytes(ok().set("qwen2.context_length", Meta::U32(0)))),
        ("block count a string", bytes(ok().set("qwen2.block_count", Meta::Str("2".into())))),
        ("a million layers", bytes(ok().set("qwen2.block_count", Meta::U64(1 << 20)))),
        ("epsilon not a number", bytes(ok().set("qwen2.attention.layer_norm_rms_epsilon", Meta::F32(f32::NAN)))),
        ("missing tensor", bytes(missing_tensor)),
        ("tensor of the wrong shape", bytes(ok().tensor("blk.0.attn_k.weight", |t| t.dims.reverse()))),
        ("embedding smaller than the vocabulary", bytes(ok().tensor("token_embd.weight", |t| {
            t.dims = vec![64, 100];
            t.data.truncate(100 * 2 * 34);
        }))),
        ("unknown tokenizer", bytes(ok().set("tokenizer.ggml.model", Meta::Str("bert".into())))),
        ("no tokens", bytes(ok().remove("tokenizer.ggml.tokens"))),
        ("tokens not strings", bytes(ok().set("tokenizer.ggml.tokens", Meta::I32s(vec![1, 2, 3])))),
        ("malformed merge", bytes(ok().set("tokenizer.ggml.merges", Meta::Strs(vec!["ab".into()])))),
        ("template syntax error", bytes(ok().set("tokenizer.chat_template", Meta::Str("{% for %}".into())))),
        (
            "template loops forever",
            bytes(ok().set(
                "tokenizer.chat_template",
                Meta::Str("{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}".into()),
            )),
        ),
        ("template raises", bytes(ok().set("tokenizer.chat_template", Meta::Str("{{ raise_exception('no') }}".into())))),
        ("token type not a number", bytes(ok().set("tokenizer.ggml.token_type", Meta::Strs(vec!["x".into()])))),
        ("negative head count", bytes(ok().set("qwen2.attention.head_count", Meta::I32(-4)))),
        ("gemma3 without its sliding window", bytes(of("gemma3").remove("gemma3.attention.sliding_window"))),
        ("gemma3 without its post norms", bytes(of("gemma3").tensor("blk.3.post_ffw_norm.weight", |t| t.name = "blk.3.other".into()))),
        ("qwen3 head width 0", bytes(of("qwen3").set("qwen3.attention.key_length", Meta::U32(0)))),
        ("qwen3 q norm of the wrong width", bytes(of("qwen3").tensor("blk.1.attn_q_norm.weight", |t| {
            t.dims = vec![16];
            t.data.truncate(16 * 4);
        }))),
        ("llama rope factors of the wrong length", bytes(of("llama").tensor("rope_freqs.weight", |t| {
            t.dims = vec![4];
            t.data.truncate(4 * 4);
        }))),
        ("values wider than keys", bytes(of("qwen3").set("qwen3.attention.value_length", Meta::U32(64)))),
        ("spm vocabulary without scores", bytes(ok().set("tokenizer.ggml.model", Meta::Str("llama".into())))),
    ]
}
