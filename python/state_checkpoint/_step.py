"""The contract of one migration step, from the previous format version to the one whose module (versions/vN.py)
holds it. Steps are pure; the chain driver (_migrations.py) adds ids, legacy records, provenance and loss reports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Step:
    frm: str
    to: str
    up: Callable[[dict], dict]
    down: Callable[[dict], dict]
