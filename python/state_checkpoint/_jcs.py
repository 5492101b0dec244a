"""RFC 8785 (JSON Canonicalization Scheme), written from the RFC for the conformance runner.

json.dumps(sort_keys=True) is not JCS: it writes 1e21 as 1e+21 but 1e16 as 1e+16 (ECMAScript writes
10000000000000000), -0.0 as -0.0, 1.0 as 1.0, escapes non-ASCII unless ensure_ascii=False, and sorts keys by code
point instead of by UTF-16 code unit. This module writes numbers with ECMAScript's Number::toString (RFC 8785
section 3.2.2.3), strings with the escapes of section 3.2.2.2, and sorts members by UTF-16 code units (3.2.3).
"""

from __future__ import annotations

import math
import re

MAX_SAFE = 2**53 - 1

_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
}


class CanonicalizationError(ValueError):
    """The value has no canonical form (NaN, infinity, an inexact integer, a lone surrogate, not JSON)."""


def canonical_text(value: object) -> str:
    """The canonical JSON text of a JSON value (dict, list, str, int, float, bool, None)."""
    out: list[str] = []
    _write(value, out)
    return "".join(out)


def canonical_bytes(value: object) -> bytes:
    """The UTF-8 bytes of the canonical text."""
    return canonical_text(value).encode("utf-8")


def _write(value: object, out: list[str]) -> None:
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, (int, float)):
        out.append(number_to_string(value))
    elif isinstance(value, str):
        out.append(string_literal(value))
    elif isinstance(value, list):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(",")
            _write(item, out)
        out.append("]")
    elif isinstance(value, dict):
        out.append("{")
        for i, key in enumerate(sorted(value, key=utf16_key)):
            if i:
                out.append(",")
            out.append(string_literal(key))
            out.append(":")
            _write(value[key], out)
        out.append("}")
    else:
        raise CanonicalizationError(f"not a JSON value: {type(value).__name__}")


def utf16_key(name: str) -> bytes:
    """Sort key that orders strings by their UTF-16 code units, as RFC 8785 requires.

    Big-endian UTF-16 bytes compare exactly as the code unit sequences do. Code point order differs for characters
    above U+FFFF: U+1F600 is the pair D83D DE00, which sorts before U+FB01 although its code point is larger.
    """
    if not isinstance(name, str):
        raise CanonicalizationError(f"member name is not a string: {name!r}")
    try:
        return name.encode("utf-16-be")
    except UnicodeEncodeError as e:
        raise CanonicalizationError("member name contains a lone surrogate") from e


_NEEDS_ESCAPE = re.compile('[\\x00-\\x1f"\\\\\\ud800-\\udfff]')


def string_literal(s: str) -> str:
    """A JSON string literal with exactly the escapes of RFC 8785: every other character is written as itself."""
    if _NEEDS_ESCAPE.search(s) is None:
        return '"' + s + '"'  # the common case, without a loop over the characters
    parts = ['"']
    for ch in s:
        code = ord(ch)
        escaped = _ESCAPES.get(ch)
        if escaped is not None:
            parts.append(escaped)
        elif code < 0x20:
            parts.append(f"\\u{code:04x}")
        elif 0xD800 <= code <= 0xDFFF:
            raise CanonicalizationError(f"string contains a lone surrogate U+{code:04X}")
        else:
            parts.append(ch)
    parts.append('"')
    return "".join(parts)


def number_to_string(x: int | float) -> str:
    """ECMAScript Number::toString for a finite double (RFC 8785 section 3.2.2.3)."""
    if isinstance(x, bool):
        raise CanonicalizationError("a boolean is not a number")
    if isinstance(x, int):
        # Integers within +-(2^53-1) are exact doubles and ECMAScript writes them as plain digits.
        if abs(x) > MAX_SAFE:
            raise CanonicalizationError(f"integer {x} is beyond +-(2^53-1) and has no exact double")
        return str(x)
    if math.isnan(x) or math.isinf(x):
        raise CanonicalizationError(f"{x} is not a JSON number")
    if x == 0:
        return "0"  # also -0.0
    sign = "-" if x < 0 else ""
    digits, n = _shortest_digits(abs(x))
    k = len(digits)
    if k <= n <= 21:
        body = digits + "0" * (n - k)
    elif 0 < n <= 21:
        body = digits[:n] + "." + digits[n:]
    elif -6 < n <= 0:
        body = "0." + "0" * (-n) + digits
    else:
        e = n - 1
        mantissa = digits if k == 1 else digits[0] + "." + digits[1:]
        body = f"{mantissa}e{'+' if e >= 0 else '-'}{abs(e)}"
    return sign + body


def _shortest_digits(x: float) -> tuple[str, int]:
    """The shortest digit string s and exponent n with x == 0.s * 10**n, from repr().

    Python's repr() gives the shortest digits that round-trip, choosing the closest when several do, which is the
    same digit string ECMAScript's Number::toString chooses; only the layout (exponent thresholds, "e+21" vs
    "e+16", "1e-07") differs, and that layout is rebuilt by number_to_string.
    """
    text = repr(x)
    mantissa, _, exponent = text.partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = whole + fraction
    exp10 = (int(exponent) if exponent else 0) - len(fraction)  # x == int(digits) * 10**exp10
    stripped = digits.lstrip("0")
    trailing = len(stripped) - len(stripped.rstrip("0"))
    stripped = stripped.rstrip("0")
    exp10 += trailing
    return stripped, exp10 + len(stripped)
