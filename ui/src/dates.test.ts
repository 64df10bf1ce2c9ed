import { describe, expect, it } from "vitest";
import { calendarDate, clockTime, fullDateTime, lastActivity, machineTime } from "./dates";

// Built from local fields, so the expectations hold in any time zone.
const now = new Date(2026, 10, 29, 14, 5).getTime();
const minutes = (n: number) => now - n * 60_000;
const hours = (n: number) => minutes(n * 60);
const days = (n: number) => hours(n * 24);
const lastYear = new Date(2025, 0, 2, 9, 30).getTime();
const yesterdayLate = new Date(2026, 10, 28, 23, 50).getTime();

/** The sidebar's wording for a series of moments, in one language. */
const series = (lang: string) =>
  [now - 10_000, minutes(3), minutes(44), hours(3), yesterdayLate, days(2), days(6), days(8), lastYear].map((at) =>
    lastActivity(at, now, lang),
  );

describe("lastActivity", () => {
  it("says it as English speakers do", () => {
    expect(series("en-US")).toEqual([
      "now",
      "3 minutes ago",
      "44 minutes ago",
      "3 hours ago",
      "yesterday",
      "2 days ago",
      "6 days ago",
      "Nov 21",
      "Jan 2, 2025",
    ]);
  });

  it("says it in Japanese", () => {
    expect(series("ja")).toEqual([
      "今",
      "3 分前",
      "44 分前",
      "3 時間前",
      "昨日",
      "一昨日",
      "6 日前",
      "11月21日",
      "2025年1月2日",
    ]);
  });

  it("says it in Vietnamese", () => {
    expect(series("vi")).toEqual([
      "bây giờ",
      "3 phút trước",
      "44 phút trước",
      "3 giờ trước",
      "Hôm qua",
      "Hôm kia",
      "6 ngày trước",
      "21 thg 11",
      "2 thg 1, 2025",
    ]);
  });

  it("says it in Arabic, with the plural forms Arabic has", () => {
    expect(series("ar")).toEqual([
      "الآن",
      "قبل 3 دقائق",
      "قبل 44 دقيقة",
      "قبل 3 ساعات",
      "أمس",
      "أول أمس",
      "قبل 6 أيام",
      "21 نوفمبر",
      "2 يناير 2025",
    ]);
    expect(lastActivity(minutes(1), now, "ar")).toBe("قبل دقيقة واحدة");
    expect(lastActivity(minutes(2), now, "ar")).toBe("قبل دقيقتين");
    expect(lastActivity(minutes(11), now, "ar")).toBe("قبل 11 دقيقة");
  });

  it("counts calendar days, not 24-hour spans", () => {
    // 14 hours before 14:05 is still today; 15 minutes before midnight yesterday is yesterday.
    expect(lastActivity(hours(14), now, "en-US")).toBe("14 hours ago");
    const justAfterMidnight = new Date(2026, 10, 29, 0, 50).getTime();
    expect(lastActivity(new Date(2026, 10, 28, 23, 40).getTime(), justAfterMidnight, "en-US")).toBe("yesterday");
    expect(lastActivity(new Date(2026, 10, 29, 0, 20).getTime(), justAfterMidnight, "en-US")).toBe("30 minutes ago");
  });

  it("treats a time after now (a clock set back) as now", () => {
    expect(lastActivity(now + 5 * 60_000, now, "en-US")).toBe("now");
  });
});

describe("message times", () => {
  it("show the time of day in each language's way", () => {
    expect(clockTime(now, "en-US")).toBe("2:05 PM");
    expect(clockTime(now, "ja")).toBe("14:05");
    expect(clockTime(now, "vi")).toBe("14:05");
    expect(clockTime(now, "ar")).toBe("2:05 م");
  });

  it("give the full date for the tooltip and an ISO value for <time datetime>", () => {
    expect(fullDateTime(now, "en-US")).toBe("Sunday, November 29, 2026 at 2:05 PM");
    expect(fullDateTime(now, "ja")).toBe("2026年11月29日日曜日 14:05");
    expect(fullDateTime(now, "ar")).toBe("الأحد، 29 نوفمبر 2026 في 2:05 م");
    expect(machineTime(Date.UTC(2026, 10, 29, 5, 5))).toBe("2026-11-29T05:05:00.000Z");
  });

  it("leave the year out of dates of this year", () => {
    expect(calendarDate(days(20), now, "en-US")).toBe("Nov 9");
    expect(calendarDate(lastYear, now, "vi")).toBe("2 thg 1, 2025");
  });
});
