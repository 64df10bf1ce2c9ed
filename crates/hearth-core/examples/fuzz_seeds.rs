//! Writes the fuzz target's starting corpus (see `fuzz/README.md`) into the folder given:
//! the tiny valid model, a one-layer variant, variants carrying real chat templates, and
//! every synthetic defect.

use std::path::PathBuf;

use hearth_core::inference::testing::synthetic::{defects, Meta, TinyGguf};

const TEMPLATES: &[(&str, &str)] = &[
    (
        "qwen2.5-tools",
        "{%- if tools %}{{- '<|im_start|>system\\n' }}{%- if messages[0]['role'] == 'system' %}{{- messages[0]['content'] }}{%- else %}{{- 'You are a helpful assistant.' }}{%- endif %}{{- '\\n\\n# Tools\\n<tools>' }}{%- for tool in tools %}{{- '\\n' }}{{- tool | tojson }}{%- endfor %}{{- '\\n</tools><|im_end|>\\n' }}{%- else %}{%- if messages[0]['role'] == 'system' %}{{- '<|im_start|>system\\n' + messages[0]['content'] + '<|im_end|>\\n' }}{%- else %}{{- '<|im_start|>system\\nYou are a helpful assistant.<|im_end|>\\n' }}{%- endif %}{%- endif %}{%- for message in messages %}{%- if (message.role == 'user') or (message.role == 'system' and not loop.first) or (message.role == 'assistant' and not message.tool_calls) %}{{- '<|im_start|>' + message.role + '\\n' + message.content + '<|im_end|>' + '\\n' }}{%- endif %}{%- endfor %}{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}",
    ),
    (
        "llama3",
        "{{ bos_token }}{% for message in messages %}{{ '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n' + message['content'] | trim + '<|eot_id|>' }}{% endfor %}{% if add_generation_prompt %}{{ '<|start_header_id|>assistant<|end_header_id|>\\n\\n' }}{% endif %}",
    ),
    (
        "gemma",
        "{{ bos_token }}{% for message in messages %}{% if (message['role'] == 'assistant') %}{% set role = 'model' %}{% else %}{% set role = message['role'] %}{% endif %}{{ '<start_of_turn>' + role + '\\n' + message['content'] | trim + '<end_of_turn>\\n' }}{% endfor %}{% if add_generation_prompt %}{{'<start_of_turn>model\\n'}}{% endif %}",
    ),
];

fn main() -> std::io::Result<()> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "corpus/gguf".into()),
    );
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("valid"), TinyGguf::qwen2().to_bytes())?;
    let mut one_layer = TinyGguf::qwen2().set("qwen2.block_count", Meta::U32(1));
    one_layer.tensors.retain(|t| !t.name.starts_with("blk.1."));
    std::fs::write(dir.join("one-layer"), one_layer.to_bytes())?;
    for (name, source) in TEMPLATES {
        let model = one_layer
            .clone()
            .set("tokenizer.chat_template", Meta::Str((*source).into()));
        std::fs::write(dir.join(format!("template-{name}")), model.to_bytes())?;
    }
    for (name, bytes) in defects() {
        std::fs::write(
            dir.join(format!("defect-{}", name.replace(' ', "-"))),
            bytes,
        )?;
    }
    Ok(())
}
