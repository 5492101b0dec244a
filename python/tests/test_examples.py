"""The examples README points Python users to run as they are: they build states of the latest format by hand, so a
new format version that changes what a state holds must update them (this test fails until it does)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import state_checkpoint as sc

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FINBOT_SAMPLE = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "finbot" / "sample" / "sim-52e6b438" / "latest.json"


def run_example(name: str, *args: str) -> str:
    # The example must import the same package the tests import (installed, or the source tree).
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    done = subprocess.run([sys.executable, str(EXAMPLES / name), *args], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, f"{name} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def test_quickstart_saves_a_latest_format_checkpoint_that_reads_back(tmp_path: Path):
    out = run_example("quickstart.py", str(tmp_path / "reg"))
    assert "saved " in out and "latest of run py-bt-2024-03-15: sequence 1" in out
    files = list((tmp_path / "reg").glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/*.json"))
    assert len(files) == 1
    loaded = sc.load(files[0])
    assert loaded.checkpoint["version"] == sc.LATEST_VERSION and loaded.id == files[0].stem


def test_finbot_example_reads_a_finbot_file_and_writes_it_back_unchanged():
    out = run_example("finbot.py", str(FINBOT_SAMPLE))
    assert f"-> {sc.LATEST_VERSION} " in out
    assert "back to finbot: 0 losses, same bytes: True" in out
