//! Stop strings: the reply ends before the first of them, which is never shown. Text that
//! could still be the start of a stop string is held back until the next piece settles it,
//! so nothing of a stop string reaches the window even when it spans tokens.

/// Watches a reply's text for stop strings.
pub struct StopText {
    stops: Vec<String>,
    held: String,
}

impl StopText {
    pub fn new(stops: &[String]) -> Self {
        StopText {
            stops: stops.iter().filter(|s| !s.is_empty()).cloned().collect(),
            held: String::new(),
        }
    }

    /// Takes the next piece of text; returns what can be shown now, and whether a stop string
    /// was reached (then nothing more is to be shown).
    pub fn push(&mut self, piece: &str) -> (String, bool) {
        self.held.push_str(piece);
        let first_stop = self
            .stops
            .iter()
            .filter_map(|stop| self.held.find(stop.as_str()))
            .min();
        if let Some(at) = first_stop {
            let shown = self.held[..at].to_owned();
            self.held.clear();
            return (shown, true);
        }
        // Keep the longest tail that some stop string starts with.
        let keep = self
            .held
            .char_indices()
            .map(|(i, _)| i)
            .find(|&i| {
                let tail = &self.held[i..];
                self.stops.iter().any(|stop| stop.starts_with(tail))
            })
            .unwrap_or(self.held.len());
        let shown = self.held[..keep].to_owned();
        self.held.drain(..keep);
        (shown, false)
    }

    /// What was held back, once the reply has ended for another reason.
    pub fn finish(&mut self) -> String {
        std::mem::take(&mut self.held)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(stops: &[&str], pieces: &[&str]) -> (String, bool) {
        let stops: Vec<String> = stops.iter().map(|s| s.to_string()).collect();
        let mut text = StopText::new(&stops);
        let mut shown = String::new();
        for piece in pieces {
            let (out, stopped) = text.push(piece);
            shown.push_str(&out);
            if stopped {
                return (shown, true);
            }
        }
        shown.push_str(&text.finish());
        (shown, false)
    }

    #[test]
    fn a_stop_string_across_pieces_is_never_shown() {
        assert_eq!(
            run(&["###"], &["Hello ", "#", "#", "# more"]),
            ("Hello ".into(), true)
        );
        assert_eq!(
            run(&["。\n"], &["東京です", "。", "\n次"]),
            ("東京です".into(), true)
        );
        assert_eq!(
            run(&["User:"], &["a U", "ser is", " fine"]),
            ("a User is fine".into(), false)
        );
    }

    #[test]
    fn held_text_comes_out_at_the_end_and_empty_stops_are_ignored() {
        assert_eq!(run(&["END"], &["the E", "N"]), ("the EN".into(), false));
        assert_eq!(run(&[""], &["abc"]), ("abc".into(), false));
        assert_eq!(
            run(&[], &["Thủ đô", " là Hà Nội"]),
            ("Thủ đô là Hà Nội".into(), false)
        );
    }

    #[test]
    fn the_earliest_stop_wins() {
        assert_eq!(run(&["b", "a"], &["xxab"]), ("xx".into(), true));
    }
}
