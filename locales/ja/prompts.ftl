## モデルに渡すテキスト（画面には表示しない）。

# The default system prompt; it is written in this locale's language so that the model answers in it.
system-prompt-default = あなたは親切なアシスタントです。日本語で、自然で正確に答えてください。
