"""finbot ExecutionCheckpoint 1.0.0: detection, checks, import to the latest format and export back to the bytes.

Files come from tests/fixtures/finbot/generate.py (finbot's serializer re-implemented with its own Decimal and
datetime spellings) for several seeds, with LF and CRLF line ends, plus the committed samples."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import state_checkpoint as sc
from state_checkpoint import finbot
from state_checkpoint import _finbot_values as V
from state_checkpoint._strict_json import parse_bytes

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "finbot"



def _generate(out: Path, seed: int, newline: str) -> Path:
    subprocess.run(
        [sys.executable, str(FIXTURES / "generate.py"), "--out", str(out), "--seed", str(seed), "--simulators", "10", "--checkpoints", "4", "--newline", newline, "--manifest", str(out) + ".manifest.json"],
        check=True,
    )
    return out


@pytest.fixture(scope="module")
def folders(tmp_path_factory) -> list[Path]:
    base = tmp_path_factory.mktemp("finbot")
    made = [_generate(base / f"s{seed}-{nl}", seed, nl) for seed, nl in ((1, "lf"), (2, "crlf"), (3, "lf"))]
    return [FIXTURES / "sample", FIXTURES / "sample-crlf", *made]


def _files(folders: list[Path]) -> list[Path]:
    return sorted(p for folder in folders for p in folder.rglob("*.json"))


def _readable(path: Path) -> bool:
    try:
        parse_bytes(path.read_bytes())
        return True
    except sc.CheckpointError:
        return False


def test_import_then_export_gives_back_every_generated_file_byte_for_byte(folders):
    files = [p for p in _files(folders) if _readable(p)]
    assert len(files) > 100
    for path in files:
        raw = path.read_bytes()
        result = sc.load(path)
        assert result.original["version"] == finbot.SOURCE_FORMAT
        assert result.steps == [{"from": finbot.SOURCE_FORMAT, "to": "4.0"}]
        assert result.checkpoint["version"] == "4.0"
        assert not [w for w in result.warnings if w.code == "W_SOURCE_LAYOUT"], path
        assert finbot.export_bytes(result.checkpoint) == raw, path
        down = sc.downgrade(raw, to=finbot.SOURCE_FORMAT)
        assert down.loss == []
        assert finbot.render(down.document, finbot.newline_of_bytes(raw)) == raw


def test_import_is_deterministic_and_latest_json_shares_its_twins_id(folders):
    for folder in folders:
        for sim in folder.iterdir():
            if not sim.is_dir():
                continue
            ids = {p.name: sc.load(p).id for p in sim.glob("*.json") if _readable(p)}
            again = {p.name: sc.load(p.read_bytes()).id for p in sim.glob("*.json") if _readable(p)}
            assert ids == again
            latest = sim / "latest.json"
            if latest.exists() and _readable(latest):
                twins = [p for p in sim.glob("2*.json") if p.read_bytes() == latest.read_bytes()]
                for twin in twins:
                    assert ids[twin.name] == ids["latest.json"]


def test_line_ends_do_not_change_the_id_and_are_given_back():
    path = next(p for p in sorted((FIXTURES / "sample").rglob("2*.json")) if _readable(p))
    lf = path.read_bytes()
    crlf = lf.replace(b"\n", b"\r\n")
    a, b = sc.load(lf), sc.load(crlf)
    assert a.id == b.id
    assert b.provenance["source_layout"] == {"newline": "crlf"}
    assert "source_layout" not in a.provenance
    assert finbot.export_bytes(crlf) == crlf and finbot.export_bytes(lf) == lf


def test_provenance_names_the_source_file():
    path = FIXTURES / "sample" / "default"
    path = next(p for p in sorted(path.glob("2*.json")))
    value = parse_bytes(path.read_bytes())
    r = sc.load(path)
    assert r.provenance["source_version"] == finbot.SOURCE_FORMAT
    assert r.provenance["source_id"] == finbot.source_id(value) == r.original["id"]
    assert r.provenance["source_created_at"] == value["checkpoint_timestamp"]
    assert r.checkpoint["created_at"] == value["checkpoint_timestamp"] + "Z"
    assert r.checkpoint["run_id"] == "finbot.default"
    assert r.checkpoint["metadata"] == {"producer": "finbot", "simulator_id": "default"}


def test_torn_and_empty_files_are_parse_errors():
    path = next(p for p in sorted((FIXTURES / "sample").rglob("2*.json")) if _readable(p))
    raw = path.read_bytes()
    for broken in (raw[: len(raw) // 2], b""):
        with pytest.raises(sc.CheckpointError) as e:
            sc.load(broken)
        assert e.value.code == "E_PARSE"
        assert not sc.check(broken).valid


def _sample() -> tuple[bytes, dict]:
    path = FIXTURES / "sample" / "sim-52e6b438" / "20260721_193149_000000.json"
    raw = path.read_bytes()
    return raw, json.loads(raw)


def test_schema_errors_name_the_member():
    _, doc = _sample()
    del doc["pending_orders"][0]["status"]
    doc["cash"] = 12.5
    report = sc.check(doc)
    assert not report.valid and report.version == finbot.SOURCE_FORMAT
    assert [(e.code, e.pointer) for e in report.errors] == [("E_SCHEMA", "/cash"), ("E_SCHEMA", "/pending_orders/0")]
    with pytest.raises(sc.CheckpointError) as e:
        sc.load(doc)
    assert e.value.code == "E_SCHEMA"


def test_spellings_python_never_writes_are_errors():
    _, doc = _sample()
    doc["cash"] = "9.1239E+3"  # the pattern allows it, rule F1 does not: str(Decimal) writes "9123.9"
    doc["checkpoint_timestamp"] = "2026-02-29T10:00:00"
    doc["pending_orders"][0]["created_at"] = "2026-07-21T09:30:00-00:00"
    report = sc.check(doc)
    assert [(e.code, e.pointer) for e in report.errors] == [
        ("E_SEMANTIC", "/checkpoint_timestamp"),
        ("E_SEMANTIC", "/cash"),
        ("E_SEMANTIC", "/pending_orders/0/created_at"),
    ]


def test_a_file_in_another_layout_loads_with_a_warning_and_exports_in_finbots():
    raw, doc = _sample()
    compact = json.dumps(doc).encode()
    result = sc.load(compact)
    assert [w.code for w in result.warnings if w.code == "W_SOURCE_LAYOUT"] == ["W_SOURCE_LAYOUT"]
    assert result.id == sc.load(raw).id
    assert finbot.export_bytes(compact) == raw


def test_consistency_findings_are_warnings_not_errors():
    _, doc = _sample()
    doc["peak_value"] = "100"
    result = sc.load(doc)
    assert ("W_SOURCE_SEMANTIC", "/peak_value") in [(w.code, w.pointer) for w in result.warnings]


def test_version_other_than_1_0_0_is_not_read_as_finbot():
    _, doc = _sample()
    doc["version"] = "0.9.0"
    with pytest.raises(sc.CheckpointError) as e:
        sc.load(doc)
    assert (e.value.code, e.value.pointer) == ("E_SOURCE_VERSION", "/version")


def test_positions_order_is_kept_in_the_legacy_layer_and_hashed():
    _, doc = _sample()
    doc["positions"] = {"ZZZ": "1", "AAA": "2"}
    a = sc.load(doc)
    layer = a.checkpoint["legacy"][-1]
    assert layer["member_order"] == {"/positions": ["ZZZ", "AAA"]}
    doc["positions"] = {"AAA": "2", "ZZZ": "1"}
    b = sc.load(doc)
    assert a.id != b.id
    assert "member_order" not in b.checkpoint.get("legacy", [{}])[-1]
    assert list(finbot.to_execution_checkpoint(a.checkpoint)[0]["positions"]) == ["ZZZ", "AAA"]


def test_helpers_round_trip_the_dict():
    _, doc = _sample()
    ckpt = finbot.from_execution_checkpoint(doc)
    assert ckpt["checkpoint_id"] == sc.load(doc).id
    back, loss = finbot.to_execution_checkpoint(ckpt)
    assert back == doc and list(back) == list(doc) and loss == []


def test_an_assumed_zone_moves_naive_times_and_is_recorded():
    _, doc = _sample()
    utc = sc.load(doc)
    ny = sc.load(doc, zone="America/New_York")
    assert ny.provenance["assumed_zone"] == "America/New_York"
    assert ny.checkpoint["timestamp"] == "2026-07-21T23:31:49Z"  # EDT is UTC-4 in July
    assert ny.id != utc.id
    assert finbot.export_bytes(ny.checkpoint) == finbot.export_bytes(utc.checkpoint)


# -- the spellings ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spelling", "canonical", "written"),
    [
        ("100000", "100000", "100000"),
        ("16478.1409500", "16478.14095", "16478.14095"),
        ("1E+2", "100", "100"),
        ("1.50E+3", "1500", "1500"),
        ("-0", "0", "0"),
        ("-0.00", "0", "0"),
        ("0E-8", "0", "0"),
        ("1E-7", "0.0000001", "1E-7"),
        ("100.0357142857142857142857143", "100.0357142857142857142857143", "100.0357142857142857142857143"),
    ],
)
def test_decimal_spellings(spelling, canonical, written):
    assert V.canon(spelling) == canonical
    assert V.spell(canonical) == written
    assert V.decimal_problem(spelling) is None


@pytest.mark.parametrize(
    ("spelling", "utc"),
    [
        ("2026-11-27T14:36:33.991255", "2026-11-27T14:36:33.991255Z"),
        ("2026-11-27T14:36:33", "2026-11-27T14:36:33Z"),
        ("2026-11-27T14:36:33.100000", "2026-11-27T14:36:33.1Z"),
        ("2026-11-27T14:36:33+05:30", "2026-11-27T09:06:33Z"),
        ("2026-11-27T00:10:00+01:00:03", "2026-11-26T23:09:57Z"),
        ("2026-11-27T14:36:33+00:00:01.000004", "2026-11-27T14:36:31.999996Z"),
    ],
)
def test_timestamp_spellings(spelling, utc):
    assert V.datetime_problem(spelling) is None
    assert V.utc(spelling) == utc


def test_naive_utc_rounds_beyond_microseconds_half_even():
    assert V.naive("2026-11-27T14:36:33Z") == ("2026-11-27T14:36:33", False)
    assert V.naive("2026-11-27T14:36:33.0000005Z") == ("2026-11-27T14:36:33", True)
    assert V.naive("2026-11-27T14:36:33.0000015Z") == ("2026-11-27T14:36:33.000002", True)
    assert V.naive("2026-12-31T23:59:59.9999999Z") == ("2027-01-01T00:00:00", True)


def test_layout_renders_pythons_json_dumps_exactly():
    cases = json.loads((FIXTURES / "python-json-layout.json").read_text(encoding="utf-8"))
    items = cases["cases"] if isinstance(cases, dict) else cases
    checked = 0
    for case in items:
        value = case["value"]
        if any(0xD800 <= ord(c) <= 0xDFFF for c in json.dumps(value, ensure_ascii=False)):
            continue  # lone surrogates: files holding them are refused before any rendering
        assert finbot.render(value).decode("ascii") == case["python"]
        checked += 1
    assert checked >= 10



def test_import_folder_chains_each_simulator_and_is_idempotent(tmp_path):
    manifest = json.loads((FIXTURES / "sample.manifest.json").read_text(encoding="utf-8"))
    registry = sc.Registry(tmp_path / "reg")
    runs = {r.folder: r for r in registry.import_finbot(FIXTURES / "sample")}
    for sim in manifest["simulators"]:
        run = runs[sim["folder"]]
        imported = [f for f in run.files if f.kind == "imported"]
        assert [f.sequence for f in imported] == list(range(len(imported)))
        latest = next((f for f in run.files if f.path.endswith("latest.json")), None)
        if sim["latest"] == "twin-of-newest" or sim["latest"] == "twin-of-older":
            assert latest.kind == "twin" and latest.of == sim["latest_twin"]
        elif sim["latest"] in ("torn", "empty"):
            assert latest.kind == "skipped" and latest.damaged
        elif sim["latest"] == "missing":
            assert latest is None
        chain = [registry.load(f.id).checkpoint for f in imported]
        assert [c["parent_id"] for c in chain] == [None, *[c["checkpoint_id"] for c in chain[:-1]]]
    again = registry.import_finbot(FIXTURES / "sample")
    assert all(f.created is False for r in again for f in r.files if f.kind == "imported")
    assert sum(len(r.files) for r in again) == sum(len(r.files) for r in runs.values())


def test_run_id_of_a_simulator_id_that_is_no_run_id_is_a_digest_of_its_utf8():
    import hashlib

    assert finbot.run_id_of("sim-1") == "finbot.sim-1"
    assert finbot.run_id_of("paper-µ-1") == "finbot.sha256-" + hashlib.sha256("paper-µ-1".encode("utf-8")).hexdigest()[:40]


def test_generated_fill_ids_count_every_execution_of_the_file():
    """SPEC §20: a duplicate execution id becomes fill-<i>, i its index among all executions of the file; the
    executions of an order 4.0 cannot hold (a stop order) count too."""
    _, doc = _sample()
    t = doc["checkpoint_timestamp"]

    def order(oid, kind, eid):
        return {
            "order_id": oid, "symbol": "SPY", "side": "buy", "order_type": kind, "quantity": "1", "created_at": t,
            "status": "filled", "limit_price": None, "submitted_at": t, "filled_quantity": "1", "avg_fill_price": "10",
            "total_commission": "0", "rejected_at": None, "rejection_reason": None, "rejection_message": None, "cancelled_at": None,
            "executions": [{"execution_id": eid, "order_id": oid, "timestamp": t, "quantity": "1", "price": "10", "commission": "0", "is_partial": False}],
        }

    doc["pending_orders"] = []
    doc["completed_orders"] = [order("a", "market", "x"), order("b", "stop", "y"), order("c", "market", "x")]
    ckpt = sc.load(doc).checkpoint
    assert [f["fill_id"] for f in ckpt["order_state"]["fills"]] == ["x", "fill-2"]
    assert finbot.to_execution_checkpoint(ckpt)[0] == doc
