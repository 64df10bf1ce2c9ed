## The Linux desktop entry (menus, launchers); src-tauri/packaging/hearth.desktop must match
## (checked by src-tauri/tests/desktop_entry.rs, which prints the expected lines).

desktop-generic-name = AI 助手
desktop-comment = 完全在这台电脑上运行的私密 AI 助手
# Search words for launchers, each followed by a semicolon.
desktop-keywords = AI;助手;聊天;离线;隐私;LLM;
