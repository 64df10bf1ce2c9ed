## Errors. Each id is `error-` + the stable code of an error in hearth-core.

# $path (String) - where the model file was expected
error-model-missing = The model file is missing: { $path }. Fetch it with “python3 models/fetch.py” (or “./dev setup”), or import a GGUF file.
# $path (String) - the model file
# $reason (String) - what is wrong, in technical terms
error-model-malformed = { $path } is not a usable GGUF model ({ $reason }). The file is damaged, incomplete or not a model; nothing was loaded from it.
# $path (String) - the model file
# $expected (Number) - bytes the catalog expects
# $actual (Number) - bytes found
error-model-incomplete = { $path } is incomplete ({ $actual } of { $expected } bytes). Fetch it again with “python3 models/fetch.py”.
# $architecture (String) - the architecture named in the file
error-model-unsupported-architecture = This model’s architecture, “{ $architecture }”, is not supported yet.
# $name (String) - the name that was asked for
error-model-unknown = There is no model called “{ $name }”. “hearth models list” shows the known ones.
error-model-is-default = “{ $name }” is the default model. Choose another default first.
error-sampling-invalid = The sampling setting { $setting } cannot be { $value } (allowed: { $allowed }).
# $reason (String) - technical detail
error-tokenizer = The model’s tokenizer could not be built ({ $reason }).
# $reason (String) - technical detail
error-chat-template = The model’s chat template could not be used ({ $reason }).
# $reason (String) - technical detail
error-inference = The model failed while answering ({ $reason }).
# $tokens (Number) - length of the prompt
# $limit (Number) - size of the context window
error-context-overflow = This message is too long for the model ({ $tokens } tokens; the limit is { $limit }).
error-engine-gone = The model stopped unexpectedly. Restart Hearth to continue.
# $reason (String) - technical detail
error-internal = Something went wrong inside Hearth ({ $reason }). Nothing you saved was lost; the log (Data & help → Open log folder) has the details for a bug report.
# $id (Number) - the conversation id
error-conversation-not-found = Conversation { $id } does not exist.
# $id (Number) - the message id
error-message-not-found = Message { $id } does not exist.
# $path (String) - the chosen file
# $reason (String) - technical detail
error-import-invalid = { $path } is not a Hearth export ({ $reason }). Nothing was imported.
# $path (String) - the chosen file
# $found (Number) - format version in the file
# $supported (Number) - newest format this Hearth reads
error-import-version = { $path } was exported by a newer Hearth (format { $found }; this version reads { $supported }). Update Hearth to import it.
# $path (String) - the file
# $reason (String) - what is wrong, in technical terms
error-file-invalid = { $path } cannot be used ({ $reason }).
error-disk-full = The disk is full. Free some space; your draft is kept.
# $path (String) - the read-only folder or file
error-read-only = Hearth cannot write to { $path }. Check the folder’s permissions.
error-database-locked = The conversation database is in use by another program. Close it and try again.
# $found (Number) - schema version in the file
# $supported (Number) - newest schema this Hearth knows
error-database-too-new = Your conversations were saved by a newer Hearth (schema { $found }; this version knows { $supported }). Update Hearth; nothing was changed.
# $reason (String) - technical detail
error-database = The conversation database reported an error ({ $reason }).
# $path (String) - the file
# $reason (String) - technical detail
error-io = Could not read or write { $path } ({ $reason }).
# $path (String) - the database file
error-passphrase-required = Your conversations ({ $path }) are encrypted. Enter the passphrase to open them.
error-passphrase-wrong = That passphrase does not open these conversations. Nothing was changed; try again.
error-passphrase-empty = Enter a passphrase.
error-passphrase-mismatch = The two passphrases are not the same. Nothing was changed.
