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
welcome-no-model = このコンピューターにはまだモデルがありません。USB メモリーなどから GGUF モデルファイルを取り込んでください。Hearth がファイルを確認してコピーを保存し、そのモデルで答えます。すべてオフラインで行われます。
welcome-import = モデルファイルを取り込む…
role-user = あなた
role-assistant = Hearth
# $model (String) - the model's name
model-loading = { $model } を読み込み中…
# $model (String) - the model's name
model-ready = { $model }・ローカル
model-none = モデルがありません
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

data-menu = データとヘルプ
data-export-current-json = この会話をエクスポート（JSON）
data-export-current-md = この会話をエクスポート（Markdown）
data-export-all-json = すべての会話をエクスポート（JSON）
data-export-all-md = すべての会話をエクスポート（Markdown）
data-import = インポート…
data-backup = 今すぐバックアップ
data-open-log-folder = ログフォルダーを開く
data-passphrase = パスフレーズ…
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
# The menu of personas (personas.ftl) by the system prompt; choosing one fills the prompt in.
settings-persona = ペルソナ
# The persona menu's choice for a prompt the user wrote or changed.
settings-persona-default = 既定
settings-persona-custom = カスタム
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
settings-min-p = Min-p
settings-repeat-penalty = 繰り返しペナルティ
settings-presence-penalty = 存在ペナルティ
settings-max-tokens = 最大トークン数
settings-seed = シード
settings-stop = 停止シーケンス
settings-stop-hint = 1 行に 1 つずつ入力します。返答はいずれかが現れた時点で終わり、そのシーケンスは表示されません。
# What the hint shows for the stop sequences when there are none.
settings-stop-none = なし
# One stop sequence quoted, as the hint lists them.
# $text (String) - the stop sequence
settings-stop-text = 「{ $text }」
# $value (Number or String) - the default value of the setting (for the stop sequences: settings-stop-none, or them listed)
settings-default-value = 既定値：{ $value }
# $min (Number) - the smallest value allowed
# $max (Number) - the largest value allowed
settings-invalid-range = { $min }〜{ $max } の数値を入力してください。
# $min (Number) - the smallest value allowed
# $max (Number) - the largest value allowed
settings-invalid-whole = { $min }〜{ $max } の整数を入力してください。
settings-invalid-seed = 0 以上の整数を入力してください。
# $count (Number) - how many stop sequences are allowed
# $length (Number) - the most characters each may have
settings-invalid-stop = 停止シーケンスは { $count } 個まで、それぞれ { $length } 文字以内で入力してください。
settings-reset = 既定に戻す
settings-save = 保存
settings-saved = 設定を保存しました。

## 外観。
settings-theme = テーマ
theme-system = システムに合わせる
theme-light = ライト
theme-dark = ダーク

## 返答の中のコードブロック。
code-copy = コードをコピー

## キーボードショートカットとその一覧。
shortcuts-title = キーボードショートカット
# Between two ways to press a shortcut, as in “Ctrl+K or Ctrl+F”.
shortcuts-or = または
shortcut-new-chat = 新しいチャットを始める
shortcut-search = 会話を検索
shortcut-send = メッセージを送信
shortcut-new-line = メッセージ内で改行
shortcut-stop = 書きかけの返答を停止
shortcut-close = ダイアログやメニューを閉じる
shortcut-settings = 設定を開く
shortcut-help = キーボードショートカットを表示
# Keys, named as on the keyboard.
key-ctrl = Ctrl
key-command = Cmd
key-shift = Shift
key-enter = Enter
key-escape = Esc
action-close = 閉じる

## 会話が暗号化されていて、まだロックが解除されていないときのウィンドウ。
lock-title = 会話はロックされています
lock-body = このコンピューター上の会話は暗号化されています。開くにはパスフレーズを入力してください。
lock-passphrase = パスフレーズ
lock-unlock = ロックを解除
lock-unlocking = ロックを解除しています…

## 会話を暗号化するパスフレーズ（データとヘルプ → パスフレーズ…）。
passphrase-title = パスフレーズ
# Says the conversations are not encrypted, and what a passphrase would do.
passphrase-off = Hearth が保存するものはすべてこのコンピューターの中にとどまります。パスフレーズを設定すると、会話とそのバックアップも暗号化され、Hearth は起動するたびにパスフレーズを尋ねます。
# Says the conversations are encrypted.
passphrase-on = 会話とそのバックアップは暗号化されています。Hearth は起動するたびにパスフレーズを尋ねます。
passphrase-warning = パスフレーズをなくすと、会話は誰にも復元できません。Hearth にもできません。
passphrase-new = 新しいパスフレーズ
passphrase-repeat = パスフレーズをもう一度
passphrase-encrypt = 会話を暗号化
passphrase-encrypting = 暗号化しています…
passphrase-encrypted = 会話を暗号化しました。次回から起動時にパスフレーズを尋ねます。
passphrase-change = パスフレーズを変更
passphrase-changing = パスフレーズを変更しています…
passphrase-changed = パスフレーズを変更しました。
# Opens the question below; nothing is removed yet.
passphrase-remove = 暗号化を解除…
passphrase-remove-question = 暗号化を解除しますか？会話とそのバックアップは暗号化されないままこのコンピューターに保存され、Hearth は起動時にパスフレーズを尋ねなくなります。
passphrase-remove-keep = 暗号化を続ける
passphrase-remove-confirm = 暗号化を解除
passphrase-removing = 暗号化を解除しています…
passphrase-removed = 暗号化を解除しました。

## サイドバーの下部：モデル画面と設定。
sidebar-models = モデル
# Opens the settings of the whole window (Preferences), not a conversation's.
sidebar-preferences = 設定

## 設定：ウィンドウ全体の設定（サイドバーの「設定」ボタン、または Ctrl+,）。
preferences-title = 設定
preferences-appearance = 言語と外観
preferences-default-model = 既定のモデル
preferences-default-model-hint = モデルを個別に選んでいない会話では、このモデルを使います。
preferences-manage-models = モデルを管理…
# A default model whose file is on this computer but cannot be used.
# $model (String) - the model's display name
preferences-model-unusable = { $model }（使用できません）
preferences-sampling = 既定のサンプリング
preferences-sampling-hint = サンプリングを個別に設定していない会話では、これらの値を使います。
# $value (Number or String) - the value Hearth comes with (as in settings-default-value)
preferences-builtin-value = 初期値：{ $value }
preferences-sampling-reset = 初期値に戻す
preferences-sampling-save = 既定値として保存
preferences-sampling-saved = 既定値を保存しました。
preferences-sampling-restored = サンプリングを初期値に戻しました。
preferences-data = データ
preferences-data-dir = データフォルダー
preferences-backup-dir = バックアップフォルダー

## モデル画面：Hearth が扱えるモデル（このコンピューター上のもの、またはカタログにあるもの）。
models-title = モデル
# $available (String) - memory free now, already formatted (e.g. "9.8 GB")
# $total (String) - all of the computer's memory, already formatted
models-memory = 空きメモリ：{ $available }（全体 { $total }）
# $path (String) - the folder holding the model files
models-folder = モデルファイルの保存先：{ $path }
models-import = GGUF ファイルをインポート…
# While the chosen file is checked and copied into the models folder, which can take a while.
models-importing = 確認してコピーしています…
# $name (String) - the model's display name
models-imported = { $name } をインポートしました。
# $name (String) - the model's display name
models-default-set = { $name } を既定のモデルにしました。
# $name (String) - the model's display name
models-removed = { $name } のファイルを削除しました。
models-badge-default = 既定
models-badge-imported = インポート済み
models-badge-missing = このコンピューターにありません
# A model without a chat template: it continues the text it is given instead of answering.
models-badge-base = ベースモデル：文章の続きを生成
models-badge-unusable = 使用できません
models-fact-architecture = アーキテクチャ
models-fact-parameters = パラメーター数
models-fact-quantization = 量子化
models-fact-context = コンテキスト長
models-fact-size = ファイルサイズ
models-fact-memory = 必要なメモリ
models-fact-license = ライセンス
models-fact-source = 入手元
# The context window in tokens: what the model was trained for, and what Hearth uses.
# $trained (Number) - tokens the model was trained for
# $used (Number) - tokens Hearth uses
models-context = 学習時 { $trained }・使用 { $used }
# $trained (Number) - tokens the model was trained for
models-context-trained = 学習時 { $trained }
# $used (Number) - tokens Hearth uses
models-context-used = 使用 { $used }
# A warning, not an error: the model may still run.
models-memory-warning = 現在の空きメモリより多くのメモリが必要です。ほかのアプリを閉じると動く場合があります。
# $file (String) - the name of the model's GGUF file
models-not-installed = このコンピューターにはありません。GGUF ファイル { $file } をインポートしてください。
models-make-default = 既定にする
# Opens the question below; nothing is deleted yet.
models-remove = 削除…
# $name (String) - the model's display name
# $size (String) - the file's size, already formatted (e.g. "491.4 MB")
models-remove-question = { $name } のファイル（{ $size }）を削除しますか？この操作は元に戻せません。
models-remove-keep = 残す
models-remove-confirm = 削除
