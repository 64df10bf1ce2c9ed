## The Linux desktop entry (menus, launchers); src-tauri/packaging/hearth.desktop must match
## (checked by src-tauri/tests/desktop_entry.rs, which prints the expected lines).

desktop-generic-name = AI アシスタント
desktop-comment = このコンピューターだけで動く、プライベートな AI アシスタント
# Search words for launchers, each followed by a semicolon.
desktop-keywords = AI;アシスタント;チャット;オフライン;プライベート;LLM;
