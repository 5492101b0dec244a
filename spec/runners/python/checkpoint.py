"""The reader the runner uses: the state_checkpoint package (python/), the project's Python implementation of the
format. Installed (`pip install --no-build-isolation ./python`) or not: from a clone it is imported from the source
tree. This module re-exports what the runner and its tests use, so they name one implementation.

The runner's schema verdicts use the schemas of --schemas (validators built here, with the package's ECMA-262
`pattern`); everything else (strict JSON, RFC 8785, ids, the full reading pipeline, migrations) is the package's.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
try:
    import state_checkpoint as sc
except ImportError:  # a clone without the package installed
    sys.path.insert(0, str(ROOT / "python"))
    import state_checkpoint as sc

from jsonschema import Draft202012Validator

from state_checkpoint._generated.sources import SOURCES
from state_checkpoint._ecma import compile_pattern, ecma_validator, translate  # noqa: F401 - re-exported
from state_checkpoint._jcs import canonical_bytes, canonical_text, number_to_string, utf16_key  # noqa: F401
from state_checkpoint._strict_json import parse_bytes, parse_text  # noqa: F401
from state_checkpoint.errors import CheckpointError, code_of  # noqa: F401

EcmaValidator = ecma_validator(Draft202012Validator)
checkpoint_id = sc.checkpoint_id


def load_validators(schema_dir: Path) -> dict[int, object]:
    """One validator per format version's schema file under schema_dir (keyed by major) and per source format's
    (keyed by its name), each checked against its meta-schema."""
    out: dict = {}
    for fmt in sc.FORMATS:
        schema = json.loads((schema_dir / fmt.schema_file).read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        out[fmt.major] = EcmaValidator(schema)
    for source, _, schema_file in SOURCES:  # source formats (finbot), keyed by their name
        schema = json.loads((schema_dir / schema_file).read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        out[source] = EcmaValidator(schema)
    return out


def detect_version(doc: object) -> int:
    """The format major of a parsed document, or E_VERSION_MISSING / E_VERSION_UNKNOWN / E_VERSION_TOO_NEW."""
    return sc.detect_version(doc).major


def check_document(doc: object, validators: dict[int, object]) -> str:
    """Version, schema (of --schemas) and id of a parsed document; returns its id."""
    major = detect_version(doc)
    errors = sorted(validators[major].iter_errors(doc), key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        first = errors[0]
        at = "/" + "/".join(str(p) for p in first.absolute_path)
        raise CheckpointError("E_SCHEMA", f"format {doc['version']} schema: at {at}: {first.message}")
    actual = checkpoint_id(doc)
    if doc["checkpoint_id"] != actual:
        raise CheckpointError("E_HASH_MISMATCH", f"checkpoint_id is {doc['checkpoint_id']} but the content hashes to {actual}")
    return actual


def read_checkpoint(data: bytes, validators: dict[int, object]) -> tuple[dict, str]:
    """Bytes to a verified document and its id (strict JSON, version, schema, id)."""
    doc = parse_bytes(data)
    return doc, check_document(doc, validators)
