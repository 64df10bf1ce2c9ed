## The user's data outside the window: exports, imports, backups, recovery.

# $created (String) - when the conversation started, "2026-11-29 23:52 UTC"
# $model (String) - the model's name, may be empty
export-md-about = 開始 { $created } · モデル { $model } · Hearth から書き出し
# $count (Number) - how many other versions of this message exist
export-md-alternatives = このメッセージには別のバージョンが { $count } 件あります（Hearth と JSON 形式の書き出しに保存されています）。
# $conversations (Number) - conversations added
# $messages (Number) - messages added
# $skipped (Number) - conversations that were already present
data-imported = { $conversations } 件の会話（メッセージ { $messages } 件）を取り込みました。{ $skipped ->
    [0] {""}
   *[other] すでにあった { $skipped } 件はそのままにしました。
  }
# $path (String) - the file written
data-exported = { $path } に書き出しました
# $path (String) - the backup file written
data-backed-up = バックアップを { $path } に保存しました
# $corrupt (String) - where the damaged database was kept
# $backup (String) - the backup that was restored
data-recovered = 会話のデータベースが壊れていました。壊れたファイルは { $corrupt } として残し、最新の正常なバックアップ（{ $backup }）を復元しました。そのバックアップより後のメッセージは失われている可能性があります。
# $corrupt (String) - where the damaged database was kept
data-recovered-empty = 会話のデータベースが壊れていて、正常なバックアップも見つかりませんでした。壊れたファイルは { $corrupt } として残し、新しい空のデータベースで始めました。
# The name proposed for a file holding every conversation.
data-export-all-name = Hearth の会話
data-export-title = 会話を書き出す
data-import-title = 会話を取り込む
data-filter-json = Hearth の書き出し（JSON）
data-filter-markdown = Markdown
