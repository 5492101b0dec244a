// Timestamps. Format 1.0 wrote Python isoformat() strings, with or without an offset; from 2.0 on every
// timestamp is RFC 3339 UTC with one spelling per instant. Schemas check the grammar with portable
// patterns; the calendar (no 30 February) is checked here, because no portable schema keyword can.

const LOOSE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,9}))?(Z|([+-])([0-9]{2}):([0-9]{2}))?$/;

export interface Instant {
  /** Milliseconds since the epoch, UTC (whole milliseconds only). */
  readonly epochMs: number;
  /** Fraction of a second as written, up to 9 digits, without trailing zeros ('' when none). */
  readonly fraction: string;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const digitAt = (s: string, i: number) => s.charCodeAt(i) - 48;
const isDigit = (s: string, i: number) => digitAt(s, i) >>> 0 <= 9;
const twoDigits = (s: string, i: number) => digitAt(s, i) * 10 + digitAt(s, i + 1);

/**
 * Exactly the 2.0+ timestamp pattern of the schemas, `^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T
 * ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{0,8}[1-9])?Z$`, read field by field (the generated validators
 * use it in place of the regex, see src/format/patterns.ts).
 */
export function matchesUtcTimestamp(s: string): boolean {
  const n = s.length;
  if (n < 20 || n > 30 || s.charCodeAt(n - 1) !== 90 /* Z */ || s.charCodeAt(10) !== 84 /* T */) return false;
  if (!(isDigit(s, 0) && isDigit(s, 1) && isDigit(s, 2) && isDigit(s, 3) && isDigit(s, 5) && isDigit(s, 6) && isDigit(s, 8))) return false;
  if (!(isDigit(s, 9) && isDigit(s, 11) && isDigit(s, 12) && isDigit(s, 14) && isDigit(s, 15) && isDigit(s, 17) && isDigit(s, 18))) return false;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return false;
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  if (month < 1 || month > 12 || day < 1 || day > 31 || twoDigits(s, 11) > 23 || twoDigits(s, 14) > 59 || twoDigits(s, 17) > 59) return false;
  if (n === 20) return true;
  // ".f" with 1–9 digits, the last not 0
  if (n < 22 || s.charCodeAt(19) !== 46 /* . */) return false;
  for (let i = 20; i < n - 1; i++) if (!isDigit(s, i)) return false;
  return s.charCodeAt(n - 2) !== 48 /* 0 */;
}

/**
 * Fast path for the common case, a canonical UTC timestamp with a real date. Anything else takes the full regex
 * path, which also words the problem.
 */
export function isPlainTimestamp(s: string): boolean {
  return matchesUtcTimestamp(s) && dayExists(s);
}

/**
 * For a string the 2.0+ timestamp pattern has already matched (which bounds month, day, hour, minute and second):
 * whether its day exists in its month. That is all the pattern cannot check, and most days pass at the first test.
 */
export function dayExists(s: string): boolean {
  const day = twoDigits(s, 8);
  return day <= 28 || day <= daysInMonth(twoDigits(s, 0) * 100 + twoDigits(s, 2), twoDigits(s, 5));
}

/** Why the timestamp is not a real instant, or undefined when it is. */
export function timestampProblem(s: string): string | undefined {
  if (isPlainTimestamp(s)) return undefined;
  const m = LOOSE.exec(s);
  if (!m) return 'is not an ISO 8601 date and time';
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12) return `has month ${month}`;
  if (day < 1 || day > daysInMonth(year, month)) return `has day ${day}, but ${year}-${String(month).padStart(2, '0')} has ${daysInMonth(year, month)} days`;
  if (hour > 23) return `has hour ${hour}`;
  if (minute > 59) return `has minute ${minute}`;
  if (second > 59) return `has second ${second} (leap seconds are not representable)`;
  if (m[9] !== undefined && (Number(m[10]) > 23 || Number(m[11]) > 59)) return `has an offset out of range (${m[8]})`;
  return undefined;
}

export function parseInstant(s: string): Instant {
  const problem = timestampProblem(s);
  if (problem) throw new RangeError(`timestamp ${JSON.stringify(s)} ${problem}`);
  const m = LOOSE.exec(s)!;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  let offsetMin = 0;
  if (m[9] !== undefined) offsetMin = (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
  // setUTCFullYear, unlike Date.UTC, takes years 0-99 literally.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  const epochMs = d.getTime() - offsetMin * 60_000;
  const utcYear = new Date(epochMs).getUTCFullYear();
  if (utcYear < 0 || utcYear > 9999) throw new RangeError(`timestamp ${JSON.stringify(s)} falls outside years 0000-9999 in UTC`);
  return { epochMs, fraction: (m[7] ?? '').replace(/0+$/, '') };
}

/** Canonical RFC 3339 UTC spelling ('Z', seconds always, fraction without trailing zeros). */
export function formatInstant(t: Instant): string {
  const d = new Date(t.epochMs);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
    (t.fraction ? '.' + t.fraction : '') +
    'Z'
  );
}

/**
 * The format's timestamp for a Date or an ISO 8601 string: UTC, a literal Z, no trailing zeros in the fraction.
 * `toTimestamp(new Date())` is what `new Date().toISOString()` is not ("…:05.000Z" becomes "…:05Z").
 * Throws a RangeError for an invalid Date or a string that is not a real instant.
 */
export function toTimestamp(time: Date | string): string {
  if (typeof time === 'string') return normalizeTimestamp(time);
  if (!(time instanceof Date)) throw new TypeError('toTimestamp() takes a Date or an ISO 8601 string');
  const ms = time.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('toTimestamp() was given an invalid Date');
  const whole = Math.floor(ms / 1000) * 1000;
  return formatInstant({ epochMs: whole, fraction: String(ms - whole).padStart(3, '0').replace(/0+$/, '') });
}

/** Any 1.0 timestamp (offset absent means UTC) in its canonical 2.0 spelling. */
export function normalizeTimestamp(s: string): string {
  return formatInstant(parseInstant(s));
}

/** Orders two canonical UTC timestamps; their spelling is fixed-width up to the fraction. */
export function compareTimestamps(a: string, b: string): number {
  const ia = parseInstant(a);
  const ib = parseInstant(b);
  if (ia.epochMs !== ib.epochMs) return ia.epochMs < ib.epochMs ? -1 : 1;
  const fa = ia.fraction.padEnd(9, '0');
  const fb = ib.fraction.padEnd(9, '0');
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}
