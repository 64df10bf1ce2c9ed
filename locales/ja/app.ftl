## デスクトップのウィンドウ。

app-name = Hearth
# The window title while a conversation is open.
# $conversation (String) - the conversation's title
window-title = { $conversation } — Hearth
sidebar-conversations = 会話
sidebar-new-chat = 新しいチャット
sidebar-empty = まだ会話がありません。
composer-placeholder = Hearth にメッセージを送る…
composer-label = メッセージ
composer-send = 送信
composer-stop = 停止
welcome-title = Hearth へようこそ
welcome-body = アシスタントはすべてこのコンピューターの中で動きます。入力した内容が外部に送られることはありません。
role-user = あなた
role-assistant = Hearth
# $model (String) - the model's name
model-loading = { $model } を読み込み中…
# $model (String) - the model's name
model-ready = { $model }・ローカル
message-stopped = 停止しました
message-interrupted = 中断：この返答の途中で Hearth が終了しました。
message-failed = この返答は失敗しました。
# $tokens (Number) - tokens in the reply
# $rate (Number) - decoding speed in tokens per second
message-stats = { $tokens ->
   *[other] { $tokens } トークン
  }・{ NUMBER($rate, maximumFractionDigits: 1) } トークン/秒
conversation-untitled = 新しい会話
settings-language = 言語
# This language's name for itself, shown in the language menu.
language-name = 日本語
search-placeholder = 会話を検索
search-label = 検索
search-no-results = 一致するメッセージはありません。
# $used (String) - tokens in use, already formatted (e.g. "1.2K")
# $limit (String) - the context window, already formatted (e.g. "8.2K")
message-context = コンテキスト { $used } / { $limit }
# $count (Number) - how many older messages the model did not see
message-dropped = { $count ->
   *[other] コンテキストに収めるため、古いメッセージ { $count } 件をモデルに渡していません。
  }

## サイドバーの会話。

# $title (String) - the conversation's title
conversation-actions = 「{ $title }」の操作
conversation-rename = 名前を変更
conversation-rename-label = 会話の名前
conversation-pin = ピン留め
conversation-unpin = ピン留めを外す
conversation-pinned = ピン留め中
conversation-delete = 削除
# $title (String) - the conversation's title
conversation-deleted = 「{ $title }」を削除しました。

## メッセージの操作。

message-actions = メッセージの操作
message-copy = コピー
message-copied = コピーしました
message-copy-failed = クリップボードにコピーできませんでした。
message-edit = 編集
message-edit-label = メッセージを編集
message-edit-save = 保存して送信
message-regenerate = 再生成
message-delete = 削除
message-delete-confirm = このメッセージと、それ以降のやり取りをすべて削除しますか？
# $position (Number) - which version is shown, counted from 1
# $count (Number) - how many versions there are
message-version = { $position } / { $count }
# $position (Number) - which version is shown, counted from 1
# $count (Number) - how many versions there are
message-version-label = バージョン { $position }（全 { $count } 件）
message-version-previous = 前のバージョン
message-version-next = 次のバージョン
action-cancel = キャンセル

## お知らせ。

notice-undo = 元に戻す
notice-dismiss = 閉じる

## エクスポート、インポート、バックアップ。

data-menu = エクスポートとバックアップ
data-export-current-json = この会話をエクスポート（JSON）
data-export-current-md = この会話をエクスポート（Markdown）
data-export-all-json = すべての会話をエクスポート（JSON）
data-export-all-md = すべての会話をエクスポート（Markdown）
data-import = インポート…
data-backup = 今すぐバックアップ
# $path (String) - the file written
data-exported = { $path } にエクスポートしました
# $conversations (Number) - conversations added by the import
# $skipped (Number) - conversations in the file that were already here (left unchanged)
data-imported = { $conversations ->
    [0] 新しくインポートする会話はありません
   *[other] 会話を { $conversations } 件インポートしました
  }{ $skipped ->
    [0] 。
   *[other] （{ $skipped } 件は取り込み済みのためスキップしました）。
  }
# $path (String) - the backup file written
data-backup-saved = バックアップを { $path } に保存しました

## データベースが壊れていたため復旧しました。

recovery-title = 会話のデータベースが破損していました
# $damaged (String) - where the damaged database file was kept
# $backup (String) - the backup file the conversations were restored from
recovery-restored = 起動時にデータベースを読み込めなかったため、バックアップ { $backup } から会話を復元しました。このバックアップより後の内容は含まれていません。破損したファイルは { $damaged } に保管してあります。
# $damaged (String) - where the damaged database file was kept
recovery-fresh = 起動時にデータベースを読み込めず、バックアップも見つからなかったため、新しい空のデータベースで開始しました。破損したファイルは { $damaged } に保管してあります。

## 会話ごとの設定。

conversation-settings = 設定…
settings-open = 会話の設定
settings-title = 会話の設定
settings-system-prompt = システムプロンプト
settings-system-prompt-hint = 空欄のままにすると既定のプロンプトを使い、メッセージごとにその言語で回答します。
settings-model = モデル
# $model (String) - the default model's display name
settings-model-default = 既定（{ $model }）
# $model (String) - the model's display name
settings-model-not-installed = { $model }（未インストール）
settings-sampling = サンプリング
settings-temperature = 温度
settings-top-p = Top-p
settings-top-k = Top-k
settings-repeat-penalty = 繰り返しペナルティ
settings-max-tokens = 最大トークン数
settings-seed = シード
# $value (Number) - the default value of the setting
settings-default-value = 既定値：{ $value }
# $min (Number) - the smallest value allowed
# $max (Number) - the largest value allowed
settings-invalid-range = { $min }〜{ $max } の数値を入力してください。
# $min (Number) - the smallest value allowed
# $max (Number) - the largest value allowed
settings-invalid-whole = { $min }〜{ $max } の整数を入力してください。
settings-invalid-seed = 0 以上の整数を入力してください。
settings-reset = 既定に戻す
settings-save = 保存
settings-saved = 設定を保存しました。
