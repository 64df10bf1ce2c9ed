## The user's data outside the window: exports, imports, backups, recovery.

# $created (String) - when the conversation started, "2026-11-29 23:52 UTC"
# $model (String) - the model's name, may be empty
export-md-about = Started { $created } · model { $model } · exported from Hearth
# $count (Number) - how many other versions of this message exist
export-md-alternatives = { $count ->
    [one] One other version of this message is kept in Hearth and in its JSON export.
   *[other] { $count } other versions of this message are kept in Hearth and in its JSON export.
  }
# The name proposed for a file holding every conversation.
data-export-all-name = Hearth conversations
data-export-title = Export conversations
data-import-title = Import conversations
data-filter-json = Hearth export (JSON)
data-filter-markdown = Markdown
# The native Open dialog of the models view.
models-import-title = Import a GGUF model
models-filter-gguf = GGUF model
