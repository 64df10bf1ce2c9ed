## エラー。id は `error-` + hearth-core のエラーコード。

# $path (String) - where the model file was expected
error-model-missing = モデルファイルが見つかりません：{ $path }。「python3 models/fetch.py」（または「./dev setup」）で取得するか、GGUF ファイルを読み込んでください。
# $path (String) - the model file
# $reason (String) - what is wrong, in technical terms
error-model-malformed = { $path } は使用できる GGUF モデルではありません（{ $reason }）。ファイルが壊れているか、不完全か、モデルではありません。何も読み込んでいません。
# $path (String) - the model file
# $expected (Number) - bytes the catalog expects
# $actual (Number) - bytes found
error-model-incomplete = { $path } が不完全です（{ $expected } バイト中 { $actual } バイト）。「python3 models/fetch.py」で取得し直してください。
# $architecture (String) - the architecture named in the file
error-model-unsupported-architecture = このモデルのアーキテクチャ「{ $architecture }」にはまだ対応していません。
# $name (String) - the name that was asked for
error-model-unknown = 「{ $name }」というモデルはありません。「hearth models list」で一覧を確認できます。
error-model-is-default = 「{ $name }」は既定のモデルです。先に別のモデルを既定にしてください。
error-sampling-invalid = サンプリング設定 { $setting } に { $value } は使えません（使える値：{ $allowed }）。
# $reason (String) - technical detail
error-tokenizer = モデルのトークナイザーを作成できませんでした（{ $reason }）。
# $reason (String) - technical detail
error-chat-template = モデルのチャットテンプレートを使用できませんでした（{ $reason }）。
# $reason (String) - technical detail
error-inference = 返答の生成中にモデルでエラーが発生しました（{ $reason }）。
# $tokens (Number) - length of the prompt
# $limit (Number) - size of the context window
error-context-overflow = メッセージが長すぎます（{ $tokens } トークン、上限は { $limit } トークン）。
error-engine-gone = モデルが予期せず停止しました。Hearth を再起動してください。
# $reason (String) - technical detail
error-internal = Hearth の内部で問題が発生しました（{ $reason }）。保存済みのデータは失われていません。不具合の報告には、ログ（データとヘルプ → ログフォルダーを開く）をお使いください。
# $id (Number) - the conversation id
error-conversation-not-found = 会話 { $id } は存在しません。
# $id (Number) - the message id
error-message-not-found = メッセージ { $id } は存在しません。
# $path (String) - the chosen file
# $reason (String) - technical detail
error-import-invalid = { $path } は Hearth のエクスポートファイルではありません（{ $reason }）。何も取り込んでいません。
# $path (String) - the chosen file
# $found (Number) - format version in the file
# $supported (Number) - newest format this Hearth reads
error-import-version = { $path } は新しいバージョンの Hearth で書き出されています（形式 { $found }、このバージョンが読めるのは { $supported } まで）。取り込むには Hearth を更新してください。
# $path (String) - the file
# $reason (String) - what is wrong, in technical terms
error-file-invalid = { $path } は使用できません（{ $reason }）。
error-disk-full = ディスクの空き容量がありません。容量を空けてください。下書きは残っています。
# $path (String) - the read-only folder or file
error-read-only = { $path } に書き込めません。フォルダーのアクセス権を確認してください。
error-database-locked = 会話データベースが別のプログラムで使用中です。そのプログラムを閉じてから、もう一度お試しください。
# $found (Number) - schema version in the file
# $supported (Number) - newest schema this Hearth knows
error-database-too-new = 会話データは新しいバージョンの Hearth で保存されています（スキーマ { $found }、このバージョンは { $supported } まで対応）。Hearth を更新してください。データは変更していません。
# $reason (String) - technical detail
error-database = 会話データベースでエラーが発生しました（{ $reason }）。
# $path (String) - the file
# $reason (String) - technical detail
error-io = { $path } の読み書きができませんでした（{ $reason }）。
# $path (String) - the database file
error-passphrase-required = 会話（{ $path }）は暗号化されています。開くにはパスフレーズを入力してください。
error-passphrase-wrong = このパスフレーズでは会話を開けません。何も変更されていません。もう一度お試しください。
error-passphrase-empty = パスフレーズを入力してください。
error-passphrase-mismatch = 2 つのパスフレーズが一致しません。何も変更されていません。
