//! A bounded reader for the GGUF header (key/value metadata and tensor directory).
//!
//! Everything in a model file is untrusted. Every count and length is checked against the
//! bytes that are actually left in the file before anything is allocated, collections are
//! capped well above what real models use, nested arrays are refused, keys and tensor names
//! must be unique, and `general.alignment` must be a non-zero power of two. The result is
//! candle's own [`Content`], so the model code reads tensors through it unchanged.

use std::collections::HashMap;
use std::io::{Read, Seek, SeekFrom};

use candle_core::quantized::gguf_file::{Content, TensorInfo, Value, VersionedMagic};
use candle_core::quantized::GgmlDType;

/// Real vocabularies have ≤ 262,144 tokens and ≤ 1M merges.
const MAX_ARRAY_ELEMENTS: u64 = 4 << 20;
/// All array elements of one file together; bounds the memory a header can ask for.
const MAX_TOTAL_ELEMENTS: u64 = 8 << 20;
const MAX_KEY_LENGTH: u64 = 64 << 10;
const MAX_DIMS: u32 = 4;
const DEFAULT_ALIGNMENT: u64 = 32;

/// Why a header was refused, in words for the error message.
pub type Reason = String;

struct Reader<'a, R> {
    inner: &'a mut R,
    position: u64,
    size: u64,
    elements: u64,
}

impl<R: Read> Reader<'_, R> {
    fn bytes(&mut self, n: u64, what: &str) -> Result<Vec<u8>, Reason> {
        if n > self.size - self.position {
            return Err(format!(
                "{what} needs {n} bytes at offset {}, the file ends at {}",
                self.position, self.size
            ));
        }
        let mut buf = vec![0; n as usize];
        self.inner
            .read_exact(&mut buf)
            .map_err(|err| format!("cannot read {what}: {err}"))?;
        self.position += n;
        Ok(buf)
    }

    fn array<const N: usize>(&mut self, what: &str) -> Result<[u8; N], Reason> {
        let bytes = self.bytes(N as u64, what)?;
        let mut out = [0; N];
        out.copy_from_slice(&bytes);
        Ok(out)
    }

    fn u32(&mut self, what: &str) -> Result<u32, Reason> {
        self.array(what).map(u32::from_le_bytes)
    }

    fn u64(&mut self, what: &str) -> Result<u64, Reason> {
        self.array(what).map(u64::from_le_bytes)
    }

    fn remaining(&self) -> u64 {
        self.size - self.position
    }

    fn string(&mut self, what: &str, max: u64) -> Result<Vec<u8>, Reason> {
        let len = self.u64(what)?;
        if len > max {
            return Err(format!("{what} is {len} bytes long, more than {max}"));
        }
        self.bytes(len, what)
    }

    fn name(&mut self, what: &str) -> Result<String, Reason> {
        let bytes = self.string(what, MAX_KEY_LENGTH)?;
        String::from_utf8(bytes).map_err(|_| format!("{what} is not UTF-8"))
    }

    fn value(&mut self, kind: u32, key: &str, nested: bool) -> Result<Value, Reason> {
        Ok(match kind {
            0 => Value::U8(self.array::<1>(key)?[0]),
            1 => Value::I8(i8::from_le_bytes(self.array(key)?)),
            2 => Value::U16(u16::from_le_bytes(self.array(key)?)),
            3 => Value::I16(i16::from_le_bytes(self.array(key)?)),
            4 => Value::U32(u32::from_le_bytes(self.array(key)?)),
            5 => Value::I32(i32::from_le_bytes(self.array(key)?)),
            6 => Value::F32(f32::from_le_bytes(self.array(key)?)),
            7 => match self.array::<1>(key)?[0] {
                0 => Value::Bool(false),
                1 => Value::Bool(true),
                other => return Err(format!("{key}: {other} is not a boolean")),
            },
            8 => {
                let bytes = self.string(key, self.remaining())?;
                Value::String(String::from_utf8_lossy(&bytes).into_owned())
            }
            9 if nested => return Err(format!("{key}: arrays of arrays are not supported")),
            9 => {
                let item = self.u32(key)?;
                let len = self.u64(key)?;
                let min_size = match item {
                    0 | 1 | 7 => 1,
                    2 | 3 => 2,
                    4..=6 => 4,
                    8 => 8,
                    10..=12 => 8,
                    9 => return Err(format!("{key}: arrays of arrays are not supported")),
                    other => return Err(format!("{key}: unknown value type {other}")),
                };
                if len > MAX_ARRAY_ELEMENTS || len.saturating_mul(min_size) > self.remaining() {
                    return Err(format!(
                        "{key}: an array of {len} elements cannot fit in the file"
                    ));
                }
                self.elements += len;
                if self.elements > MAX_TOTAL_ELEMENTS {
                    return Err("the metadata holds more array elements than any model".into());
                }
                let mut items = Vec::with_capacity(len as usize);
                for _ in 0..len {
                    items.push(self.value(item, key, true)?);
                }
                Value::Array(items)
            }
            10 => Value::U64(u64::from_le_bytes(self.array(key)?)),
            11 => Value::I64(i64::from_le_bytes(self.array(key)?)),
            12 => Value::F64(f64::from_le_bytes(self.array(key)?)),
            other => return Err(format!("{key}: unknown value type {other}")),
        })
    }
}

/// GGML tensor type ids this build can load.
pub fn dtype(id: u32) -> Option<GgmlDType> {
    Some(match id {
        0 => GgmlDType::F32,
        1 => GgmlDType::F16,
        2 => GgmlDType::Q4_0,
        3 => GgmlDType::Q4_1,
        6 => GgmlDType::Q5_0,
        7 => GgmlDType::Q5_1,
        8 => GgmlDType::Q8_0,
        9 => GgmlDType::Q8_1,
        10 => GgmlDType::Q2K,
        11 => GgmlDType::Q3K,
        12 => GgmlDType::Q4K,
        13 => GgmlDType::Q5K,
        14 => GgmlDType::Q6K,
        15 => GgmlDType::Q8K,
        30 => GgmlDType::BF16,
        _ => return None,
    })
}

fn tensor_info<R: Read>(reader: &mut Reader<'_, R>) -> Result<(String, TensorInfo), Reason> {
    let name = reader.name("tensor name")?;
    let n_dims = reader.u32(&name)?;
    if !(1..=MAX_DIMS).contains(&n_dims) {
        return Err(format!("tensor {name} has {n_dims} dimensions"));
    }
    let mut dims = Vec::with_capacity(n_dims as usize);
    for _ in 0..n_dims {
        let dim = reader.u64(&name)?;
        let dim = usize::try_from(dim)
            .ok()
            .filter(|d| (1..=1 << 40).contains(d))
            .ok_or_else(|| format!("tensor {name} has a dimension of {dim}"))?;
        dims.push(dim);
    }
    let kind = reader.u32(&name)?;
    let ggml_dtype = dtype(kind).ok_or_else(|| format!("tensor {name} has unknown type {kind}"))?;
    let offset = reader.u64(&name)?;
    dims.reverse();
    Ok((
        name,
        TensorInfo {
            ggml_dtype,
            shape: dims.into(),
            offset,
        },
    ))
}

/// The alignment of tensor data: `general.alignment` (a u32) or 32.
pub fn alignment(metadata: &HashMap<String, Value>) -> Result<u64, Reason> {
    match metadata.get("general.alignment") {
        None => Ok(DEFAULT_ALIGNMENT),
        Some(Value::U32(a)) if a.is_power_of_two() => Ok(u64::from(*a)),
        Some(Value::U32(a)) => Err(format!("general.alignment {a} is not a power of two")),
        Some(_) => Err("general.alignment is not a u32".into()),
    }
}

/// Reads the header of a GGUF v2/v3 file of `size` bytes from the start of `inner`.
pub fn read<R: Read + Seek>(inner: &mut R, size: u64) -> Result<Content, Reason> {
    inner
        .seek(SeekFrom::Start(0))
        .map_err(|err| err.to_string())?;
    let mut reader = Reader {
        inner,
        position: 0,
        size,
        elements: 0,
    };
    let magic = reader
        .array::<4>("the GGUF magic")
        .map_err(|_| "shorter than a GGUF header".to_owned())?;
    if &magic != b"GGUF" {
        return Err("no GGUF magic".into());
    }
    let magic = match reader.u32("the version")? {
        2 => VersionedMagic::GgufV2,
        3 => VersionedMagic::GgufV3,
        other => return Err(format!("unsupported GGUF version {other}")),
    };
    let tensor_count = reader.u64("the tensor count")?;
    let kv_count = reader.u64("the metadata count")?;
    // A key/value pair takes at least 13 bytes, a tensor entry at least 32.
    if kv_count
        .saturating_mul(13)
        .saturating_add(tensor_count.saturating_mul(32))
        > reader.remaining()
    {
        return Err(format!(
            "{tensor_count} tensors and {kv_count} metadata entries cannot fit in the file"
        ));
    }
    let mut metadata = HashMap::with_capacity(kv_count as usize);
    for _ in 0..kv_count {
        let key = reader.name("a metadata key")?;
        let kind = reader.u32(&key)?;
        let value = reader.value(kind, &key, false)?;
        if metadata.insert(key.clone(), value).is_some() {
            return Err(format!("metadata key {key} appears twice"));
        }
    }
    let mut tensor_infos = HashMap::with_capacity(tensor_count as usize);
    for _ in 0..tensor_count {
        let (name, info) = tensor_info(&mut reader)?;
        if tensor_infos.insert(name.clone(), info).is_some() {
            return Err(format!("tensor {name} appears twice"));
        }
    }
    let alignment = alignment(&metadata)?;
    let tensor_data_offset = reader.position.div_ceil(alignment) * alignment;
    Ok(Content {
        magic,
        metadata,
        tensor_infos,
        tensor_data_offset,
    })
}
