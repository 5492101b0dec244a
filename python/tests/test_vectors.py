"""Every conformance vector through the package: the full reader (semantic rules and migrations included)."""

from __future__ import annotations

import hashlib

import pytest

import state_checkpoint as sc
from state_checkpoint._jcs import canonical_text
from state_checkpoint._strict_json import parse_text
from vectors import cases


def _ids(items):
    return [title for _, _, title in items]


VALIDITY = list(cases("validity"))
IDENTITY = list(cases("identity"))
UPGRADE = list(cases("upgrade"))
DOWNGRADE = list(cases("downgrade"))
BAD_INPUT = list(cases("bad-input"))


def same(a, b) -> bool:
    return canonical_text(a) == canonical_text(b)


@pytest.mark.parametrize(("group", "case", "title"), VALIDITY, ids=_ids(VALIDITY))
def test_validity(group, case, title):
    doc = case["document"]
    report = sc.check(doc)
    assert report.version == group["version"]
    schema_errors = [e for e in report.errors if e.code == "E_SCHEMA"]
    assert (not schema_errors) == case["schema_valid"], report.errors
    if case["error"] is None:
        assert report.valid, report.errors
        result = sc.load(doc)
        assert result.original == {"version": group["version"], "id": doc["checkpoint_id"]}
        assert result.checkpoint["version"] == sc.LATEST_VERSION
    else:
        assert not report.valid
        assert report.errors[0].code == case["error"]
        with pytest.raises(sc.CheckpointError) as caught:
            sc.load(doc)
        assert caught.value.code == case["error"]


@pytest.mark.parametrize(("group", "case", "title"), IDENTITY, ids=_ids(IDENTITY))
def test_identity(group, case, title):
    value = parse_text(case["text"]) if "text" in case else case["value"]
    target = value
    if case["scope"] == "checkpoint":
        target = {k: v for k, v in value.items() if k not in ("checkpoint_id", "created_at", "provenance")}
        assert sc.checkpoint_id(value) == case["id"]
    data = sc.canonical_bytes(target)
    assert data.decode("utf-8") == case["canonical"]
    assert data.hex() == case["canonical_hex"]
    assert hashlib.sha256(data).hexdigest() == case["id"]


@pytest.mark.parametrize(("group", "case", "title"), UPGRADE, ids=_ids(UPGRADE))
def test_upgrade(group, case, title):
    result = sc.upgrade(case["input"], to=case["to"])
    assert result.steps == case["steps"]
    assert same(result.document, case["output"])
    assert result.document["checkpoint_id"] == case["id"]


@pytest.mark.parametrize(("group", "case", "title"), DOWNGRADE, ids=_ids(DOWNGRADE))
def test_downgrade(group, case, title):
    if case["error"] is not None:
        with pytest.raises(sc.CheckpointError) as caught:
            sc.downgrade(case["input"], to=case["to"], allow_loss=case["allow_loss"])
        assert caught.value.code == case["error"]
        if case["error"] == "E_DOWNGRADE_LOSS":
            lossy = sc.downgrade(case["input"], to=case["to"], allow_loss=True)
            assert same(lossy.loss, case["loss"])
        return
    result = sc.downgrade(case["input"], to=case["to"], allow_loss=case["allow_loss"])
    assert result.steps == case["steps"]
    assert same(result.loss, case["loss"])
    assert same(result.document, case["output"])


@pytest.mark.parametrize(("group", "case", "title"), BAD_INPUT, ids=_ids(BAD_INPUT))
def test_bad_input(group, case, title):
    data = bytes.fromhex(case["hex"])
    if case["error"] is None:
        assert sc.load(data).original["id"] == case["id"]
    else:
        with pytest.raises(sc.CheckpointError) as caught:
            sc.load(data)
        assert caught.value.code == case["error"]
        assert not sc.check(data).valid


SOURCE = list(cases("finbot"))


@pytest.mark.parametrize(("group", "case", "title"), SOURCE, ids=_ids(SOURCE))
def test_source(group, case, title):
    """finbot.json: values checked, files imported, checkpoints exported (spec/vectors/README.md)."""
    codes = lambda ws: sorted({w.code for w in ws})  # noqa: E731
    if case["kind"] == "validity":
        report = sc.check(case["document"])
        assert (report.errors[0].code if report.errors else None) == case["error"]
        assert codes(report.warnings) == case["warnings"]
    elif case["kind"] == "import":
        data = bytes.fromhex(case["hex"])
        if case["error"] is not None:
            with pytest.raises(sc.CheckpointError) as caught:
                sc.load(data, zone=case.get("zone"))
            assert caught.value.code == case["error"]
            return
        result = sc.load(data, zone=case.get("zone"))
        assert result.id == case["id"]
        assert same(result.checkpoint, case["output"])
        assert codes(result.warnings) == case["warnings"]
    else:
        if case["error"] is not None:
            with pytest.raises(sc.CheckpointError) as caught:
                sc.finbot.export(case["input"], allow_loss=case["allow_loss"])
            assert caught.value.code == case["error"]
            assert same(sc.finbot.export(case["input"], allow_loss=True).loss, case["loss"])
            return
        result = sc.finbot.export(case["input"], allow_loss=case["allow_loss"])
        assert result.data.hex() == case["output_hex"]
        assert same(result.loss, case["loss"])
