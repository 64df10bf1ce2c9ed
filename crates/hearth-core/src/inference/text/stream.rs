//! UTF-8-safe streaming detokenisation. A token may end in the middle of a multi-byte
//! character (common for Japanese with byte-level BPE); such bytes wait in the buffer until
//! the character is complete, so no U+FFFD ever reaches the UI.

/// Accumulates token bytes and releases only complete characters.
#[derive(Debug, Default)]
pub struct Utf8Stream {
    pending: Vec<u8>,
}

impl Utf8Stream {
    /// An empty stream.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a token's bytes; returns the text that became complete (possibly empty).
    pub fn push(&mut self, bytes: &[u8]) -> String {
        self.pending.extend_from_slice(bytes);
        let mut out = String::new();
        loop {
            match std::str::from_utf8(&self.pending) {
                Ok(text) => {
                    out.push_str(text);
                    self.pending.clear();
                    return out;
                }
                Err(err) => {
                    let valid = err.valid_up_to();
                    out.push_str(
                        std::str::from_utf8(&self.pending[..valid])
                            .expect("valid_up_to marks a valid prefix"),
                    );
                    match err.error_len() {
                        // An incomplete character at the end: keep it for the next token.
                        None => {
                            self.pending.drain(..valid);
                            return out;
                        }
                        // Bytes that can never become valid: replace them and go on.
                        Some(bad) => {
                            out.push(char::REPLACEMENT_CHARACTER);
                            self.pending.drain(..valid + bad);
                        }
                    }
                }
            }
        }
    }

    /// Ends the stream: whatever is still pending is returned, lossily.
    pub fn finish(&mut self) -> String {
        let rest = String::from_utf8_lossy(&self.pending).into_owned();
        self.pending.clear();
        rest
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn character_split_across_tokens_is_held_back() {
        // 東 = E6 9D B1, 京 = E4 BA AC: split as [E6] [9D B1 E4] [BA AC].
        let mut stream = Utf8Stream::new();
        assert_eq!(stream.push(&[0xE6]), "");
        assert_eq!(stream.push(&[0x9D, 0xB1, 0xE4]), "東");
        assert_eq!(stream.push(&[0xBA, 0xAC]), "京");
        assert_eq!(stream.finish(), "");
    }

    #[test]
    fn ascii_passes_straight_through() {
        let mut stream = Utf8Stream::new();
        assert_eq!(stream.push(b"Tokyo"), "Tokyo");
        assert_eq!(stream.push(b" is"), " is");
    }

    #[test]
    fn invalid_bytes_do_not_block_the_stream() {
        let mut stream = Utf8Stream::new();
        assert_eq!(stream.push(&[b'a', 0xFF, b'b']), "a\u{FFFD}b");
        assert_eq!(stream.push(&[0xF0, 0x9F]), "");
        assert_eq!(stream.finish(), "\u{FFFD}");
    }
}
