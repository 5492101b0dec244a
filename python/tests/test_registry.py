"""Registry writes and reads on the layout of spec/registry.md (the cross-language tests in tests/interop check
that TypeScript agrees; these check the protocol's parts one by one)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import state_checkpoint as sc
from state_checkpoint._generated.versions import LATEST_VERSION, REGISTRY_INDEX_LATEST
from state_checkpoint.registry import encode_record, run_lock_name

EXAMPLES = Path(__file__).resolve().parents[2] / "spec" / "examples"


def state(run: str, sequence: int, salt: str = "") -> dict:
    """A latest-format state: written as 3.0 and upgraded, so a new format version changes nothing here."""
    doc = {
        "version": "3.0",
        "created_at": "2024-01-01T00:00:00Z",
        "strategy_name": "sma",
        "run_id": run,
        "parent_id": None,
        "sequence": sequence,
        "timestamp": f"2024-0{1 + sequence % 9}-15T16:00:00Z",
        "portfolio_state": {"cash": {"USD": str(1000 + sequence)}, "positions": {}},
        "order_state": {"orders": [], "fills": []},
        "engine_state": {"rng": None, "feeds": {}, "counters": {}, "held_orders": []},
        "strategy_state": {"schema": "sma", "schema_version": 1, "data": {"salt": salt}},
        "fingerprint": None,
        "metadata": {},
    }
    doc["checkpoint_id"] = sc.checkpoint_id(doc)
    latest = sc.upgrade(doc).document
    return {k: v for k, v in latest.items() if k not in ("checkpoint_id", "version", "created_at", "provenance", "legacy")}


def log_lines(root: Path) -> list[str]:
    return [line for line in (root / ".index" / "log.jsonl").read_text(encoding="utf-8").split("\n") if line]


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_save_writes_the_canonical_file_at_its_path_with_marker_and_index(tmp_path):
    reg = sc.Registry(tmp_path / "reg")
    ckpt = sc.create(state("r", 1), created_at="2024-02-15T16:00:00Z")
    saved = reg.save(ckpt)
    assert saved.created and saved.path == f"2024/02/{ckpt['checkpoint_id']}.json"
    root = tmp_path / "reg"
    assert (root / saved.path).read_bytes() == sc.dumps(ckpt)
    assert (root / "registry.json").read_bytes() == b'{"registry_layout":1}\n'
    lines = log_lines(root)
    assert lines[0] == f'{{"registry_index":2,"latest_version":"{LATEST_VERSION}"}}'
    assert json.loads(lines[1])["op"] == "snapshot"
    assert not [p for p in root.rglob("*.tmp")]


def test_saving_the_same_state_twice_keeps_one_file_and_the_first_created_at(tmp_path):
    reg = sc.Registry(tmp_path)
    first = reg.create(state("r", 1), created_at="2024-02-15T16:00:00Z")[0]
    again = reg.create(state("r", 1), created_at="2030-01-01T00:00:00Z")[0]
    assert (first.created, again.created, first.id) == (True, False, again.id)
    assert reg.load(first.id).checkpoint["created_at"] == "2024-02-15T16:00:00Z"
    puts = [line for line in log_lines(tmp_path) if '"op":"put"' in line]
    assert len(puts) <= 1  # the rebuild of the fresh log indexed it; no duplicate record


def test_older_formats_are_upgraded_before_they_are_stored(tmp_path):
    reg = sc.Registry(tmp_path)
    saved = reg.save(EXAMPLES / "v1.json")
    stored = sc.load(tmp_path / saved.path)
    assert stored.original["version"] == LATEST_VERSION
    assert saved.id == sc.load(EXAMPLES / "v1.json").id


def test_list_latest_and_load(tmp_path):
    reg = sc.Registry(tmp_path)
    ids = [reg.create(state("a", seq))[0].id for seq in (0, 2, 1)] + [reg.create(state("b", 5))[0].id]
    listed = reg.list()
    assert [e.id for e in listed] == sorted(ids, key=lambda i: next((e.timestamp, e.run_id, e.sequence, e.id) for e in listed if e.id == i))
    assert reg.latest(run="a").sequence == 2
    assert reg.latest(strategy="sma").run_id == "b"  # its newest checkpoint was created last
    assert [e.sequence for e in reg.list(run="a")] == sorted(e.sequence for e in reg.list(run="a"))
    assert reg.latest(run="nope") is None
    assert reg.load(ids[0]).checkpoint["sequence"] == 0


def test_unknown_and_malformed_ids(tmp_path):
    reg = sc.Registry(tmp_path)
    with pytest.raises(sc.CheckpointError) as caught:
        reg.load("0" * 64)
    assert caught.value.code == "E_NOT_FOUND"
    with pytest.raises(sc.CheckpointError) as caught:
        reg.load("../etc/passwd")
    assert caught.value.code == "E_INVALID_ID"


def test_a_stale_lock_of_a_dead_writer_is_broken_and_its_intent_indexed(tmp_path):
    reg = sc.Registry(tmp_path)
    reg.create(state("r", 0))
    # A writer died between linking its file (durable) and appending its index record: §5.4 recovers it.
    orphan = sc.create(state("r", 1))
    rel = f"{orphan['timestamp'][:4]}/{orphan['timestamp'][5:7]}/{orphan['checkpoint_id']}.json"
    (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / rel).write_bytes(sc.dumps(orphan))
    lock = {"lock": 1, "pid": dead_pid(), "host": reg.host, "token": "t", "acquired_at": "2024-01-01T00:00:00.000Z", "purpose": "save", "run_id": "r", "intent": rel}
    (tmp_path / ".locks" / run_lock_name("r")).write_text(json.dumps(lock) + "\n")
    reg.create(state("r", 2))
    assert not (tmp_path / ".locks" / run_lock_name("r")).exists()
    assert any(orphan["checkpoint_id"] in line and '"op":"put"' in line for line in log_lines(tmp_path))


def test_a_live_lock_makes_a_save_wait_then_fail_with_e_locked(tmp_path):
    reg = sc.Registry(tmp_path, lock_timeout_ms=200)
    reg.create(state("r", 0))
    lock = {"lock": 1, "pid": os.getppid(), "host": reg.host, "token": "t", "acquired_at": "2024-01-01T00:00:00.000Z", "purpose": "save", "run_id": "r"}
    (tmp_path / ".locks" / run_lock_name("r")).write_text(json.dumps(lock) + "\n")
    with pytest.raises(sc.CheckpointError) as caught:
        reg.create(state("r", 1))
    assert caught.value.code == "E_LOCKED"
    assert str(os.getppid()) in caught.value.message


def test_a_corrupt_file_at_the_path_is_quarantined_before_writing(tmp_path):
    reg = sc.Registry(tmp_path)
    ckpt = sc.create(state("r", 3))
    saved = reg.save(ckpt)
    (tmp_path / saved.path).write_bytes(b"{ torn")
    again = reg.save(ckpt)
    assert again.created and again.quarantined is not None
    folder = tmp_path / again.quarantined
    assert json.loads((folder / "reason.json").read_text())["code"] == "E_PARSE"
    assert (tmp_path / saved.path).read_bytes() == sc.dumps(ckpt)


def test_a_newer_registry_layout_is_refused(tmp_path):
    (tmp_path / "registry.json").write_text('{"registry_layout":2}\n')
    with pytest.raises(sc.CheckpointError) as caught:
        sc.Registry(tmp_path).list()
    assert caught.value.code == "E_VERSION_TOO_NEW"


def test_symbolic_links_are_never_read_through(tmp_path):
    reg = sc.Registry(tmp_path / "reg")
    saved = reg.create(state("r", 1))[0]
    target = tmp_path / "elsewhere.json"
    path = tmp_path / "reg" / saved.path
    path.rename(target)
    path.symlink_to(target)
    with pytest.raises(sc.CheckpointError) as caught:
        reg.load(saved.id)
    assert caught.value.code == "E_IO" and "symbolic link" in caught.value.message
    assert reg.list() == []


def test_a_missing_log_is_rebuilt_from_the_files_not_created_by_appending(tmp_path):
    reg = sc.Registry(tmp_path)
    ids = {reg.create(state("r", seq))[0].id for seq in range(3)}
    (tmp_path / ".index" / "log.jsonl").unlink()
    ids.add(sc.Registry(tmp_path).create(state("r", 3))[0].id)
    lines = log_lines(tmp_path)
    snapshot = json.loads(lines[1])
    assert lines[0] == f'{{"registry_index":2,"latest_version":"{LATEST_VERSION}"}}' and snapshot["count"] == 4
    assert set(json.loads(lines[2])[i : i + 64] for i in range(0, 4 * 64, 64)) == ids


def test_regression_a_log_written_for_another_latest_version_is_rebuilt_before_a_save_appends_to_it_issue_12(tmp_path):
    """spec/registry.md §6.2.1: its records' latest-format ids mean something else to this library."""
    reg = sc.Registry(tmp_path)
    ids = {reg.create(state("r", seq))[0].id for seq in range(2)}
    log = tmp_path / ".index" / "log.jsonl"
    rest = log.read_text(encoding="utf-8").split("\n", 1)[1]
    log.write_text('{"registry_index":2,"latest_version":"99.0"}\n' + rest, encoding="utf-8")
    ids.add(sc.Registry(tmp_path).create(state("r", 2))[0].id)
    lines = log_lines(tmp_path)
    assert lines[0] == f'{{"registry_index":2,"latest_version":"{LATEST_VERSION}"}}'
    assert json.loads(lines[1])["count"] == 3
    assert set(json.loads(lines[2])[i : i + 64] for i in range(0, 3 * 64, 64)) == ids


def test_a_log_without_latest_version_is_read_as_written_for_the_tables_registry_index_latest(tmp_path):
    reg = sc.Registry(tmp_path)
    reg.create(state("r", 0))
    log = tmp_path / ".index" / "log.jsonl"
    rest = log.read_text(encoding="utf-8").split("\n", 1)[1]
    log.write_text('{"registry_index":2}\n' + rest, encoding="utf-8")
    sc.Registry(tmp_path).create(state("r", 1))
    # Appended to as it is while our latest is the one it was written for; rebuilt (and marked) once it is not.
    marked = f'{{"registry_index":2,"latest_version":"{LATEST_VERSION}"}}'
    assert log_lines(tmp_path)[0] == ('{"registry_index":2}' if REGISTRY_INDEX_LATEST == LATEST_VERSION else marked)


def test_index_records_are_spelled_as_the_typescript_library_writes_them():
    e = sc.RegistryEntry("a" * 64, f"2024/03/{'a' * 64}.json", "3.0", "a" * 64, "sma", "bt-1", 7, "2024-03-15T20:00:00Z", "2025-03-01T10:00:00.5Z")
    assert encode_record("put", e) == (
        '{"op":"put","id":"' + "a" * 64 + '","version":"3.0","strategy_name":"sma","run_id":"bt-1","sequence":7,'
        '"timestamp":"2024-03-15T20:00:00Z","created_at":"2025-03-01T10:00:00.5Z"}'
    )


def test_regression_an_append_is_checked_against_the_log_in_place_while_its_file_is_still_open(tmp_path, monkeypatch):
    """ext4 gives a deleted file's inode number to the next new file at once: an appender that closed the log it
    wrote to before comparing inode numbers could take a replacement log for it, and acknowledge a record that is
    only in the replaced log (TS regression test latest-race: "latest 34 after save 35 returned")."""
    from state_checkpoint import registry as reg

    root = tmp_path / "reg"
    sc.Registry(str(root)).create(state("r", 1))
    log = reg._IndexLog(str(root / ".index"))
    events: list[str] = []
    appending: set[int] = set()
    real_open, real_close, real_settled = os.open, os.close, reg._IndexLog._settled

    def opened(path, flags, *rest):
        fd = real_open(path, flags, *rest)
        if flags & os.O_APPEND:
            appending.add(fd)
        return fd

    monkeypatch.setattr(reg.os, "open", opened)
    monkeypatch.setattr(reg.os, "close", lambda fd: (events.append("close appended" if fd in appending else "close"), real_close(fd))[1])
    monkeypatch.setattr(reg._IndexLog, "_settled", lambda self, ino: (events.append("settled"), real_settled(self, ino))[1])
    assert log.append([encode_record("del", id="0" * 64)])
    assert events.index("settled") < events.index("close appended")


def test_regression_a_lock_broken_and_taken_again_under_the_same_inode_number_is_not_removed_by_its_old_holder(tmp_path):
    from state_checkpoint import registry as reg

    locks = reg._Locks(str(tmp_path), host=socket_host(), stale_ms=60_000, timeout_ms=5_000)
    old = locks.acquire("run-r.lock", "save")
    os.unlink(old.path)  # broken as stale
    new = locks.acquire("run-r.lock", "save")
    old.ino = new.ino  # the file system gave the new lock the old one's number
    old.release()
    assert json.loads(Path(new.path).read_text())["token"] == new.token
    new.release()
    assert not Path(new.path).exists()


def socket_host() -> str:
    import socket

    return socket.gethostname()
