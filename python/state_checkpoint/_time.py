"""Timestamps: 1.0's loose ISO 8601 strings and the canonical RFC 3339 UTC spelling of 2.0 and later. The calendar
is computed by hand (datetime has no year 0, which the format allows)."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

LOOSE = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,9}))?(Z|([+-])([0-9]{2}):([0-9]{2}))?"
)
UTC = re.compile(
    r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{0,8}[1-9])?Z"
)
OFFSET = re.compile(r"[+-][0-9]{2}:[0-9]{2}$")


@dataclass(frozen=True)
class Instant:
    seconds: int  # since the epoch, UTC
    fraction: str  # as written, without trailing zeros


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if (year % 4 == 0 and year % 100 != 0) or year % 400 == 0 else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _days_from_civil(y: int, m: int, d: int) -> int:
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z: int) -> tuple[int, int, int]:
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return y + (m <= 2), m, d


def problem(s: str) -> str | None:
    """Why the timestamp is not a real instant, or None when it is."""
    m = LOOSE.fullmatch(s)
    if m is None:
        return "is not an ISO 8601 date and time"
    year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
    if month < 1 or month > 12:
        return f"has month {month}"
    if day < 1 or day > days_in_month(year, month):
        return f"has day {day}, but {year}-{month:02d} has {days_in_month(year, month)} days"
    if hour > 23:
        return f"has hour {hour}"
    if minute > 59:
        return f"has minute {minute}"
    if second > 59:
        return f"has second {second} (leap seconds are not representable)"
    if m.group(9) is not None and (int(m.group(10)) > 23 or int(m.group(11)) > 59):
        return f"has an offset out of range ({m.group(8)})"
    return None


def parse(s: str) -> Instant:
    why = problem(s)
    if why:
        raise ValueError(f"timestamp {s!r} {why}")
    m = LOOSE.fullmatch(s)
    year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
    offset = 0
    if m.group(9) is not None:
        offset = (-1 if m.group(9) == "-" else 1) * (int(m.group(10)) * 60 + int(m.group(11)))
    seconds = _days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offset * 60
    utc_year = _civil_from_days(seconds // 86400)[0]
    if utc_year < 0 or utc_year > 9999:
        raise ValueError(f"timestamp {s!r} falls outside years 0000-9999 in UTC")
    return Instant(seconds, (m.group(7) or "").rstrip("0"))


def fmt(t: Instant) -> str:
    y, mo, d = _civil_from_days(t.seconds // 86400)
    rest = t.seconds % 86400
    frac = "." + t.fraction if t.fraction else ""
    return f"{y:04d}-{mo:02d}-{d:02d}T{rest // 3600:02d}:{rest // 60 % 60:02d}:{rest % 60:02d}{frac}Z"


def normalize(s: str) -> str:
    """Any 1.0 timestamp (no offset means UTC) in its canonical spelling."""
    return fmt(parse(s))


def compare(a: str, b: str) -> int:
    ia, ib = parse(a), parse(b)
    if ia.seconds != ib.seconds:
        return -1 if ia.seconds < ib.seconds else 1
    fa, fb = ia.fraction.ljust(9, "0"), ib.fraction.ljust(9, "0")
    return (fa > fb) - (fa < fb)


def now() -> str:
    """The current time in the canonical spelling, to the millisecond (as the TypeScript library writes it)."""
    ms = time.time_ns() // 1_000_000
    return fmt(Instant(ms // 1000, f"{ms % 1000:03d}".rstrip("0")))


def instant_key(timestamp: str) -> str:
    """A string that sorts like the instant a canonical timestamp names (registry index keys)."""
    dot = timestamp.find(".", 19)
    fraction = "" if dot == -1 else timestamp[dot + 1 : -1]
    return f"{timestamp[:19]}.{fraction.ljust(9, '0')}"
