## The `hearth` command line.

cli-usage =
    Usage:
      hearth chat [--model NAME|PATH] [--system TEXT] [--max-tokens N] [--temperature T] [--seed N] [--min-p P] [--presence-penalty X] [--stop TEXT]… [--conversation ID] [--no-save] [--json] PROMPT
      hearth models list [--json]
      hearth models inspect FILE [--json]
      hearth models import FILE [--json]
      hearth models default NAME
      hearth models remove NAME
      hearth conversations list|show ID|search QUERY [--ignore-diacritics] [--json]
      hearth conversations export [ID] [--format json|md] [--out FILE]
      hearth conversations import FILE [--json]
      hearth conversations backup [--json]
      hearth conversations encrypt|decrypt
      hearth conversations set ID [--reset] [--system TEXT] [--model NAME] [--temperature T] [--top-p P] [--top-k K] [--repeat-penalty R] [--max-tokens N] [--seed N]
      hearth eval-language FILE… [--limit N] [--max-tokens N] [--model NAME|PATH] [--json]
      hearth bench [--model NAME|PATH] [--prompt-tokens N] [--gen-tokens N] [--depth N] [--repetitions N] [--threads N] [--json]
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
