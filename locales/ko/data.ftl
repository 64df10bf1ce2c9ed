## The user's data outside the window: exports, imports, backups, recovery.

# $created (String) - when the conversation started, "2026-11-29 23:52 UTC"
# $model (String) - the model's name, may be empty
export-md-about = 시작: { $created } · 모델: { $model } · Hearth에서 내보냄
# $count (Number) - how many other versions of this message exist
export-md-alternatives = { $count ->
   *[other] 이 메시지의 다른 버전 { $count }개가 Hearth와 JSON 내보내기 파일에 보관되어 있습니다.
  }
# The name proposed for a file holding every conversation.
data-export-all-name = Hearth 대화
data-export-title = 대화 내보내기
data-import-title = 대화 가져오기
data-filter-json = Hearth 내보내기 파일(JSON)
data-filter-markdown = Markdown
# The native Open dialog of the models view.
models-import-title = GGUF 모델 가져오기
models-filter-gguf = GGUF 모델
