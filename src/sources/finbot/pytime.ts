// Python's datetime.isoformat() spellings (finbot writes every time that way): reading them as instants, in an
// assumed zone when they are naive, and writing instants back the way isoformat() writes a naive UTC datetime.
import { CheckpointError } from '../../errors/index.js';

const ISO = /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{6}))?(?:([+-])([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{6}))?)?)?$/;

export interface PyDatetime {
  /** Local wall time as microseconds since 1970-01-01T00:00 (proleptic Gregorian, no zone). */
  readonly localMicros: bigint;
  /** UTC offset in microseconds, or null for a naive time. */
  readonly offsetMicros: bigint | null;
  readonly offsetSign: '+' | '-' | null;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Why a schema-valid isoformat() spelling is not one Python writes, or undefined. */
export function pyTimeProblem(s: string): string | undefined {
  const m = ISO.exec(s);
  if (!m) return 'is not datetime.isoformat() of a datetime';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (d > daysInMonth(y, mo)) return `has day ${d}, but ${m[1]}-${m[2]} has ${daysInMonth(y, mo)} days`;
  if (m[8] === '-' && /^-00:00(:00(\.0{6})?)?$/.test(s.slice(19 + (m[7] ? 7 : 0)))) return 'has the offset -00:00, which Python never writes (a zero offset is +00:00)';
  return undefined;
}

const MICROS_PER_DAY = 86_400_000_000n;

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d];
}

export function readPyDatetime(s: string): PyDatetime {
  const m = ISO.exec(s);
  if (!m) throw new RangeError(`not an isoformat() spelling: ${JSON.stringify(s)}`);
  const days = daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
  const secs = Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6]);
  const localMicros = BigInt(days) * MICROS_PER_DAY + BigInt(secs) * 1_000_000n + BigInt(m[7] ?? '0');
  if (m[8] === undefined) return { localMicros, offsetMicros: null, offsetSign: null };
  const off = (BigInt(Number(m[9]) * 3600 + Number(m[10]) * 60 + Number(m[11] ?? '0')) * 1_000_000n + BigInt(m[12] ?? '0')) * (m[8] === '-' ? -1n : 1n);
  return { localMicros, offsetMicros: off, offsetSign: m[8] as '+' | '-' };
}

/** The offset (microseconds) of an IANA zone at a UTC instant (milliseconds). */
function zoneOffsetAt(format: Intl.DateTimeFormat, epochMs: number): bigint {
  const parts = Object.fromEntries(format.formatToParts(new Date(epochMs)).map((p) => [p.type, p.value]));
  const year = Number(parts.year) * (parts.era === 'B' || parts.era === 'BC' ? -1 : 1);
  const local = daysFromCivil(year, Number(parts.month), Number(parts.day)) * 86_400_000 + (Number(parts.hour) % 24) * 3_600_000 + Number(parts.minute) * 60_000 + Number(parts.second) * 1000;
  const whole = Math.floor(epochMs / 1000) * 1000;
  return BigInt(local - whole) * 1000n;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** Checks an IANA zone name (or "UTC"); throws E_ARGUMENT naming it when the runtime does not know it. */
export function zoneFormat(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (f) return f;
  try {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', era: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  } catch {
    throw new CheckpointError({ code: 'E_ARGUMENT', message: `unknown time zone ${JSON.stringify(zone)}`, hint: 'name the producer\'s zone as an IANA zone, e.g. "Europe/Berlin" or "America/New_York" (default: UTC)' });
  }
  formats.set(zone, f);
  return f;
}

/**
 * The UTC instant (microseconds since the epoch) of an isoformat() time; a naive time is read in `zone` (an IANA
 * name; "UTC" is the format's rule, SPEC §6.3). Ambiguous and skipped local times resolve as Python's zoneinfo does
 * with fold=0: the earlier of two instants, and the offset from before a gap.
 */
export function utcMicros(t: PyDatetime, zone: string): bigint {
  if (t.offsetMicros !== null) return t.localMicros - t.offsetMicros;
  if (zone === 'UTC') return t.localMicros;
  const f = zoneFormat(zone);
  const localMs = Number(t.localMicros / 1000n);
  const before = zoneOffsetAt(f, localMs - 86_400_000 - Number(zoneOffsetAt(f, localMs - 86_400_000) / 1000n));
  const after = zoneOffsetAt(f, localMs + 86_400_000 - Number(zoneOffsetAt(f, localMs + 86_400_000) / 1000n));
  const fits = [before, after].filter((o) => zoneOffsetAt(f, localMs - Number(o / 1000n)) === o);
  const offset = fits.length === 0 ? before : fits.reduce((a, b) => (b > a ? b : a));
  return t.localMicros - offset;
}

/** The format's canonical UTC timestamp of an instant ("…Z", fraction without trailing zeros); null outside 0000–9999. */
export function canonicalTimestamp(micros: bigint): string | null {
  const days = Number(micros >= 0n ? micros / MICROS_PER_DAY : -((-micros + MICROS_PER_DAY - 1n) / MICROS_PER_DAY));
  const rest = micros - BigInt(days) * MICROS_PER_DAY;
  const [y, mo, d] = civilFromDays(days);
  if (y < 0 || y > 9999) return null;
  const secs = Number(rest / 1_000_000n);
  const frac = String(rest % 1_000_000n).padStart(6, '0').replace(/0+$/, '');
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(y, 4)}-${p(mo)}-${p(d)}T${p(Math.floor(secs / 3600))}:${p(Math.floor(secs / 60) % 60)}:${p(secs % 60)}${frac ? '.' + frac : ''}Z`;
}

/** An isoformat() time as the format's canonical UTC timestamp, reading a naive time in `zone`; null when out of range. */
export function utcTimestamp(s: string, zone: string): string | null {
  return canonicalTimestamp(utcMicros(readPyDatetime(s), zone));
}

/**
 * isoformat() of the naive UTC datetime of a canonical timestamp: what finbot reads back without ever mixing naive
 * and aware times. Digits beyond microseconds are rounded half-even (datetime holds no more); null when that
 * leaves years 1–9999.
 */
export function naiveIsoformat(timestamp: string): string | null {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]+))?Z$/.exec(timestamp);
  if (!m) return null;
  const days = daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
  const frac = (m[7] ?? '').padEnd(9, '0');
  let micros = BigInt(frac.slice(0, 6));
  const tail = Number(frac.slice(6));
  if (tail > 500 || (tail === 500 && micros % 2n === 1n)) micros += 1n;
  const total = BigInt(days) * MICROS_PER_DAY + BigInt(Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6])) * 1_000_000n + micros;
  const canonical = canonicalTimestamp(total);
  if (canonical === null || canonical.startsWith('0000')) return null;
  const base = canonical.slice(0, 19);
  const us = total % 1_000_000n;
  return us === 0n ? base : `${base}.${String(us).padStart(6, '0')}`;
}
