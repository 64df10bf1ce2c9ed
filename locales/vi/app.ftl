## Cửa sổ ứng dụng.

app-name = Hearth
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
