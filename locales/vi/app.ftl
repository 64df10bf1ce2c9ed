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
role-user = Bạn
role-assistant = Hearth
# $model (String) - the model's name
model-loading = Đang tải { $model }…
# $model (String) - the model's name
model-ready = { $model } · trên máy
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

data-menu = Xuất và sao lưu
data-export-current-json = Xuất cuộc trò chuyện này (JSON)
data-export-current-md = Xuất cuộc trò chuyện này (Markdown)
data-export-all-json = Xuất tất cả cuộc trò chuyện (JSON)
data-export-all-md = Xuất tất cả cuộc trò chuyện (Markdown)
data-import = Nhập…
data-backup = Sao lưu ngay
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
settings-repeat-penalty = Mức phạt lặp lại
settings-max-tokens = Số token tối đa
settings-seed = Seed
# $value (Number) - the default value of the setting
settings-default-value = Mặc định: { $value }
# $min (Number) - the smallest value allowed
# $max (Number) - the largest value allowed
settings-invalid-range = Nhập một số từ { $min } đến { $max }.
# $min (Number) - the smallest value allowed
# $max (Number) - the largest value allowed
settings-invalid-whole = Nhập một số nguyên từ { $min } đến { $max }.
settings-invalid-seed = Nhập một số nguyên từ 0 trở lên.
settings-reset = Khôi phục mặc định
settings-save = Lưu
settings-saved = Đã lưu cài đặt.
