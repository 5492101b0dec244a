"""finbot's value spellings (docs/design/finbot-execution-1.0.0.md §6): `str(Decimal)` amounts and
`datetime.isoformat()` timestamps, read into this format's canonical decimals and UTC timestamps and written back.

Python's own `decimal` is the reference for `str(Decimal)`, so the spelling written back for a canonical decimal is
exactly what finbot would write for that value (`"0.0000001"` is `"1E-7"` there). Timestamps are computed by hand
rather than with `datetime`, whose year range stops at 0001 and which has no nanoseconds."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from . import _time as T

# The schema's PyDecimal grammar, split into its parts (sign, coefficient, exponent) for rule F1.
PY_DECIMAL = re.compile(
    r"-?(0|[1-9][0-9]*|[1-9][0-9]*\.[0-9]+|0\.0{0,5}[1-9][0-9]*|0\.0{1,6}|(0|[1-9](\.[0-9]+)?)E(\+[1-9][0-9]*|-([7-9]|[1-9][0-9]+)))"
)
_SCI = re.compile(r"-?[0-9](?:\.([0-9]+))?E\+([0-9]+)")
PY_DATETIME = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{6}))?"
    r"(?:([+-])([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{6}))?)?)?"
)


def decimal_problem(s: str) -> str | None:
    """Why a string that matches the PyDecimal pattern is still not `str()` of a Decimal (rule F1), or None."""
    m = _SCI.fullmatch(s)
    if m is not None:
        fraction = len(m.group(1) or "")
        if int(m.group(2)) <= fraction:
            return f'is not how Python writes this decimal: str(Decimal) writes "{plain_spelling(s)}" (rule F1)'
    return None


def plain_spelling(s: str) -> str:
    return str(Decimal(s))


def canon(s: str) -> str:
    """The canonical decimal (SPEC §6.2) of a `str(Decimal)` spelling: "1E+2" -> "100", "-0" and "0E-8" -> "0"."""
    d = Decimal(s)
    if d.is_zero():
        return "0"
    text = format(d, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def spell(canonical: str) -> str:
    """What finbot writes for a canonical decimal: `str(Decimal(canonical))`."""
    return str(Decimal(canonical))


@dataclass(frozen=True)
class PyTime:
    """A parsed isoformat() timestamp: local wall time in microseconds since the epoch, and its offset (None: naive)."""

    local_us: int
    offset_us: int | None


def datetime_problem(s: str) -> str | None:
    """Why a PyDatetime-shaped string is not `isoformat()` of a real datetime, or None."""
    m = PY_DATETIME.fullmatch(s)
    if m is None:
        return "is not an isoformat() timestamp"
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if year == 0:
        return "has year 0000, which Python's datetime cannot hold"
    if not 1 <= month <= 12:
        return f"has month {month}"
    if not 1 <= day <= T.days_in_month(year, month):
        return f"has day {day}, but {year:04d}-{month:02d} has {T.days_in_month(year, month)} days"
    if m.group(8) == "-" and int(m.group(9)) == 0 and int(m.group(10)) == 0 and int(m.group(11) or 0) == 0 and int(m.group(12) or 0) == 0:
        return 'has the offset "-00:00", which isoformat() never writes (a zero offset is "+00:00")'
    return None


def parse_time(s: str) -> PyTime:
    m = PY_DATETIME.fullmatch(s)
    if m is None or datetime_problem(s) is not None:
        raise ValueError(f"not an isoformat() timestamp: {s!r}")
    year, month, day, hour, minute, second = (int(m.group(i)) for i in range(1, 7))
    micro = int(m.group(7) or 0)
    local = ((T._days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second) * 1_000_000) + micro
    offset = None
    if m.group(8) is not None:
        sign = -1 if m.group(8) == "-" else 1
        offset = sign * ((int(m.group(9)) * 3600 + int(m.group(10)) * 60 + int(m.group(11) or 0)) * 1_000_000 + int(m.group(12) or 0))
    return PyTime(local, offset)


def _zone_offset_us(local_us: int, zone: str) -> int:
    """The UTC offset of an IANA zone at a naive local time (the earlier one when the wall time repeats)."""
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    seconds, micro = divmod(local_us, 1_000_000)
    y, mo, d = T._civil_from_days(seconds // 86400)
    rest = seconds % 86400
    wall = datetime(y, mo, d, rest // 3600, rest // 60 % 60, rest % 60, micro, tzinfo=ZoneInfo(zone))
    off = wall.utcoffset() or timedelta(0)
    return (off.days * 86400 + off.seconds) * 1_000_000 + off.microseconds


def utc(s: str, zone: str | None = None) -> str:
    """An isoformat() timestamp as this format's UTC timestamp; a naive one is read in `zone` (default UTC)."""
    t = parse_time(s)
    offset = t.offset_us if t.offset_us is not None else (_zone_offset_us(t.local_us, zone) if zone else 0)
    instant = t.local_us - offset
    seconds, micro = divmod(instant, 1_000_000)
    out = T.fmt(T.Instant(seconds, f"{micro:06d}".rstrip("0")))
    if not 0 <= int(out[:4]) <= 9999 or out.startswith("-"):
        raise ValueError(f"timestamp {s!r} falls outside years 0000-9999 in UTC")
    return out


def naive(timestamp: str) -> tuple[str, bool]:
    """A canonical UTC timestamp as isoformat() of the naive UTC datetime, and whether digits beyond microseconds
    were rounded away (half-even)."""
    whole = T.parse(timestamp)
    fraction = whole.fraction.ljust(9, "0")
    nanos = int(fraction)
    micro, rest = divmod(nanos, 1000)
    if rest > 500 or (rest == 500 and micro % 2 == 1):
        micro += 1
    seconds = whole.seconds
    if micro == 1_000_000:
        seconds, micro = seconds + 1, 0
    y, mo, d = T._civil_from_days(seconds // 86400)
    r = seconds % 86400
    text = f"{y:04d}-{mo:02d}-{d:02d}T{r // 3600:02d}:{r // 60 % 60:02d}:{r % 60:02d}"
    if micro:
        text += f".{micro:06d}"
    return text, rest != 0


def check_zone(zone: str) -> None:
    """An IANA zone name this machine knows, or E_ARGUMENT."""
    from zoneinfo import ZoneInfo

    from .errors import CheckpointError

    try:
        ZoneInfo(zone)
    except (ValueError, OSError, KeyError) as e:  # ZoneInfoNotFoundError is a KeyError
        raise CheckpointError("E_ARGUMENT", f"unknown time zone {zone!r}", None, 'name an IANA zone such as "America/New_York"') from e
