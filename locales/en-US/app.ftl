## The desktop window.

app-name = Hearth
sidebar-conversations = Conversations
sidebar-new-chat = New chat
sidebar-empty = No conversations yet.
composer-placeholder = Message Hearth…
composer-label = Message
composer-send = Send
composer-stop = Stop
welcome-title = Welcome to Hearth
welcome-body = Your assistant runs entirely on this computer. Nothing you write leaves it.
role-user = You
role-assistant = Hearth
# $model (String) - the model's name
model-loading = Loading { $model }…
# $model (String) - the model's name
model-ready = { $model } · local
message-stopped = Stopped
message-interrupted = Interrupted: Hearth closed before this reply was finished.
message-failed = This reply failed.
# $tokens (Number) - tokens in the reply
# $rate (Number) - decoding speed in tokens per second
message-stats = { $tokens ->
    [one] { $tokens } token
   *[other] { $tokens } tokens
  } · { NUMBER($rate, maximumFractionDigits: 1) } tok/s
conversation-untitled = New conversation
settings-language = Language
# This language's name for itself, shown in the language menu.
language-name = English
search-placeholder = Search conversations
search-label = Search
search-no-results = No messages match.
# $used (String) - tokens in use, already formatted (e.g. "1.2K")
# $limit (String) - the context window, already formatted (e.g. "8.2K")
message-context = context { $used } / { $limit }
# $count (Number) - how many older messages the model did not see
message-dropped = { $count ->
    [one] One older message was left out to fit the model’s context window.
   *[other] { $count } older messages were left out to fit the model’s context window.
  }
