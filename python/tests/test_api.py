"""The package's own API: load, check, create, dumps, upgrade, downgrade, and its errors."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

import state_checkpoint as sc
from state_checkpoint._patch import diff

EXAMPLES = Path(__file__).resolve().parents[2] / "spec" / "examples"


# The latest version comes from the generated table, so a new format version changes no test here.
LATEST = sc.LATEST_MAJOR


def example(version: int) -> dict:
    return json.loads((EXAMPLES / f"v{version}.json").read_text(encoding="utf-8"))


def state_of(doc: dict) -> dict:
    return {k: v for k, v in doc.items() if k not in ("checkpoint_id", "version", "created_at", "provenance", "legacy")}


def test_load_reads_bytes_text_paths_and_dicts_alike():
    path = EXAMPLES / f"v{LATEST}.json"
    results = [sc.load(path), sc.load(path.read_bytes()), sc.load(path.read_text(encoding="utf-8")), sc.load(example(LATEST))]
    assert {r.id for r in results} == {example(LATEST)["checkpoint_id"]}
    assert all(r.steps == [] and r.original == {"version": sc.LATEST_VERSION, "id": r.id} for r in results)


def test_load_upgrades_1_0_with_steps_and_provenance():
    result = sc.load(EXAMPLES / "v1.json")
    assert result.original == {"version": "1.0", "id": example(1)["checkpoint_id"]}
    assert result.steps == [{"from": a.version, "to": b.version} for a, b in zip(sc.FORMATS, sc.FORMATS[1:])]
    assert result.checkpoint["version"] == sc.LATEST_VERSION
    assert result.provenance["source_version"] == "1.0"
    assert result.provenance["source_id"] == example(1)["checkpoint_id"]


def test_load_never_modifies_a_dict_it_is_given():
    doc = example(1)
    before = copy.deepcopy(doc)
    sc.load(doc)
    sc.upgrade(doc)
    assert doc == before


def test_create_then_dumps_then_load_round_trips_byte_for_byte():
    state = state_of(example(LATEST))
    ckpt = sc.create(state, created_at="2024-03-15T20:00:02.5Z")
    assert ckpt["checkpoint_id"] == example(LATEST)["checkpoint_id"]  # created_at is not hashed
    data = sc.dumps(ckpt)
    assert data.endswith(b"\n") and b"\n" not in data[:-1]
    again = sc.load(data)
    assert again.id == ckpt["checkpoint_id"]
    assert sc.dumps(again.checkpoint) == data


def test_create_defaults_created_at_to_now_in_canonical_utc():
    ckpt = sc.create(state_of(example(LATEST)))
    assert ckpt["created_at"].endswith("Z")
    assert sc.check(ckpt).valid


@pytest.mark.parametrize("member", ["checkpoint_id", "version", "created_at", "provenance", "legacy"])
def test_create_refuses_members_it_computes(member):
    with pytest.raises(sc.CheckpointError) as caught:
        sc.create({**state_of(example(LATEST)), member: "x"})
    assert (caught.value.code, caught.value.pointer) == ("E_ARGUMENT", f"/{member}")


def test_create_refuses_state_that_would_not_load():
    state = state_of(example(LATEST))
    state["order_state"]["fills"].append(copy.deepcopy(state["order_state"]["fills"][0]))
    with pytest.raises(sc.CheckpointError) as caught:
        sc.create(state)
    assert caught.value.code == "E_SEMANTIC"
    assert caught.value.pointer == "/order_state/fills/1/fill_id"


@pytest.mark.parametrize(
    ("value", "code"),
    [(float("nan"), "E_NUMBER"), (2**53, "E_NUMBER"), (1e17, "E_NUMBER"), ("\ud800", "E_STRING"), (object(), "E_NOT_JSON"), ((1, 2), "E_NOT_JSON")],
)
def test_values_that_are_not_json_are_refused_with_their_code(value, code):
    state = state_of(example(LATEST))
    state["metadata"] = {"x": value}
    with pytest.raises(sc.CheckpointError) as caught:
        sc.create(state)
    assert caught.value.code == code


def test_dumps_is_rfc_8785_not_json_dumps_sort_keys():
    doc = {"b": [1.0, -0.0, 1e21, 1e-7, 0.1 + 0.2], "\ufb01": 1, "\U0001f600": 2, "a": "é\u2028"}
    assert sc.dumps(doc) == '{"a":"é\u2028","b":[1,0,1e+21,1e-7,0.30000000000000004],"\U0001f600":2,"\ufb01":1}\n'.encode()


def test_check_reports_every_problem_with_codes_and_pointers():
    doc = example(3)
    doc["order_state"]["orders"][0]["status"] = "new"
    doc["engine_state"]["feeds"]["AAPL.1d"]["last_timestamp"] = "2025-01-01T00:00:00Z"
    doc["checkpoint_id"] = "0" * 64
    report = sc.check(doc)
    assert not report.valid and report.version == "3.0"
    assert [(e.code, e.pointer) for e in report.errors] == [
        ("E_HASH_MISMATCH", "/checkpoint_id"),
        ("E_SEMANTIC", "/order_state/orders/0/status"),
        ("E_SEMANTIC", "/engine_state/feeds/AAPL.1d/last_timestamp"),
    ]


def test_check_reports_schema_problems_at_the_value():
    doc = example(2)
    doc["portfolio_state"]["cash"]["USD"] = "1.50"
    del doc["metadata"]
    doc["extra"] = 1
    report = sc.check(doc)
    assert {(e.code, e.pointer) for e in report.errors} == {("E_SCHEMA", "/portfolio_state/cash/USD"), ("E_SCHEMA", ""), ("E_SCHEMA", "/extra")}
    with pytest.raises(sc.CheckpointError) as caught:
        sc.load(doc)
    assert caught.value.code == "E_SCHEMA" and len(caught.value.details) == 3


@pytest.mark.parametrize(
    ("version", "code"),
    [(None, "E_VERSION_MISSING"), (3, "E_VERSION_UNKNOWN"), (f"{LATEST}.1", "E_VERSION_TOO_NEW"), ("1000000.0", "E_VERSION_TOO_NEW"), ("3.0\n", "E_VERSION_UNKNOWN"), ("٣.0", "E_VERSION_UNKNOWN")],
)
def test_version_detection_tells_missing_unknown_and_too_new_apart(version, code):
    doc = example(3)
    if version is None:
        del doc["version"]
    else:
        doc["version"] = version
    with pytest.raises(sc.CheckpointError) as caught:
        sc.load(doc)
    assert caught.value.code == code
    assert caught.value.hint


def test_errors_name_the_file_they_came_from(tmp_path):
    path = tmp_path / "broken.json"
    path.write_bytes(b'{"version": "3.0", "version": "3.0"}')
    with pytest.raises(sc.CheckpointError) as caught:
        sc.load(path)
    assert caught.value.code == "E_DUPLICATE_KEY"
    assert caught.value.source == str(path)
    assert str(path) in str(caught.value)


def test_a_missing_file_is_an_io_error_not_a_traceback(tmp_path):
    with pytest.raises(sc.CheckpointError) as caught:
        sc.load(tmp_path / "nope.json")
    assert caught.value.code == "E_IO"


def test_upgrade_then_downgrade_restores_the_original_exactly():
    original = example(1)
    up = sc.upgrade(original)
    down = sc.downgrade(up.document, to=1)
    assert down.loss == []
    assert sc.dumps(down.document) == sc.dumps(original)


def test_a_lossy_downgrade_is_refused_unless_allowed_and_reports_the_loss():
    doc = example(3)
    with pytest.raises(sc.CheckpointError) as caught:
        sc.downgrade(doc, to="2.0")
    assert caught.value.code == "E_DOWNGRADE_LOSS"
    result = sc.downgrade(doc, to=2, allow_loss=True)
    assert result.document["version"] == "2.0"
    assert {x["pointer"] for x in result.loss} >= {"/run_id", "/engine_state/rng"}
    assert all(x["version"] == "3.0" for x in result.loss)


@pytest.mark.parametrize("to", [0, LATEST + 1, f"{LATEST + 1}.0", "x", True])
def test_migration_targets_outside_the_table_are_argument_errors(to):
    with pytest.raises(sc.CheckpointError) as caught:
        sc.upgrade(example(1), to=to)
    assert caught.value.code == "E_ARGUMENT"


def test_regression_legacy_patches_order_members_by_utf16_code_units():
    # Python's sorted() orders by code point: U+FB01 before U+1F600. RFC 8785 and ECMAScript sort() use UTF-16
    # code units, where U+1F600 (D83D DE00) comes first; the legacy patch must be the TypeScript library's bytes.
    ops = diff({"\ufb01": 1, "\U0001f600": 1}, {})
    assert [op["path"] for op in ops] == ["/\U0001f600", "/\ufb01"]


def test_checkpoint_error_carries_code_pointer_hint_and_details():
    e = sc.CheckpointError("E_SCHEMA", "bad", "/a", "fix it")
    assert (e.code, e.pointer, e.hint, e.details[0].code) == ("E_SCHEMA", "/a", "fix it", "E_SCHEMA")
    assert e.to_dict()["details"] == [{"code": "E_SCHEMA", "message": "bad", "pointer": "/a", "hint": "fix it"}]


def test_schema_errors_of_named_definitions_say_what_was_expected_and_how_to_fix_it():
    doc = example(2)
    doc["portfolio_state"]["cash"]["USD"] = "1.50"
    (error,) = sc.check(doc).errors
    assert error.pointer == "/portfolio_state/cash/USD"
    assert error.message == 'must be a canonical decimal string such as "-12.5"'
    assert '"1.5", not "1.50"' in error.hint
