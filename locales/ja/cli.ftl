## コマンドライン `hearth`。

cli-usage =
    使い方：
      hearth chat [--model 名前|パス] [--system テキスト] [--max-tokens N] [--temperature T] [--seed N] [--min-p P] [--presence-penalty X] [--stop テキスト]… [--conversation ID] [--no-save] [--json] メッセージ
      hearth models list [--json]
      hearth models inspect ファイル [--json]
      hearth models import ファイル [--json]
      hearth models default 名前
      hearth models remove 名前
      hearth conversations list|show ID|search 検索語 [--ignore-diacritics] [--json]
      hearth conversations export [ID] [--format json|md] [--out ファイル]
      hearth conversations import ファイル [--json]
      hearth conversations backup [--json]
      hearth conversations encrypt|decrypt
      hearth conversations set ID [--reset] [--system テキスト] [--model 名前] [--temperature T] [--top-p P] [--top-k K] [--repeat-penalty R] [--max-tokens N] [--seed N]
      hearth eval-language ファイル… [--limit N] [--max-tokens N] [--model 名前|パス] [--json]
      hearth bench [--model 名前|パス] [--prompt-tokens N] [--gen-tokens N] [--depth N] [--repetitions N] [--threads N] [--json]
# $option (String) - the option as typed
cli-unknown-option = 不明なオプションです：{ $option }
# $option (String) - the option as typed
cli-missing-value = { $option } には値が必要です。
# $option (String) - the option
# $value (String) - what was given
cli-invalid-value = 「{ $value }」は { $option } の値として正しくありません。
cli-missing-prompt = 送信するメッセージを指定してください。例：hearth chat "こんにちは"
cli-error-prefix = エラー
cli-models-installed = インストール済み
cli-models-not-installed = 未インストール
# $file (String) - the prompt set
# $matched (Number) - replies in the expected language
# $prompts (Number) - prompts run
# $percent (String) - the share, already formatted (e.g. "96.0")
cli-eval-result = { $file }：{ $prompts } 件中 { $matched } 件の返答が期待した言語でした（{ $percent } %）
cli-passphrase-prompt = パスフレーズ：
cli-passphrase-new = 新しいパスフレーズ：
cli-passphrase-again = もう一度同じパスフレーズ：
cli-encrypted = 会話が暗号化されました。パスフレーズがなければ誰も（あなた自身も）読めません。大切に保管してください。
cli-decrypted = 会話の暗号化を解除しました。
# $path (String) - the file; $architecture (String); $millions (Number) - parameters in millions; $quantization (String); $context (Number) - context Hearth uses; $megabytes (Number); $license (String); $chat (String) - "yes" if it has a chat template
cli-model-card =
    { $path }：使用できるモデルです
      アーキテクチャ  { $architecture }
      パラメーター数  { $millions } M
      量子化          { $quantization }
      コンテキスト    { $context } トークン
      サイズ          { $megabytes } MB
      ライセンス      { $license }
      種類            { $chat ->
        [yes] チャット（チャットテンプレートあり）
       *[no] ベースモデル（通常の続き生成）
    }
cli-models-imported = 読み込み済み
# $name (String) - the name to use with --model
cli-model-imported = 「{ $name }」として読み込みました。hearth chat --model { $name } で使えます。ファイルはコピーしたので、元のファイルは削除してもかまいません。
# $name (String)
cli-model-removed = 「{ $name }」を削除しました。
# $name (String)
cli-model-default = 「{ $name }」を既定のモデルにしました（hearth chat とウィンドウの両方）。
# $model (String) file; $threads (Number); $load, $ttft (String) seconds; $pp, $tg (String) llama-bench's names, e.g. pp128, tg64; $ppRate, $tgRate (String) tokens/s; $rss (String) MB
cli-bench =
    { $model }、{ $threads } スレッド
      読み込み         { $load } 秒
      初回の準備       { $warmup } 秒（重みを高速な計算向けに並べ替え）
      { $pp }          { $ppRate } トークン/秒
      { $tg }           { $tgRate } トークン/秒
      最初のトークン   { $ttft } 秒
      最大メモリ       { $rss } MB
