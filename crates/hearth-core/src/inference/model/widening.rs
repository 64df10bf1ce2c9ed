//! Q5_0 weights widened to Q8_0 as they are loaded, exactly: every Q5_0 value is a 5-bit
//! integer `q - 16` times the block's scale, which Q8_0 (an 8-bit integer times the same
//! scale, same 32-value blocks) holds without rounding. candle 0.11 has no SIMD kernel for Q5_0
//! on x86 (a scalar loop) but an AVX2 one for Q8_0, and the default model is mostly Q5_0 (its
//! width, 896, is not a multiple of 256, so llama.cpp's K-quants do not fit). The weights take
//! 8.5 instead of 5.5 bits each. Only where candle multiplies them: Hearth's own kernels (CPUs
//! with AVX-512 VNNI, [`crate::inference::model::kernels`]) read Q5_0 as stored.
//!
//! The widening happens inside a reader: the model code reads each tensor with one seek and
//! one read, and [`Widened`] serves the Q8_0 bytes of a Q5_0 tensor from a buffer converted
//! when that tensor is reached, so only one tensor is ever held twice.

use std::io::{Read, Seek, SeekFrom};

use candle_core::quantized::gguf_file::{Content, TensorInfo};
use candle_core::quantized::GgmlDType;

/// Bytes of one Q5_0 block: f16 scale, 32 high bits, 16 bytes of low nibbles.
const Q5_0_BLOCK: usize = 22;
/// Bytes of one Q8_0 block: f16 scale, 32 signed bytes.
const Q8_0_BLOCK: usize = 34;

/// Converts Q5_0 blocks to Q8_0 blocks holding the same values.
pub fn q5_0_to_q8_0(q5: &[u8]) -> Vec<u8> {
    let mut q8 = Vec::with_capacity(q5.len() / Q5_0_BLOCK * Q8_0_BLOCK);
    for block in q5.chunks_exact(Q5_0_BLOCK) {
        let (scale, rest) = block.split_at(2);
        let (high, low) = rest.split_at(4);
        let high = u32::from_le_bytes([high[0], high[1], high[2], high[3]]);
        q8.extend_from_slice(scale);
        let value = |nibble: u8, bit: usize| {
            let q = nibble | ((((high >> bit) & 1) as u8) << 4);
            (q as i8 - 16).to_le_bytes()[0]
        };
        q8.extend(low.iter().enumerate().map(|(j, b)| value(b & 0x0f, j)));
        q8.extend(low.iter().enumerate().map(|(j, b)| value(b >> 4, j + 16)));
    }
    q8
}

/// Whether the output matrix is the token table itself (no `output.weight`).
pub(crate) fn tied_output(content: &Content) -> bool {
    !content.tensor_infos.contains_key("output.weight")
}

/// Whether a tensor is only looked up row by row, never multiplied: the token table of a model
/// with its own output matrix.
pub(crate) fn looked_up_only(name: &str, tied: bool) -> bool {
    !tied && name == "token_embd.weight"
}

/// Whether a tensor is widened: every Q5_0 matrix that is multiplied (a Q5_0 row dequantizes
/// as fast as a Q8_0 one), where candle multiplies it (not on Hearth's own kernels, which read
/// Q5_0 as stored).
fn widens(name: &str, info: &TensorInfo, tied: bool) -> bool {
    info.ggml_dtype == GgmlDType::Q5_0
        && !looked_up_only(name, tied)
        && crate::inference::model::kernels::active().is_none()
}

/// How many bytes widening adds to the weights of `content`.
pub fn extra_bytes(content: &Content) -> u64 {
    let tied = tied_output(content);
    content
        .tensor_infos
        .iter()
        .filter(|(name, info)| widens(name, info, tied))
        .map(|(_, info)| {
            let blocks = info.shape.elem_count() as u64 / info.ggml_dtype.block_size() as u64;
            blocks * (Q8_0_BLOCK - Q5_0_BLOCK) as u64
        })
        .sum()
}

/// One tensor's bytes as the model code sees them.
#[derive(Clone)]
struct Region {
    /// Where it starts in the widened view (relative to the tensor data).
    start: u64,
    len: u64,
    /// Where it starts in the file (absolute) and how long it is there.
    source: u64,
    source_len: u64,
    widen: bool,
}

/// A GGUF reader whose Q5_0 tensors read as Q8_0; see the module documentation.
pub struct Widened<R> {
    inner: R,
    regions: Vec<Region>,
    /// Where the view's tensor data starts (the file's own tensor data offset).
    data_start: u64,
    end: u64,
    position: u64,
    /// The widened bytes of the region last read, by its index.
    converted: Option<(usize, Vec<u8>)>,
}

impl<R: Read + Seek> Widened<R> {
    /// Rewrites `content` so its Q5_0 tensors are Q8_0 tensors at new offsets, and returns the
    /// reader serving them. Nothing is read yet.
    pub fn new(inner: R, content: &mut Content) -> Self {
        let tied = tied_output(content);
        let mut infos: Vec<_> = content.tensor_infos.iter_mut().collect();
        infos.sort_by_key(|(_, info)| info.offset);
        let mut regions = Vec::with_capacity(infos.len());
        let mut next = 0u64;
        for (name, info) in infos {
            let elements = info.shape.elem_count() as u64;
            let blocks = elements / info.ggml_dtype.block_size() as u64;
            let source_len = blocks * info.ggml_dtype.type_size() as u64;
            let widen = widens(name, info, tied);
            let len = if widen {
                blocks * Q8_0_BLOCK as u64
            } else {
                source_len
            };
            regions.push(Region {
                start: next,
                len,
                source: content.tensor_data_offset + info.offset,
                source_len,
                widen,
            });
            info.offset = next;
            if widen {
                info.ggml_dtype = GgmlDType::Q8_0;
            }
            // Q8_0 blocks are 2-byte aligned; keep every tensor 32-byte aligned as GGUF does.
            next = (next + len).div_ceil(32) * 32;
        }
        let data_start = content.tensor_data_offset;
        Widened {
            inner,
            regions,
            data_start,
            end: data_start + next,
            position: 0,
            converted: None,
        }
    }

    /// The same widened view over another reader of the same file (to read on two threads).
    pub fn sibling<S: Read + Seek>(&self, inner: S) -> Widened<S> {
        Widened {
            inner,
            regions: self.regions.clone(),
            data_start: self.data_start,
            end: self.end,
            position: 0,
            converted: None,
        }
    }

    fn region_at(&self, offset: u64) -> Option<usize> {
        let relative = offset.checked_sub(self.data_start)?;
        self.regions
            .iter()
            .position(|r| relative >= r.start && relative < r.start + r.len)
    }
}

impl<R: Read + Seek> Read for Widened<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let Some(index) = self.region_at(self.position) else {
            // Before the tensor data (the header) the file reads as it is.
            let limit = self.data_start.saturating_sub(self.position);
            if limit == 0 {
                return Ok(0);
            }
            let take = buf.len().min(limit as usize);
            self.inner.seek(SeekFrom::Start(self.position))?;
            let n = self.inner.read(&mut buf[..take])?;
            self.position += n as u64;
            return Ok(n);
        };
        let region = &self.regions[index];
        let within = self.position - self.data_start - region.start;
        let available = (region.len - within) as usize;
        let take = buf.len().min(available);
        if region.widen {
            if self.converted.as_ref().map(|(i, _)| *i) != Some(index) {
                let mut raw = vec![0u8; region.source_len as usize];
                self.inner.seek(SeekFrom::Start(region.source))?;
                self.inner.read_exact(&mut raw)?;
                self.converted = Some((index, q5_0_to_q8_0(&raw)));
            }
            let bytes = &self
                .converted
                .as_ref()
                .map(|(_, b)| b.as_slice())
                .unwrap_or(&[]);
            let from = within as usize;
            buf[..take].copy_from_slice(&bytes[from..from + take]);
            // Read to its end: free the converted copy before the model copies the tensor.
            if from + take == bytes.len() {
                self.converted = None;
            }
        } else {
            self.inner.seek(SeekFrom::Start(region.source + within))?;
            self.inner.read_exact(&mut buf[..take])?;
        }
        self.position += take as u64;
        Ok(take)
    }
}

impl<R: Read + Seek> Seek for Widened<R> {
    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        let target = match to {
            SeekFrom::Start(offset) => Some(offset),
            SeekFrom::End(delta) => self.end.checked_add_signed(delta),
            SeekFrom::Current(delta) => self.position.checked_add_signed(delta),
        };
        self.position = target.ok_or_else(|| {
            std::io::Error::new(std::io::ErrorKind::InvalidInput, "seek before the start")
        })?;
        Ok(self.position)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::quantized::ggml_file::qtensor_from_ggml;
    use candle_core::Device;

    /// Q5_0 blocks with every bit pattern of values and high bits exercised.
    fn q5_blocks(count: usize) -> Vec<u8> {
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let scales: [u16; 4] = [0x2e66, 0x1400, 0xb800, 0x3c00]; // 0.1, ~6e-5, -0.5, 1.0 as f16
        let mut bytes = Vec::with_capacity(count * Q5_0_BLOCK);
        for i in 0..count {
            bytes.extend_from_slice(&scales[i % scales.len()].to_le_bytes());
            bytes.extend((0..20).map(|_| next() as u8));
        }
        bytes
    }

    #[test]
    fn widened_blocks_hold_exactly_the_same_values() {
        let q5 = q5_blocks(64);
        let q8 = q5_0_to_q8_0(&q5);
        assert_eq!(q8.len(), 64 * Q8_0_BLOCK);
        let device = Device::Cpu;
        let values = |dtype, bytes: &[u8]| {
            qtensor_from_ggml(dtype, bytes, vec![4, 512], &device)
                .unwrap()
                .dequantize(&device)
                .unwrap()
                .flatten_all()
                .unwrap()
                .to_vec1::<f32>()
                .unwrap()
        };
        let before = values(GgmlDType::Q5_0, &q5);
        let after = values(GgmlDType::Q8_0, &q8);
        assert_eq!(before.len(), 2048);
        assert!(before
            .iter()
            .zip(&after)
            .all(|(a, b)| a.to_bits() == b.to_bits()));
        assert!(before.iter().any(|v| *v != 0.0));
    }
}
