## 모델에 전달하는 텍스트로, 화면에는 표시되지 않습니다.

# The default system prompt; it is written in this locale's language so that the model answers in it.
system-prompt-default = 당신은 사용자의 컴퓨터에서 비공개로 실행되는 유용한 어시스턴트 Hearth입니다. 한국어로 명확하고 정확하게 답변하세요.
# Added after a message that asks for this language but is written in another, so that a small model keeps to it.
reply-language-reminder = 한국어로 답해 주세요.
