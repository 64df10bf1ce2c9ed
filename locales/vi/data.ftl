## The user's data outside the window: exports, imports, backups, recovery.

# $created (String) - when the conversation started, "2026-11-29 23:52 UTC"
# $model (String) - the model's name, may be empty
export-md-about = Bắt đầu lúc { $created } · mô hình { $model } · xuất từ Hearth
# $count (Number) - how many other versions of this message exist
export-md-alternatives = Tin nhắn này còn { $count } phiên bản khác, được lưu trong Hearth và trong tệp xuất JSON.
# The name proposed for a file holding every conversation.
data-export-all-name = Các cuộc trò chuyện Hearth
data-export-title = Xuất các cuộc trò chuyện
data-import-title = Nhập các cuộc trò chuyện
data-filter-json = Tệp xuất Hearth (JSON)
data-filter-markdown = Markdown
# The native Open dialog of the models view.
models-import-title = Nhập mô hình GGUF
models-filter-gguf = Mô hình GGUF
