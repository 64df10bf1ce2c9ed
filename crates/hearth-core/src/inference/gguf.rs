//! Opening a GGUF file: a cheap sanity check before candle parses it, and typed access to
//! the metadata the tokenizer, the chat template and the model need.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use candle_core::quantized::gguf_file::{Content, Value};

use crate::error::{Error, Result};

/// A parsed GGUF header plus the open file its tensors are read from.
pub struct Gguf {
    pub path: PathBuf,
    pub content: Content,
    pub reader: BufReader<File>,
}

impl Gguf {
    /// Opens and parses `path`. A missing file is [`Error::ModelMissing`]; anything that is
    /// not a readable GGUF v2/v3 file is [`Error::ModelMalformed`], never a panic.
    pub fn open(path: &Path) -> Result<Self> {
        let file = File::open(path).map_err(|err| match err.kind() {
            std::io::ErrorKind::NotFound => Error::ModelMissing {
                path: path.to_path_buf(),
            },
            _ => Error::io(path, err),
        })?;
        let malformed = |reason: String| Error::ModelMalformed {
            path: path.to_path_buf(),
            reason,
        };
        let mut reader = BufReader::new(file);
        let mut header = [0u8; 8];
        reader
            .read_exact(&mut header)
            .map_err(|_| malformed("shorter than a GGUF header".into()))?;
        if &header[..4] != b"GGUF" {
            return Err(malformed("no GGUF magic".into()));
        }
        let version = u32::from_le_bytes([header[4], header[5], header[6], header[7]]);
        if !(2..=3).contains(&version) {
            return Err(malformed(format!("unsupported GGUF version {version}")));
        }
        reader
            .seek_relative(-8)
            .map_err(|err| Error::io(path, err))?;
        let content = Content::read(&mut reader).map_err(|err| malformed(err.to_string()))?;
        Ok(Gguf {
            path: path.to_path_buf(),
            content,
            reader,
        })
    }

    fn value(&self, key: &str) -> Result<&Value> {
        self.content
            .metadata
            .get(key)
            .ok_or_else(|| Error::ModelMalformed {
                path: self.path.clone(),
                reason: format!("metadata key {key} is missing"),
            })
    }

    fn wrong_type(&self, key: &str, err: candle_core::Error) -> Error {
        Error::ModelMalformed {
            path: self.path.clone(),
            reason: format!("metadata key {key}: {err}"),
        }
    }

    pub fn has(&self, key: &str) -> bool {
        self.content.metadata.contains_key(key)
    }

    pub fn string(&self, key: &str) -> Result<&str> {
        let value = self.value(key)?;
        value
            .to_string()
            .map(String::as_str)
            .map_err(|err| self.wrong_type(key, err))
    }

    pub fn u32(&self, key: &str) -> Result<u32> {
        let value = self.value(key)?;
        match value {
            Value::U64(v) => u32::try_from(*v).map_err(|_| Error::ModelMalformed {
                path: self.path.clone(),
                reason: format!("metadata key {key} is out of range"),
            }),
            Value::I32(v) => u32::try_from(*v).map_err(|_| Error::ModelMalformed {
                path: self.path.clone(),
                reason: format!("metadata key {key} is negative"),
            }),
            _ => value.to_u32().map_err(|err| self.wrong_type(key, err)),
        }
    }

    pub fn strings(&self, key: &str) -> Result<Vec<&str>> {
        let value = self.value(key)?;
        let items = value.to_vec().map_err(|err| self.wrong_type(key, err))?;
        items
            .iter()
            .map(|v| v.to_string().map(String::as_str))
            .collect::<candle_core::Result<_>>()
            .map_err(|err| self.wrong_type(key, err))
    }

    pub fn i32s(&self, key: &str) -> Result<Vec<i32>> {
        let value = self.value(key)?;
        let items = value.to_vec().map_err(|err| self.wrong_type(key, err))?;
        items
            .iter()
            .map(Value::to_i32)
            .collect::<candle_core::Result<_>>()
            .map_err(|err| self.wrong_type(key, err))
    }

    /// `general.architecture`, e.g. `qwen2`.
    pub fn architecture(&self) -> Result<&str> {
        self.string("general.architecture")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(bytes: &[u8]) -> tempfile::NamedTempFile {
        let mut file = tempfile::NamedTempFile::new().unwrap();
        std::io::Write::write_all(&mut file, bytes).unwrap();
        file
    }

    #[test]
    fn rejects_files_that_are_not_gguf() {
        for bytes in [
            &b""[..],
            b"GGU",
            b"not a model at all",
            b"GGUF\x09\x00\x00\x00",
        ] {
            let file = write(bytes);
            let err = Gguf::open(file.path()).err().unwrap();
            assert_eq!(err.code(), "model-malformed", "{bytes:?}");
        }
    }

    #[test]
    fn truncated_header_is_malformed_not_a_panic() {
        let mut bytes = b"GGUF".to_vec();
        bytes.extend(3u32.to_le_bytes());
        bytes.extend(1u64.to_le_bytes());
        bytes.extend(1u64.to_le_bytes());
        let file = write(&bytes);
        assert_eq!(
            Gguf::open(file.path()).err().unwrap().code(),
            "model-malformed"
        );
    }

    #[test]
    fn missing_file() {
        let err = Gguf::open(Path::new("/nonexistent/x.gguf")).err().unwrap();
        assert_eq!(err.code(), "model-missing");
    }
}
