//! Opening a GGUF file: its header read with bounds ([`header`]), checked against the file
//! and the model code ([`check`]), typed access to the metadata the tokenizer, the chat
//! template and the model need, and what a file is ([`card`]).

pub(crate) mod card;
mod check;
mod header;

use std::fs::File;
use std::io::{BufReader, Read, Seek};
use std::path::{Path, PathBuf};

use candle_core::quantized::gguf_file::{Content, Value};
use candle_core::quantized::GgmlDType;

use crate::error::{Error, Result};
use crate::inference::model::Architecture;

/// Bytes a tensor of `elements` values of `dtype` takes in the file (whole blocks).
pub fn stored_bytes(elements: u64, dtype: GgmlDType) -> u64 {
    elements / dtype.block_size() as u64 * dtype.type_size() as u64
}

/// A parsed and checked GGUF header plus the reader its tensors are read from.
pub struct Gguf<R = BufReader<File>> {
    /// The file (for errors that name it).
    pub path: PathBuf,
    /// The header: metadata and the tensor directory.
    pub content: Content,
    /// Where the tensors are read from.
    pub reader: R,
}

impl Gguf {
    /// Opens and checks `path`. A missing file is [`Error::ModelMissing`]; anything that is
    /// not a well-formed GGUF v2/v3 file is [`Error::ModelMalformed`], never a panic.
    pub fn open(path: &Path) -> Result<Self> {
        let file = File::open(path).map_err(|err| match err.kind() {
            std::io::ErrorKind::NotFound => Error::ModelMissing {
                path: path.to_path_buf(),
            },
            _ => Error::io(path, err),
        })?;
        let size = file.metadata().map_err(|err| Error::io(path, err))?.len();
        Gguf::from_reader(path, BufReader::new(file), size)
    }
}

impl<R: Read + Seek> Gguf<R> {
    /// Reads and checks the header of `size` bytes of GGUF from `reader`; `path` names the
    /// file in errors.
    pub fn from_reader(path: &Path, mut reader: R, size: u64) -> Result<Self> {
        let malformed = |reason: String| Error::ModelMalformed {
            path: path.to_path_buf(),
            reason,
        };
        let content = header::read(&mut reader, size).map_err(malformed)?;
        check::tensors(&content, size).map_err(malformed)?;
        Ok(Gguf {
            path: path.to_path_buf(),
            content,
            reader,
        })
    }
}

impl<R> Gguf<R> {
    /// Checks that the hyperparameters and tensor shapes fit what the model code for the
    /// file's architecture assumes, for a tokenizer of `vocab` tokens.
    pub fn check_architecture(&self, vocab: usize) -> Result<()> {
        check::architecture(&self.content, self.architecture()?, vocab).map_err(|reason| {
            Error::ModelMalformed {
                path: self.path.clone(),
                reason,
            }
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

    fn wrong_type(&self, key: &str, _: candle_core::Error) -> Error {
        Error::ModelMalformed {
            path: self.path.clone(),
            reason: format!("metadata key {key} has the wrong type"),
        }
    }

    /// Whether the metadata has `key`.
    pub fn has(&self, key: &str) -> bool {
        self.content.metadata.contains_key(key)
    }

    /// The string `key`; missing or of another type is an error naming the file.
    pub fn string(&self, key: &str) -> Result<&str> {
        let value = self.value(key)?;
        value
            .to_string()
            .map(String::as_str)
            .map_err(|err| self.wrong_type(key, err))
    }

    /// The unsigned number `key`.
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

    /// The array of strings `key`.
    pub fn strings(&self, key: &str) -> Result<Vec<&str>> {
        let value = self.value(key)?;
        let items = value.to_vec().map_err(|err| self.wrong_type(key, err))?;
        items
            .iter()
            .map(|v| v.to_string().map(String::as_str))
            .collect::<candle_core::Result<_>>()
            .map_err(|err| self.wrong_type(key, err))
    }

    /// The array of integers `key`.
    pub fn i32s(&self, key: &str) -> Result<Vec<i32>> {
        self.array(key, Value::to_i32)
    }

    /// The array of numbers `key`.
    pub fn f32s(&self, key: &str) -> Result<Vec<f32>> {
        self.array(key, Value::to_f32)
    }

    fn array<T>(&self, key: &str, item: fn(&Value) -> candle_core::Result<T>) -> Result<Vec<T>> {
        let value = self.value(key)?;
        let items = value.to_vec().map_err(|err| self.wrong_type(key, err))?;
        items
            .iter()
            .map(item)
            .collect::<candle_core::Result<_>>()
            .map_err(|err| self.wrong_type(key, err))
    }

    /// The architecture `general.architecture` names; one Hearth does not run is refused by
    /// name.
    pub fn architecture(&self) -> Result<Architecture> {
        let name = self.string("general.architecture")?;
        Architecture::from_name(name).ok_or_else(|| Error::UnsupportedArchitecture {
            architecture: name.to_owned(),
        })
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
