## Lỗi. Mỗi id là `error-` + mã lỗi cố định trong hearth-core.

# $path (String) - where the model file was expected
error-model-missing = Không tìm thấy tệp mô hình: { $path }. Hãy tải về bằng “python3 models/fetch.py” (hoặc “./dev setup”), hoặc nhập một tệp GGUF.
# $path (String) - the model file
# $reason (String) - what is wrong, in technical terms
error-model-malformed = { $path } không phải là mô hình GGUF dùng được ({ $reason }). Tệp bị hỏng, không đầy đủ hoặc không phải mô hình; chưa có gì được nạp từ tệp này.
# $path (String) - the model file
# $expected (Number) - bytes the catalog expects
# $actual (Number) - bytes found
error-model-incomplete = { $path } chưa đầy đủ ({ $actual } trên { $expected } byte). Hãy tải lại bằng “python3 models/fetch.py”.
# $architecture (String) - the architecture named in the file
error-model-unsupported-architecture = Kiến trúc “{ $architecture }” của mô hình này chưa được hỗ trợ.
# $name (String) - the name that was asked for
error-model-unknown = Không có mô hình nào tên là “{ $name }”. Lệnh “hearth models list” liệt kê các mô hình đã biết.
error-model-is-default = “{ $name }” đang là mô hình mặc định. Hãy chọn mô hình mặc định khác trước.
error-sampling-invalid = Thiết lập lấy mẫu { $setting } không thể là { $value } (giá trị hợp lệ: { $allowed }).
# $reason (String) - technical detail
error-tokenizer = Không tạo được bộ tách từ của mô hình ({ $reason }).
# $reason (String) - technical detail
error-chat-template = Không dùng được mẫu hội thoại của mô hình ({ $reason }).
# $reason (String) - technical detail
error-inference = Mô hình gặp lỗi khi trả lời ({ $reason }).
# $tokens (Number) - length of the prompt
# $limit (Number) - size of the context window
error-context-overflow = Tin nhắn quá dài đối với mô hình ({ $tokens } token; giới hạn là { $limit }).
error-engine-gone = Mô hình dừng đột ngột. Hãy khởi động lại Hearth để tiếp tục.
# $reason (String) - technical detail
error-internal = Đã xảy ra lỗi bên trong Hearth ({ $reason }). Dữ liệu đã lưu không bị mất; bạn có thể gửi kèm nhật ký (Dữ liệu và trợ giúp → Mở thư mục nhật ký) khi báo lỗi.
# $id (Number) - the conversation id
error-conversation-not-found = Không có cuộc trò chuyện { $id }.
# $id (Number) - the message id
error-message-not-found = Không có tin nhắn { $id }.
# $path (String) - the chosen file
# $reason (String) - technical detail
error-import-invalid = { $path } không phải là tệp xuất của Hearth ({ $reason }). Chưa có gì được nhập.
# $path (String) - the chosen file
# $found (Number) - format version in the file
# $supported (Number) - newest format this Hearth reads
error-import-version = { $path } được xuất từ một phiên bản Hearth mới hơn (định dạng { $found }; phiên bản này chỉ đọc được đến { $supported }). Hãy cập nhật Hearth để nhập tệp này.
# $path (String) - the file
# $reason (String) - what is wrong, in technical terms
error-file-invalid = Không thể dùng { $path } ({ $reason }).
error-disk-full = Ổ đĩa đã đầy. Hãy giải phóng bớt dung lượng; bản nháp của bạn vẫn được giữ.
# $path (String) - the read-only folder or file
error-read-only = Hearth không ghi được vào { $path }. Hãy kiểm tra quyền truy cập thư mục.
error-database-locked = Cơ sở dữ liệu hội thoại đang được một chương trình khác sử dụng. Hãy đóng chương trình đó rồi thử lại.
# $found (Number) - schema version in the file
# $supported (Number) - newest schema this Hearth knows
error-database-too-new = Dữ liệu hội thoại được lưu bởi một phiên bản Hearth mới hơn (lược đồ { $found }; phiên bản này chỉ hỗ trợ đến { $supported }). Hãy cập nhật Hearth; dữ liệu không bị thay đổi.
# $reason (String) - technical detail
error-database = Cơ sở dữ liệu hội thoại báo lỗi ({ $reason }).
# $path (String) - the file
# $reason (String) - technical detail
error-io = Không đọc hoặc ghi được { $path } ({ $reason }).
# $path (String) - the database file
error-passphrase-required = Các cuộc trò chuyện của bạn ({ $path }) đã được mã hóa. Hãy nhập cụm mật khẩu để mở.
error-passphrase-wrong = Cụm mật khẩu này không mở được các cuộc trò chuyện. Chưa có gì bị thay đổi; hãy thử lại.
error-passphrase-empty = Hãy nhập cụm mật khẩu.
error-passphrase-mismatch = Hai cụm mật khẩu không giống nhau. Chưa có gì bị thay đổi.
