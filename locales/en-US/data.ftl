## The user's data outside the window: exports, imports, backups, recovery.

# $created (String) - when the conversation started, "2026-11-29 23:52 UTC"
# $model (String) - the model's name, may be empty
export-md-about = Started { $created } · model { $model } · exported from Hearth
# $count (Number) - how many other versions of this message exist
export-md-alternatives = { $count ->
    [one] One other version of this message is kept in Hearth and in its JSON export.
   *[other] { $count } other versions of this message are kept in Hearth and in its JSON export.
  }
# $conversations (Number) - conversations added
# $messages (Number) - messages added
# $skipped (Number) - conversations that were already present
data-imported = { $conversations ->
    [one] Imported one conversation
   *[other] Imported { $conversations } conversations
  } ({ $messages ->
    [one] one message
   *[other] { $messages } messages
  }); { $skipped ->
    [0] none was already here.
    [one] one was already here and was left as it is.
   *[other] { $skipped } were already here and were left as they are.
  }
# $path (String) - the file written
data-exported = Exported to { $path }
# $path (String) - the backup file written
data-backed-up = Backup saved to { $path }
# $corrupt (String) - where the damaged database was kept
# $backup (String) - the backup that was restored
data-recovered = Your conversation database was damaged. It was kept as { $corrupt }, and the latest good backup ({ $backup }) was restored. Messages written after that backup may be missing.
# $corrupt (String) - where the damaged database was kept
data-recovered-empty = Your conversation database was damaged and no good backup was found. It was kept as { $corrupt }, and a new, empty database was started.
# The name proposed for a file holding every conversation.
data-export-all-name = Hearth conversations
data-export-title = Export conversations
data-import-title = Import conversations
data-filter-json = Hearth export (JSON)
data-filter-markdown = Markdown
