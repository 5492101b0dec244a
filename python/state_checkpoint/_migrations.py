"""The chain driver, ported from the TypeScript library (migrations/) so both produce byte-identical documents, ids,
legacy records, provenance and loss reports (the upgrade and downgrade vectors pin them). The steps themselves live
in their versions' modules (versions/vN.py), found through the generated version table."""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field

from ._format import FORMATS, assert_schema, assert_semantic, checkpoint_id, format_of, hashed_part
from ._patch import apply_patch, diff, value_at
from ._step import Step
from .errors import CheckpointError, ErrorDetail

# STEPS[i] goes from format major i+1 to i+2.
STEPS: tuple[Step, ...] = tuple(f.step for f in FORMATS[1:])  # type: ignore[misc]


@dataclass
class UpgradeResult:
    document: dict
    steps: list[dict] = field(default_factory=list)


@dataclass
class DowngradeResult:
    document: dict
    steps: list[dict] = field(default_factory=list)
    loss: list[dict] = field(default_factory=list)


def _major(doc: dict) -> int:
    return int(str(doc["version"]).split(".")[0])


def _assert_valid(step: Step, doc: dict, up: bool) -> None:
    fmt = format_of(_major(doc))
    try:
        assert_schema(fmt, doc)
        assert_semantic(fmt, doc)
    except CheckpointError as e:
        # An upgrade always has a result (SPEC §14.2, §14.4); some documents have no older form (§14.3, §14.5).
        raise CheckpointError(
            "E_MIGRATION",
            f"migration {step.frm} → {step.to} produced an invalid document: {e.message}" if up else f"the document has no {step.frm} form: downgrading it gives {e.message}",
            e.pointer,
            "this is a bug in state-checkpoint; please report it with the input file"
            if up
            else f"keep the document in format {step.to}; SPEC §14.3 and §14.5 list the documents that have no older form",
            [ErrorDetail("E_MIGRATION", d.message, d.pointer, d.hint, d.keyword) for d in e.details],
        ) from e


def _step_up(step: Step, older: dict) -> dict:
    newer = step.up(older)
    back = step.down({**newer, "checkpoint_id": ""})
    patch = diff(hashed_part(back), hashed_part(older))
    if patch:
        newer["legacy"] = [*newer.get("legacy", []), {"from": step.frm, "to": step.to, "patch": patch}]
    newer["checkpoint_id"] = checkpoint_id(newer)
    return newer


def _step_down(step: Step, newer: dict) -> tuple[dict, list[dict]]:
    layers = newer.get("legacy") or []
    top = layers[-1] if layers else None
    use_top = top is not None and top["from"] == step.frm and top["to"] == step.to
    source = dict(newer)
    if use_top:
        if len(layers) > 1:
            source["legacy"] = layers[:-1]
        else:
            del source["legacy"]
    older = step.down(source)
    if use_top:
        older = apply_patch(older, top["patch"])
    older = copy.deepcopy(older)
    older["checkpoint_id"] = _id_of_downgraded(step, older)
    _assert_valid(step, older, up=False)
    back = _step_up(step, copy.deepcopy(older))
    loss = []
    for op in diff(hashed_part(newer), hashed_part(back)):
        was = value_at(newer, op["path"])
        if op["op"] == "remove":
            loss.append({"version": step.to, "pointer": op["path"], "kind": "dropped", "was": was})
        elif op["op"] == "add":
            loss.append({"version": step.to, "pointer": op["path"], "kind": "added", "becomes": op["value"]})
        else:
            loss.append({"version": step.to, "pointer": op["path"], "kind": "changed", "was": was, "becomes": op["value"]})
    return older, loss


def _first_non_finite(value: object, pointer: str = "") -> str | None:
    if isinstance(value, float) and not math.isfinite(value):
        return pointer
    if isinstance(value, dict):
        items = ((f"{pointer}/{str(k).replace('~', '~0').replace('/', '~1')}", v) for k, v in value.items())
    elif isinstance(value, list):
        items = ((f"{pointer}/{i}", v) for i, v in enumerate(value))
    else:
        return None
    for at, item in items:
        found = _first_non_finite(item, at)
        if found is not None:
            return found
    return None


def _id_of_downgraded(step: Step, older: dict) -> str:
    """A decimal beyond the largest binary64 becomes infinity in 1.0, which no JSON text can hold (SPEC §14.3): the
    document has no older form. That is E_MIGRATION about the input, not a number error about a value never written."""
    bad = _first_non_finite(older)
    if bad is not None:
        raise CheckpointError(
            "E_MIGRATION",
            f"the document has no {step.frm} form: the number at {bad or '(root)'} is beyond the largest {step.frm} number",
            bad,
            f"keep the document in format {step.to}, or make the value smaller than 1.7976931348623157e308 first",
        )
    return checkpoint_id(older)


def _cancel(recorded: list[dict], steps: list[dict]) -> list[dict]:
    out = list(recorded)
    for s in steps:
        if out and out[-1]["from"] == s["to"] and out[-1]["to"] == s["from"]:
            out.pop()
        else:
            out.append(s)
    return out


def _check_target(to: int, what: str) -> None:
    if format_of(to) is None:
        raise CheckpointError("E_ARGUMENT", f"cannot {what} to format {to}: known formats are 1 to {len(STEPS) + 1}")


def upgrade_doc(document: dict, to: int | None = None) -> UpgradeResult:
    """Upgrades a valid, verified document one step at a time; the input is not modified."""
    to = len(STEPS) + 1 if to is None else to
    _check_target(to, "upgrade")
    frm = _major(document)
    if to < frm:
        raise CheckpointError("E_ARGUMENT", f"cannot upgrade format {document['version']} to the older format {to}.0; use downgrade")
    prior = document.get("provenance")
    cur = {k: v for k, v in copy.deepcopy(document).items() if k != "provenance"}
    steps: list[dict] = []
    for major in range(frm, to):
        step = STEPS[major - 1]
        cur = _step_up(step, cur)
        _assert_valid(step, cur, up=True)
        steps.append({"from": step.frm, "to": step.to})
    if not steps:
        return UpgradeResult(copy.deepcopy(document), steps)
    source = prior or {"source_version": str(document["version"]), "source_id": str(document["checkpoint_id"]), "steps": []}
    source_created = prior.get("source_created_at") if prior else str(document["created_at"])
    recorded = _cancel(source["steps"], steps)
    if not recorded:
        return UpgradeResult(cur, steps)
    prov = {"source_version": source["source_version"], "source_id": source["source_id"]}
    if source_created is not None and source_created != cur["created_at"]:
        prov["source_created_at"] = source_created
    prov["steps"] = recorded
    cur["provenance"] = prov
    return UpgradeResult(cur, steps)


def downgrade_doc(document: dict, to: int, allow_loss: bool = False) -> DowngradeResult:
    """Downgrades a valid, verified document; any loss is refused (E_DOWNGRADE_LOSS) unless allow_loss."""
    _check_target(to, "downgrade")
    frm = _major(document)
    if to > frm:
        raise CheckpointError("E_ARGUMENT", f"cannot downgrade format {document['version']} to the newer format {to}.0; use upgrade")
    prior = document.get("provenance")
    cur = {k: v for k, v in copy.deepcopy(document).items() if k != "provenance"}
    loss: list[dict] = []
    steps: list[dict] = []
    for major in range(frm, to, -1):
        step = STEPS[major - 2]
        cur, step_loss = _step_down(step, cur)
        loss.extend(step_loss)
        steps.append({"from": step.to, "to": step.frm})
    if loss and not allow_loss:
        first = loss[0]
        raise CheckpointError(
            "E_DOWNGRADE_LOSS",
            f"downgrading {document['version']} to {to}.0 would lose data at {len(loss)} place{'s' if len(loss) > 1 else ''}, first at {first['pointer']} ({first['kind']})",
            first["pointer"],
            "pass allow_loss=True (CLI: --allow-loss) to accept the loss report, or keep the newer format",
            [ErrorDetail("E_DOWNGRADE_LOSS", f"{x['kind']} in format {x['version']}", x["pointer"]) for x in loss],
        )
    if not steps:
        return DowngradeResult(copy.deepcopy(document), steps, loss)
    if to >= 2:
        recorded = _cancel(prior["steps"] if prior else [], steps)
        if recorded:
            source = prior or {"source_version": str(document["version"]), "source_id": str(document["checkpoint_id"])}
            prov = {"source_version": source["source_version"], "source_id": source["source_id"]}
            if prior and prior.get("source_created_at") is not None:
                prov["source_created_at"] = prior["source_created_at"]
            prov["steps"] = recorded
            cur["provenance"] = prov
        elif prior and prior.get("source_created_at") is not None:
            cur["created_at"] = prior["source_created_at"]
    elif prior and prior.get("source_created_at") is not None and prior["source_version"] == f"{to}.0" and len(prior["steps"]) == len(steps):
        cur["created_at"] = prior["source_created_at"]
    return DowngradeResult(cur, steps, loss)
