## The Linux desktop entry (menus, launchers); src-tauri/packaging/hearth.desktop must match
## (checked by src-tauri/tests/desktop_entry.rs, which prints the expected lines).

desktop-generic-name = AI 어시스턴트
desktop-comment = 이 컴퓨터에서만 실행되는 개인 AI 어시스턴트
# Search words for launchers, each followed by a semicolon.
desktop-keywords = AI;어시스턴트;채팅;오프라인;개인;LLM;
