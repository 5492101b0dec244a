"""The conformance vectors (spec/vectors/*.json) as (category, title, case) triples, for the package's tests."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VECTORS = ROOT / "spec" / "vectors"


def cases(category: str):
    data = json.loads((VECTORS / f"{category}.json").read_text(encoding="utf-8"))
    for group in data["groups"]:
        for case in group["cases"]:
            yield group, case, f"{group['description']} > {case['description']}"
