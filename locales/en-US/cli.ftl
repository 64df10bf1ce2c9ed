## The `hearth` command line.

# $option (String) - the option as typed
cli-unknown-option = Unknown option: { $option }
# $option (String) - the option as typed
cli-missing-value = { $option } needs a value.
# $option (String) - the option
# $value (String) - what was given
cli-invalid-value = “{ $value }” is not a valid value for { $option }.
cli-missing-prompt = Give the message to send, e.g. hearth chat "Hello".
cli-error-prefix = error
cli-models-installed = installed
cli-models-not-installed = not installed
# $file (String) - the prompt set
# $matched (Number) - replies in the expected language
# $prompts (Number) - prompts run
# $percent (String) - the share, already formatted (e.g. "96.0")
cli-eval-result = { $file }: { $matched } of { $prompts } replies in the expected language ({ $percent } %)
cli-passphrase-prompt = Passphrase:
cli-passphrase-new = New passphrase:
cli-passphrase-again = The same passphrase again:
cli-encrypted = Your conversations are now encrypted. Without the passphrase nobody can read them, not even you: keep it safe.
cli-decrypted = Your conversations are no longer encrypted.
# $path (String) - the file; $architecture (String); $millions (Number) - parameters in millions; $quantization (String); $context (Number) - context Hearth uses; $megabytes (Number); $license (String); $chat (String) - "yes" if it has a chat template
cli-model-card =
    { $path }: a usable model
      architecture  { $architecture }
      parameters    { $millions } M
      quantization  { $quantization }
      context       { $context } tokens
      size          { $megabytes } MB
      license       { $license }
      kind          { $chat ->
        [yes] chat (has a chat template)
       *[no] base model (plain completion)
    }
cli-models-imported = imported
# $name (String) - the name to use with --model
cli-model-imported = Imported as “{ $name }”: use it with hearth chat --model { $name }. The file was copied; the original can be removed.
# $name (String)
cli-model-removed = Removed “{ $name }”.
# $name (String)
cli-model-default = “{ $name }” is now the default model (for hearth chat and the window).
# $model (String) file; $threads (Number); $load, $ttft (String) seconds; $pp, $tg (String) llama-bench's names, e.g. pp128, tg64; $ppRate, $tgRate (String) tokens/s; $rss (String) MB
cli-bench =
    { $model }, { $threads } threads
      load           { $load } s
      first pass     { $warmup } s (weights laid out for the fast kernels)
      { $pp }          { $ppRate } tokens/s
      { $tg }           { $tgRate } tokens/s
      first token    { $ttft } s
      peak memory    { $rss } MB

## Help (`hearth --help`, `hearth COMMAND --help`, `hearth help COMMAND`).

cli-about = Hearth, your offline AI assistant, from the command line.
# Headings of the help; the help adds a colon after each.
cli-help-usage = Usage
cli-help-commands = Commands
cli-help-arguments = Arguments
cli-help-options = Options
# $command (String) - the command as typed, e.g. "hearth chat"
cli-help-more = For more, run “{ $command } --help”.
# Stands for a command's options in a usage line.
cli-options-tag = [OPTIONS]
# Placeholders for what the user types (in capitals where the script has them).
cli-value-command = COMMAND
cli-value-model = NAME|PATH
cli-value-text = TEXT
cli-value-file = FILE
cli-value-name = NAME
cli-value-query = QUERY
cli-value-prompt = MESSAGE
cli-value-id = ID
cli-value-shell = SHELL
cli-arg-help = Show this help
cli-arg-version = Show the version
cli-arg-verbose = Show more of what Hearth is doing
cli-arg-json = Print the result as JSON
cli-arg-model = The model: a name from “hearth models list” or a GGUF file (default: the default model)
cli-arg-system = Instructions for the assistant, in place of the default system prompt
cli-arg-max-tokens = Longest reply, in tokens
cli-arg-temperature = Randomness, 0–2 (0: always the likeliest word)
cli-arg-seed = Seed of the random choices (the same seed gives the same reply)
cli-arg-min-p = Leave out words less likely than this share of the likeliest one (0–1)
cli-arg-presence-penalty = Discourage words already used (0: no penalty)
cli-arg-stop = End the reply before this text (may be given more than once)
cli-arg-conversation = Continue this conversation (its ID is in “hearth conversations list”)
cli-arg-no-save = Do not keep the exchange as a conversation
cli-arg-prompt = The message to send
cli-about-chat = Send a message and print the reply as it is written
cli-about-models = Models: list, check, import, choose the default, remove
cli-about-models-list = List the catalog's models and the imported ones (* marks the default)
cli-about-models-inspect = Check a GGUF file as loading it would, and describe it
cli-about-models-import = Check a GGUF file, then keep a copy among the imported models
cli-about-models-default = Make a model the default, here and in the window
cli-about-models-remove = Delete a model's file (never the default's)
cli-arg-model-file = The GGUF file
cli-arg-model-name = The model's name, as “hearth models list” shows it
cli-about-conversations = Your saved conversations: list, read, search, export, import, protect
cli-about-conversations-list = List the conversations
cli-about-conversations-show = Show a conversation's messages
cli-about-conversations-search = Search every message
cli-about-conversations-export = Write one conversation or all of them to a file (or the screen)
cli-about-conversations-import = Import conversations from a JSON export
cli-about-conversations-backup = Take a backup now
cli-about-conversations-encrypt = Protect the conversations with a passphrase, or change it
cli-about-conversations-decrypt = Remove the passphrase
cli-about-conversations-set = Change a conversation's own settings
cli-arg-conversation-id = The conversation's ID, from “hearth conversations list”
cli-arg-query = Words to look for, in any language
cli-arg-ignore-diacritics = Match whatever the accents and tone marks (pho finds phở)
cli-arg-export-id = Only this conversation (default: all of them)
cli-arg-format = json (can be imported again) or md (Markdown, for reading)
cli-arg-out = Write to this file instead of the standard output
cli-arg-import-file = A JSON file written by “hearth conversations export”
cli-arg-reset = First return to the default settings
cli-arg-own-system = The conversation's system prompt (empty: the default)
cli-arg-own-model = The conversation's model, by name
cli-arg-top-p = Choose only among the likeliest words that together reach this probability (0–1)
cli-arg-top-k = Choose only among this many of the likeliest words
cli-arg-repeat-penalty = Discourage repeating recent words (1: no penalty)
cli-about-eval-language = Measure how often replies come in the language they should
cli-arg-eval-files = Prompt sets: CSV files with “prompt” and “language” columns
cli-arg-limit = Run at most this many prompts of each set
# $default (Number)
cli-arg-eval-max-tokens = Longest reply, in tokens (default: { $default })
cli-about-bench = Measure a model's speed, as llama-bench does
# $default (Number)
cli-arg-prompt-tokens = Prompt tokens to process (default: { $default })
# $default (Number)
cli-arg-gen-tokens = Tokens to generate (default: { $default })
cli-arg-depth = First fill the context with this many tokens (default: 0)
# $default (Number)
cli-arg-repetitions = Runs to average (default: { $default })
cli-arg-threads = Threads to use (default: every core)
cli-about-completions = Print a completion script for your shell
cli-arg-shell = bash, zsh, fish, powershell or elvish
cli-about-help = Show the help of Hearth or of a command
cli-arg-help-command = The command, e.g. “chat” or “models list”
# $command (String) - the command as typed
cli-unknown-command = Unknown command: { $command }
# $argument (String) - its placeholder, e.g. "<FILE>"
cli-missing-argument = { $argument } is required.
# $suggestion (String) - an option, command or value close to what was typed
cli-did-you-mean = Did you mean { $suggestion }?
# $values (String) - e.g. "json, md"
cli-possible-values = Possible values: { $values }
cli-bad-command-line = This command line cannot be read.
# $data, $models (String) - folders
cli-verbose-places =
    Data folder: { $data }
    Models folder: { $models }
# $name (String) - the model; $path (String) - its file
cli-verbose-model = Model: { $name } ({ $path })
