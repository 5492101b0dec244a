"""Python twin of tests/registry/fixtures/save-loop.mjs: saves checkpoints into a registry in a loop and prints
"saved <sequence> <id> <created>" after each save returns, so a parent that SIGKILLs it knows what it may rely on.

argv: <ignored> <root> <run> <first sequence> <count> [mode]
  mode "wait": print "ready" once warm, then read "<root> <run> <first sequence>" from stdin and start.
  mode "shared": even sequences save a state every process saves (the TypeScript children too: same id).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "python"))

import state_checkpoint as sc  # noqa: E402


def state_for(run: str, sequence: int, salt: str = "") -> dict:
    """The same state as stateFor() in tests/registry/fixtures/state.mjs: written as 3.0 and upgraded to the latest
    format (whose new members then hold what the engine snapshot's absent ones map to), so a new format version
    changes nothing here."""
    day = 1 + sequence % 28
    month = 1 + (sequence // 28) % 12
    doc = {
        "version": "3.0",
        "created_at": "2024-01-01T00:00:00Z",
        "strategy_name": "fault_injection",
        "run_id": run,
        "parent_id": None,
        "sequence": sequence,
        "timestamp": f"2024-{month:02d}-{day:02d}T16:00:00Z",
        "portfolio_state": {"cash": {"USD": str(100000 + sequence)}, "positions": {}},
        "order_state": {"orders": [], "fills": []},
        "engine_state": {"rng": {"algorithm": "mulberry32", "state": [sequence + 1]}, "feeds": {}, "counters": {"order": sequence}, "held_orders": []},
        "strategy_state": {"schema": "fault_injection", "schema_version": 1, "data": {"salt": salt, "sequence": sequence}},
        "fingerprint": None,
        "metadata": {},
    }
    doc["checkpoint_id"] = sc.checkpoint_id(doc)
    latest = sc.upgrade(doc).document
    return {k: v for k, v in latest.items() if k not in ("checkpoint_id", "version", "created_at", "provenance", "legacy")}


def main(argv: list[str]) -> None:
    _, root, run, first, count, *rest = argv
    mode = rest[0] if rest else ""
    if mode == "wait":
        scratch = tempfile.mkdtemp(prefix="ckpt-warm-py-")
        warm = sc.Registry(scratch)
        for i in range(2):
            warm.create(state_for("warm", i))
        warm.latest(run="warm")
        shutil.rmtree(scratch, ignore_errors=True)
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        root, run, first = sys.stdin.readline().split()
    registry = sc.Registry(root, lock_timeout_ms=120_000)
    start = int(first)
    for seq in range(start, start + int(count)):
        shared = mode == "shared" and seq % 2 == 0
        state = state_for("shared" if shared else run, seq, "" if shared else f"{run}-{os.getpid()}")
        result, _ = registry.create(state)
        sys.stdout.write(f"saved {seq} {result.id} {'true' if result.created else 'false'}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
