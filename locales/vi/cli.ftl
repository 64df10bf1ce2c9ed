## Dòng lệnh `hearth`.

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

## Trợ giúp (`hearth --help`, `hearth LỆNH --help`, `hearth help LỆNH`).

cli-about = Dùng Hearth, trợ lý AI chạy ngoại tuyến, ngay từ dòng lệnh.
# Headings of the help; the help adds a colon after each.
cli-help-usage = Cách dùng
cli-help-commands = Lệnh
cli-help-arguments = Đối số
cli-help-options = Tùy chọn
# $command (String) - the command as typed, e.g. "hearth chat"
cli-help-more = Muốn biết thêm, hãy chạy “{ $command } --help”.
# Stands for a command's options in a usage line.
cli-options-tag = [TÙY-CHỌN]
# Placeholders for what the user types (in capitals where the script has them).
cli-value-command = LỆNH
cli-value-model = TÊN|ĐƯỜNG-DẪN
cli-value-text = VĂN-BẢN
cli-value-file = TỆP
cli-value-name = TÊN
cli-value-query = TỪ-KHÓA
cli-value-prompt = TIN-NHẮN
cli-value-id = ID
cli-value-shell = SHELL
cli-arg-help = Hiện phần trợ giúp này
cli-arg-version = Hiện phiên bản
cli-arg-verbose = Cho biết chi tiết hơn Hearth đang làm gì
cli-arg-json = In kết quả dưới dạng JSON
cli-arg-model = Mô hình cần dùng: một tên trong “hearth models list” hoặc một tệp GGUF (mặc định: mô hình mặc định)
cli-arg-system = Chỉ dẫn cho trợ lý, dùng thay cho lời nhắc hệ thống mặc định
cli-arg-max-tokens = Độ dài tối đa của câu trả lời, tính bằng token
cli-arg-temperature = Độ ngẫu nhiên, từ 0 đến 2 (0: luôn chọn từ có khả năng cao nhất)
cli-arg-seed = Seed cho các lựa chọn ngẫu nhiên (cùng seed thì cùng câu trả lời)
cli-arg-min-p = Loại những từ có xác suất thấp hơn tỉ lệ này so với từ có xác suất cao nhất (0–1)
cli-arg-presence-penalty = Hạn chế dùng lại những từ đã xuất hiện (0: không hạn chế)
cli-arg-stop = Kết thúc câu trả lời ngay trước đoạn văn bản này (có thể dùng nhiều lần)
cli-arg-conversation = Tiếp tục cuộc trò chuyện này (xem ID bằng “hearth conversations list”)
cli-arg-no-save = Không lưu lần trao đổi này thành cuộc trò chuyện
cli-arg-prompt = Tin nhắn cần gửi
cli-about-chat = Gửi một tin nhắn và hiện câu trả lời ngay khi nó đang được viết
cli-about-models = Mô hình: liệt kê, kiểm tra, nhập, chọn mặc định, xóa
cli-about-models-list = Liệt kê mô hình trong danh mục và mô hình đã nhập (dấu * là mô hình mặc định)
cli-about-models-inspect = Kiểm tra một tệp GGUF đúng như khi tải, rồi mô tả nó
cli-about-models-import = Kiểm tra một tệp GGUF, rồi lưu một bản sao vào danh sách mô hình đã nhập
cli-about-models-default = Đặt một mô hình làm mặc định, cho cả dòng lệnh lẫn cửa sổ ứng dụng
cli-about-models-remove = Xóa tệp của một mô hình (không bao giờ xóa mô hình mặc định)
cli-arg-model-file = Tệp GGUF
cli-arg-model-name = Tên mô hình, như “hearth models list” hiển thị
cli-about-conversations = Các cuộc trò chuyện đã lưu: liệt kê, đọc, tìm, xuất, nhập, bảo vệ
cli-about-conversations-list = Liệt kê các cuộc trò chuyện
cli-about-conversations-show = Hiện các tin nhắn của một cuộc trò chuyện
cli-about-conversations-search = Tìm trong mọi tin nhắn
cli-about-conversations-export = Xuất một hoặc tất cả cuộc trò chuyện ra tệp (hoặc ra màn hình)
cli-about-conversations-import = Nhập các cuộc trò chuyện từ một tệp JSON đã xuất
cli-about-conversations-backup = Sao lưu ngay bây giờ
cli-about-conversations-encrypt = Bảo vệ các cuộc trò chuyện bằng cụm mật khẩu, hoặc đổi cụm mật khẩu
cli-about-conversations-decrypt = Bỏ cụm mật khẩu
cli-about-conversations-set = Thay đổi cài đặt riêng của một cuộc trò chuyện
cli-arg-conversation-id = ID của cuộc trò chuyện, xem bằng “hearth conversations list”
cli-arg-query = Từ cần tìm, bằng bất kỳ ngôn ngữ nào
cli-arg-ignore-diacritics = Tìm không phân biệt dấu (gõ pho cũng tìm ra phở)
cli-arg-export-id = Chỉ xuất cuộc trò chuyện này (mặc định: tất cả)
cli-arg-format = json (có thể nhập lại) hoặc md (Markdown, để đọc)
cli-arg-out = Ghi vào tệp này thay vì ra đầu ra chuẩn
cli-arg-import-file = Tệp JSON do “hearth conversations export” tạo ra
cli-arg-reset = Trước hết đưa về cài đặt mặc định
cli-arg-own-system = Lời nhắc hệ thống của cuộc trò chuyện (để trống: dùng mặc định)
cli-arg-own-model = Tên mô hình dùng cho cuộc trò chuyện
cli-arg-top-p = Chỉ chọn trong nhóm từ có xác suất cao nhất mà tổng xác suất đạt mức này (0–1)
cli-arg-top-k = Chỉ chọn trong chừng này từ có xác suất cao nhất
cli-arg-repeat-penalty = Hạn chế lặp lại những từ vừa dùng (1: không hạn chế)
cli-about-eval-language = Đo tỉ lệ câu trả lời dùng đúng ngôn ngữ cần dùng
cli-arg-eval-files = Bộ câu hỏi: tệp CSV có cột “prompt” và “language”
cli-arg-limit = Chạy tối đa chừng này câu hỏi của mỗi bộ
# $default (Number)
cli-arg-eval-max-tokens = Độ dài tối đa của câu trả lời, tính bằng token (mặc định: { $default })
cli-about-bench = Đo tốc độ của một mô hình theo cách của llama-bench
# $default (Number)
cli-arg-prompt-tokens = Số token của lời nhắc cần xử lý (mặc định: { $default })
# $default (Number)
cli-arg-gen-tokens = Số token cần sinh (mặc định: { $default })
cli-arg-depth = Trước tiên lấp ngữ cảnh bằng chừng này token (mặc định: 0)
# $default (Number)
cli-arg-repetitions = Số lần chạy để lấy trung bình (mặc định: { $default })
cli-arg-threads = Số luồng sử dụng (mặc định: mọi lõi)
cli-about-completions = In tập lệnh tự động hoàn thành cho shell của bạn
cli-arg-shell = bash, zsh, fish, powershell hoặc elvish
cli-about-help = Hiện trợ giúp của Hearth hoặc của một lệnh
cli-arg-help-command = Lệnh, ví dụ “chat” hoặc “models list”
# $command (String) - the command as typed
cli-unknown-command = Lệnh không tồn tại: { $command }
# $argument (String) - its placeholder, e.g. "<FILE>"
cli-missing-argument = Còn thiếu { $argument }.
# $suggestion (String) - an option, command or value close to what was typed
cli-did-you-mean = Có phải ý bạn là { $suggestion }?
# $values (String) - e.g. "json, md"
cli-possible-values = Các giá trị hợp lệ: { $values }
cli-bad-command-line = Không hiểu được dòng lệnh này.
# $data, $models (String) - folders
cli-verbose-places =
    Thư mục dữ liệu: { $data }
    Thư mục mô hình: { $models }
# $name (String) - the model; $path (String) - its file
cli-verbose-model = Mô hình: { $name } ({ $path })
