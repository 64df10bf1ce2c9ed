## The user's data outside the window: exports, imports, backups, recovery.

# $created (String) - when the conversation started, "2026-11-29 23:52 UTC"
# $model (String) - the model's name, may be empty
export-md-about = Bắt đầu lúc { $created } · mô hình { $model } · xuất từ Hearth
# $count (Number) - how many other versions of this message exist
export-md-alternatives = Tin nhắn này còn { $count } phiên bản khác, được lưu trong Hearth và trong tệp xuất JSON.
# $conversations (Number) - conversations added
# $messages (Number) - messages added
# $skipped (Number) - conversations that were already present
data-imported = Đã nhập { $conversations } cuộc trò chuyện ({ $messages } tin nhắn).{ $skipped ->
    [0] {""}
   *[other] { " " }{ $skipped } cuộc trò chuyện đã có sẵn nên được giữ nguyên.
  }
# $path (String) - the file written
data-exported = Đã xuất ra { $path }
# $path (String) - the backup file written
data-backed-up = Đã lưu bản sao lưu vào { $path }
# $corrupt (String) - where the damaged database was kept
# $backup (String) - the backup that was restored
data-recovered = Cơ sở dữ liệu hội thoại của bạn đã bị hỏng. Tệp hỏng được giữ lại tại { $corrupt }, và bản sao lưu tốt gần nhất ({ $backup }) đã được khôi phục. Các tin nhắn viết sau bản sao lưu đó có thể bị thiếu.
# $corrupt (String) - where the damaged database was kept
data-recovered-empty = Cơ sở dữ liệu hội thoại của bạn đã bị hỏng và không tìm thấy bản sao lưu tốt nào. Tệp hỏng được giữ lại tại { $corrupt }, và một cơ sở dữ liệu mới, trống đã được tạo.
# The name proposed for a file holding every conversation.
data-export-all-name = Các cuộc trò chuyện Hearth
data-export-title = Xuất các cuộc trò chuyện
data-import-title = Nhập các cuộc trò chuyện
data-filter-json = Tệp xuất Hearth (JSON)
data-filter-markdown = Markdown
