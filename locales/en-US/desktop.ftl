## The Linux desktop entry (menus, launchers); src-tauri/packaging/hearth.desktop must match
## (checked by src-tauri/tests/desktop_entry.rs, which prints the expected lines).

desktop-generic-name = AI assistant
desktop-comment = A private AI assistant that runs entirely on this computer
# Search words for launchers, each followed by a semicolon.
desktop-keywords = AI;assistant;chat;offline;private;LLM;
