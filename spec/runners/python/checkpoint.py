"""Reading a checkpoint, up to and including its identity: version detection, schema validation and the id.

The reader runs the stages of the specification in order and stops at the first failure:
strict JSON (strict_json) -> version detection -> the JSON Schema of that version -> the checkpoint id.
It does not implement the semantic (consistency) rules; vectors that expect E_SEMANTIC are checked only as far as a
schema-level reader can: schema-valid, correct id.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from jsonschema import Draft202012Validator

from ecma_pattern import ecma_validator
from jcs import canonical_bytes
from strict_json import CheckpointError, parse_bytes

KNOWN_VERSIONS = {"1.0": 1, "2.0": 2, "3.0": 3}
LATEST = (3, 0)
UNHASHED = ("checkpoint_id", "created_at", "provenance")
# Any number of digits (SPEC 3.3 step 5: "1000000.0" is too new, not garbage). re.fullmatch, not re.match(...$):
# Python's $ also matches before a final line feed. [0-9], not \d: Python's \d matches every Unicode digit.
VERSION_PATTERN = re.compile(r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)")

EcmaValidator = ecma_validator(Draft202012Validator)


def load_validators(schema_dir: Path) -> dict[int, object]:
    """One validator per schemas/vN.schema.json, each schema checked against the draft 2020-12 meta-schema."""
    out = {}
    for major in KNOWN_VERSIONS.values():
        schema = json.loads((schema_dir / f"v{major}.schema.json").read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        out[major] = EcmaValidator(schema)
    return out


def detect_version(doc: object) -> int:
    """The format major of a parsed document, or E_VERSION_MISSING / E_VERSION_UNKNOWN / E_VERSION_TOO_NEW."""
    if not isinstance(doc, dict):
        raise CheckpointError("E_VERSION_MISSING", f"a checkpoint is a JSON object, not {type(doc).__name__}")
    if "version" not in doc:
        raise CheckpointError("E_VERSION_MISSING", 'the document has no "version" member')
    version = doc["version"]
    if not isinstance(version, str):
        raise CheckpointError("E_VERSION_UNKNOWN", f'"version" must be a string, not {version!r}')
    if version in KNOWN_VERSIONS:
        return KNOWN_VERSIONS[version]
    m = VERSION_PATTERN.fullmatch(version)
    if m is not None and (int(m.group(1)), int(m.group(2))) > LATEST:
        raise CheckpointError("E_VERSION_TOO_NEW", f"format {version} is newer than 3.0")
    raise CheckpointError("E_VERSION_UNKNOWN", f'"version" is {version!r}, which is not a format version')


def hashed_part(doc: dict) -> dict:
    return {k: v for k, v in doc.items() if k not in UNHASHED}


def checkpoint_id(doc: dict) -> str:
    """Lowercase hex SHA-256 of the RFC 8785 bytes of the document without checkpoint_id, created_at, provenance."""
    return hashlib.sha256(canonical_bytes(hashed_part(doc))).hexdigest()


def check_document(doc: object, validators: dict[int, object]) -> str:
    """Version, schema and id of a parsed document; returns its id."""
    major = detect_version(doc)
    errors = sorted(validators[major].iter_errors(doc), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        at = "/" + "/".join(str(p) for p in first.absolute_path)
        raise CheckpointError("E_SCHEMA", f"format {doc['version']} schema: at {at}: {first.message}")
    actual = checkpoint_id(doc)
    if doc["checkpoint_id"] != actual:
        raise CheckpointError("E_HASH_MISMATCH", f"checkpoint_id is {doc['checkpoint_id']} but the content hashes to {actual}")
    return actual


def read_checkpoint(data: bytes, validators: dict[int, object]) -> tuple[dict, str]:
    """Bytes to a verified document and its id."""
    doc = parse_bytes(data)
    return doc, check_document(doc, validators)
