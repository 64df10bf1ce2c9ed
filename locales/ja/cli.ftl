## コマンドライン `hearth`。

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

## ヘルプ（`hearth --help`、`hearth コマンド --help`、`hearth help コマンド`）。

cli-about = オフラインで動く AI アシスタント Hearth を、コマンドラインから使います。
# Headings of the help; the help adds a colon after each.
cli-help-usage = 使い方
cli-help-commands = コマンド
cli-help-arguments = 引数
cli-help-options = オプション
# $command (String) - the command as typed, e.g. "hearth chat"
cli-help-more = 詳しくは「{ $command } --help」を実行してください。
# Stands for a command's options in a usage line.
cli-options-tag = [オプション]
# Placeholders for what the user types (in capitals where the script has them).
cli-value-command = コマンド
cli-value-model = 名前|パス
cli-value-text = テキスト
cli-value-file = ファイル
cli-value-name = 名前
cli-value-query = 検索語
cli-value-prompt = メッセージ
cli-value-id = ID
cli-value-shell = シェル
cli-arg-help = このヘルプを表示します
cli-arg-version = バージョンを表示します
cli-arg-verbose = Hearth の動作をより詳しく表示します
cli-arg-json = 結果を JSON で出力します
cli-arg-model = 使うモデル：「hearth models list」に出る名前、または GGUF ファイル（省略時は既定のモデル）
cli-arg-system = 既定のシステムプロンプトの代わりに使う、アシスタントへの指示
cli-arg-max-tokens = 返答の最大トークン数
cli-arg-temperature = ランダムさ（0〜2。0 なら常に最も確率の高い語を選びます）
cli-arg-seed = 乱数のシード（同じシードなら同じ返答になります）
cli-arg-min-p = 最も確率の高い語と比べて、この割合に満たない語を候補から外します（0〜1）
cli-arg-presence-penalty = 一度使った語を使いにくくします（0 で無効）
cli-arg-stop = このテキストの手前で返答を終えます（複数回指定できます）
cli-arg-conversation = この会話の続きとして送ります（ID は「hearth conversations list」で確認できます）
cli-arg-no-save = このやり取りを会話として保存しません
cli-arg-prompt = 送信するメッセージ
cli-about-chat = メッセージを送り、返答を書かれるそばから表示します
cli-about-models = モデルの一覧・検査・読み込み・既定の選択・削除
cli-about-models-list = カタログのモデルと読み込んだモデルを一覧表示します（* が既定のモデル）
cli-about-models-inspect = GGUF ファイルを読み込むときと同じように検査し、内容を表示します
cli-about-models-import = GGUF ファイルを検査してから、読み込んだモデルとしてコピーを保存します
cli-about-models-default = モデルを既定にします（hearth chat とウィンドウの両方）
cli-about-models-remove = モデルのファイルを削除します（既定のモデルは削除できません）
cli-arg-model-file = GGUF ファイル
cli-arg-model-name = 「hearth models list」に表示されるモデル名
cli-about-conversations = 保存した会話の一覧・表示・検索・書き出し・読み込み・保護
cli-about-conversations-list = 会話を一覧表示します
cli-about-conversations-show = 会話のメッセージを表示します
cli-about-conversations-search = すべてのメッセージから検索します
cli-about-conversations-export = 1 つの会話またはすべての会話を、ファイル（または画面）に書き出します
cli-about-conversations-import = JSON で書き出した会話を読み込みます
cli-about-conversations-backup = 今すぐバックアップを作成します
cli-about-conversations-encrypt = 会話をパスフレーズで保護します（パスフレーズの変更にも使います）
cli-about-conversations-decrypt = パスフレーズによる保護を解除します
cli-about-conversations-set = 会話ごとの設定を変更します
cli-arg-conversation-id = 会話の ID（「hearth conversations list」で確認できます）
cli-arg-query = 探す語句（どの言語でも検索できます）
cli-arg-ignore-diacritics = アクセントや声調記号の有無を区別せずに探します（pho で phở も見つかります）
cli-arg-export-id = この会話だけを書き出します（省略時はすべて）
cli-arg-format = json（あとで読み込み直せます）または md（読むための Markdown）
cli-arg-out = 標準出力ではなく、このファイルに書き出します
cli-arg-import-file = 「hearth conversations export」で書き出した JSON ファイル
cli-arg-reset = まず既定の設定に戻します
cli-arg-own-system = この会話のシステムプロンプト（空にすると既定を使います）
cli-arg-own-model = この会話で使うモデルの名前
cli-arg-top-p = 確率の高い順に、合計がこの値に達するまでの語だけを候補にします（0〜1）
cli-arg-top-k = 確率の高い上位この数の語だけを候補にします
cli-arg-repeat-penalty = 直前に使った語を繰り返しにくくします（1 で無効）
cli-about-eval-language = 返答が本来の言語で返ってくる割合を測ります
cli-arg-eval-files = プロンプト集：「prompt」列と「language」列を持つ CSV ファイル
cli-arg-limit = 各プロンプト集から実行する件数の上限
# $default (Number)
cli-arg-eval-max-tokens = 返答の最大トークン数（既定：{ $default }）
cli-about-bench = llama-bench と同じ方法でモデルの速度を測ります
# $default (Number)
cli-arg-prompt-tokens = 処理するプロンプトのトークン数（既定：{ $default }）
# $default (Number)
cli-arg-gen-tokens = 生成するトークン数（既定：{ $default }）
cli-arg-depth = 測る前に、この数のトークンでコンテキストを埋めます（既定：0）
# $default (Number)
cli-arg-repetitions = 平均を取るための実行回数（既定：{ $default }）
cli-arg-threads = 使用するスレッド数（既定：すべてのコア）
cli-about-completions = お使いのシェル用の補完スクリプトを出力します
cli-arg-shell = bash、zsh、fish、powershell、elvish のいずれか
cli-about-help = Hearth または各コマンドのヘルプを表示します
cli-arg-help-command = コマンド（例：「chat」「models list」）
# $command (String) - the command as typed
cli-unknown-command = 不明なコマンドです：{ $command }
# $argument (String) - its placeholder, e.g. "<FILE>"
cli-missing-argument = { $argument } を指定してください。
# $suggestion (String) - an option, command or value close to what was typed
cli-did-you-mean = もしかして：{ $suggestion }
# $values (String) - e.g. "json, md"
cli-possible-values = 指定できる値：{ $values }
cli-bad-command-line = このコマンドラインは解釈できません。
# $data, $models (String) - folders
cli-verbose-places =
    データフォルダー：{ $data }
    モデルフォルダー：{ $models }
# $name (String) - the model; $path (String) - its file
cli-verbose-model = モデル：{ $name }（{ $path }）
