"""The version table, version detection, schema validation and identity (SPEC §3, §5, §13).

The table comes from _generated/versions.py, which python/codegen.py writes from the schemas; the hand-written parts
of each version (its named semantic rules and its migration step from the previous version) are its module
versions/vN.py, named after its schema file, so a new version is one Python file.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
import importlib
from functools import cache
from importlib import resources
from typing import Callable

from jsonschema import Draft202012Validator

from ._ecma import ecma_validator
from ._generated.versions import LATEST_MAJOR, LATEST_VERSION, VERSIONS
from ._jcs import CanonicalizationError, canonical_bytes
from ._semantic import escape, run
from ._step import Step
from .errors import CheckpointError, ErrorDetail

UNHASHED = ("checkpoint_id", "created_at", "provenance")
ID_PATTERN = re.compile(r"[0-9a-f]{64}")
# Any number of digits: "1000000.0" is too new, not garbage. fullmatch and [0-9]: Python's $ and \d differ from ECMAScript.
_VERSION = re.compile(r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)")
_EcmaValidator = ecma_validator(Draft202012Validator)


@dataclass(frozen=True)
class FormatVersion:
    major: int
    version: str
    schema_file: str
    semantic: Callable[[dict], list[ErrorDetail]]
    step: Step | None

    @property
    def schema(self) -> dict:
        return _schema(self.schema_file)

    @property
    def validator(self):
        return _validator(self.schema_file)


@cache
def _schema(name: str) -> dict:
    text = resources.files("state_checkpoint._generated").joinpath("schemas", name).read_text(encoding="utf-8")
    return json.loads(text)


def _inline(node: object, defs: dict) -> object:
    """The schema with every local $ref replaced by its definition (the schemas' $defs are not recursive): the same
    verdicts, without jsonschema resolving a reference at every value it visits."""
    if isinstance(node, list):
        return [_inline(x, defs) for x in node]
    if not isinstance(node, dict):
        return node
    out = {k: _inline(v, defs) for k, v in node.items() if k not in ("$ref", "$defs")}
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        name = ref[len("#/$defs/") :]
        target = _inline(defs[name], defs)
        if isinstance(target, dict):
            target = {**target, "$comment": name}  # which definition failed, for the message (_describe)
        rest = {k: v for k, v in out.items() if k not in ("description", "title", "examples")}
        return target if not rest else {"allOf": [target, rest]}
    return out


@cache
def _validator(name: str):
    schema = _schema(name)
    return _EcmaValidator(_inline(schema, schema.get("$defs", {})))


def _format_version(major: int, version: str, schema: str) -> FormatVersion:
    module = importlib.import_module(f".versions.{schema.removesuffix('.schema.json')}", __package__)
    rules = module.RULES
    return FormatVersion(major, version, schema, lambda doc: run(rules, doc), module.STEP)


FORMATS: tuple[FormatVersion, ...] = tuple(_format_version(major, version, schema) for major, version, schema in VERSIONS)


def format_of(major: int) -> FormatVersion | None:
    return FORMATS[major - 1] if isinstance(major, int) and not isinstance(major, bool) and 1 <= major <= len(FORMATS) else None


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an object"


def detect_version(doc: object) -> FormatVersion:
    """The format of a parsed document, from its `version` member only."""
    if not isinstance(doc, dict):
        raise CheckpointError("E_VERSION_MISSING", f"a checkpoint is a JSON object, but this is {_kind(doc)}", "", "is this a checkpoint file?")
    if "version" not in doc:
        raise CheckpointError(
            "E_VERSION_MISSING",
            'the document has no "version" member, so its format cannot be told',
            "",
            f'checkpoints carry "version": "1.0" … "{LATEST_VERSION}"; is this a checkpoint file?',
        )
    raw = doc["version"]
    known = ", ".join(f.version for f in FORMATS)
    if not isinstance(raw, str):
        raise CheckpointError("E_VERSION_UNKNOWN", f'"version" must be a string such as "{LATEST_VERSION}", but it is {_kind(raw)}', "/version", f"known versions: {known}")
    for f in FORMATS:
        if f.version == raw:
            return f
    m = _VERSION.fullmatch(raw)
    latest = tuple(int(x) for x in LATEST_VERSION.split("."))
    if m is not None and (int(m.group(1)), int(m.group(2))) > latest:
        raise CheckpointError(
            "E_VERSION_TOO_NEW",
            f"the document is format {raw}, newer than {LATEST_VERSION}, the newest this reader knows",
            "/version",
            "upgrade state-checkpoint to a release that reads this format; never edit the version by hand",
        )
    raise CheckpointError("E_VERSION_UNKNOWN", f'"version" is {json.dumps(raw, ensure_ascii=False)}, which is not a format version', "/version", f"known versions: {known}")


# -- schema --------------------------------------------------------------------------------------------------


def _pointer(path) -> str:
    return "".join("/" + escape(p) for p in path)


def _describe(e) -> list[ErrorDetail]:
    """jsonschema's errors as the TypeScript library words them: one detail per real problem, pointing at the value."""
    at = _pointer(e.absolute_path)
    if e.validator in ("oneOf", "anyOf") and e.context:
        # Errors of a branch matter only when the branch's type matched the value (as the TypeScript library's
        # reading of Ajv's errors): with one such branch, its errors are the problems.
        branches: dict[int, list] = {}
        for sub in e.context:
            branches.setdefault(sub.schema_path[0], []).append(sub)
        typed = [errs for errs in branches.values() if not any(x.validator == "type" and not x.relative_path for x in errs)]
        if len(typed) == 1:
            out: list[ErrorDetail] = []
            for sub in sorted(typed[0], key=lambda x: [str(q) for q in x.absolute_path]):
                out.extend(_describe(sub))
            return out
        if e.validator == "oneOf" and len(branches) < len(e.validator_value):
            return [ErrorDetail("E_SCHEMA", "matches more than one of the alternatives, which must be exactly one", at, keyword="oneOf")]
        return [ErrorDetail("E_SCHEMA", "matches none of the allowed shapes", at, keyword=e.validator)]
    if e.validator == "required":
        missing = [r for r in e.validator_value if isinstance(e.instance, dict) and r not in e.instance]
        return [ErrorDetail("E_SCHEMA", f'missing required member "{name}"', at, keyword="required") for name in missing or [""]]
    if e.validator == "additionalProperties":
        allowed = set(e.schema.get("properties", {}))
        extra = [k for k in e.instance if k not in allowed] if isinstance(e.instance, dict) else []
        return [
            ErrorDetail("E_SCHEMA", f'unknown member "{k}"', at + "/" + escape(k), "remove it, or check its spelling against the schema", "additionalProperties")
            for k in extra
        ] or [ErrorDetail("E_SCHEMA", e.message, at, keyword=e.validator)]
    if e.validator == "type":
        kinds = e.validator_value if isinstance(e.validator_value, list) else [e.validator_value]
        return [ErrorDetail("E_SCHEMA", f"must be {' or '.join(kinds)}", at, keyword="type")]
    if e.validator == "const":
        return [ErrorDetail("E_SCHEMA", f"must be {json.dumps(e.validator_value)}", at, keyword="const")]
    if e.validator == "enum":
        return [ErrorDetail("E_SCHEMA", "must be one of " + ", ".join(json.dumps(v) for v in e.validator_value), at, keyword="enum")]
    if e.validator in ("pattern", "minLength", "maxLength") and isinstance(e.schema, dict) and e.schema.get("$comment") in DEF_HINTS:
        what, hint = DEF_HINTS[e.schema["$comment"]]
        return [ErrorDetail("E_SCHEMA", f"must be {what}", at, hint, e.validator)]
    return [ErrorDetail("E_SCHEMA", e.message if len(e.message) < 200 else e.message[:200] + "…", at, keyword=str(e.validator))]


# What a failing pattern or length of a named definition means, worded as the TypeScript library words it.
DEF_HINTS = {
    "checkpoint_id": ("64 lowercase hexadecimal digits", "use the id that `ckpt hash` prints for this file"),
    "sha256": ("64 lowercase hexadecimal digits", "a lowercase hex SHA-256 digest"),
    "timestamp": (
        'an RFC 3339 UTC timestamp such as "2024-03-01T14:30:00Z"',
        'write UTC with a literal Z, seconds present, and no trailing zeros in the fraction ("…:00.5Z", not "…:00.500Z")',
    ),
    "loose_timestamp": ('an ISO 8601 date and time such as "2024-03-01T14:30:00"', "YYYY-MM-DDTHH:MM:SS with an optional fraction and offset"),
    "decimal": (
        'a canonical decimal string such as "-12.5"',
        'write the number as a string with no exponent, no "+", no leading zeros and no trailing fractional zeros ("1.5", not "1.50"; "0", not "-0")',
    ),
    "nonneg_decimal": ('a canonical non-negative decimal string such as "12.5"', "no sign, no exponent, no leading zeros, no trailing fractional zeros"),
    "pos_decimal": ('a canonical positive decimal string such as "100"', "must be greater than zero; no exponent, no leading or trailing zeros"),
    "currency": ('a currency code such as "USD"', "upper-case letters and digits, 3 to 10 characters, starting with a letter"),
    "run_id": ('a run id such as "bt-2024-03-01"', 'letters, digits, ".", "_", ":" and "-", at most 128 characters, starting with a letter or digit'),
    "version_string": ('a version such as "2.0"', "MAJOR.MINOR"),
    "json_pointer": ('an RFC 6901 JSON pointer such as "/a/0"', 'starts with "/"'),
}


def schema_problems(fmt: FormatVersion, doc: object) -> list[ErrorDetail]:
    """Every problem with the document's shape, in document order, or an empty list."""
    return validator_problems(fmt.validator, doc)


def validator_problems(validator, doc: object) -> list[ErrorDetail]:
    """Every problem `validator` (of any schema: a format version's, a source format's) finds, in document order."""
    errors = sorted(validator.iter_errors(doc), key=lambda e: [str(p) for p in e.absolute_path])
    out: list[ErrorDetail] = []
    for e in errors:
        for d in _describe(e):
            if d not in out:
                out.append(d)
    return out


def _summary(details: list[ErrorDetail], what: str) -> str:
    first = details[0]
    at = f"at {first.pointer}: " if first.pointer else ""
    more = f" (and {len(details) - 1} more {what} problem{'s' if len(details) > 2 else ''})" if len(details) > 1 else ""
    return f"{at}{first.message}{more}"


def assert_schema(fmt: FormatVersion, doc: object) -> None:
    details = schema_problems(fmt, doc)
    if details:
        raise CheckpointError.of(details[0], f"format {fmt.version} schema: {_summary(details, 'schema')}", details)


def assert_semantic(fmt: FormatVersion, doc: dict) -> None:
    details = fmt.semantic(doc)
    if details:
        raise CheckpointError.of(details[0], f"inconsistent checkpoint: {_summary(details, 'consistency')}", details)


# -- identity ------------------------------------------------------------------------------------------------


def hashed_part(doc: dict) -> dict:
    return {k: v for k, v in doc.items() if k not in UNHASHED}


def checkpoint_id(doc: dict) -> str:
    """Lowercase hex SHA-256 of the RFC 8785 bytes of the document without checkpoint_id, created_at, provenance."""
    if not isinstance(doc, dict):
        raise CheckpointError("E_ARGUMENT", "checkpoint_id() takes a checkpoint document (a dict)")
    try:
        return hashlib.sha256(canonical_bytes(hashed_part(doc))).hexdigest()
    except CanonicalizationError as e:
        raise CheckpointError("E_NOT_JSON", str(e)) from e


def verify_id(doc: dict) -> str:
    actual = checkpoint_id(doc)
    stored = doc.get("checkpoint_id")
    if stored != actual:
        raise CheckpointError(
            "E_HASH_MISMATCH",
            f"checkpoint_id is {json.dumps(stored)} but the content hashes to {actual}",
            "/checkpoint_id",
            "the content was changed after the id was computed: restore the file from a trusted copy; if the change was intended, write a new checkpoint from the state so it gets its own id",
        )
    return actual


__all__ = [
    "FORMATS",
    "LATEST_MAJOR",
    "LATEST_VERSION",
    "FormatVersion",
    "assert_schema",
    "assert_semantic",
    "checkpoint_id",
    "detect_version",
    "format_of",
    "hashed_part",
    "schema_problems",
    "verify_id",
]
