## The Linux desktop entry (menus, launchers); src-tauri/packaging/hearth.desktop must match
## (checked by src-tauri/tests/desktop_entry.rs, which prints the expected lines).

desktop-generic-name = Trợ lý AI
desktop-comment = Trợ lý AI riêng tư chạy hoàn toàn trên máy tính này
# Search words for launchers, each followed by a semicolon.
desktop-keywords = AI;trợ lý;trò chuyện;ngoại tuyến;riêng tư;LLM;
