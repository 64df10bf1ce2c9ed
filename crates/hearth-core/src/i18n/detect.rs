//! Offline guess of the language a message is written in, from its script and letters; used
//! to choose the system prompt so the model answers in the user's language.

/// Letters that only Vietnamese uses among the Latin-script languages Hearth meets.
const VIETNAMESE: &str = "ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";

/// Returns a shipped language tag for `text`, or `None` when the text does not say
/// (e.g. only digits, or only Han characters, which Japanese and Chinese share).
pub fn detect_language(text: &str) -> Option<&'static str> {
    let (mut kana, mut han, mut hangul, mut arabic, mut latin, mut vietnamese) =
        (0usize, 0usize, 0usize, 0usize, 0usize, 0usize);
    for c in text.chars() {
        match c {
            '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9D}' => {
                kana += 1
            }
            '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' => han += 1,
            '\u{AC00}'..='\u{D7AF}' | '\u{1100}'..='\u{11FF}' => hangul += 1,
            '\u{0600}'..='\u{06FF}' => arabic += 1,
            c if VIETNAMESE.contains(c) => {
                vietnamese += 1;
                latin += 1;
            }
            c if c.is_alphabetic() && (c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c)) => {
                latin += 1
            }
            _ => {}
        }
    }
    if kana > 0 {
        Some("ja")
    } else if hangul > 0 && hangul >= han {
        Some("ko")
    } else if arabic > 0 && arabic >= latin {
        Some("ar")
    } else if han > latin {
        None
    } else if vietnamese > 0 {
        Some("vi")
    } else if latin > 0 {
        Some("en-US")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_the_first_class_languages() {
        assert_eq!(detect_language("日本の首都はどこですか？"), Some("ja"));
        assert_eq!(detect_language("Thủ đô của Nhật Bản là gì?"), Some("vi"));
        assert_eq!(
            detect_language("What is the capital of Japan?"),
            Some("en-US")
        );
        assert_eq!(detect_language("東京"), None);
        assert_eq!(detect_language("12345"), None);
    }
}
