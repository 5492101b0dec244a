"""A long-lived Python process for the cross-language tests: one JSON request per stdin line, one JSON answer per
stdout line, so thousands of documents cross the language boundary without a process per document.

Requests: {"op": "load" | "check" | "upgrade" | "downgrade" | "create" | "finbot_load" | "finbot_export", ...}; see handle(). It imports the
package from the working tree (python/), so the tests check the sources, installed or not.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "python"))

import state_checkpoint as sc  # noqa: E402


def error(e: sc.CheckpointError) -> dict:
    return {"ok": False, "code": e.code, "pointer": e.pointer, "details": [d.to_dict() for d in e.details]}


def handle(req: dict) -> dict:
    op = req["op"]
    if op == "load":
        r = sc.load(req["text"].encode("utf-8"))
        return {"ok": True, "id": r.id, "original": r.original, "steps": r.steps, "provenance": r.provenance, "file": sc.dumps(r.checkpoint).decode("utf-8")}
    if op == "check":
        r = sc.check(req["text"].encode("utf-8"))
        return {"ok": True, "valid": r.valid, "version": r.version, "id": r.id, "errors": [d.to_dict() for d in r.errors], "warnings": [d.to_dict() for d in r.warnings]}
    if op == "upgrade":
        r = sc.upgrade(req["text"].encode("utf-8"), to=req.get("to"))
        return {"ok": True, "file": sc.dumps(r.document).decode("utf-8"), "steps": r.steps}
    if op == "downgrade":
        r = sc.downgrade(req["text"].encode("utf-8"), to=req["to"], allow_loss=req.get("allow_loss", False))
        return {"ok": True, "file": sc.dumps(r.document).decode("utf-8"), "steps": r.steps, "loss": r.loss}
    if op == "create":
        doc = sc.create(req["state"], req.get("created_at"))
        return {"ok": True, "id": doc["checkpoint_id"], "file": sc.dumps(doc).decode("utf-8")}
    if op == "finbot_load":
        # A finbot ExecutionCheckpoint file: its import (id, canonical file, provenance, warnings) and its export.
        raw = Path(req["path"]).read_bytes()
        r = sc.load(raw, zone=req.get("zone"))
        exported = sc.finbot.export_bytes(r.checkpoint)
        return {
            "ok": True,
            "id": r.id,
            "original": r.original,
            "steps": r.steps,
            "provenance": r.provenance,
            "file": sc.dumps(r.checkpoint).decode("utf-8"),
            "warnings": [d.to_dict() for d in r.warnings],
            "export": exported.decode("ascii"),
        }
    if op == "finbot_export":
        r = sc.downgrade(req["text"].encode("utf-8"), to=sc.finbot.SOURCE_FORMAT, allow_loss=True)
        return {"ok": True, "export": sc.finbot.render(r.document).decode("ascii"), "loss": r.loss}
    if op == "finbot_import_folder":
        runs = sc.Registry(req["registry"]).import_finbot(req["root"], zone=req.get("zone"))
        return {
            "ok": True,
            "files": [
                {"path": f.path, "kind": f.kind, "id": f.id, "sequence": f.sequence, "of": f.of, "damaged": f.damaged, "code": f.error.code if f.error else None}
                for r in runs
                for f in r.files
            ],
        }
    if op == "registry_list":
        return {"ok": True, "entries": [vars(e) for e in sc.Registry(req["root"]).list(run=req.get("run"))]}
    if op == "registry_latest":
        e = sc.Registry(req["root"]).latest(run=req["run"])
        return {"ok": True, "entry": None if e is None else vars(e)}
    raise ValueError(f"unknown op {op!r}")


def main() -> None:
    for line in sys.stdin:
        if not line.strip():
            continue
        req = json.loads(line)
        try:
            answer = handle(req)
        except sc.CheckpointError as e:
            answer = error(e)
        except Exception as e:  # noqa: BLE001 - a crash is reported to the test as a failure, not a hang
            answer = {"ok": False, "code": "CRASH", "message": f"{type(e).__name__}: {e}"}
        answer["seq"] = req.get("seq")
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
