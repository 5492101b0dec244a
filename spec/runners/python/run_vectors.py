#!/usr/bin/env python3
"""Runs the state-checkpoint conformance vectors through the Python package (python/state_checkpoint).

Standard library plus python3-jsonschema only. From the repository root:

    python3 spec/runners/python/run_vectors.py            # summary and failures
    python3 spec/runners/python/run_vectors.py --verbose  # one line per case

It checks, for every vector file in spec/vectors/:
  - the file matches spec/vectors/vectors.schema.json;
  - validity: the schema verdict of jsonschema (with ECMA-262 patterns) equals schema_valid, and documents that
    pass the schema carry their correct id;
  - identity: the package's RFC 8785 implementation reproduces canonical, canonical_hex and id;
  - upgrade and downgrade: inputs and outputs pass their schemas and carry their correct ids, the output id is the
    case's id, and every loss entry about the input names the value the input holds there; and, by its own reading
    of SPEC §14 (migration_checks.py): provenance and created_at, the 2.0 -> 1.0 numbers, and which documents have
    no older form (E_MIGRATION);
  - bad-input: the package's strict reader reports the expected error code, or accepts the bytes with the expected id;
  - source (finbot.json): finbot values get the schema verdict of --schemas and the package's first error code and
    warnings; finbot files (bytes) import to the case's output, id and warnings, the output passing its schema; 4.0
    documents export to the case's bytes and loss report.
and, as a full reader, the package's check / load / upgrade / downgrade must give each case's error code, output,
steps and loss report; and it reproduces the RFC 8785 reference vectors (tests/fixtures/jcs, or --jcs DIR).
Exits 1 if anything disagrees.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import traceback
from pathlib import Path

from checkpoint import (
    CheckpointError,
    EcmaValidator,
    canonical_bytes,
    canonical_text,
    check_document,
    checkpoint_id,
    code_of,
    load_validators,
    parse_bytes,
    parse_text,
    read_checkpoint,
    sc,
)
from migration_checks import check_down_to_1, check_provenance, no_older_form

ROOT = Path(__file__).resolve().parents[3]
CATEGORIES = ["validity", "identity", "upgrade", "downgrade", "bad-input"]
# Vector files of source formats (files other producers write), each with its cases of kinds validity / import / export.
SOURCE_FILES = ["finbot.json"]


class Disagreement(Exception):
    pass


def expect(actual, wanted, what: str) -> None:
    if actual != wanted:
        raise Disagreement(f"{what}: expected {wanted!r}, got {actual!r}")


def pointer_get(doc: object, pointer: str) -> tuple[bool, object]:
    """(found, value) at an RFC 6901 pointer."""
    cur = doc
    for raw in pointer.split("/")[1:]:
        key = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(cur, dict) and key in cur:
            cur = cur[key]
        elif isinstance(cur, list) and key.isascii() and key.isdigit() and int(key) < len(cur):
            cur = cur[int(key)]
        else:
            return False, None
    return True, cur


def same_json(a: object, b: object) -> bool:
    return canonical_text(a) == canonical_text(b)


# -- one function per category: each raises Disagreement (or any exception) when the case fails ----------------


def run_validity(group: dict, case: dict, validators) -> None:
    doc = case["document"]
    expect(doc["version"], group["version"], "document version")
    major = int(group["version"].split(".")[0])
    expect(validators[major].is_valid(doc), case["schema_valid"], "schema verdict")
    if case["schema_valid"]:
        # A schema-level reader stops here; the id must already be right, so E_SEMANTIC is the only thing left.
        expect(checkpoint_id(doc), doc["checkpoint_id"], "id")
        expect(check_document(doc, validators), doc["checkpoint_id"], "read")
    # The full reader (the package): semantic rules included, the code a load reports.
    report = sc.check(doc)
    expect(report.errors[0].code if report.errors else None, case["error"], "full reader: first error")


def run_identity(group: dict, case: dict, validators) -> None:
    value = parse_text(case["text"]) if "text" in case else case["value"]
    target = value
    if case["scope"] == "checkpoint":
        target = {k: v for k, v in value.items() if k not in ("checkpoint_id", "created_at", "provenance")}
        expect(checkpoint_id(value), case["id"], "checkpoint id")
        expect(value["checkpoint_id"], case["id"], "stored id")
    expect(canonical_text(target), case["canonical"], "canonical text")
    data = canonical_bytes(target)
    expect(data.hex(), case["canonical_hex"], "canonical bytes")
    expect(hashlib.sha256(data).hexdigest(), case["id"], "sha256")


def run_upgrade(group: dict, case: dict, validators) -> None:
    expect(check_document(case["input"], validators), case["input"]["checkpoint_id"], "input")
    out = case["output"]
    expect(out["version"], case["to"], "output version")
    expect(check_document(out, validators), case["id"], "output id")
    expect(out["checkpoint_id"], case["id"], "stored output id")
    expect_none(check_provenance(case["input"], out, case["steps"], "up"))
    # The full reader computes the upgrade itself: the same document, byte for byte, through the same steps.
    result = sc.upgrade(case["input"], to=case["to"])
    expect(result.steps, case["steps"], "full reader: steps")
    expect(canonical_text(result.document), canonical_text(out), "full reader: output")


def expect_none(problems: list[str]) -> None:
    if problems:
        raise Disagreement("; ".join(problems))


def level_2_without_layer(doc: dict) -> dict | None:
    """The document as the 2.0 -> 1.0 step's `down` reads it, when no legacy layer of that step is involved."""
    if doc["version"] == "2.0":
        layers = doc.get("legacy", [])
        return doc if not layers or layers[-1]["from"] != "1.0" else None
    if doc["version"] == "3.0" and "legacy" not in doc:
        orders = doc["order_state"]
        return {**doc, "order_state": {"orders": orders["orders"], "fills": orders["fills"]}}
    return None


def run_downgrade(group: dict, case: dict, validators) -> None:
    doc = case["input"]
    expect(check_document(doc, validators), doc["checkpoint_id"], "input")
    for entry in case["loss"]:
        if entry["version"] != doc["version"]:
            continue  # about an intermediate version this runner does not compute
        found, value = pointer_get(doc, entry["pointer"])
        if entry["kind"] == "added":
            expect(found, False, f"loss entry {entry['pointer']} (added) is absent from the input")
        else:
            expect(found, True, f"loss entry {entry['pointer']} exists in the input")
            if not same_json(value, entry["was"]):
                raise Disagreement(f"loss entry {entry['pointer']}: was {entry['was']!r}, input holds {value!r}")
    to = int(case["to"].split(".")[0])
    run_downgrade_in_full(case, to)
    reason = no_older_form(doc, to)
    if case["error"] == "E_MIGRATION":
        if reason is None:
            raise Disagreement("expected E_MIGRATION, but this runner finds an older form for the document")
        expect(case["loss"], [], "loss of a downgrade with no older form")
        return
    if reason is not None and "legacy" not in doc:
        raise Disagreement(f"the document has no {case['to']} form ({reason}), yet the case gives one")
    if case["error"] is None:
        out = case["output"]
        expect(out["version"], case["to"], "output version")
        check_document(out, validators)
        expect_none(check_provenance(doc, out, case["steps"], "down"))
        level2 = level_2_without_layer(doc) if case["to"] == "1.0" else None
        if level2 is not None:
            expect_none(check_down_to_1(level2, out))
    else:
        expect(case["error"], "E_DOWNGRADE_LOSS", "error")
        if not case["loss"]:
            raise Disagreement("a refused downgrade has an empty loss report")


def run_downgrade_in_full(case: dict, to: int) -> None:
    """The full reader computes the downgrade: the same output, loss report and error code."""
    try:
        result = sc.downgrade(case["input"], to=to, allow_loss=case["allow_loss"])
    except CheckpointError as e:
        expect(e.code, case["error"], "full reader: error")
        if e.code == "E_DOWNGRADE_LOSS":
            lossy = sc.downgrade(case["input"], to=to, allow_loss=True)
            expect(canonical_text(lossy.loss), canonical_text(case["loss"]), "full reader: loss report")
        return
    expect(None, case["error"], "full reader: error")
    expect(result.steps, case["steps"], "full reader: steps")
    expect(canonical_text(result.loss), canonical_text(case["loss"]), "full reader: loss report")
    expect(canonical_text(result.document), canonical_text(case["output"]), "full reader: output")


def run_bad_input(group: dict, case: dict, validators) -> None:
    data = bytes.fromhex(case["hex"])
    result: dict = {}

    def read():
        result["doc"], result["id"] = read_checkpoint(data, validators)

    expect(code_of(read), case["error"], "error code")
    expect(code_of(lambda: sc.load(data)), case["error"], "full reader: error code")
    if case["error"] is None:
        expect(result["id"], case["id"], "id")


def warning_codes(warnings) -> list[str]:
    return sorted({w.code for w in warnings})


def run_source(group: dict, case: dict, validators) -> None:
    """A source-format case: a value checked (its schema verdict by --schemas, the package's first error code and
    warnings), a file's bytes imported (error, output document and id, warnings), or a checkpoint exported (error,
    the file's bytes, the loss report)."""
    kind = case["kind"]
    if kind == "validity":
        doc = case["document"]
        expect(validators[group["format"]].is_valid(doc), case["schema_valid"], "schema verdict")
        report = sc.check(doc)
        expect(report.errors[0].code if report.errors else None, case["error"], "full reader: first error")
        expect(warning_codes(report.warnings), case["warnings"], "full reader: warnings")
    elif kind == "import":
        data = bytes.fromhex(case["hex"])
        try:
            result = sc.load(data, zone=case.get("zone"))
        except CheckpointError as e:
            expect(e.code, case["error"], "error")
            return
        expect(None, case["error"], "error")
        out = case["output"]
        # Schema level: the output is a valid document of its format with its correct id.
        expect(check_document(out, validators), case["id"], "output id")
        expect(result.id, case["id"], "full reader: id")
        expect(canonical_text(result.checkpoint), canonical_text(out), "full reader: output")
        expect(warning_codes(result.warnings), case["warnings"], "full reader: warnings")
    elif kind == "export":
        try:
            result = sc.finbot.export(case["input"], allow_loss=case["allow_loss"])
        except CheckpointError as e:
            expect(e.code, case["error"], "error")
            if e.code == "E_DOWNGRADE_LOSS":
                lossy = sc.finbot.export(case["input"], allow_loss=True)
                expect(canonical_text(lossy.loss), canonical_text(case["loss"]), "loss report")
            return
        expect(None, case["error"], "error")
        expect(result.data.hex(), case["output_hex"], "file bytes")
        expect(canonical_text(result.loss), canonical_text(case["loss"]), "loss report")
        # Schema level: the bytes are a valid value of the source format.
        expect(validators[group["format"]].is_valid(parse_bytes(result.data)), True, "output schema")
    else:
        raise Disagreement(f"unknown source case kind {kind!r}")


RUNNERS = {
    "validity": run_validity,
    "identity": run_identity,
    "upgrade": run_upgrade,
    "downgrade": run_downgrade,
    "bad-input": run_bad_input,
    "source": run_source,
}


def run_jcs_reference(jcs_dir: Path) -> list[tuple[str, str | None]]:
    """RFC 8785 reference vectors: input/NAME.json -> output/NAME.json, byte for byte, and outhex/NAME.txt."""
    results = []
    for source in sorted((jcs_dir / "input").glob("*.json")):
        name = source.stem
        try:
            data = canonical_bytes(parse_bytes(source.read_bytes()))
            expect(data, (jcs_dir / "output" / f"{name}.json").read_bytes(), "canonical bytes")
            hexed = bytes.fromhex("".join((jcs_dir / "outhex" / f"{name}.txt").read_text().split()))
            expect(data, hexed, "outhex")
            results.append((name, None))
        except Exception as e:  # noqa: BLE001 - any failure is a disagreement to report
            results.append((name, f"{type(e).__name__}: {e}"))
    return results


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vectors", type=Path, default=ROOT / "spec" / "vectors", help="vector directory")
    parser.add_argument("--schemas", type=Path, default=ROOT / "schemas", help="schema directory")
    parser.add_argument("--jcs", type=Path, default=ROOT / "tests" / "fixtures" / "jcs", help="RFC 8785 reference vectors")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every case")
    args = parser.parse_args(argv)

    validators = load_validators(args.schemas)
    meta = EcmaValidator(parse_bytes((args.vectors / "vectors.schema.json").read_bytes()))
    passed = failed = 0
    agree = total = 0
    lines: list[str] = []

    def record(ok: bool, title: str, detail: str | None = None) -> None:
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
        if not ok or args.verbose:
            lines.append(f"{'ok  ' if ok else 'FAIL'} {title}" + (f"\n     {detail}" if detail else ""))

    per_category = []
    for name, category in [*((f"{c}.json", c) for c in CATEGORIES), *((f, "source") for f in SOURCE_FILES)]:
        path = args.vectors / name
        vector_file = parse_bytes(path.read_bytes())  # vector files are strict JSON too
        problems = sorted(meta.iter_errors(vector_file), key=lambda e: list(e.absolute_path))
        record(not problems, f"{path.name} matches vectors.schema.json", problems[0].message if problems else None)
        expect(vector_file["category"], category, "category")
        ok_count = count = 0
        for group in vector_file["groups"]:
            for case in group["cases"]:
                title = f"{path.name} > {group['description']} > {case['description']}"
                count += 1
                try:
                    RUNNERS[category](group, case, validators)
                except Disagreement as e:
                    record(False, title, str(e))
                except CheckpointError as e:
                    record(False, title, f"unexpected {e.code}: {e.message}")
                except Exception:  # noqa: BLE001 - a crash is a disagreement, reported with its trace
                    record(False, title, traceback.format_exc(limit=3).strip().replace("\n", "\n     "))
                else:
                    ok_count += 1
                    record(True, title)
        per_category.append(f"{path.stem}: {ok_count}/{count} agree")
        agree += ok_count
        total += count

    jcs = run_jcs_reference(args.jcs)
    for name, problem in jcs:
        record(problem is None, f"RFC 8785 reference {name}.json", problem)
    jcs_ok = sum(1 for _, p in jcs if p is None)

    print("\n".join(lines + per_category))
    print(f"RFC 8785 reference vectors: {jcs_ok}/{len(jcs)} agree")
    print(f"Python: {agree}/{total} vectors agree")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and total > 0 and jcs else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
