"""JSON Schema `pattern` with ECMA-262 semantics, for python3-jsonschema.

JSON Schema defines `pattern` as an ECMA-262 regular expression, and Ajv compiles it as one (with the u flag).
jsonschema calls re.search with Python's dialect, which differs in ways that change verdicts:

- `$` also matches before a final line feed in Python, so "USD\\n" matches ^[A-Z]{3}$ there but not in ECMAScript;
- `\\d`, `\\w` and `\\s` are Unicode-aware in Python ("\\u0661" is a digit), ASCII in ECMAScript (except `\\s`);
- `.` excludes only "\\n" in Python, but also "\\r", U+2028 and U+2029 in ECMAScript.

translate() rewrites an ECMAScript pattern into a Python pattern with the ECMAScript meaning for those constructs;
ecma_validator() plugs it into a jsonschema validator class as its `pattern` keyword.
"""

from __future__ import annotations

import re
from functools import lru_cache

from jsonschema import ValidationError, validators

_DIGIT = "0-9"
_WORD = "A-Za-z0-9_"
# ECMAScript WhiteSpace and LineTerminator code points.
_SPACE = "\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"
_CLASS_ESCAPES = {"d": _DIGIT, "w": _WORD, "s": _SPACE}


def translate(pattern: str) -> str:
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            e = pattern[i + 1]
            i += 2
            if e in _CLASS_ESCAPES:
                out.append(_CLASS_ESCAPES[e] if in_class else f"[{_CLASS_ESCAPES[e]}]")
            elif e.lower() in _CLASS_ESCAPES:
                if in_class:
                    raise ValueError(f"negated class escape \\{e} inside [...] is not supported: {pattern!r}")
                out.append(f"[^{_CLASS_ESCAPES[e.lower()]}]")
            else:
                out.append("\\" + e)
            continue
        if in_class:
            if c == "]":
                in_class = False
            out.append(c)
        elif c == "[":
            in_class = True
            out.append(c)
            # A ']' right after '[' or '[^' is a literal in Python but ends an empty class in ECMAScript; the
            # format's schemas never write one, so refuse rather than guess.
            rest = pattern[i + 1 :]
            if rest.startswith("]") or rest.startswith("^]"):
                raise ValueError(f"empty character class is not supported: {pattern!r}")
        elif c == "$":
            out.append(r"\Z")
        elif c == ".":
            out.append("[^\\n\\r\\u2028\\u2029]")
        else:
            out.append(c)
        i += 1
    return "".join(out)


@lru_cache(maxsize=None)
def compile_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(translate(pattern))


def _pattern(validator, pattern, instance, schema):
    if validator.is_type(instance, "string") and not compile_pattern(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def ecma_validator(base):
    """A jsonschema validator class like `base` whose `pattern` keyword has ECMA-262 semantics."""
    return validators.extend(base, {"pattern": _pattern})
