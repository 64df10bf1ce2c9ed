// When things happened, in the user's language, entirely through Intl (never by gluing words
// and numbers together). Times are milliseconds since the epoch, read in the local time zone;
// "now" is passed in so the same call always gives the same text.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function relativeFormat(lang: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(lang);
  if (!format) {
    format = new Intl.RelativeTimeFormat(lang, { numeric: "auto" });
    relativeFormats.set(lang, format);
  }
  return format;
}

function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** How many midnights lie between `then` and `now` in the local time zone (0: the same day). */
function daysBetween(then: number, now: number): number {
  const day = (at: number) => {
    const d = new Date(at);
    return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  };
  return Math.round((day(now) - day(then)) / DAY);
}

/** A date without the time: "Nov 3", with the year when it is not this year's. */
export function calendarDate(at: number, now: number, lang: string): string {
  const thisYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  const options: Intl.DateTimeFormatOptions = thisYear
    ? { month: "short", day: "numeric" }
    : { year: "numeric", month: "short", day: "numeric" };
  return dateFormat(lang, options).format(at);
}

/**
 * The last activity of a conversation as people say it: "now", "5 minutes ago", "3 hours ago"
 * (the same day), "yesterday", "4 days ago", then the date once it is a week old or more.
 * A time after `now` (a clock that moved back) counts as now.
 */
export function lastActivity(at: number, now: number, lang: string): string {
  const elapsed = Math.max(0, now - at);
  const relative = relativeFormat(lang);
  if (elapsed < 45_000) return relative.format(0, "second");
  if (elapsed < 45 * MINUTE) return relative.format(-Math.max(1, Math.round(elapsed / MINUTE)), "minute");
  const days = daysBetween(at, now);
  if (days <= 0) return relative.format(-Math.max(1, Math.round(elapsed / HOUR)), "hour");
  if (days < 7) return relative.format(-days, "day");
  return calendarDate(at, now, lang);
}

/** The time of day of a message: "2:05 PM", "14:05". */
export function clockTime(at: number, lang: string): string {
  return dateFormat(lang, { hour: "numeric", minute: "2-digit" }).format(at);
}

/** The full date and time, for a tooltip: "Sunday, November 29, 2026 at 2:05 PM". */
export function fullDateTime(at: number, lang: string): string {
  return dateFormat(lang, { dateStyle: "full", timeStyle: "short" }).format(at);
}

/** The value of a `<time datetime>` attribute. */
export function machineTime(at: number): string {
  return new Date(at).toISOString();
}
