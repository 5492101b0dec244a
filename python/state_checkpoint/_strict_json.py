"""Strict checkpoint JSON: bytes to a Python value, with the rules of the checkpoint format.

Checks run in this order, and the first failing stage gives the error code:

1. encoding (E_ENCODING): a UTF-8 byte-order mark; UTF-16 or UTF-32 text (by byte-order mark, or by zero bytes
   around the first ASCII character); bytes that are not well-formed UTF-8.
2. depth (E_DEPTH): more than 128 nested arrays and objects, counted over the whole text before parsing it, with
   brackets inside strings skipped. A text cut off deep inside still reports E_DEPTH.
3. syntax (E_PARSE): RFC 8259 grammar. Python's json module accepts NaN, Infinity and -Infinity; parse_constant
   turns them into E_PARSE.
4. numbers and strings (E_NUMBER, E_STRING), every value as written, in text order: an integer literal (no
   fraction, no exponent) beyond +-(2^53-1); a number that overflows to infinity; a number whose double lies
   strictly between 2^53-1 and 1e21 in magnitude (an integer RFC 8785 would write as digits that no longer mean
   the value); a string or member name holding a lone surrogate.
5. duplicate member names (E_DUPLICATE_KEY), compared after unescaping.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

from .errors import CheckpointError, code_of  # noqa: F401 - code_of is re-exported for the runner

MAX_DEPTH = 128
MAX_SAFE = 2**53 - 1
EXPONENT_FROM = 1e21


def parse_bytes(data: bytes) -> object:
    """Strict JSON bytes to a value: dict, list, str, int, float, bool or None."""
    return parse_text(decode_utf8(data))


def parse_text(text: str) -> object:
    """Strict JSON text to a value (stages 2 to 5)."""
    outside_ascii = _scan(text)
    if outside_ascii >= 0:
        # Structural characters, numbers and literals are ASCII. The C scanner of the json module rejects anything
        # else too; the pure-Python fallback scanner would accept non-ASCII digits, because its \d is Unicode.
        raise CheckpointError("E_PARSE", f"unexpected character {text[outside_ascii]!r} at offset {outside_ascii}")
    try:
        raw = json.loads(
            text,
            object_pairs_hook=_Pairs,
            parse_int=_Int,
            parse_float=_Float,
            parse_constant=_reject_constant,
        )
    except CheckpointError:
        raise
    except json.JSONDecodeError as e:
        raise CheckpointError("E_PARSE", f"invalid JSON: {e.msg} at line {e.lineno}, column {e.colno}") from e
    except RecursionError as e:  # unreachable: depth is bounded by _scan
        raise CheckpointError("E_DEPTH", "nested too deeply") from e
    big = _first_big_integer_literal(raw)
    if big is not None:
        raise CheckpointError("E_NUMBER", f"the integer {big} is beyond +-(2^53-1)")
    problem = _first_value_problem(raw)
    if problem is not None:
        raise CheckpointError(*problem)
    duplicate = _first_duplicate(raw)
    if duplicate is not None:
        raise CheckpointError("E_DUPLICATE_KEY", f"the member name {duplicate!r} appears twice in one object")
    return _plain(raw)


# -- stage 1: bytes to text -------------------------------------------------------------------------------------


def decode_utf8(data: bytes) -> str:
    if data[:3] == b"\xef\xbb\xbf":
        raise CheckpointError("E_ENCODING", "the text starts with a UTF-8 byte-order mark")
    wide = _wide_encoding(data)
    if wide is not None:
        raise CheckpointError("E_ENCODING", f"the bytes look like {wide} text, not UTF-8")
    try:
        # Python's UTF-8 codec is strict about well-formedness: no overlong forms, no encoded surrogates, nothing
        # above U+10FFFF, no truncated sequences.
        return data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as e:
        raise CheckpointError("E_ENCODING", f"invalid UTF-8 at byte offset {e.start}") from e


def _wide_encoding(b: bytes) -> str | None:
    """UTF-16/32 by byte-order mark, or by the zero bytes around an ASCII first character."""
    if b[:4] == b"\x00\x00\xfe\xff":
        return "UTF-32BE"
    if b[:4] == b"\xff\xfe\x00\x00":
        return "UTF-32LE"
    if b[:2] == b"\xfe\xff":
        return "UTF-16BE"
    if b[:2] == b"\xff\xfe":
        return "UTF-16LE"
    if len(b) >= 4 and b[0] == 0 and b[1] == 0 and b[2] == 0 and b[3] != 0:
        return "UTF-32BE"
    if len(b) >= 4 and b[0] != 0 and b[1] == 0 and b[2] == 0 and b[3] == 0:
        return "UTF-32LE"
    if len(b) >= 2 and b[0] == 0 and b[1] != 0:
        return "UTF-16BE"
    if len(b) >= 2 and b[0] != 0 and b[1] == 0:
        return "UTF-16LE"
    return None


# -- stage 2: depth, before parsing -----------------------------------------------------------------------------


def _scan(text: str) -> int:
    """Raises E_DEPTH beyond 128 levels; returns the offset of the first non-ASCII character outside strings, or -1.

    A string runs from a quote to the next quote preceded by an even number of backslashes. An unterminated string
    ends the scan (the parser then reports the syntax error).
    """
    depth = 0
    outside_ascii = -1
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == '"':
            q = text.find('"', i + 1)
            while q != -1:
                b = q - 1
                while text[b] == "\\":
                    b -= 1
                if (q - 1 - b) % 2 == 0:
                    break
                q = text.find('"', q + 1)
            if q == -1:
                break
            i = q + 1
            continue
        if c in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise CheckpointError("E_DEPTH", f"arrays and objects are nested deeper than {MAX_DEPTH} levels (offset {i})")
        elif c in "]}":
            depth -= 1
        elif outside_ascii < 0 and ord(c) > 0x7F:
            outside_ascii = i
        i += 1
    return outside_ascii


# -- stage 3: syntax, keeping every value as written ------------------------------------------------------------


class _Pairs(list):
    """An object as parsed: all (name, value) pairs in text order, duplicates included."""


@dataclass(frozen=True)
class _Int:
    """An integer literal as written (no fraction, no exponent)."""

    literal: str


@dataclass(frozen=True)
class _Float:
    """A number with a fraction or an exponent, as written."""

    literal: str


def _reject_constant(name: str) -> object:
    raise CheckpointError("E_PARSE", f"{name} is not a JSON number")


def _walk(v: object):
    """Every number, string and member name of a parsed value, in text order."""
    if isinstance(v, _Pairs):
        for name, item in v:
            yield name
            yield from _walk(item)
    elif isinstance(v, list):
        for item in v:
            yield from _walk(item)
    else:
        yield v


# -- stage 4: numbers and strings -------------------------------------------------------------------------------


def _first_big_integer_literal(raw: object) -> str | None:
    for v in _walk(raw):
        if isinstance(v, _Int):
            digits = v.literal.lstrip("-")
            # Compare lengths first: int() of a very long literal is slow and, past 4300 digits, refused.
            if len(digits) > 16 or int(digits) > MAX_SAFE:
                return v.literal
    return None


def _first_value_problem(raw: object) -> tuple[str, str] | None:
    for v in _walk(raw):
        if isinstance(v, _Float):
            x = float(v.literal)
            if math.isinf(x):
                return ("E_NUMBER", f"the number {v.literal} overflows to infinity")
            if MAX_SAFE < abs(x) < EXPONENT_FROM:
                return ("E_NUMBER", f"the number {v.literal} is an integer beyond +-(2^53-1)")
        elif isinstance(v, str) and any(0xD800 <= ord(ch) <= 0xDFFF for ch in v):
            return ("E_STRING", f"the string {v!r} contains a lone surrogate")
    return None


# -- stage 5: duplicate names -----------------------------------------------------------------------------------


def _first_duplicate(raw: object) -> str | None:
    if isinstance(raw, _Pairs):
        seen: set[str] = set()
        for name, item in raw:
            if name in seen:
                return name
            seen.add(name)
            found = _first_duplicate(item)
            if found is not None:
                return found
    elif isinstance(raw, list):
        for item in raw:
            found = _first_duplicate(item)
            if found is not None:
                return found
    return None


def _plain(raw: object) -> object:
    """The checked value as plain Python data."""
    if isinstance(raw, _Pairs):
        return {name: _plain(item) for name, item in raw}
    if isinstance(raw, list):
        return [_plain(item) for item in raw]
    if isinstance(raw, _Int):
        return int(raw.literal)
    if isinstance(raw, _Float):
        return float(raw.literal)
    return raw
