//! UTC calendar dates from Unix milliseconds, for file names and exports (no time-zone
//! database: the window formats local times with Intl).

/// Year, month, day, hour, minute, second (UTC) of a Unix time in milliseconds.
fn civil(ms: i64) -> (i64, u32, u32, u32, u32, u32) {
    let secs = ms.div_euclid(1000);
    let days = secs.div_euclid(86_400);
    let in_day = secs.rem_euclid(86_400) as u32;
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (
        year,
        month,
        day,
        in_day / 3600,
        in_day % 3600 / 60,
        in_day % 60,
    )
}

/// `20261129-235226` (UTC): sorts in time order, safe in file names everywhere.
pub fn file_stamp(ms: i64) -> String {
    let (y, mo, d, h, mi, s) = civil(ms);
    format!("{y:04}{mo:02}{d:02}-{h:02}{mi:02}{s:02}")
}

/// `2026-11-29 23:52 UTC`: ISO 8601 order, readable in every language.
pub fn utc_minute(ms: i64) -> String {
    let (y, mo, d, h, mi, _) = civil(ms);
    format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02} UTC")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_instants() {
        assert_eq!(file_stamp(0), "19700101-000000");
        // 2026-11-29T23:52:26Z
        assert_eq!(file_stamp(1_795_996_346_000), "20261129-235226");
        // 2024-02-29T12:00:00Z, a leap day
        assert_eq!(utc_minute(1_709_208_000_000), "2024-02-29 12:00 UTC");
        assert_eq!(utc_minute(-1000), "1969-12-31 23:59 UTC");
    }
}
