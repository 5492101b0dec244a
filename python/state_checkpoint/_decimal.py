"""Canonical decimal strings (SPEC "Decimal grammar") with exact integer arithmetic, and the bridge from binary64
numbers (format 1.0) to decimals: the digits ECMAScript's Number::toString writes, so 1.0 -> 2.0 is lossless."""

from __future__ import annotations

import re

from ._jcs import number_to_string

DECIMAL = re.compile(r"0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\.[0-9]*[1-9]")
MAX_SAFE = 2**53 - 1

# A scaled value: (units, scale) means units * 10**-scale.
Scaled = tuple[int, int]
ZERO: Scaled = (0, 0)


def parse(s: str) -> Scaled:
    if not isinstance(s, str) or DECIMAL.fullmatch(s) is None:
        raise ValueError(f"not a canonical decimal: {s!r}")
    dot = s.find(".")
    if dot < 0:
        return (int(s), 0)
    return (int(s[:dot] + s[dot + 1 :]), len(s) - dot - 1)


def add(a: Scaled, b: Scaled) -> Scaled:
    scale = max(a[1], b[1])
    return (a[0] * 10 ** (scale - a[1]) + b[0] * 10 ** (scale - b[1]), scale)


def mul(a: Scaled, b: Scaled) -> Scaled:
    return (a[0] * b[0], a[1] + b[1])


def compare(a: Scaled, b: Scaled) -> int:
    scale = max(a[1], b[1])
    x = a[0] * 10 ** (scale - a[1])
    y = b[0] * 10 ** (scale - b[1])
    return (x > y) - (x < y)


def compare_decimals(a: str, b: str) -> int:
    return compare(parse(a), parse(b))


def fmt(a: Scaled) -> str:
    units, scale = a
    if units == 0:
        return "0"
    negative = units < 0
    digits = str(-units if negative else units)
    while scale > 0 and digits.endswith("0"):
        digits = digits[:-1]
        scale -= 1
    if scale == 0:
        out = digits
    else:
        digits = digits.rjust(scale + 1, "0")
        out = digits[: len(digits) - scale] + "." + digits[len(digits) - scale :]
    return "-" + out if negative else out


def total(values) -> str:
    acc = ZERO
    for v in values:
        acc = add(acc, parse(v))
    return fmt(acc)


def js_number(x: int | float) -> str:
    """ECMAScript String(x): how the TypeScript library spells a number in ids and messages."""
    return number_to_string(x)


def from_number(x: int | float) -> str:
    """The canonical decimal of exactly the shortest round-trip spelling of a binary64 number."""
    if x == 0:
        return "0"
    s = number_to_string(x)
    e = s.find("e")
    if e < 0:
        return s
    mantissa, exponent = s[:e], int(s[e + 1 :])
    negative = mantissa.startswith("-")
    m = mantissa[1:] if negative else mantissa
    dot = m.find(".")
    digits = m if dot < 0 else m[:dot] + m[dot + 1 :]
    point = (len(m) if dot < 0 else dot) + exponent
    if point <= 0:
        out = "0." + "0" * (-point) + digits
    elif point >= len(digits):
        out = digits + "0" * (point - len(digits))
    else:
        out = digits[:point] + "." + digits[point:]
    return "-" + out if negative else out


def to_number(s: str) -> float | int:
    """The nearest binary64 number to a canonical decimal, as a plain int when it is a safe integer."""
    x = float(s)
    return int(x) if x.is_integer() and abs(x) <= MAX_SAFE else x
