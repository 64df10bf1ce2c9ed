## Cửa sổ ứng dụng.

app-name = Hearth
# The window title while a conversation is open.
# $conversation (String) - the conversation's title
window-title = { $conversation } — Hearth
sidebar-conversations = Cuộc trò chuyện
sidebar-new-chat = Trò chuyện mới
sidebar-empty = Chưa có cuộc trò chuyện nào.
composer-placeholder = Nhắn cho Hearth…
composer-label = Tin nhắn
composer-send = Gửi
composer-stop = Dừng
welcome-title = Chào mừng bạn đến với Hearth
welcome-body = Trợ lý chạy hoàn toàn trên máy tính này. Những gì bạn viết không bao giờ rời khỏi máy.
welcome-no-model = Máy tính này chưa có mô hình nào. Hãy nhập một tệp mô hình GGUF, chẳng hạn từ USB: Hearth sẽ kiểm tra, lưu một bản sao và dùng nó để trả lời, hoàn toàn ngoại tuyến.
welcome-import = Nhập tệp mô hình…
role-user = Bạn
role-assistant = Hearth
# $model (String) - the model's name
model-loading = Đang tải { $model }…
# $model (String) - the model's name
model-ready = { $model } · trên máy
model-none = Chưa có mô hình
message-stopped = Đã dừng
message-interrupted = Bị gián đoạn: Hearth đã đóng trước khi trả lời xong.
message-failed = Không tạo được câu trả lời này.
# $tokens (Number) - tokens in the reply
# $rate (Number) - decoding speed in tokens per second
message-stats = { $tokens ->
   *[other] { $tokens } token
  } · { NUMBER($rate, maximumFractionDigits: 1) } token/giây
conversation-untitled = Cuộc trò chuyện mới
settings-language = Ngôn ngữ
# This language's name for itself, shown in the language menu.
language-name = Tiếng Việt
search-placeholder = Tìm trong các cuộc trò chuyện
search-label = Tìm kiếm
search-no-results = Không có tin nhắn nào khớp.
# $used (String) - tokens in use, already formatted (e.g. "1.2K")
# $limit (String) - the context window, already formatted (e.g. "8.2K")
message-context = ngữ cảnh { $used } / { $limit }
# $count (Number) - how many older messages the model did not see
message-dropped = { $count ->
   *[other] Đã bỏ qua { $count } tin nhắn cũ để vừa với cửa sổ ngữ cảnh của mô hình.
  }

## Các cuộc trò chuyện ở thanh bên.

# $title (String) - the conversation's title
conversation-actions = Thao tác với “{ $title }”
conversation-rename = Đổi tên
conversation-rename-label = Tên cuộc trò chuyện
conversation-pin = Ghim
conversation-unpin = Bỏ ghim
conversation-pinned = Đã ghim
conversation-delete = Xóa
# $title (String) - the conversation's title
conversation-deleted = Đã xóa “{ $title }”.

## Thao tác với tin nhắn.

message-actions = Thao tác với tin nhắn
message-copy = Sao chép
message-copied = Đã sao chép
message-copy-failed = Không sao chép được vào bộ nhớ tạm.
message-edit = Sửa
message-edit-label = Sửa tin nhắn của bạn
message-edit-save = Lưu và gửi
message-regenerate = Tạo lại
message-delete = Xóa
message-delete-confirm = Xóa tin nhắn này và mọi tin nhắn sau nó?
# $position (Number) - which version is shown, counted from 1
# $count (Number) - how many versions there are
message-version = { $position } / { $count }
# $position (Number) - which version is shown, counted from 1
# $count (Number) - how many versions there are
message-version-label = Phiên bản { $position } trong số { $count }
message-version-previous = Phiên bản trước
message-version-next = Phiên bản sau
action-cancel = Hủy

## Thông báo.

notice-undo = Hoàn tác
notice-dismiss = Đóng

## Xuất, nhập và sao lưu.

data-menu = Dữ liệu và trợ giúp
data-export-current-json = Xuất cuộc trò chuyện này (JSON)
data-export-current-md = Xuất cuộc trò chuyện này (Markdown)
data-export-all-json = Xuất tất cả cuộc trò chuyện (JSON)
data-export-all-md = Xuất tất cả cuộc trò chuyện (Markdown)
data-import = Nhập…
data-backup = Sao lưu ngay
data-open-log-folder = Mở thư mục nhật ký
data-passphrase = Cụm mật khẩu…
# $path (String) - the file written
data-exported = Đã xuất ra { $path }
# $conversations (Number) - conversations added by the import
# $skipped (Number) - conversations in the file that were already here (left unchanged)
data-imported = { $conversations ->
    [0] Không có cuộc trò chuyện mới nào để nhập
   *[other] Đã nhập { $conversations } cuộc trò chuyện
  }{ $skipped ->
    [0] .
   *[other] { " " }(bỏ qua { $skipped } cuộc đã có sẵn).
  }
# $path (String) - the backup file written
data-backup-saved = Đã lưu bản sao lưu vào { $path }

## Cơ sở dữ liệu bị hỏng và đã được khôi phục.

recovery-title = Cơ sở dữ liệu trò chuyện của bạn đã bị hỏng
# $damaged (String) - where the damaged database file was kept
# $backup (String) - the backup file the conversations were restored from
recovery-restored = Khi khởi động, Hearth không đọc được cơ sở dữ liệu nên đã khôi phục các cuộc trò chuyện từ bản sao lưu { $backup }; những gì ghi sau bản sao lưu đó sẽ không có. Tệp bị hỏng được giữ lại tại { $damaged }.
# $damaged (String) - where the damaged database file was kept
recovery-fresh = Khi khởi động, Hearth không đọc được cơ sở dữ liệu và không tìm thấy bản sao lưu nào, nên đã tạo một cơ sở dữ liệu mới, trống. Tệp bị hỏng được giữ lại tại { $damaged }.

## Cài đặt của từng cuộc trò chuyện.

conversation-settings = Cài đặt…
settings-open = Cài đặt cuộc trò chuyện
settings-title = Cài đặt cuộc trò chuyện
# The menu of personas (personas.ftl) by the system prompt; choosing one fills the prompt in.
settings-persona = Vai trò
# The persona menu's choice for a prompt the user wrote or changed.
settings-persona-default = Mặc định
settings-persona-custom = Tùy chỉnh
settings-system-prompt = Lời nhắc hệ thống
settings-system-prompt-hint = Để trống để dùng lời nhắc mặc định: trợ lý sẽ trả lời bằng ngôn ngữ của từng tin nhắn.
settings-model = Mô hình
# $model (String) - the default model's display name
settings-model-default = Mặc định ({ $model })
# $model (String) - the model's display name
settings-model-not-installed = { $model } (chưa cài đặt)
settings-sampling = Tham số lấy mẫu
settings-temperature = Nhiệt độ
settings-top-p = Top-p
settings-top-k = Top-k
settings-min-p = Min-p
settings-repeat-penalty = Mức phạt lặp lại
settings-presence-penalty = Mức phạt xuất hiện
settings-max-tokens = Số token tối đa
settings-seed = Seed
settings-stop = Chuỗi dừng
settings-stop-hint = Mỗi dòng một chuỗi. Câu trả lời sẽ kết thúc ngay trước chuỗi đầu tiên xuất hiện, và chuỗi đó không được hiển thị.
# What the hint shows for the stop sequences when there are none.
settings-stop-none = không có
# One stop sequence quoted, as the hint lists them.
# $text (String) - the stop sequence
settings-stop-text = “{ $text }”
# $value (Number or String) - the default value of the setting (for the stop sequences: settings-stop-none, or them listed)
settings-default-value = Mặc định: { $value }
# $min (Number) - the smallest value allowed
# $max (Number) - the largest value allowed
settings-invalid-range = Nhập một số từ { $min } đến { $max }.
# $min (Number) - the smallest value allowed
# $max (Number) - the largest value allowed
settings-invalid-whole = Nhập một số nguyên từ { $min } đến { $max }.
settings-invalid-seed = Nhập một số nguyên từ 0 trở lên.
# $count (Number) - how many stop sequences are allowed
# $length (Number) - the most characters each may have
settings-invalid-stop = Nhập tối đa { $count } chuỗi dừng, mỗi chuỗi không quá { $length } ký tự.
settings-reset = Khôi phục mặc định
settings-save = Lưu
settings-saved = Đã lưu cài đặt.

## Giao diện.
settings-theme = Giao diện
theme-system = Theo hệ thống
theme-light = Sáng
theme-dark = Tối

## Khối mã trong câu trả lời.
code-copy = Sao chép mã

## Phím tắt và bảng liệt kê chúng.
shortcuts-title = Phím tắt
# Between two ways to press a shortcut, as in “Ctrl+K or Ctrl+F”.
shortcuts-or = hoặc
shortcut-new-chat = Bắt đầu cuộc trò chuyện mới
shortcut-search = Tìm trong các cuộc trò chuyện
shortcut-send = Gửi tin nhắn
shortcut-new-line = Xuống dòng trong tin nhắn
shortcut-stop = Dừng câu trả lời đang viết
shortcut-close = Đóng hộp thoại hoặc menu
shortcut-settings = Mở cài đặt
shortcut-help = Hiện các phím tắt
# Keys, named as on the keyboard.
key-ctrl = Ctrl
key-command = Cmd
key-shift = Shift
key-enter = Enter
key-escape = Esc
action-close = Đóng

## Cửa sổ khi các cuộc trò chuyện được mã hóa và chưa được mở khóa.
lock-title = Các cuộc trò chuyện đang bị khóa
lock-body = Các cuộc trò chuyện trên máy tính này đã được mã hóa. Hãy nhập cụm mật khẩu để mở.
lock-passphrase = Cụm mật khẩu
lock-unlock = Mở khóa
lock-unlocking = Đang mở khóa…

## Cụm mật khẩu dùng để mã hóa các cuộc trò chuyện (Dữ liệu và trợ giúp → Cụm mật khẩu…).
passphrase-title = Cụm mật khẩu
# Says the conversations are not encrypted, and what a passphrase would do.
passphrase-off = Mọi thứ Hearth lưu đều ở lại trên máy tính này. Khi có cụm mật khẩu, các cuộc trò chuyện và bản sao lưu của chúng cũng được mã hóa, và Hearth sẽ hỏi cụm mật khẩu mỗi lần khởi động.
# Says the conversations are encrypted.
passphrase-on = Các cuộc trò chuyện và bản sao lưu của chúng đã được mã hóa. Hearth hỏi cụm mật khẩu mỗi lần khởi động.
passphrase-warning = Nếu bạn làm mất cụm mật khẩu, không ai có thể khôi phục các cuộc trò chuyện, kể cả Hearth.
passphrase-new = Cụm mật khẩu mới
passphrase-repeat = Nhập lại cụm mật khẩu
passphrase-encrypt = Mã hóa các cuộc trò chuyện
passphrase-encrypting = Đang mã hóa…
passphrase-encrypted = Đã mã hóa các cuộc trò chuyện. Hearth sẽ hỏi cụm mật khẩu khi khởi động.
passphrase-change = Đổi cụm mật khẩu
passphrase-changing = Đang đổi cụm mật khẩu…
passphrase-changed = Đã đổi cụm mật khẩu.
# Opens the question below; nothing is removed yet.
passphrase-remove = Tắt mã hóa…
passphrase-remove-question = Tắt mã hóa? Các cuộc trò chuyện và bản sao lưu của chúng sẽ được lưu trên máy tính này mà không mã hóa, và Hearth sẽ không hỏi cụm mật khẩu nữa.
passphrase-remove-keep = Giữ mã hóa
passphrase-remove-confirm = Tắt mã hóa
passphrase-removing = Đang tắt mã hóa…
passphrase-removed = Đã tắt mã hóa.

## Phần cuối thanh bên: màn hình Mô hình và Cài đặt.
sidebar-models = Mô hình
# Opens the settings of the whole window (Preferences), not a conversation's.
sidebar-preferences = Cài đặt

## Cài đặt của cả cửa sổ (nút Cài đặt ở thanh bên, hoặc Ctrl+,).
preferences-title = Cài đặt
preferences-appearance = Ngôn ngữ và giao diện
preferences-default-model = Mô hình mặc định
preferences-default-model-hint = Dùng cho mọi cuộc trò chuyện không chọn mô hình riêng.
preferences-manage-models = Quản lý mô hình…
# A default model whose file is on this computer but cannot be used.
# $model (String) - the model's display name
preferences-model-unusable = { $model } (không dùng được)
preferences-sampling = Tham số lấy mẫu mặc định
preferences-sampling-hint = Dùng cho mọi cuộc trò chuyện không có tham số lấy mẫu riêng.
# $value (Number or String) - the value Hearth comes with (as in settings-default-value)
preferences-builtin-value = Mặc định gốc: { $value }
preferences-sampling-reset = Khôi phục mặc định gốc
preferences-sampling-save = Lưu mặc định
preferences-sampling-saved = Đã lưu giá trị mặc định.
preferences-sampling-restored = Đã khôi phục tham số lấy mẫu mặc định gốc.
preferences-data = Dữ liệu của bạn
preferences-data-dir = Thư mục dữ liệu
preferences-backup-dir = Thư mục sao lưu

## Màn hình Mô hình: các mô hình Hearth biết, có trên máy này hoặc trong danh mục.
models-title = Mô hình
# $available (String) - memory free now, already formatted (e.g. "9.8 GB")
# $total (String) - all of the computer's memory, already formatted
models-memory = Bộ nhớ còn trống: { $available } trên { $total }
# $path (String) - the folder holding the model files
models-folder = Tệp mô hình được lưu trong { $path }
models-import = Nhập tệp GGUF…
# While the chosen file is checked and copied into the models folder, which can take a while.
models-importing = Đang kiểm tra và sao chép…
# $name (String) - the model's display name
models-imported = Đã nhập { $name }.
# $name (String) - the model's display name
models-default-set = { $name } giờ là mô hình mặc định.
# $name (String) - the model's display name
models-removed = Đã xóa tệp của { $name }.
models-badge-default = Mặc định
models-badge-imported = Đã nhập
models-badge-missing = Không có trên máy này
# A model without a chat template: it continues the text it is given instead of answering.
models-badge-base = Mô hình nền: chỉ viết tiếp văn bản
models-badge-unusable = Không dùng được
models-fact-architecture = Kiến trúc
models-fact-parameters = Số tham số
models-fact-quantization = Lượng tử hóa
models-fact-context = Ngữ cảnh
models-fact-size = Kích thước tệp
models-fact-memory = Bộ nhớ cần có
models-fact-license = Giấy phép
models-fact-source = Nguồn
# The context window in tokens: what the model was trained for, and what Hearth uses.
# $trained (Number) - tokens the model was trained for
# $used (Number) - tokens Hearth uses
models-context = { $trained } khi huấn luyện · { $used } đang dùng
# $trained (Number) - tokens the model was trained for
models-context-trained = { $trained } khi huấn luyện
# $used (Number) - tokens Hearth uses
models-context-used = { $used } đang dùng
# A warning, not an error: the model may still run.
models-memory-warning = Cần nhiều bộ nhớ hơn lượng còn trống hiện giờ; hãy thử đóng bớt các ứng dụng khác.
# $file (String) - the name of the model's GGUF file
models-not-installed = Không có trên máy này: hãy nhập tệp GGUF của mô hình, { $file }.
models-make-default = Đặt làm mặc định
# Opens the question below; nothing is deleted yet.
models-remove = Xóa…
# $name (String) - the model's display name
# $size (String) - the file's size, already formatted (e.g. "491.4 MB")
models-remove-question = Xóa tệp của { $name } ({ $size })? Không thể hoàn tác thao tác này.
models-remove-keep = Giữ lại
models-remove-confirm = Xóa
