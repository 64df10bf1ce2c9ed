## モデルに渡すテキスト（画面には表示しない）。

# The default system prompt; it is written in this locale's language so that the model answers in it.
system-prompt-default = あなたは親切なアシスタントです。日本語で、自然で正確に答えてください。
# Added after a message that asks for this language but is written in another, so that a small model keeps to it.
reply-language-reminder = 日本語で答えてください。
