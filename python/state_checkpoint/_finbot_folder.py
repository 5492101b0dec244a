"""Importing a folder finbot's CheckpointManager wrote ({dir}/{simulator_id}/{YYYYMMDD_HHMMSS_ffffff}.json plus
latest.json) into a registry, as `ckpt import` does (src/sources/finbot/folder.ts): each simulator folder becomes one
run, its timestamped files a chain in time order (sequence 0, 1, …, each the parent of the next). latest.json is a
second copy of the most recent save, written after it and not atomically, so it is compared, not trusted. Import is
a pure function of the bytes, so a second run finds every checkpoint saved already and adds nothing."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field

from . import _finbot_values as V
from . import finbot
from ._strict_json import parse_bytes
from .errors import CheckpointError, ErrorDetail

# finbot's file name: strftime("%Y%m%d_%H%M%S_%f") (glibc does not pad years below 1000).
NAME = re.compile(r"([0-9]{1,4})([0-9]{4})_([0-9]{6})_([0-9]{6})\.json")
_ISO_HEAD = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{6}))?")
FATAL = ("E_IO", "E_LOCKED", "E_UNAVAILABLE", "E_CONFLICT")


@dataclass
class FileReport:
    """One file: `kind` is imported (with id, sequence, created), twin (of), skipped (reason, damaged) or failed
    (error)."""

    path: str
    kind: str
    id: str | None = None
    sequence: int | None = None
    created: bool | None = None
    of: str | None = None
    reason: str | None = None
    damaged: bool = False
    error: CheckpointError | None = None
    warnings: list[ErrorDetail] = field(default_factory=list)
    note: str | None = None


@dataclass
class RunReport:
    folder: str
    run_id: str | None
    files: list[FileReport]
    foreign: int  # checkpoints of the run the registry held before that are not in this chain


def _name_key(name: str) -> str:
    m = NAME.fullmatch(name)
    return m.group(1).rjust(4, "0") + m.group(2) + m.group(3) + m.group(4)


def _simulator_folders(root: str) -> list[str]:
    out: list[str] = []

    def walk(d: str) -> None:
        entries = sorted(os.scandir(d), key=lambda e: e.name.encode("utf-16-be"))
        if any(e.is_file() and e.name.endswith(".json") for e in entries):
            out.append(os.path.relpath(d, root).replace(os.sep, "/") if d != root else "")
        for e in entries:
            if e.is_dir() and not e.name.startswith("."):
                walk(e.path)

    walk(root)
    return out


@dataclass
class _Parsed:
    raw: bytes
    value: dict | None = None
    problem: str | None = None
    damaged: bool = False


def _read(path: str) -> _Parsed:
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        raise CheckpointError("E_IO", f"cannot read {path}: {e.strerror}") from e
    if not raw:
        return _Parsed(raw, problem="empty (0 bytes: truncated by a save that wrote nothing)", damaged=True)
    try:
        value = parse_bytes(raw)
    except CheckpointError as e:
        return _Parsed(raw, problem=f"torn ({e.message})" if e.code == "E_PARSE" else e.message, damaged=e.code == "E_PARSE")
    if not finbot.is_execution_checkpoint(value):
        return _Parsed(raw, problem="not a finbot ExecutionCheckpoint")
    return _Parsed(raw, value)


def _instant(value: dict, zone: str | None) -> str | None:
    try:
        return V.utc(str(value.get("checkpoint_timestamp")), zone)
    except ValueError:
        return None


def _later(a: str, b: str) -> bool:
    from . import _time as T

    return T.compare(a, b) > 0


def _import_run(root: str, folder: str, registry, zone: str | None, tick) -> RunReport:
    directory = os.path.join(root, folder) if folder else root
    names = [e.name for e in os.scandir(directory) if e.is_file() and e.name.endswith(".json")]
    timestamped = sorted((n for n in names if NAME.fullmatch(n)), key=_name_key)
    files: list[FileReport] = []
    at = (lambda name: f"{folder}/{name}") if folder else (lambda name: name)
    state = {"parent": None, "sequence": 0, "run_id": None, "newest": None}
    by_bytes: dict[bytes, str] = {}
    chain: set[str] = set()

    def push(r: FileReport) -> None:
        files.append(r)
        tick(r)

    def import_one(name: str, parsed: _Parsed, note: str | None = None) -> None:
        warnings: list[ErrorDetail] = []
        value = parsed.value
        try:
            warnings = finbot.assert_valid(value, parsed.raw)
            doc = finbot.verified(finbot.import_value(value, zone, finbot.newline_of_bytes(parsed.raw), state["sequence"], state["parent"]))
            sim = str(value["simulator_id"])
            base = os.path.basename(os.path.normpath(root))
            if not (folder == sim or folder.endswith(f"/{sim}") or base == sim or folder.split("/")[-1] == sim):
                warnings.append(ErrorDetail("W_SOURCE_SEMANTIC", f"simulator {json.dumps(sim)} is not the name of its folder {json.dumps(folder or base)}", "/simulator_id"))
            if NAME.fullmatch(name):
                expected = str(value["checkpoint_timestamp"])
                m = _ISO_HEAD.match(expected)
                want = f"{int(m.group(1))}{m.group(2)}{m.group(3)}_{m.group(4)}{m.group(5)}{m.group(6)}_{m.group(7) or '000000'}.json" if m else ""
                if want != name:
                    warnings.append(ErrorDetail("W_SOURCE_SEMANTIC", f"the file name is not finbot's name for checkpoint_timestamp {expected} ({want}): renamed or copied?", "/checkpoint_timestamp"))
            saved = registry.save(doc)
            state["run_id"] = doc["run_id"]
            chain.add(saved.id)
            push(FileReport(at(name), "imported", id=saved.id, sequence=state["sequence"], created=saved.created, warnings=warnings, note=note))
            state["parent"] = saved.id
            state["sequence"] += 1
            t = _instant(value, zone)
            if t is not None and (state["newest"] is None or _later(t, state["newest"])):
                state["newest"] = t
        except CheckpointError as e:
            if e.code in FATAL:
                raise
            push(FileReport(at(name), "failed", error=e, warnings=warnings))

    for name in timestamped:
        parsed = _read(os.path.join(directory, name))
        by_bytes[parsed.raw] = name
        if parsed.value is None:
            push(FileReport(at(name), "skipped", reason=parsed.problem, damaged=parsed.damaged))
            continue
        import_one(name, parsed)
    for name in sorted((n for n in names if not NAME.fullmatch(n)), key=lambda n: n.encode("utf-16-be")):
        if name != "latest.json":
            push(FileReport(at(name), "skipped", reason="not a name finbot's CheckpointManager writes or lists (YYYYMMDD_HHMMSS_ffffff.json)"))
            continue
        parsed = _read(os.path.join(directory, name))
        twin = by_bytes.get(parsed.raw)
        if twin is not None:
            push(FileReport(at(name), "twin", of=twin))
            continue
        if parsed.value is None:
            push(FileReport(at(name), "skipped", reason=f"{parsed.problem}; the timestamped files hold every complete save", damaged=parsed.damaged))
            continue
        t = _instant(parsed.value, zone)
        if state["newest"] is not None and (t is None or not _later(t, state["newest"])):
            check = finbot.check_value(parsed.value, parsed.raw)
            invalid = f", and invalid ({check.errors[0].message})" if check.errors else ""
            push(FileReport(at(name), "skipped", reason=f"older than the newest timestamped file and equal to none of them (an older checkpoint saved again, or a save that crashed before its second write){invalid}"))
            continue
        import_one(name, parsed, "newer than every timestamped file: the save whose own file is missing or torn; imported as the end of the chain")
    foreign = 0
    if state["run_id"] is not None:
        foreign = sum(1 for e in registry.list(run=state["run_id"]) if e.id not in chain)
    return RunReport(folder, state["run_id"], files, foreign)


def import_folder(root: str | os.PathLike, registry, zone: str | None = None, on_file=None) -> list[RunReport]:
    """Imports every simulator folder under `root` into `registry` (anything with save() and list()). Raises
    E_NO_INPUT when finbot wrote nothing under `root`."""
    root = os.fspath(root)
    if zone is not None and zone != "UTC":
        V.check_zone(zone)
    try:
        folders = _simulator_folders(root)
    except (FileNotFoundError, NotADirectoryError) as e:
        raise CheckpointError("E_NO_INPUT", f"{root} is not a folder", None, "give the folder finbot's CheckpointManager writes to (its checkpoint_dir)") from e
    except OSError as e:
        raise CheckpointError("E_IO", f"cannot read {root}: {e.strerror}") from e
    total = sum(sum(1 for n in os.listdir(os.path.join(root, f) if f else root) if n.endswith(".json")) for f in folders)
    if total == 0:
        raise CheckpointError("E_NO_INPUT", f"{root} holds no .json files", None, "give the folder finbot's CheckpointManager writes to: it holds one folder per simulator")
    done = [0]

    def tick(r: FileReport) -> None:
        done[0] += 1
        if on_file is not None:
            on_file(r, done[0], total)

    return [_import_run(root, folder, registry, zone, tick) for folder in folders]
