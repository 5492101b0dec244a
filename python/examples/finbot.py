"""Reads a file finbot's CheckpointManager wrote, as a verified checkpoint of the latest format, and writes it back.

    python python/examples/finbot.py FILE        # e.g. tests/fixtures/finbot/sample/sim-52e6b438/latest.json
"""

import sys
from pathlib import Path

import state_checkpoint as sc

path = Path(sys.argv[1])
result = sc.load(path)  # finbot ExecutionCheckpoint 1.0.0 -> the latest format, with provenance
ckpt = result.checkpoint
print(f"{result.original['version']} -> {ckpt['version']} {result.id}")
print(f"run {ckpt['run_id']}, {len(ckpt['order_state']['orders'])} working and {len(ckpt['order_state']['completed'])} completed orders")
for w in result.warnings:
    print(f"warning {w.code} at {w.pointer}: {w.message}")

data, loss = sc.finbot.to_execution_checkpoint(ckpt)  # finbot's dict, members in finbot's order
print(f"back to finbot: {len(loss)} losses, same bytes: {sc.finbot.export_bytes(ckpt) == path.read_bytes()}")
