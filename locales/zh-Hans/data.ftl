## The user's data outside the window: exports, imports, backups, recovery.

# $created (String) - when the conversation started, "2026-11-29 23:52 UTC"
# $model (String) - the model's name, may be empty
export-md-about = 开始于 { $created } · 模型 { $model } · 由 Hearth 导出
# $count (Number) - how many other versions of this message exist
export-md-alternatives = { $count ->
   *[other] 这条消息还有 { $count } 个其他版本，保存在 Hearth 及其 JSON 导出文件中。
  }
# The name proposed for a file holding every conversation.
data-export-all-name = Hearth 对话
data-export-title = 导出对话
data-import-title = 导入对话
data-filter-json = Hearth 导出文件（JSON）
data-filter-markdown = Markdown
# The native Open dialog of the models view.
models-import-title = 导入 GGUF 模型
models-filter-gguf = GGUF 模型
