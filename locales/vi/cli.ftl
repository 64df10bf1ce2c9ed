## Dòng lệnh `hearth`.

cli-usage =
    Cách dùng:
      hearth chat [--model TÊN|ĐƯỜNG-DẪN] [--system VĂN-BẢN] [--max-tokens N] [--temperature T] [--seed N] [--min-p P] [--presence-penalty X] [--stop VĂN-BẢN]… [--conversation ID] [--no-save] [--json] TIN-NHẮN
      hearth models list [--json]
      hearth models inspect TỆP [--json]
      hearth models import TỆP [--json]
      hearth models default TÊN
      hearth models remove TÊN
      hearth conversations list|show ID|search TỪ-KHÓA [--ignore-diacritics] [--json]
      hearth conversations export [ID] [--format json|md] [--out TỆP]
      hearth conversations import TỆP [--json]
      hearth conversations backup [--json]
      hearth conversations encrypt|decrypt
      hearth conversations set ID [--reset] [--system VĂN-BẢN] [--model TÊN] [--temperature T] [--top-p P] [--top-k K] [--repeat-penalty R] [--max-tokens N] [--seed N]
      hearth eval-language TỆP… [--limit N] [--max-tokens N] [--model TÊN|ĐƯỜNG-DẪN] [--json]
      hearth bench [--model TÊN|ĐƯỜNG-DẪN] [--prompt-tokens N] [--gen-tokens N] [--depth N] [--repetitions N] [--threads N] [--json]
# $option (String) - the option as typed
cli-unknown-option = Tùy chọn không hợp lệ: { $option }
# $option (String) - the option as typed
cli-missing-value = { $option } cần một giá trị.
# $option (String) - the option
# $value (String) - what was given
cli-invalid-value = “{ $value }” không phải là giá trị hợp lệ cho { $option }.
cli-missing-prompt = Hãy nhập tin nhắn cần gửi, ví dụ: hearth chat "Xin chào"
cli-error-prefix = lỗi
cli-models-installed = đã cài
cli-models-not-installed = chưa cài
# $file (String) - the prompt set
# $matched (Number) - replies in the expected language
# $prompts (Number) - prompts run
# $percent (String) - the share, already formatted (e.g. "96.0")
cli-eval-result = { $file }: { $matched }/{ $prompts } câu trả lời đúng ngôn ngữ mong đợi ({ $percent } %)
cli-passphrase-prompt = Cụm mật khẩu:
cli-passphrase-new = Cụm mật khẩu mới:
cli-passphrase-again = Nhập lại cụm mật khẩu:
cli-encrypted = Các cuộc trò chuyện của bạn đã được mã hóa. Không có cụm mật khẩu thì không ai đọc được, kể cả bạn: hãy giữ nó cẩn thận.
cli-decrypted = Các cuộc trò chuyện của bạn không còn được mã hóa.
# $path (String) - the file; $architecture (String); $millions (Number) - parameters in millions; $quantization (String); $context (Number) - context Hearth uses; $megabytes (Number); $license (String); $chat (String) - "yes" if it has a chat template
cli-model-card =
    { $path }: mô hình dùng được
      kiến trúc      { $architecture }
      số tham số     { $millions } M
      lượng tử hóa   { $quantization }
      ngữ cảnh       { $context } token
      kích thước     { $megabytes } MB
      giấy phép      { $license }
      loại           { $chat ->
        [yes] trò chuyện (có mẫu hội thoại)
       *[no] mô hình nền (chỉ viết tiếp văn bản)
    }
cli-models-imported = đã nhập
# $name (String) - the name to use with --model
cli-model-imported = Đã nhập với tên “{ $name }”: dùng bằng hearth chat --model { $name }. Tệp đã được sao chép; có thể xóa bản gốc.
# $name (String)
cli-model-removed = Đã xóa “{ $name }”.
# $name (String)
cli-model-default = “{ $name }” giờ là mô hình mặc định (cho hearth chat và cửa sổ ứng dụng).
# $model (String) file; $threads (Number); $load, $ttft (String) seconds; $pp, $tg (String) llama-bench's names, e.g. pp128, tg64; $ppRate, $tgRate (String) tokens/s; $rss (String) MB
cli-bench =
    { $model }, { $threads } luồng
      tải mô hình      { $load } giây
      lượt chạy đầu    { $warmup } giây (sắp xếp lại trọng số cho phép tính nhanh)
      { $pp }          { $ppRate } token/giây
      { $tg }           { $tgRate } token/giây
      token đầu tiên   { $ttft } giây
      bộ nhớ tối đa    { $rss } MB
