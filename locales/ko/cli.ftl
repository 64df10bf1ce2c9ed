## `hearth` 명령줄.

cli-usage =
    사용법:
      hearth chat [--model 이름|경로] [--system 텍스트] [--max-tokens N] [--temperature T] [--seed N] [--min-p P] [--presence-penalty X] [--stop 텍스트]… [--conversation ID] [--no-save] [--json] 메시지
      hearth models list [--json]
      hearth models inspect 파일 [--json]
      hearth models import 파일 [--json]
      hearth models default 이름
      hearth models remove 이름
      hearth conversations list|show ID|search 검색어 [--ignore-diacritics] [--json]
      hearth conversations export [ID] [--format json|md] [--out 파일]
      hearth conversations import 파일 [--json]
      hearth conversations backup [--json]
      hearth conversations encrypt|decrypt
      hearth conversations set ID [--reset] [--system 텍스트] [--model 이름] [--temperature T] [--top-p P] [--top-k K] [--repeat-penalty R] [--max-tokens N] [--seed N]
      hearth eval-language 파일… [--limit N] [--max-tokens N] [--model 이름|경로] [--json]
      hearth bench [--model 이름|경로] [--prompt-tokens N] [--gen-tokens N] [--depth N] [--repetitions N] [--threads N] [--json]
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
