## Văn bản gửi cho mô hình, không hiển thị trên giao diện.

# The default system prompt; it is written in this locale's language so that the model answers in it.
system-prompt-default = Bạn là một trợ lý hữu ích. Hãy trả lời bằng tiếng Việt một cách tự nhiên và chính xác.
# Added after a message that asks for this language but is written in another, so that a small model keeps to it.
reply-language-reminder = Hãy trả lời bằng tiếng Việt.
