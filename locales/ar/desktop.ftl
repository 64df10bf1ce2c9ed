## The Linux desktop entry (menus, launchers); src-tauri/packaging/hearth.desktop must match
## (checked by src-tauri/tests/desktop_entry.rs, which prints the expected lines).

desktop-generic-name = مساعد ذكاء اصطناعي
desktop-comment = مساعد ذكاء اصطناعي خاص يعمل بالكامل على هذا الحاسوب
# Search words for launchers, each followed by a semicolon.
desktop-keywords = AI;مساعد;دردشة;دون اتصال;خصوصية;LLM;
