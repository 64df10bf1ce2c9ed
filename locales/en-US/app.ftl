## The desktop window.

app-name = Hearth
# The window title while a conversation is open.
# $conversation (String) - the conversation's title
window-title = { $conversation } — Hearth
sidebar-conversations = Conversations
sidebar-new-chat = New chat
sidebar-empty = No conversations yet.
composer-placeholder = Message Hearth…
composer-label = Message
composer-send = Send
composer-stop = Stop
welcome-title = Welcome to Hearth
welcome-body = Your assistant runs entirely on this computer. Nothing you write leaves it.
welcome-no-model = There is no model on this computer yet. Import a GGUF model file, for example from a USB stick: Hearth checks it, keeps a copy and answers with it, all offline.
welcome-import = Import a model file…
role-user = You
role-assistant = Hearth
# $model (String) - the model's name
model-loading = Loading { $model }…
# $model (String) - the model's name
model-ready = { $model } · local
model-none = No model yet
message-stopped = Stopped
message-interrupted = Interrupted: Hearth closed before this reply was finished.
message-failed = This reply failed.
# $tokens (Number) - tokens in the reply
# $rate (Number) - decoding speed in tokens per second
message-stats = { $tokens ->
    [one] { $tokens } token
   *[other] { $tokens } tokens
  } · { NUMBER($rate, maximumFractionDigits: 1) } tok/s
conversation-untitled = New conversation
settings-language = Language
# This language's name for itself, shown in the language menu.
language-name = English
search-placeholder = Search conversations
search-label = Search
search-no-results = No messages match.
# $used (String) - tokens in use, already formatted (e.g. "1.2K")
# $limit (String) - the context window, already formatted (e.g. "8.2K")
message-context = context { $used } / { $limit }
# $count (Number) - how many older messages the model did not see
message-dropped = { $count ->
    [one] One older message was left out to fit the model’s context window.
   *[other] { $count } older messages were left out to fit the model’s context window.
  }

## Conversations in the sidebar.

# $title (String) - the conversation's title
conversation-actions = Actions for “{ $title }”
conversation-rename = Rename
conversation-rename-label = Conversation name
conversation-pin = Pin
conversation-unpin = Unpin
conversation-pinned = Pinned
conversation-delete = Delete
# $title (String) - the conversation's title
conversation-deleted = Deleted “{ $title }”.

## Actions on a message.

message-actions = Message actions
message-copy = Copy
message-copied = Copied
message-copy-failed = Could not copy to the clipboard.
message-edit = Edit
message-edit-label = Edit your message
message-edit-save = Save & send
message-regenerate = Regenerate
message-delete = Delete
message-delete-confirm = Delete this message and everything after it?
# $position (Number) - which version is shown, counted from 1
# $count (Number) - how many versions there are
message-version = { $position } / { $count }
# $position (Number) - which version is shown, counted from 1
# $count (Number) - how many versions there are
message-version-label = Version { $position } of { $count }
message-version-previous = Previous version
message-version-next = Next version
action-cancel = Cancel

## Notices.

notice-undo = Undo
notice-dismiss = Dismiss

## Export, import and backups.

data-menu = Data & help
data-export-current-json = Export this conversation (JSON)
data-export-current-md = Export this conversation (Markdown)
data-export-all-json = Export all conversations (JSON)
data-export-all-md = Export all conversations (Markdown)
data-import = Import…
data-backup = Back up now
data-open-log-folder = Open log folder
data-passphrase = Passphrase…
# $path (String) - the file written
data-exported = Exported to { $path }
# $conversations (Number) - conversations added by the import
# $skipped (Number) - conversations in the file that were already here (left unchanged)
data-imported = { $conversations ->
    [0] Nothing new to import
    [one] Imported one conversation
   *[other] Imported { $conversations } conversations
  }{ $skipped ->
    [0] .
   *[other] { " " }({ $skipped } already present).
  }
# $path (String) - the backup file written
data-backup-saved = Backup saved to { $path }

## The database was damaged and has been recovered.

recovery-title = Your conversation database was damaged
# $damaged (String) - where the damaged database file was kept
# $backup (String) - the backup file the conversations were restored from
recovery-restored = Hearth could not read its database when it started. It restored your conversations from the backup { $backup }; anything written after that backup is missing. The damaged file was kept at { $damaged }.
# $damaged (String) - where the damaged database file was kept
recovery-fresh = Hearth could not read its database when it started and found no backup, so it started a new, empty one. The damaged file was kept at { $damaged }.

## The settings of one conversation.

conversation-settings = Settings…
settings-open = Conversation settings
settings-title = Conversation settings
# The menu of personas (personas.ftl) by the system prompt; choosing one fills the prompt in.
settings-persona = Persona
# The persona menu's choice for a prompt the user wrote or changed.
settings-persona-default = Default
settings-persona-custom = Custom
settings-system-prompt = System prompt
settings-system-prompt-hint = Leave empty to use the default prompt, which answers in the language of each message.
settings-model = Model
# $model (String) - the default model's display name
settings-model-default = Default ({ $model })
# $model (String) - the model's display name
settings-model-not-installed = { $model } (not installed)
settings-sampling = Sampling
settings-temperature = Temperature
settings-top-p = Top-p
settings-top-k = Top-k
settings-min-p = Min-p
settings-repeat-penalty = Repeat penalty
settings-presence-penalty = Presence penalty
settings-max-tokens = Max tokens
settings-seed = Seed
settings-stop = Stop sequences
settings-stop-hint = One per line. The reply ends where the first of them appears; that text is not shown.
# What the hint shows for the stop sequences when there are none.
settings-stop-none = none
# One stop sequence quoted, as the hint lists them.
# $text (String) - the stop sequence
settings-stop-text = “{ $text }”
# $value (Number or String) - the default value of the setting (for the stop sequences: settings-stop-none, or them listed)
settings-default-value = Default: { $value }
# $min (Number) - the smallest value allowed
# $max (Number) - the largest value allowed
settings-invalid-range = Enter a number from { $min } to { $max }.
# $min (Number) - the smallest value allowed
# $max (Number) - the largest value allowed
settings-invalid-whole = Enter a whole number from { $min } to { $max }.
settings-invalid-seed = Enter a whole number, 0 or more.
# $count (Number) - how many stop sequences are allowed
# $length (Number) - the most characters each may have
settings-invalid-stop = Enter at most { $count } stop sequences, each up to { $length } characters.
settings-reset = Reset to defaults
settings-save = Save
settings-saved = Settings saved.

## Appearance.
settings-theme = Theme
theme-system = Follow system
theme-light = Light
theme-dark = Dark

## A block of code in a reply.
code-copy = Copy code

## Keyboard shortcuts and the sheet that lists them.
shortcuts-title = Keyboard shortcuts
# Between two ways to press a shortcut, as in “Ctrl+K or Ctrl+F”.
shortcuts-or = or
shortcut-new-chat = Start a new chat
shortcut-search = Search conversations
shortcut-send = Send the message
shortcut-new-line = Start a new line in the message
shortcut-stop = Stop the reply being written
shortcut-close = Close a dialog or menu
shortcut-settings = Open settings
shortcut-help = Show keyboard shortcuts
# Keys, named as on the keyboard.
key-ctrl = Ctrl
key-command = Cmd
key-shift = Shift
key-enter = Enter
key-escape = Esc
action-close = Close

## The window while the conversations are encrypted and not yet unlocked.
lock-title = Your conversations are locked
lock-body = The conversations on this computer are encrypted. Enter the passphrase to open them.
lock-passphrase = Passphrase
lock-unlock = Unlock
lock-unlocking = Unlocking…

## The passphrase that encrypts the conversations (Data & help → Passphrase…).
passphrase-title = Passphrase
# Says the conversations are not encrypted, and what a passphrase would do.
passphrase-off = Everything Hearth keeps stays on this computer. With a passphrase, your conversations and their backups are also encrypted, and Hearth asks for the passphrase each time it starts.
# Says the conversations are encrypted.
passphrase-on = Your conversations and their backups are encrypted. Hearth asks for the passphrase each time it starts.
passphrase-warning = If you lose the passphrase, nobody can recover your conversations, not even Hearth.
passphrase-new = New passphrase
passphrase-repeat = Repeat passphrase
passphrase-encrypt = Encrypt conversations
passphrase-encrypting = Encrypting…
passphrase-encrypted = Conversations encrypted. Hearth will ask for the passphrase when it starts.
passphrase-change = Change passphrase
passphrase-changing = Changing passphrase…
passphrase-changed = Passphrase changed.
# Opens the question below; nothing is removed yet.
passphrase-remove = Remove encryption…
passphrase-remove-question = Remove the encryption? Your conversations and their backups will be kept on this computer unencrypted, and Hearth will no longer ask for a passphrase.
passphrase-remove-keep = Keep encryption
passphrase-remove-confirm = Remove encryption
passphrase-removing = Removing encryption…
passphrase-removed = Encryption removed.

## The sidebar's footer: the Models view and Preferences, beside the Data & help menu.
sidebar-models = Models
# Opens the settings of the whole window (Preferences), not a conversation's.
sidebar-preferences = Settings

## Preferences: the settings of the whole window (the sidebar's Settings button, or Ctrl+,).
preferences-title = Settings
preferences-appearance = Language & appearance
preferences-default-model = Default model
preferences-default-model-hint = Used by every conversation that does not choose its own model.
preferences-manage-models = Manage models…
# A default model whose file is on this computer but cannot be used.
# $model (String) - the model's display name
preferences-model-unusable = { $model } (cannot be used)
preferences-sampling = Default sampling
preferences-sampling-hint = Used by every conversation without sampling settings of its own.
# $value (Number or String) - the value Hearth comes with (as in settings-default-value)
preferences-builtin-value = Built-in: { $value }
preferences-sampling-reset = Reset to built-in
preferences-sampling-save = Save defaults
preferences-sampling-saved = Defaults saved.
preferences-sampling-restored = Built-in sampling restored.
preferences-data = Your data
preferences-data-dir = Data folder
preferences-backup-dir = Backups folder

## The Models view: the models Hearth knows, on this computer or in its catalog.
models-title = Models
# $available (String) - memory free now, already formatted (e.g. "9.8 GB")
# $total (String) - all of the computer's memory, already formatted
models-memory = Memory available: { $available } of { $total }
# $path (String) - the folder holding the model files
models-folder = Model files are kept in { $path }
models-import = Import GGUF file…
# While the chosen file is checked and copied into the models folder, which can take a while.
models-importing = Checking and copying…
# $name (String) - the model's display name
models-imported = Imported { $name }.
# $name (String) - the model's display name
models-default-set = { $name } is now the default model.
# $name (String) - the model's display name
models-removed = Deleted the file of { $name }.
models-badge-default = Default
models-badge-imported = Imported
models-badge-missing = Not on this computer
# A model without a chat template: it continues the text it is given instead of answering.
models-badge-base = Base model: plain completion
models-badge-unusable = Cannot be used
models-fact-architecture = Architecture
models-fact-parameters = Parameters
models-fact-quantization = Quantization
models-fact-context = Context
models-fact-size = File size
models-fact-memory = Memory needed
models-fact-license = License
models-fact-source = Source
# The context window in tokens: what the model was trained for, and what Hearth uses.
# $trained (Number) - tokens the model was trained for
# $used (Number) - tokens Hearth uses
models-context = { $trained } trained · { $used } used
# $trained (Number) - tokens the model was trained for
models-context-trained = { $trained } trained
# $used (Number) - tokens Hearth uses
models-context-used = { $used } used
# A warning, not an error: the model may still run.
models-memory-warning = Needs more memory than is free now; closing other apps may help.
# $file (String) - the name of the model's GGUF file
models-not-installed = Not on this computer: import its GGUF file, { $file }.
models-make-default = Make default
# Opens the question below; nothing is deleted yet.
models-remove = Remove…
# $name (String) - the model's display name
# $size (String) - the file's size, already formatted (e.g. "491.4 MB")
models-remove-question = Delete { $name }’s file ({ $size })? This cannot be undone.
models-remove-keep = Keep
models-remove-confirm = Delete
