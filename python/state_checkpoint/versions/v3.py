"""Format 3.0 (exact resume: lineage, engine state): its consistency rules (2.0's, with held orders in the order book,
plus held orders are new, lineage, feeds not ahead) and the step 2.0 <-> 3.0 (src/format/versions/v3/)."""

from __future__ import annotations

from .. import _time as T
from .._semantic import Problems, _q, check_order_book, escape
from .._step import Step
from . import v2

LEGACY_STRATEGY_SCHEMA = "legacy"


def _held_orders_are_new(p: Problems, doc: dict) -> None:
    for i, o in enumerate(doc["engine_state"]["held_orders"]):
        if o["status"] != "new":
            p.add(f"/engine_state/held_orders/{i}/status", f"a held order has status \"new\", not \"{o['status']}\"", "orders the broker has seen belong in order_state.orders")


def _lineage(p: Problems, doc: dict) -> None:
    if doc["parent_id"] is not None and doc["parent_id"] == doc["checkpoint_id"]:
        p.add("/parent_id", "a checkpoint cannot be its own parent")
    if doc["parent_id"] is not None and doc["sequence"] == 0:
        p.add("/sequence", "a checkpoint with a parent has sequence ≥ 1: sequences strictly increase within a run")


def _feeds_not_ahead(p: Problems, doc: dict) -> None:
    for name, feed in doc["engine_state"]["feeds"].items():
        at = f"/engine_state/feeds/{escape(name)}/last_timestamp"
        last = feed.get("last_timestamp")
        p.timestamp(at, last)
        if last is not None and not T.problem(last) and not T.problem(doc["timestamp"]) and T.compare(last, doc["timestamp"]) > 0:
            p.add(at, f"feed {_q(name)} delivered a record at {last}, after the checkpoint's timestamp {doc['timestamp']}")


RULES = {
    **v2.RULES,
    "orderBook": lambda p, doc: check_order_book(p, doc, [("/engine_state/held_orders", doc["engine_state"]["held_orders"])]),
    "heldOrdersAreNew": _held_orders_are_new,
    "lineage": _lineage,
    "feedsNotAhead": _feeds_not_ahead,
}


def up(doc: dict) -> dict:
    state = doc["strategy_state"]
    out = {
        "version": "3.0",
        "created_at": doc["created_at"],
        "strategy_name": doc["strategy_name"],
        "run_id": f"legacy-{doc['checkpoint_id']}",
        "parent_id": None,
        "timestamp": doc["timestamp"],
        "sequence": doc["sequence"],
        "portfolio_state": doc["portfolio_state"],
        "order_state": doc["order_state"],
        "engine_state": {"rng": None, "feeds": {}, "counters": {}, "held_orders": []},
        "strategy_state": None if state is None else {"schema": LEGACY_STRATEGY_SCHEMA, "schema_version": 0, "data": state},
        "fingerprint": None,
        "metadata": doc["metadata"],
    }
    if "legacy" in doc:
        out["legacy"] = doc["legacy"]
    return out


def down(doc: dict) -> dict:
    data = (doc["strategy_state"] or {}).get("data") if doc["strategy_state"] is not None else None
    out = {
        "version": "2.0",
        "created_at": doc["created_at"],
        "strategy_name": doc["strategy_name"],
        "timestamp": doc["timestamp"],
        "sequence": doc["sequence"],
        "portfolio_state": doc["portfolio_state"],
        "order_state": doc["order_state"],
        "strategy_state": data if isinstance(data, dict) else None,
        "metadata": doc["metadata"],
    }
    if "legacy" in doc:
        out["legacy"] = doc["legacy"]
    return out


STEP = Step("2.0", "3.0", up, down)
