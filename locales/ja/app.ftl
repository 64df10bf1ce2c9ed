## デスクトップのウィンドウ。

app-name = Hearth
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
