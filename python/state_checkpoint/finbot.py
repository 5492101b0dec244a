"""finbot's ExecutionCheckpoint 1.0.0 as a source format: read, check, import to the latest format and export back
to finbot's exact bytes (docs/design/format-4.0.md §5–§6, the facts in docs/design/finbot-execution-1.0.0.md).

    import state_checkpoint as sc
    result = sc.load(Path("checkpoints/sim-1/latest.json"))   # a verified 4.0 checkpoint, with provenance
    data, loss = sc.finbot.to_execution_checkpoint(result.checkpoint)   # finbot's dict, members in finbot's order
    raw = sc.finbot.export_bytes(result.checkpoint)         # the original file's bytes, byte for byte

The source step is a pair of pure functions, like every migration step: `import` (finbot -> 4.0, §5.1–§5.2) and its
plain inverse `export` (§5.4). The import keeps in a legacy layer what typed 4.0 cannot hold: a patch from the plain
export to the original value (SPEC §14.6), and the order of `positions` when it is not the canonical one. Line ends
are recorded in provenance (not hashed). The layout is Python's own `json.dumps(indent=2)`, so the bytes are the
bytes finbot writes.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from ._finbot_check import (  # noqa: F401 - the public names of the source format
    FINBOT_MEMBERS,
    FINBOT_VERSION,
    SourceReport,
    assert_valid,
    check_value,
    consistency_warnings,
    is_execution_checkpoint,
    layout_warning,
    rule_problems,
    schema_problems,
    version_problem,
)
from ._finbot_export import export_plain, export_value  # noqa: F401
from ._finbot_format import SOURCE_FORMAT, TARGET_VERSION, in_finbot_order, newline_of_bytes, render  # noqa: F401
from ._finbot_import import import_value, run_id_of, source_id  # noqa: F401
from ._format import hashed_part
from ._patch import diff, value_at
from .errors import CheckpointError, ErrorDetail


def _loss(doc: dict, back: dict) -> list[dict]:
    loss = []
    for op in diff(hashed_part(doc), hashed_part(back)):
        was = value_at(doc, op["path"])
        if op["op"] == "remove":
            loss.append({"version": TARGET_VERSION, "pointer": op["path"], "kind": "dropped", "was": was})
        elif op["op"] == "add":
            loss.append({"version": TARGET_VERSION, "pointer": op["path"], "kind": "added", "becomes": op["value"]})
        else:
            loss.append({"version": TARGET_VERSION, "pointer": op["path"], "kind": "changed", "was": was, "becomes": op["value"]})
    return loss


def _zone_of(doc: dict) -> str | None:
    prov = doc.get("provenance")
    return prov.get("assumed_zone") if isinstance(prov, dict) else None


def export_with_loss(doc: dict) -> tuple[dict, list[dict]]:
    """The finbot value and what finbot cannot hold (the driver's loss report: diff(N, import(export(N))))."""
    out = export_value(doc)
    try:
        assert_valid(out)
    except CheckpointError as e:
        raise CheckpointError(
            "E_MIGRATION",
            f"the document has no {SOURCE_FORMAT} form: exporting it gives {e.message}",
            e.pointer,
            f"keep the document in format {TARGET_VERSION}",
            [ErrorDetail("E_MIGRATION", d.message, d.pointer, d.hint, d.keyword) for d in e.details],
        ) from e
    # Lineage is not in a finbot file but in its folder (ckpt import): an imported document keeps it on the way back.
    prov = doc.get("provenance")
    from_finbot = isinstance(prov, dict) and prov.get("source_version") == SOURCE_FORMAT
    sequence, parent = (doc["sequence"], doc["parent_id"]) if from_finbot else (0, None)
    back = import_value(out, _zone_of(doc), _newline_of(doc), sequence, parent)
    return out, _loss({k: v for k, v in doc.items() if k != "provenance"}, back)


def _newline_of(doc: dict) -> str:
    prov = doc.get("provenance")
    layout = prov.get("source_layout") if isinstance(prov, dict) else None
    return "\r\n" if isinstance(layout, dict) and layout.get("newline") == "crlf" else "\n"


# -- the public helpers -------------------------------------------------------------------------------------


def _latest_checkpoint(data: object) -> dict:
    from .api import load

    doc = load(data).checkpoint
    if doc["version"] != TARGET_VERSION:
        from ._migrations import upgrade_doc

        doc = upgrade_doc(doc, int(TARGET_VERSION.split(".")[0])).document
    return doc


def from_execution_checkpoint(data: dict, zone: str | None = None) -> dict:
    """finbot's serialized ExecutionCheckpoint (the dict `serialize_checkpoint` returns, or the parsed file) as a
    verified latest-format checkpoint with its id and provenance. `zone` names the IANA zone finbot's naive
    timestamps are in (default: UTC, as everywhere in this format)."""
    if not isinstance(data, dict):
        raise CheckpointError("E_ARGUMENT", "from_execution_checkpoint() takes finbot's checkpoint dict")
    from .api import _assert_json

    _assert_json(data)
    doc = copy.deepcopy(data)
    assert_valid(doc)
    return verified(import_value(doc, zone))


def verified(doc: dict) -> dict:
    """Checks an imported document against its format's schema and rules (an import always has a valid result)."""
    from ._format import assert_schema, assert_semantic, format_of

    fmt = format_of(int(TARGET_VERSION.split(".")[0]))
    try:
        assert_schema(fmt, doc)
        assert_semantic(fmt, doc)
    except CheckpointError as e:
        raise CheckpointError(
            "E_MIGRATION",
            f"import {SOURCE_FORMAT} → {TARGET_VERSION} produced an invalid document: {e.message}",
            e.pointer,
            "this is a bug in state-checkpoint; please report it with the input file",
            [ErrorDetail("E_MIGRATION", d.message, d.pointer, d.hint, d.keyword) for d in e.details],
        ) from e
    return doc


@dataclass
class FinbotExport:
    """A checkpoint as finbot's ExecutionCheckpoint: its value (members in finbot's order), its file bytes, the step,
    and exactly what finbot cannot hold (empty for a checkpoint imported from finbot)."""

    document: dict
    data: bytes
    steps: list[dict]
    loss: list[dict] = field(default_factory=list)


def export_doc(doc: dict, allow_loss: bool = False) -> FinbotExport:
    """Exports a verified 4.0 document; refuses a lossy export (E_DOWNGRADE_LOSS) unless allow_loss."""
    out, loss = export_with_loss(doc)
    if loss and not allow_loss:
        raise loss_error(doc["version"], loss)
    return FinbotExport(out, render(out, _newline_of(doc)), [{"from": doc["version"], "to": SOURCE_FORMAT}], loss)


def export(checkpoint: object, allow_loss: bool = False) -> FinbotExport:
    """A checkpoint (bytes, text, path or dict of any known version, or a finbot file) as finbot's file. One imported
    from finbot gives back the original bytes; anything else is refused when finbot cannot hold all of it, unless
    allow_loss (then `loss` lists what is lost)."""
    return export_doc(_latest_checkpoint(checkpoint), allow_loss)


def to_execution_checkpoint(checkpoint: object) -> tuple[dict, list[dict]]:
    """A checkpoint as finbot's ExecutionCheckpoint dict, members in finbot's order, and the loss report of what
    finbot cannot hold (empty for a checkpoint imported from finbot)."""
    r = export(checkpoint, allow_loss=True)
    return r.document, r.loss


def export_bytes(checkpoint: object, allow_loss: bool = True) -> bytes:
    """The finbot file of a checkpoint: for one imported from finbot, the original bytes (line ends included)."""
    return export(checkpoint, allow_loss).data


def loss_error(version: str, loss: list[dict]) -> CheckpointError:
    first = loss[0]
    return CheckpointError(
        "E_DOWNGRADE_LOSS",
        f"exporting {version} to {SOURCE_FORMAT} would lose data at {len(loss)} place{'s' if len(loss) > 1 else ''}, first at {first['pointer']} ({first['kind']})",
        first["pointer"],
        "pass allow_loss=True (CLI: --allow-loss) to accept the loss report, or keep the checkpoint in this format",
        [ErrorDetail("E_DOWNGRADE_LOSS", f"{x['kind']} in format {x['version']}", x["pointer"]) for x in loss],
    )


def dumps(doc: dict, newline: str = "\n") -> bytes:
    """finbot's file bytes of a finbot value (members put in finbot's order, positions as given)."""
    return render(in_finbot_order(doc), newline)


__all__ = [
    "SOURCE_FORMAT",
    "SourceReport",
    "check_value",
    "FinbotExport",
    "dumps",
    "export",
    "export_bytes",
    "from_execution_checkpoint",
    "import_value",
    "is_execution_checkpoint",
    "render",
    "source_id",
    "to_execution_checkpoint",
]
