//! The core layer's error type. Every variant has a stable [`Error::code`]; user-facing text
//! comes from the Fluent message `error-<code>` (see `locales/*/errors.ftl`), filled with
//! [`Error::args`], so errors are translated like every other string.

use std::path::PathBuf;

/// Everything that can go wrong in hearth-core. Each variant is described by its `#[error]`
/// text (for logs and developers) and its Fluent message (for users); its fields are the
/// message's arguments, so they carry no documentation of their own.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
#[allow(missing_docs)]
pub enum Error {
    #[error("model file not found: {path}")]
    ModelMissing { path: PathBuf },
    #[error("model file {path} is not a valid GGUF file: {reason}")]
    ModelMalformed { path: PathBuf, reason: String },
    #[error("model file {path} has {actual} bytes, the catalog expects {expected}")]
    ModelIncomplete {
        path: PathBuf,
        expected: u64,
        actual: u64,
    },
    #[error("unsupported model architecture: {architecture}")]
    UnsupportedArchitecture { architecture: String },
    #[error("unknown model: {name}")]
    UnknownModel { name: String },
    #[error("{name} is the default model")]
    ModelIsDefault { name: String },
    #[error("sampling setting {setting} cannot be {value} (allowed: {allowed})")]
    SamplingInvalid {
        setting: &'static str,
        value: String,
        allowed: &'static str,
    },
    #[error("cannot build the tokenizer from the model: {0}")]
    Tokenizer(String),
    #[error("cannot render the model's chat template: {0}")]
    ChatTemplate(String),
    #[error("inference failed: {0}")]
    Inference(String),
    #[error("the prompt ({tokens} tokens) does not fit the context window ({limit} tokens)")]
    ContextOverflow { tokens: usize, limit: usize },
    #[error("the engine stopped unexpectedly")]
    EngineGone,
    /// A fault inside Hearth itself (a task that panicked); the log has the details.
    #[error("internal error: {0}")]
    Internal(String),
    #[error("conversation {id} not found")]
    ConversationNotFound { id: i64 },
    #[error("message {id} not found")]
    MessageNotFound { id: i64 },
    #[error("{path} is not a Hearth export: {reason}")]
    ImportInvalid { path: PathBuf, reason: String },
    #[error("{path} was exported by a newer Hearth (format {found}, this one reads {supported})")]
    ImportVersion {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("{path} cannot be used: {reason}")]
    FileInvalid { path: PathBuf, reason: String },
    #[error("the disk is full")]
    DiskFull,
    #[error("the data folder is read-only: {path}")]
    ReadOnly { path: PathBuf },
    #[error("the database is locked by another program")]
    DatabaseLocked,
    #[error(
        "the database was written by a newer Hearth (schema {found}, this one knows {supported})"
    )]
    DatabaseTooNew { found: i64, supported: i64 },
    #[error("{path} is encrypted: a passphrase is needed to open it")]
    PassphraseRequired { path: PathBuf },
    #[error("the passphrase is not right for this database")]
    PassphraseWrong,
    #[error("the passphrase is empty")]
    PassphraseEmpty,
    #[error("the two passphrases differ")]
    PassphraseMismatch,
    #[error("database error: {0}")]
    Database(String),
    #[error("file error on {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Result alias for hearth-core.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A stable, kebab-case identifier; the Fluent message id is `error-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            Error::ModelMissing { .. } => "model-missing",
            Error::ModelMalformed { .. } => "model-malformed",
            Error::ModelIncomplete { .. } => "model-incomplete",
            Error::UnsupportedArchitecture { .. } => "model-unsupported-architecture",
            Error::UnknownModel { .. } => "model-unknown",
            Error::ModelIsDefault { .. } => "model-is-default",
            Error::SamplingInvalid { .. } => "sampling-invalid",
            Error::Tokenizer(_) => "tokenizer",
            Error::ChatTemplate(_) => "chat-template",
            Error::Inference(_) => "inference",
            Error::ContextOverflow { .. } => "context-overflow",
            Error::EngineGone => "engine-gone",
            Error::Internal(_) => "internal",
            Error::ConversationNotFound { .. } => "conversation-not-found",
            Error::MessageNotFound { .. } => "message-not-found",
            Error::ImportInvalid { .. } => "import-invalid",
            Error::ImportVersion { .. } => "import-version",
            Error::FileInvalid { .. } => "file-invalid",
            Error::DiskFull => "disk-full",
            Error::ReadOnly { .. } => "read-only",
            Error::DatabaseLocked => "database-locked",
            Error::DatabaseTooNew { .. } => "database-too-new",
            Error::PassphraseRequired { .. } => "passphrase-required",
            Error::PassphraseWrong => "passphrase-wrong",
            Error::PassphraseEmpty => "passphrase-empty",
            Error::PassphraseMismatch => "passphrase-mismatch",
            Error::Database(_) => "database",
            Error::Io { .. } => "io",
        }
    }

    /// The Fluent message id that explains this error to a user.
    pub fn fluent_id(&self) -> String {
        format!("error-{}", self.code())
    }

    /// Named arguments for the Fluent message; every value is a string.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        let path = |p: &PathBuf| ("path", p.display().to_string());
        match self {
            Error::ModelMissing { path: p }
            | Error::ReadOnly { path: p }
            | Error::PassphraseRequired { path: p } => vec![path(p)],
            Error::ModelMalformed { path: p, reason } => {
                vec![path(p), ("reason", reason.clone())]
            }
            Error::ModelIncomplete {
                path: p,
                expected,
                actual,
            } => vec![
                path(p),
                ("expected", expected.to_string()),
                ("actual", actual.to_string()),
            ],
            Error::UnsupportedArchitecture { architecture } => {
                vec![("architecture", architecture.clone())]
            }
            Error::UnknownModel { name } | Error::ModelIsDefault { name } => {
                vec![("name", name.clone())]
            }
            Error::SamplingInvalid {
                setting,
                value,
                allowed,
            } => vec![
                ("setting", (*setting).to_owned()),
                ("value", value.clone()),
                ("allowed", (*allowed).to_owned()),
            ],
            Error::Tokenizer(reason)
            | Error::ChatTemplate(reason)
            | Error::Inference(reason)
            | Error::Internal(reason)
            | Error::Database(reason) => vec![("reason", reason.clone())],
            Error::ContextOverflow { tokens, limit } => {
                vec![("tokens", tokens.to_string()), ("limit", limit.to_string())]
            }
            Error::ConversationNotFound { id } | Error::MessageNotFound { id } => {
                vec![("id", id.to_string())]
            }
            Error::ImportInvalid { path: p, reason } | Error::FileInvalid { path: p, reason } => {
                vec![path(p), ("reason", reason.clone())]
            }
            Error::ImportVersion {
                path: p,
                found,
                supported,
            } => vec![
                path(p),
                ("found", found.to_string()),
                ("supported", supported.to_string()),
            ],
            Error::DatabaseTooNew { found, supported } => {
                vec![
                    ("found", found.to_string()),
                    ("supported", supported.to_string()),
                ]
            }
            Error::Io { path: p, source } => vec![path(p), ("reason", source.to_string())],
            Error::EngineGone
            | Error::DiskFull
            | Error::DatabaseLocked
            | Error::PassphraseWrong
            | Error::PassphraseEmpty
            | Error::PassphraseMismatch => vec![],
        }
    }

    /// An I/O failure on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

impl From<candle_core::Error> for Error {
    fn from(err: candle_core::Error) -> Self {
        Error::Inference(err.to_string())
    }
}
