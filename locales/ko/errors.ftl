## 오류. 각 id는 `error-`에 hearth-core 오류의 고정 코드를 붙인 것입니다.

# $path (String) - where the model file was expected
error-model-missing = 모델 파일이 없습니다: { $path }. “python3 models/fetch.py”(또는 “./dev setup”)로 다운로드하거나 GGUF 파일을 가져오세요.
# $path (String) - the model file
# $reason (String) - what is wrong, in technical terms
error-model-malformed = { $path } 파일은 사용할 수 있는 GGUF 모델이 아닙니다({ $reason }). 파일이 손상되었거나 불완전하거나 모델이 아닙니다. 아무것도 불러오지 않았습니다.
# $path (String) - the model file
# $expected (Number) - bytes the catalog expects
# $actual (Number) - bytes found
error-model-incomplete = { $path } 파일이 완전하지 않습니다({ $expected }바이트 중 { $actual }바이트). “python3 models/fetch.py”로 다시 다운로드하세요.
# $architecture (String) - the architecture named in the file
error-model-unsupported-architecture = 이 모델의 아키텍처(“{ $architecture }”)는 아직 지원하지 않습니다.
# $name (String) - the name that was asked for
error-model-unknown = 이름이 “{ $name }”인 모델이 없습니다. “hearth models list”를 실행하면 사용할 수 있는 모델을 볼 수 있습니다.
error-model-is-default = “{ $name }”은(는) 기본 모델입니다. 먼저 다른 기본 모델을 선택하세요.
error-sampling-invalid = 샘플링 설정 { $setting }에는 { $value } 값을 쓸 수 없습니다(허용 범위: { $allowed }).
# $reason (String) - technical detail
error-tokenizer = 모델의 토크나이저를 만들 수 없습니다({ $reason }).
# $reason (String) - technical detail
error-chat-template = 모델의 채팅 템플릿을 사용할 수 없습니다({ $reason }).
# $reason (String) - technical detail
error-inference = 모델이 답변하는 중에 오류가 발생했습니다({ $reason }).
# $tokens (Number) - length of the prompt
# $limit (Number) - size of the context window
error-context-overflow = 이 메시지는 모델이 처리하기에 너무 깁니다(토큰 { $tokens }개, 한도 { $limit }개).
error-engine-gone = 모델이 예기치 않게 중지되었습니다. 계속하려면 Hearth를 다시 시작하세요.
# $reason (String) - technical detail
error-internal = Hearth 내부에서 문제가 발생했습니다({ $reason }). 저장된 내용은 그대로 있습니다. 오류를 신고할 때 로그(데이터 및 도움말 → 로그 폴더 열기)를 함께 보내 주세요.
# $id (Number) - the conversation id
error-conversation-not-found = { $id }번 대화가 없습니다.
# $id (Number) - the message id
error-message-not-found = { $id }번 메시지가 없습니다.
# $path (String) - the chosen file
# $reason (String) - technical detail
error-import-invalid = { $path } 파일은 Hearth 내보내기 파일이 아닙니다({ $reason }). 아무것도 가져오지 않았습니다.
# $path (String) - the chosen file
# $found (Number) - format version in the file
# $supported (Number) - newest format this Hearth reads
error-import-version = { $path } 파일은 더 최신 버전의 Hearth에서 내보낸 것입니다(형식 { $found }, 이 버전은 { $supported }까지 읽을 수 있음). 가져오려면 Hearth를 업데이트하세요.
# $path (String) - the file
# $reason (String) - what is wrong, in technical terms
error-file-invalid = { $path } 파일을 사용할 수 없습니다({ $reason }).
error-disk-full = 디스크가 가득 찼습니다. 공간을 확보하세요. 작성 중이던 메시지는 그대로 남아 있습니다.
# $path (String) - the read-only folder or file
error-read-only = Hearth가 { $path }에 쓸 수 없습니다. 폴더 권한을 확인하세요.
error-database-locked = 다른 프로그램이 대화 데이터베이스를 사용하고 있습니다. 그 프로그램을 닫고 다시 시도하세요.
# $found (Number) - schema version in the file
# $supported (Number) - newest schema this Hearth knows
error-database-too-new = 대화가 더 최신 버전의 Hearth에서 저장되었습니다(스키마 { $found }, 이 버전은 { $supported }까지 지원). Hearth를 업데이트하세요. 아무것도 변경하지 않았습니다.
# $reason (String) - technical detail
error-database = 대화 데이터베이스에서 오류가 발생했습니다({ $reason }).
# $path (String) - the file
# $reason (String) - technical detail
error-io = { $path } 경로를 읽거나 쓸 수 없습니다({ $reason }).
# $path (String) - the database file
error-passphrase-required = 대화({ $path })가 암호화되어 있습니다. 열려면 암호 문구를 입력하세요.
error-passphrase-wrong = 이 암호 문구로는 대화를 열 수 없습니다. 아무것도 변경되지 않았습니다. 다시 시도하세요.
error-passphrase-empty = 암호 문구를 입력하세요.
error-passphrase-mismatch = 두 암호 문구가 같지 않습니다. 아무것도 변경되지 않았습니다.
