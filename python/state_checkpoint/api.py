"""The public functions: load, check, create, dumps, upgrade, downgrade. The load pipeline is the one of SPEC §13:
bytes -> strict parse -> detect version -> validate against that version's schema -> verify the id -> semantic
checks -> migrate one step at a time -> the latest format, with provenance. Every failure is a CheckpointError."""

from __future__ import annotations

import copy
import math
import os
from dataclasses import dataclass, field

from . import _time as T
from . import finbot
from ._format import (
    LATEST_MAJOR,
    LATEST_VERSION,
    FormatVersion,
    assert_schema,
    assert_semantic,
    checkpoint_id,
    detect_version,
    format_of,
    schema_problems,
    verify_id,
)
from ._generated.types import Checkpoint
from ._jcs import canonical_text
from ._migrations import DowngradeResult, UpgradeResult, downgrade_doc, upgrade_doc
from ._strict_json import parse_bytes, parse_text
from .errors import CheckpointError, ErrorDetail

MAX_SAFE = 2**53 - 1
COMPUTED = ("checkpoint_id", "version", "created_at", "provenance", "legacy")


@dataclass
class LoadResult:
    """A checkpoint in the latest format, with where it came from."""

    checkpoint: Checkpoint
    id: str
    original: dict  # {"version": ..., "id": ...} of the input as read
    steps: list[dict] = field(default_factory=list)  # migration steps this load applied
    provenance: dict | None = None  # recorded in the document (unhashed) when it was ever migrated
    warnings: list[ErrorDetail] = field(default_factory=list)  # findings that do not stop a load (source formats)


@dataclass
class CheckReport:
    valid: bool
    errors: list[ErrorDetail]
    version: str | None = None
    id: str | None = None
    warnings: list[ErrorDetail] = field(default_factory=list)


def _assert_json(value: object, pointer: str = "") -> None:
    """Values handed over as Python objects must be plain JSON data, as parsed text would be."""
    if value is None or isinstance(value, (bool, str)):
        if isinstance(value, str) and any(0xD800 <= ord(c) <= 0xDFFF for c in value):
            raise CheckpointError("E_STRING", f"the string at {pointer or '/'} contains a lone surrogate", pointer)
        return
    if isinstance(value, int):
        if abs(value) > MAX_SAFE:
            raise CheckpointError("E_NUMBER", f"the integer {value} at {pointer or '/'} is beyond ±(2^53−1)", pointer)
        return
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise CheckpointError("E_NUMBER", f"{value} at {pointer or '/'} is not a JSON number", pointer)
        if MAX_SAFE < abs(value) < 1e21 and value.is_integer():
            raise CheckpointError("E_NUMBER", f"the number {value} at {pointer or '/'} is an integer beyond ±(2^53−1)", pointer)
        return
    if isinstance(value, list):
        for i, item in enumerate(value):
            _assert_json(item, f"{pointer}/{i}")
        return
    if isinstance(value, dict):
        for k, item in value.items():
            if not isinstance(k, str):
                raise CheckpointError("E_NOT_JSON", f"member name {k!r} at {pointer or '/'} is not a string", pointer)
            _assert_json(k, pointer)
            _assert_json(item, f"{pointer}/{k.replace('~', '~0').replace('/', '~1')}")
        return
    raise CheckpointError("E_NOT_JSON", f"the value at {pointer or '/'} is a {type(value).__name__}, not JSON data", pointer, "convert it to a dict, list, str, int, float, bool or None")


def _read(data: object) -> tuple[object, bool, bytes | None]:
    """(value, borrowed, raw bytes when there are any): the caller's own dict is borrowed and never modified."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        return parse_bytes(raw), False, raw
    if isinstance(data, str):
        return parse_text(data), False, data.encode("utf-8")
    if isinstance(data, os.PathLike):
        try:
            raw = open(data, "rb").read()
        except OSError as e:
            raise CheckpointError("E_IO", f"cannot read {os.fspath(data)}: {e.strerror}") from e
        return parse_bytes(raw), False, raw
    if isinstance(data, dict):
        _assert_json(data)
        return data, True, None
    raise CheckpointError("E_ARGUMENT", f"expected checkpoint bytes, JSON text, a path or a dict, got {type(data).__name__}")


def _labelled(data: object, fn):
    try:
        return fn()
    except CheckpointError as e:
        if isinstance(data, os.PathLike) and e.source is None:
            e.source = os.fspath(data)
        raise


def _verified_value(value: object) -> tuple[dict, FormatVersion]:
    fmt = detect_version(value)
    assert_schema(fmt, value)
    verify_id(value)
    assert_semantic(fmt, value)
    return value, fmt


def _verified(data: object, zone: str | None = None) -> tuple[dict, list[dict]]:
    """A verified document and the steps that made it: a finbot file comes back imported, with its import step
    (it enters the chain at its import's format; upgrade and downgrade start from there)."""
    value, _, raw = _read(data)
    if finbot.is_execution_checkpoint(value):
        result = _import_finbot(value, raw, zone)
        return result.checkpoint, list(result.steps)
    return _verified_value(value)[0], []


def _import_finbot(value: dict, raw: bytes | None, zone: str | None) -> LoadResult:
    """A finbot ExecutionCheckpoint 1.0.0 file: checked, imported to a verified 4.0 checkpoint with provenance."""
    warnings = finbot.assert_valid(value, raw)
    newline = "\n" if raw is None else finbot.newline_of_bytes(raw)
    doc = finbot.verified(finbot.import_value(copy.deepcopy(value), zone, newline))
    prov = doc["provenance"]
    return LoadResult(doc, doc["checkpoint_id"], {"version": finbot.SOURCE_FORMAT, "id": prov["source_id"]}, list(prov["steps"]), prov, warnings)


def load(data: bytes | str | os.PathLike | dict, zone: str | None = None) -> LoadResult:
    """Reads, verifies and upgrades a checkpoint of any known format version, or imports a known source format
    (finbot's ExecutionCheckpoint 1.0.0; `zone` names the IANA zone of its naive timestamps, default UTC).

    bytes and os.PathLike are read as file contents, str as JSON text, a dict as an already parsed document.
    """

    def run() -> LoadResult:
        value, borrowed, raw = _read(data)
        if finbot.is_execution_checkpoint(value):
            return _import_finbot(value, raw, zone)
        doc, fmt = _verified_value(value)
        original = {"version": fmt.version, "id": doc["checkpoint_id"]}
        if fmt.major == LATEST_MAJOR:
            checkpoint = copy.deepcopy(doc) if borrowed else doc
            return LoadResult(checkpoint, checkpoint["checkpoint_id"], original, [], checkpoint.get("provenance"))
        result = upgrade_doc(doc)
        checkpoint = result.document
        return LoadResult(checkpoint, checkpoint["checkpoint_id"], original, result.steps, checkpoint.get("provenance"))

    return _labelled(data, run)


def check(data: bytes | str | os.PathLike | dict) -> CheckReport:
    """Every schema, id and consistency problem of a checkpoint, without migrating and without raising."""
    try:
        value, _, raw = _read(data)
        if finbot.is_execution_checkpoint(value):
            return _check_finbot(value, raw)
        fmt = detect_version(value)
    except CheckpointError as e:
        return CheckReport(False, list(e.details))
    schema = schema_problems(fmt, value)
    if schema:
        return CheckReport(False, schema, fmt.version)
    errors: list[ErrorDetail] = []
    actual = checkpoint_id(value)
    if value.get("checkpoint_id") != actual:
        try:
            verify_id(value)
        except CheckpointError as e:
            errors.extend(e.details)
    errors.extend(fmt.semantic(value))
    return CheckReport(not errors, errors, fmt.version, actual)


def _check_finbot(value: dict, raw: bytes | None) -> CheckReport:
    """A finbot file's problems and warnings; its id is the id of its import (what load gives)."""
    report = finbot.check_value(value, raw)
    if not report.valid:
        return CheckReport(False, report.errors, finbot.SOURCE_FORMAT, None, report.warnings)
    newline = "\n" if raw is None else finbot.newline_of_bytes(raw)
    doc = finbot.verified(finbot.import_value(copy.deepcopy(value), None, newline))
    return CheckReport(True, [], finbot.SOURCE_FORMAT, doc["checkpoint_id"], report.warnings)


def create(state: dict, created_at: str | None = None) -> Checkpoint:
    """A latest-format checkpoint from state: validated, consistent, with its content id.

    `state` is everything but the members create computes (checkpoint_id, version, created_at, provenance,
    legacy). created_at defaults to now; it is not hashed, so it never changes the id.
    """
    if not isinstance(state, dict):
        raise CheckpointError("E_ARGUMENT", "create() takes the checkpoint state as a dict")
    for name in COMPUTED:
        if name in state:
            raise CheckpointError("E_ARGUMENT", f'create() computes "{name}" itself; remove it from the state', f"/{name}")
    _assert_json(state)
    doc = {**copy.deepcopy(state), "version": LATEST_VERSION, "created_at": created_at if created_at is not None else T.now(), "checkpoint_id": ""}
    doc["checkpoint_id"] = checkpoint_id(doc)
    fmt = format_of(LATEST_MAJOR)
    assert_schema(fmt, doc)
    assert_semantic(fmt, doc)
    return doc


def dumps(doc: dict) -> bytes:
    """The file form (SPEC §15.2): the RFC 8785 canonical text of the whole document and a line feed, as UTF-8.

    Deterministic, so save -> load -> save is byte-identical, and the same bytes the TypeScript library writes.
    """
    _assert_json(doc)
    return (canonical_text(doc) + "\n").encode("utf-8")


def canonical_bytes(value: object) -> bytes:
    """RFC 8785 bytes of any JSON value (no trailing line feed): what ids are hashed from."""
    _assert_json(value)
    return canonical_text(value).encode("utf-8")


def _target(to: int | str | None) -> int | None:
    if to == finbot.SOURCE_FORMAT:
        return to
    if to is None or (isinstance(to, int) and not isinstance(to, bool)):
        return to
    if isinstance(to, str) and to.endswith(".0") and to[:-2].isdigit():
        return int(to[:-2])
    raise CheckpointError("E_ARGUMENT", f"a target format is a major number (2) or a version string (\"2.0\"), not {to!r}")


def upgrade(data: bytes | str | os.PathLike | dict, to: int | str | None = None, zone: str | None = None) -> UpgradeResult:
    """Upgrades a checkpoint of any known version, or imports a finbot file (default: to the latest); the input is
    not modified."""

    def run() -> UpgradeResult:
        doc, imported = _verified(data, zone)
        r = upgrade_doc(doc, _target(to))
        return UpgradeResult(r.document, [*imported, *r.steps])

    return _labelled(data, run)


def downgrade(data: bytes | str | os.PathLike | dict, to: int | str, allow_loss: bool = False) -> DowngradeResult:
    """Downgrades a checkpoint to an older format; refuses any loss (E_DOWNGRADE_LOSS) unless allow_loss."""
    target = _target(to)
    if target is None:
        raise CheckpointError("E_ARGUMENT", "downgrade() needs a target: downgrade(doc, to=2)")
    if target == finbot.SOURCE_FORMAT:
        return _labelled(data, lambda: _export_finbot(_verified(data)[0], allow_loss))

    def run() -> DowngradeResult:
        doc, imported = _verified(data)
        r = downgrade_doc(doc, target, allow_loss)
        return DowngradeResult(r.document, [*imported, *r.steps], r.loss)

    return _labelled(data, run)


def _export_finbot(doc: dict, allow_loss: bool) -> DowngradeResult:
    """A checkpoint as finbot's ExecutionCheckpoint (members in finbot's order; finbot.export gives its bytes too)."""
    if doc["version"] != finbot.TARGET_VERSION:
        doc = upgrade_doc(doc, int(finbot.TARGET_VERSION.split(".")[0])).document
    r = finbot.export_doc(doc, allow_loss)
    return DowngradeResult(r.document, r.steps, r.loss)
