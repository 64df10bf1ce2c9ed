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

/// Languages a user may ask for by name, with the shipped tag each maps to.
const NAMED: &[(&str, &[&str])] = &[
    (
        "ja",
        &[
            "japanese",
            "日本語で",
            "tiếng nhật",
            "日语",
            "日文",
            "일본어로",
            "اليابانية",
        ],
    ),
    (
        "vi",
        &[
            "vietnamese",
            "ベトナム語で",
            "tiếng việt",
            "越南语",
            "베트남어로",
            "الفيتنامية",
        ],
    ),
    (
        "en-US",
        &[
            "english",
            "英語で",
            "tiếng anh",
            "英语",
            "英文",
            "영어로",
            "الإنجليزية",
        ],
    ),
    (
        "zh-Hans",
        &[
            "chinese",
            "中国語で",
            "tiếng trung",
            "中文",
            "汉语",
            "중국어로",
            "الصينية",
        ],
    ),
    (
        "ko",
        &[
            "korean",
            "韓国語で",
            "tiếng hàn",
            "韩语",
            "韩文",
            "한국어로",
            "الكورية",
        ],
    ),
    (
        "ar",
        &[
            "arabic",
            "アラビア語で",
            "tiếng ả rập",
            "阿拉伯语",
            "아랍어로",
            "العربية",
        ],
    ),
];

/// English phrasings that ask for a reply language: "Reply in Japanese", "use Vietnamese".
const ENGLISH_ASKS: &[&str] = &["in ", "use ", "using "];

/// The language the message explicitly asks the reply to be in ("Answer in Vietnamese.",
/// "日本語で答えて", "trả lời bằng tiếng Nhật"), if any. An explicit request wins over the
/// language the message is written in.
pub fn requested_language(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    let mut best: Option<(usize, &'static str)> = None;
    for (tag, names) in NAMED {
        for name in *names {
            let found = if name.is_ascii() {
                ENGLISH_ASKS.iter().find_map(|ask| {
                    let phrase = format!("{ask}{name}");
                    lower.match_indices(&phrase).map(|(at, _)| at).find(|&at| {
                        let before = lower[..at].chars().next_back();
                        let after = lower[at + phrase.len()..].chars().next();
                        !before.is_some_and(char::is_alphanumeric)
                            && !after.is_some_and(char::is_alphanumeric)
                    })
                })
            } else {
                lower.find(name)
            };
            // The last request in the message counts (a later correction wins).
            if let Some(at) = found {
                if best.is_none_or(|(b, _)| at > b) {
                    best = Some((at, tag));
                }
            }
        }
    }
    best.map(|(_, tag)| tag)
}

/// When a message asks for a reply language other than the one it is written in ("Reply in
/// Japanese" written in English), small models still tend to answer in the message's
/// language; this one-line reminder in the requested language is added to what the model
/// sees (never to what is stored) and keeps them on it.
pub fn reply_language_reminder(question: &str) -> Option<String> {
    let requested = requested_language(question)?;
    (detect_language(question) != Some(requested))
        .then(|| super::Localizer::new(requested).text("reply-language-reminder", &[]))
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

    #[test]
    fn an_explicit_request_names_the_reply_language() {
        let asks = [
            ("Reply in Vietnamese. Explain the Gini index.", Some("vi")),
            (
                "Explain in Japanese how the Gini index is calculated.",
                Some("ja"),
            ),
            ("Topic: AI. Use Japanese.", Some("ja")),
            ("日本語で答えてください。", Some("ja")),
            ("Hãy trả lời bằng tiếng Anh.", Some("en-US")),
            ("请用中文回答。", Some("zh-Hans")),
            ("What is the capital of Japan?", None),
            ("Is Japanese hard to learn?", None),
            ("Write in Japaneseish style", None),
            (
                "Answer in English, not in Vietnamese... actually in Vietnamese",
                Some("vi"),
            ),
        ];
        for (text, expected) in asks {
            assert_eq!(requested_language(text), expected, "{text}");
        }
    }

    #[test]
    fn a_requested_language_other_than_the_message_s_gets_a_reminder() {
        assert_eq!(
            reply_language_reminder("Reply in Japanese. What is AI?"),
            Some(super::super::Localizer::new("ja").text("reply-language-reminder", &[]))
        );
        assert_eq!(reply_language_reminder("日本語で答えて。AIとは？"), None);
        assert_eq!(reply_language_reminder("What is AI?"), None);
    }
}
