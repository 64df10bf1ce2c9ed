## `hearth` 명령줄.

# $option (String) - the option as typed
cli-unknown-option = 알 수 없는 옵션: { $option }
# $option (String) - the option as typed
cli-missing-value = { $option } 옵션에 값이 필요합니다.
# $option (String) - the option
# $value (String) - what was given
cli-invalid-value = { $option } 옵션에 사용할 수 없는 값입니다: “{ $value }”
cli-missing-prompt = 보낼 메시지를 입력하세요. 예: hearth chat "안녕하세요"
cli-error-prefix = 오류
cli-models-installed = 설치됨
cli-models-not-installed = 설치되지 않음
# $file (String) - the prompt set
# $matched (Number) - replies in the expected language
# $prompts (Number) - prompts run
# $percent (String) - the share, already formatted (e.g. "96.0")
cli-eval-result = { $file }: 응답 { $prompts }개 중 { $matched }개가 기대한 언어였습니다({ $percent }%)
cli-passphrase-prompt = 암호 문구:
cli-passphrase-new = 새 암호 문구:
cli-passphrase-again = 같은 암호 문구를 한 번 더:
cli-encrypted = 이제 대화가 암호화되었습니다. 암호 문구가 없으면 누구도, 본인조차 읽을 수 없습니다. 안전하게 보관하세요.
cli-decrypted = 대화가 더 이상 암호화되어 있지 않습니다.
# $path (String) - the file; $architecture (String); $millions (Number) - parameters in millions; $quantization (String); $context (Number) - context Hearth uses; $megabytes (Number); $license (String); $chat (String) - "yes" if it has a chat template
cli-model-card =
    { $path }: 사용할 수 있는 모델
      아키텍처    { $architecture }
      매개변수    { $millions } M
      양자화      { $quantization }
      컨텍스트    { $context } 토큰
      크기        { $megabytes } MB
      라이선스    { $license }
      종류        { $chat ->
        [yes] 채팅 (채팅 템플릿 있음)
       *[no] 기본 모델 (텍스트 이어 쓰기)
    }
cli-models-imported = 가져옴
# $name (String) - the name to use with --model
cli-model-imported = “{ $name }”(으)로 가져왔습니다. hearth chat --model { $name }(으)로 사용하세요. 파일을 복사했으므로 원본은 지워도 됩니다.
# $name (String)
cli-model-removed = “{ $name }”을(를) 삭제했습니다.
# $name (String)
cli-model-default = 이제 “{ $name }”이(가) 기본 모델입니다(hearth chat과 창 모두).
# $model (String) file; $threads (Number); $load, $ttft (String) seconds; $pp, $tg (String) llama-bench's names, e.g. pp128, tg64; $ppRate, $tgRate (String) tokens/s; $rss (String) MB
cli-bench =
    { $model }, 스레드 { $threads }개
      불러오기       { $load }초
      첫 실행 준비   { $warmup }초 (빠른 연산용 가중치 재배치)
      { $pp }          초당 { $ppRate } 토큰
      { $tg }           초당 { $tgRate } 토큰
      첫 토큰        { $ttft }초
      최대 메모리    { $rss } MB

## 도움말 (`hearth --help`, `hearth 명령 --help`, `hearth help 명령`).

cli-about = 오프라인 AI 비서 Hearth를 명령줄에서 사용합니다.
# Headings of the help; the help adds a colon after each.
cli-help-usage = 사용법
cli-help-commands = 명령
cli-help-arguments = 인수
cli-help-options = 옵션
# $command (String) - the command as typed, e.g. "hearth chat"
cli-help-more = 자세한 내용은 “{ $command } --help”를 실행해 보세요.
# Stands for a command's options in a usage line.
cli-options-tag = [옵션]
# Placeholders for what the user types (in capitals where the script has them).
cli-value-command = 명령
cli-value-model = 이름|경로
cli-value-text = 텍스트
cli-value-file = 파일
cli-value-name = 이름
cli-value-query = 검색어
cli-value-prompt = 메시지
cli-value-id = ID
cli-value-shell = 셸
cli-arg-help = 이 도움말을 표시합니다
cli-arg-version = 버전을 표시합니다
cli-arg-verbose = Hearth가 하는 일을 더 자세히 표시합니다
cli-arg-json = 결과를 JSON으로 출력합니다
cli-arg-model = 사용할 모델: “hearth models list”에 나오는 이름 또는 GGUF 파일 (생략하면 기본 모델)
cli-arg-system = 기본 시스템 프롬프트 대신 사용할, 비서에게 주는 지시
cli-arg-max-tokens = 답변의 최대 길이(토큰 수)
cli-arg-temperature = 무작위성, 0–2 (0이면 항상 가장 가능성 높은 단어를 고릅니다)
cli-arg-seed = 무작위 선택의 시드 (시드가 같으면 답변도 같습니다)
cli-arg-min-p = 가장 가능성 높은 단어에 비해 확률이 이 비율보다 낮은 단어는 제외합니다 (0–1)
cli-arg-presence-penalty = 이미 쓴 단어를 덜 쓰게 합니다 (0이면 적용 안 함)
cli-arg-stop = 이 텍스트가 나오기 전에 답변을 끝냅니다 (여러 번 지정할 수 있습니다)
cli-arg-conversation = 이 대화를 이어 갑니다 (ID는 “hearth conversations list”에서 확인)
cli-arg-no-save = 이번 대화 내용을 저장하지 않습니다
cli-arg-prompt = 보낼 메시지
cli-about-chat = 메시지를 보내고, 답변이 작성되는 대로 바로 표시합니다
cli-about-models = 모델 목록 보기, 검사, 가져오기, 기본 모델 선택, 삭제
cli-about-models-list = 카탈로그의 모델과 가져온 모델을 나열합니다 (*는 기본 모델)
cli-about-models-inspect = GGUF 파일을 불러올 때와 같은 방식으로 검사하고 정보를 보여 줍니다
cli-about-models-import = GGUF 파일을 검사한 뒤, 가져온 모델로 사본을 보관합니다
cli-about-models-default = 모델을 기본으로 지정합니다 (명령줄과 창 모두)
cli-about-models-remove = 모델 파일을 삭제합니다 (기본 모델은 삭제하지 않습니다)
cli-arg-model-file = GGUF 파일
cli-arg-model-name = “hearth models list”에 표시되는 모델 이름
cli-about-conversations = 저장된 대화 목록 보기, 읽기, 검색, 내보내기, 가져오기, 보호
cli-about-conversations-list = 대화 목록을 표시합니다
cli-about-conversations-show = 대화의 메시지를 표시합니다
cli-about-conversations-search = 모든 메시지에서 검색합니다
cli-about-conversations-export = 대화 하나 또는 전체를 파일(또는 화면)로 내보냅니다
cli-about-conversations-import = 내보낸 JSON 파일에서 대화를 가져옵니다
cli-about-conversations-backup = 지금 바로 백업합니다
cli-about-conversations-encrypt = 대화를 암호 문구로 보호하거나 암호 문구를 바꿉니다
cli-about-conversations-decrypt = 암호 문구를 해제합니다
cli-about-conversations-set = 대화별 설정을 바꿉니다
cli-arg-conversation-id = 대화 ID (“hearth conversations list”에서 확인)
cli-arg-query = 찾을 단어 (어떤 언어든 가능)
cli-arg-ignore-diacritics = 악센트와 성조 기호를 무시하고 찾습니다 (pho로 phở도 찾음)
cli-arg-export-id = 이 대화만 내보냅니다 (생략하면 전체)
cli-arg-format = json(다시 가져올 수 있음) 또는 md(읽기 위한 Markdown)
cli-arg-out = 표준 출력 대신 이 파일에 씁니다
cli-arg-import-file = “hearth conversations export”로 내보낸 JSON 파일
cli-arg-reset = 먼저 기본 설정으로 되돌립니다
cli-arg-own-system = 이 대화의 시스템 프롬프트 (비우면 기본값)
cli-arg-own-model = 이 대화에서 쓸 모델 이름
cli-arg-top-p = 확률이 높은 단어부터 합계가 이 값에 이를 때까지만 후보로 삼습니다 (0–1)
cli-arg-top-k = 가능성 높은 단어 중 상위 이 개수만 후보로 삼습니다
cli-arg-repeat-penalty = 최근에 쓴 단어를 반복하지 않게 합니다 (1이면 적용 안 함)
cli-about-eval-language = 답변이 올바른 언어로 나오는 비율을 측정합니다
cli-arg-eval-files = 프롬프트 세트: “prompt”와 “language” 열이 있는 CSV 파일
cli-arg-limit = 세트마다 실행할 프롬프트 수의 상한
# $default (Number)
cli-arg-eval-max-tokens = 답변의 최대 길이(토큰 수, 기본값: { $default })
cli-about-bench = llama-bench와 같은 방식으로 모델의 속도를 측정합니다
# $default (Number)
cli-arg-prompt-tokens = 처리할 프롬프트 토큰 수 (기본값: { $default })
# $default (Number)
cli-arg-gen-tokens = 생성할 토큰 수 (기본값: { $default })
cli-arg-depth = 측정 전에 컨텍스트를 이 개수의 토큰으로 채웁니다 (기본값: 0)
# $default (Number)
cli-arg-repetitions = 평균을 낼 실행 횟수 (기본값: { $default })
cli-arg-threads = 사용할 스레드 수 (기본값: 모든 코어)
cli-about-completions = 사용하는 셸의 자동 완성 스크립트를 출력합니다
cli-arg-shell = bash, zsh, fish, powershell, elvish 중 하나
cli-about-help = Hearth나 명령의 도움말을 표시합니다
cli-arg-help-command = 명령 (예: “chat”, “models list”)
# $command (String) - the command as typed
cli-unknown-command = 알 수 없는 명령: { $command }
# $argument (String) - its placeholder, e.g. "<FILE>"
cli-missing-argument = { $argument }을(를) 지정하세요.
# $suggestion (String) - an option, command or value close to what was typed
cli-did-you-mean = 혹시 { $suggestion }을(를) 입력하려고 하셨나요?
# $values (String) - e.g. "json, md"
cli-possible-values = 사용할 수 있는 값: { $values }
cli-bad-command-line = 이 명령줄을 해석할 수 없습니다.
# $data, $models (String) - folders
cli-verbose-places =
    데이터 폴더: { $data }
    모델 폴더: { $models }
# $name (String) - the model; $path (String) - its file
cli-verbose-model = 모델: { $name } ({ $path })
