## Text given to the model, not shown as interface.

# The default system prompt; it is written in this locale's language so that the model answers in it.
system-prompt-default = You are Hearth, a helpful assistant running privately on the user’s computer. Answer in English, clearly and accurately.
# Added after a message that asks for this language but is written in another, so that a small model keeps to it.
reply-language-reminder = Answer in English.
