## 데스크톱 창.

app-name = Hearth
# The window title while a conversation is open.
# $conversation (String) - the conversation's title
window-title = { $conversation } — Hearth
sidebar-conversations = 대화
sidebar-new-chat = 새 채팅
sidebar-empty = 아직 대화가 없습니다.
composer-placeholder = Hearth에게 메시지 보내기…
composer-label = 메시지
composer-send = 보내기
composer-stop = 중지
welcome-title = Hearth에 오신 것을 환영합니다
welcome-body = 어시스턴트는 전적으로 이 컴퓨터에서 실행되며, 입력한 내용은 이 컴퓨터 밖으로 나가지 않습니다.
welcome-no-model = 이 컴퓨터에는 아직 모델이 없습니다. USB 메모리 등에서 GGUF 모델 파일을 가져오세요. Hearth가 파일을 확인하고 사본을 보관한 뒤 그 모델로 답합니다. 모두 오프라인으로 이루어집니다.
welcome-import = 모델 파일 가져오기…
role-user = 나
role-assistant = Hearth
# $model (String) - the model's name
model-loading = { $model } 불러오는 중…
# $model (String) - the model's name
model-ready = { $model } · 로컬
model-none = 모델 없음
message-stopped = 중지됨
message-interrupted = 중단됨: 답변이 끝나기 전에 Hearth가 종료되었습니다.
message-failed = 이 답변을 생성하지 못했습니다.
# $tokens (Number) - tokens in the reply
# $rate (Number) - decoding speed in tokens per second
message-stats = { $tokens ->
   *[other] 토큰 { $tokens }개
  } · 초당 { NUMBER($rate, maximumFractionDigits: 1) }토큰
conversation-untitled = 새 대화
settings-language = 언어
# This language's name for itself, shown in the language menu.
language-name = 한국어
search-placeholder = 대화 검색
search-label = 검색
search-no-results = 일치하는 메시지가 없습니다.
# $used (String) - tokens in use, already formatted (e.g. "1.2K")
# $limit (String) - the context window, already formatted (e.g. "8.2K")
message-context = 컨텍스트 { $used } / { $limit }
# $count (Number) - how many older messages the model did not see
message-dropped = { $count ->
   *[other] 모델의 컨텍스트 창에 맞추기 위해 이전 메시지 { $count }개를 제외했습니다.
  }

## 사이드바의 대화.

# $title (String) - the conversation's title
conversation-actions = “{ $title }” 대화 작업
conversation-rename = 이름 바꾸기
conversation-rename-label = 대화 이름
conversation-pin = 고정
conversation-unpin = 고정 해제
conversation-pinned = 고정됨
conversation-delete = 삭제
# $title (String) - the conversation's title
conversation-deleted = “{ $title }” 대화를 삭제했습니다.

## 메시지 작업.

message-actions = 메시지 작업
message-copy = 복사
message-copied = 복사됨
message-copy-failed = 클립보드에 복사하지 못했습니다.
message-edit = 편집
message-edit-label = 메시지 편집
message-edit-save = 저장 후 보내기
message-regenerate = 다시 생성
message-delete = 삭제
message-delete-confirm = 이 메시지와 그 뒤의 내용을 모두 삭제할까요?
# $position (Number) - which version is shown, counted from 1
# $count (Number) - how many versions there are
message-version = { $position } / { $count }
# $position (Number) - which version is shown, counted from 1
# $count (Number) - how many versions there are
message-version-label = 버전 { $count }개 중 { $position }번째
message-version-previous = 이전 버전
message-version-next = 다음 버전
action-cancel = 취소

## 알림.

notice-undo = 실행 취소
notice-dismiss = 닫기

## 내보내기, 가져오기, 백업.

data-menu = 데이터 및 도움말
data-export-current-json = 이 대화 내보내기(JSON)
data-export-current-md = 이 대화 내보내기(Markdown)
data-export-all-json = 모든 대화 내보내기(JSON)
data-export-all-md = 모든 대화 내보내기(Markdown)
data-import = 가져오기…
data-backup = 지금 백업
data-open-log-folder = 로그 폴더 열기
data-passphrase = 암호 문구…
# $path (String) - the file written
data-exported = 내보내기 완료: { $path }
# $conversations (Number) - conversations added by the import
# $skipped (Number) - conversations in the file that were already here (left unchanged)
data-imported = { $conversations ->
    [0] 새로 가져올 대화가 없습니다
   *[other] 대화 { $conversations }개를 가져왔습니다
  }{ $skipped ->
    [0] .
   *[other] { " " }(이미 있는 대화 { $skipped }개는 건너뜀).
  }
# $path (String) - the backup file written
data-backup-saved = 백업 저장 완료: { $path }

## 데이터베이스가 손상되어 복구했습니다.

recovery-title = 대화 데이터베이스가 손상되었습니다
# $damaged (String) - where the damaged database file was kept
# $backup (String) - the backup file the conversations were restored from
recovery-restored = Hearth가 시작할 때 데이터베이스를 읽지 못해 백업 { $backup }에서 대화를 복원했습니다. 이 백업 이후에 작성된 내용은 복원되지 않았습니다. 손상된 파일은 { $damaged }에 보관해 두었습니다.
# $damaged (String) - where the damaged database file was kept
recovery-fresh = Hearth가 시작할 때 데이터베이스를 읽지 못했고 백업도 찾지 못해, 비어 있는 새 데이터베이스로 시작했습니다. 손상된 파일은 { $damaged }에 보관해 두었습니다.

## 대화별 설정.

conversation-settings = 설정…
settings-open = 대화 설정
settings-title = 대화 설정
# The menu of personas (personas.ftl) by the system prompt; choosing one fills the prompt in.
settings-persona = 페르소나
# The persona menu's choice for a prompt the user wrote or changed.
settings-persona-default = 기본값
settings-persona-custom = 사용자 지정
settings-system-prompt = 시스템 프롬프트
settings-system-prompt-hint = 비워 두면 기본 프롬프트를 사용하며, 각 메시지와 같은 언어로 답변합니다.
settings-model = 모델
# $model (String) - the default model's display name
settings-model-default = 기본값({ $model })
# $model (String) - the model's display name
settings-model-not-installed = { $model }(설치되지 않음)
settings-sampling = 샘플링
settings-temperature = 온도
settings-top-p = Top-p
settings-top-k = Top-k
settings-min-p = Min-p
settings-repeat-penalty = 반복 페널티
settings-presence-penalty = 존재 페널티
settings-max-tokens = 최대 토큰 수
settings-seed = 시드
settings-stop = 중지 시퀀스
settings-stop-hint = 한 줄에 하나씩 입력하세요. 답변은 가장 먼저 나타나는 시퀀스 바로 앞에서 끝나며, 그 시퀀스는 표시되지 않습니다.
# What the hint shows for the stop sequences when there are none.
settings-stop-none = 없음
# One stop sequence quoted, as the hint lists them.
# $text (String) - the stop sequence
settings-stop-text = “{ $text }”
# $value (Number or String) - the default value of the setting (for the stop sequences: settings-stop-none, or them listed)
settings-default-value = 기본값: { $value }
# $min (Number) - the smallest value allowed
# $max (Number) - the largest value allowed
settings-invalid-range = { $min }~{ $max } 사이의 숫자를 입력하세요.
# $min (Number) - the smallest value allowed
# $max (Number) - the largest value allowed
settings-invalid-whole = { $min }~{ $max } 사이의 정수를 입력하세요.
settings-invalid-seed = 0 이상의 정수를 입력하세요.
# $count (Number) - how many stop sequences are allowed
# $length (Number) - the most characters each may have
settings-invalid-stop = 중지 시퀀스는 최대 { $count }개까지, 각각 { $length }자 이하로 입력하세요.
settings-reset = 기본값으로 재설정
settings-save = 저장
settings-saved = 설정을 저장했습니다.

## 모양.
settings-theme = 테마
theme-system = 시스템 설정 따르기
theme-light = 라이트
theme-dark = 다크

## 답변 속 코드 블록.
code-copy = 코드 복사

## 키보드 단축키와 그 목록.
shortcuts-title = 키보드 단축키
# Between two ways to press a shortcut, as in “Ctrl+K or Ctrl+F”.
shortcuts-or = 또는
shortcut-new-chat = 새 채팅 시작
shortcut-search = 대화 검색
shortcut-send = 메시지 보내기
shortcut-new-line = 메시지에서 줄 바꾸기
shortcut-stop = 작성 중인 답변 중지
shortcut-close = 대화 상자나 메뉴 닫기
shortcut-settings = 설정 열기
shortcut-help = 키보드 단축키 보기
# Keys, named as on the keyboard.
key-ctrl = Ctrl
key-command = Cmd
key-shift = Shift
key-enter = Enter
key-escape = Esc
action-close = 닫기

## 대화가 암호화되어 있고 아직 잠금 해제되지 않았을 때의 창.
lock-title = 대화가 잠겨 있습니다
lock-body = 이 컴퓨터의 대화는 암호화되어 있습니다. 열려면 암호 문구를 입력하세요.
lock-passphrase = 암호 문구
lock-unlock = 잠금 해제
lock-unlocking = 잠금 해제 중…

## 대화를 암호화하는 암호 문구(데이터 및 도움말 → 암호 문구…).
passphrase-title = 암호 문구
# Says the conversations are not encrypted, and what a passphrase would do.
passphrase-off = Hearth가 보관하는 모든 것은 이 컴퓨터에만 남습니다. 암호 문구를 설정하면 대화와 그 백업도 암호화되며, Hearth는 시작할 때마다 암호 문구를 묻습니다.
# Says the conversations are encrypted.
passphrase-on = 대화와 그 백업이 암호화되어 있습니다. Hearth는 시작할 때마다 암호 문구를 묻습니다.
passphrase-warning = 암호 문구를 잃어버리면 누구도, Hearth조차도 대화를 복구할 수 없습니다.
passphrase-new = 새 암호 문구
passphrase-repeat = 암호 문구 다시 입력
passphrase-encrypt = 대화 암호화
passphrase-encrypting = 암호화하는 중…
passphrase-encrypted = 대화를 암호화했습니다. 이제 Hearth를 시작할 때 암호 문구를 묻습니다.
passphrase-change = 암호 문구 변경
passphrase-changing = 암호 문구를 변경하는 중…
passphrase-changed = 암호 문구를 변경했습니다.
# Opens the question below; nothing is removed yet.
passphrase-remove = 암호화 해제…
passphrase-remove-question = 암호화를 해제할까요? 대화와 그 백업이 암호화되지 않은 채로 이 컴퓨터에 저장되며, Hearth는 더 이상 암호 문구를 묻지 않습니다.
passphrase-remove-keep = 암호화 유지
passphrase-remove-confirm = 암호화 해제
passphrase-removing = 암호화를 해제하는 중…
passphrase-removed = 암호화를 해제했습니다.

## 사이드바 하단: 모델 화면과 설정.
sidebar-models = 모델
# Opens the settings of the whole window (Preferences), not a conversation's.
sidebar-preferences = 설정

## 설정: 창 전체의 설정(사이드바의 설정 버튼 또는 Ctrl+,).
preferences-title = 설정
preferences-appearance = 언어 및 모양
preferences-default-model = 기본 모델
preferences-default-model-hint = 모델을 따로 고르지 않은 모든 대화에 사용됩니다.
preferences-manage-models = 모델 관리…
# A default model whose file is on this computer but cannot be used.
# $model (String) - the model's display name
preferences-model-unusable = { $model }(사용할 수 없음)
preferences-sampling = 기본 샘플링
preferences-sampling-hint = 샘플링 설정이 따로 없는 모든 대화에 사용됩니다.
# $value (Number or String) - the value Hearth comes with (as in settings-default-value)
preferences-builtin-value = 기본 제공 값: { $value }
preferences-sampling-reset = 기본 제공 값으로 재설정
preferences-sampling-save = 기본값으로 저장
preferences-sampling-saved = 기본값을 저장했습니다.
preferences-sampling-restored = 샘플링을 기본 제공 값으로 되돌렸습니다.
preferences-data = 내 데이터
preferences-data-dir = 데이터 폴더
preferences-backup-dir = 백업 폴더

## 모델 화면: 이 컴퓨터에 있거나 카탈로그에 있는, Hearth가 아는 모델.
models-title = 모델
# $available (String) - memory free now, already formatted (e.g. "9.8 GB")
# $total (String) - all of the computer's memory, already formatted
models-memory = 사용 가능한 메모리: { $available } / { $total }
# $path (String) - the folder holding the model files
models-folder = 모델 파일 위치: { $path }
models-import = GGUF 파일 가져오기…
# While the chosen file is checked and copied into the models folder, which can take a while.
models-importing = 확인하고 복사하는 중…
# $name (String) - the model's display name
models-imported = { $name } 모델을 가져왔습니다.
# $name (String) - the model's display name
models-default-set = 이제 { $name } 모델이 기본 모델입니다.
# $name (String) - the model's display name
models-removed = { $name } 모델의 파일을 삭제했습니다.
models-badge-default = 기본
models-badge-imported = 가져온 모델
models-badge-missing = 이 컴퓨터에 없음
# A model without a chat template: it continues the text it is given instead of answering.
models-badge-base = 베이스 모델: 텍스트 이어 쓰기만 가능
models-badge-unusable = 사용할 수 없음
models-fact-architecture = 아키텍처
models-fact-parameters = 매개변수
models-fact-quantization = 양자화
models-fact-context = 컨텍스트
models-fact-size = 파일 크기
models-fact-memory = 필요한 메모리
models-fact-license = 라이선스
models-fact-source = 출처
# The context window in tokens: what the model was trained for, and what Hearth uses.
# $trained (Number) - tokens the model was trained for
# $used (Number) - tokens Hearth uses
models-context = 학습 { $trained } · 사용 { $used }
# $trained (Number) - tokens the model was trained for
models-context-trained = 학습 { $trained }
# $used (Number) - tokens Hearth uses
models-context-used = 사용 { $used }
# A warning, not an error: the model may still run.
models-memory-warning = 지금 사용 가능한 메모리보다 더 많은 메모리가 필요합니다. 다른 앱을 닫으면 도움이 될 수 있습니다.
# $file (String) - the name of the model's GGUF file
models-not-installed = 이 컴퓨터에 없습니다. 이 모델의 GGUF 파일({ $file })을 가져오세요.
models-make-default = 기본으로 설정
# Opens the question below; nothing is deleted yet.
models-remove = 삭제…
# $name (String) - the model's display name
# $size (String) - the file's size, already formatted (e.g. "491.4 MB")
models-remove-question = { $name } 모델의 파일({ $size })을 삭제할까요? 이 작업은 되돌릴 수 없습니다.
models-remove-keep = 유지
models-remove-confirm = 삭제
