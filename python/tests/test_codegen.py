"""The generated version table and types match the schemas (the drift check CI runs), and the table is what the
package uses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import state_checkpoint as sc

CODEGEN = Path(__file__).resolve().parents[1] / "codegen.py"
SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


def test_generated_files_are_up_to_date():
    run = subprocess.run([sys.executable, str(CODEGEN), "--check"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def test_every_schema_is_a_format_version_and_the_last_is_latest():
    files = sorted(SCHEMAS.glob("v*.schema.json"))
    assert [f.version for f in sc.FORMATS] == [f"{i}.0" for i in range(1, len(files) + 1)]
    assert sc.LATEST_VERSION == sc.FORMATS[-1].version


def test_types_are_generated_for_every_version():
    from state_checkpoint._generated import types

    for f in sc.FORMATS:
        assert hasattr(types, f"CheckpointV{f.major}")
    assert types.Checkpoint is getattr(types, f"CheckpointV{sc.LATEST_MAJOR}")
