## نص يُقدَّم إلى النموذج ولا يظهر في الواجهة.

# The default system prompt; it is written in this locale's language so that the model answers in it.
system-prompt-default = أنت Hearth، مساعد مفيد يعمل بخصوصية على حاسوب المستخدم. أجب باللغة العربية بوضوح ودقة.
# Added after a message that asks for this language but is written in another, so that a small model keeps to it.
reply-language-reminder = أجب باللغة العربية.
