## The user's data outside the window: exports, imports, backups, recovery.

# $created (String) - when the conversation started, "2026-11-29 23:52 UTC"
# $model (String) - the model's name, may be empty
export-md-about = 開始 { $created } · モデル { $model } · Hearth から書き出し
# $count (Number) - how many other versions of this message exist
export-md-alternatives = このメッセージには別のバージョンが { $count } 件あります（Hearth と JSON 形式の書き出しに保存されています）。
# The name proposed for a file holding every conversation.
data-export-all-name = Hearth の会話
data-export-title = 会話を書き出す
data-import-title = 会話を取り込む
data-filter-json = Hearth の書き出し（JSON）
data-filter-markdown = Markdown
# The native Open dialog of the models view.
models-import-title = GGUF モデルを取り込む
models-filter-gguf = GGUF モデル
