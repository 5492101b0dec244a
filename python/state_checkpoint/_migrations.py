"""Migrations between format versions: the steps 1.0 <-> 2.0 <-> 3.0 and the chain driver, ported from the
TypeScript library (migrations/) so both produce byte-identical documents, ids, legacy records, provenance and loss
reports (the upgrade and downgrade vectors pin them). A new format version adds one step to STEPS."""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field
from typing import Callable

from . import _decimal as D
from . import _time as T
from ._format import assert_schema, assert_semantic, checkpoint_id, format_of, hashed_part
from ._jcs import utf16_key
from ._patch import apply_patch, diff, value_at
from .errors import CheckpointError, ErrorDetail

UNKNOWN_CURRENCY = "XXX"
LEGACY_STRATEGY_SCHEMA = "legacy"
dec = D.from_number


def _num(d: str) -> int | float:
    """A decimal as a 1.0 number; integers between 2^53-1 and 1e21 have no exact double, so they become ±(2^53-1)."""
    x = float(d)
    if x.is_integer() and D.MAX_SAFE < abs(x) < 1e21:
        return int(math.copysign(D.MAX_SAFE, x))
    return D.to_number(d)


def _sum(values) -> str:
    return D.total(values)


def _status_for(filled: str, quantity: str) -> str:
    if filled == "0":
        return "submitted"
    return "filled" if filled == quantity else "partially_filled"


def _equity_holds(cash, positions: dict, equity) -> bool:
    acc = D.parse(dec(cash))
    for p in positions.values():
        if "last_price" not in p:
            return True
        acc = D.add(acc, D.mul(D.parse(p["quantity"]), D.parse(p["last_price"])))
    return D.compare(acc, D.parse(dec(equity))) == 0


def _sid(v) -> str:
    return v if isinstance(v, str) else D.js_number(v)


def v1_up(doc: dict) -> dict:
    ts = T.normalize(doc["timestamp"])
    fills1 = doc["order_state"]["recent_fills"]
    fills_of: dict[str, list] = {}
    for f in fills1:
        fills_of.setdefault(_sid(f["order_id"]), []).append(f)

    def commission_of(oid: str) -> str:
        return _sum(dec(f.get("commission", 0)) for f in fills_of.get(oid, []))

    orders = []
    for o in doc["order_state"]["pending_orders"]:
        oid = _sid(o["order_id"])
        kind = (o.get("order_type") or "market").lower()
        quantity = dec(o["quantity"])
        filled = dec(o["filled_quantity"]) if "filled_quantity" in o else _sum(dec(f["quantity"]) for f in fills_of.get(oid, []))
        order = {
            "order_id": oid,
            "symbol": o["symbol"],
            "side": o["side"].lower(),
            "type": kind,
            "quantity": quantity,
            "time_in_force": "gtc",
            "status": _status_for(filled, quantity),
            "filled_quantity": filled,
            "commission": commission_of(oid),
            "currency": UNKNOWN_CURRENCY,
            "placed_at": T.normalize(o["created_at"]) if "created_at" in o else ts,
        }
        if kind in ("limit", "stop_limit"):
            order["limit_price"] = dec(o["limit_price"])
        if kind in ("stop", "stop_limit"):
            order["stop_price"] = dec(o["stop_price"])
        orders.append(order)

    # 1.0 kept fills of orders no longer pending; 2.0 needs every fill's order: a filled market order of its fills.
    known = {o["order_id"] for o in orders}
    for oid, fills in fills_of.items():
        if oid in known:
            continue
        first = fills[0]
        quantity = _sum(dec(f["quantity"]) for f in fills)
        orders.append({
            "order_id": oid,
            "symbol": first["symbol"],
            "side": first["side"].lower(),
            "type": "market",
            "quantity": quantity,
            "time_in_force": "day",
            "status": "filled",
            "filled_quantity": quantity,
            "commission": commission_of(oid),
            "currency": UNKNOWN_CURRENCY,
            "placed_at": T.normalize(first["timestamp"]) if "timestamp" in first else ts,
        })

    explicit = {_sid(f["fill_id"]) for f in fills1 if "fill_id" in f}
    fills = []
    for i, f in enumerate(fills1):
        fill_id = _sid(f["fill_id"]) if "fill_id" in f else f"fill-{i}"
        while "fill_id" not in f and fill_id in explicit:  # a generated id must not collide with a chosen one
            fill_id += "~"
        fills.append({
            "fill_id": fill_id,
            "order_id": _sid(f["order_id"]),
            "symbol": f["symbol"],
            "side": f["side"].lower(),
            "quantity": dec(f["quantity"]),
            "price": dec(f["price"]),
            "commission": dec(f.get("commission", 0)),
            "currency": UNKNOWN_CURRENCY,
            "timestamp": T.normalize(f["timestamp"]) if "timestamp" in f else ts,
        })

    positions = {}
    for symbol, raw in doc["portfolio_state"]["positions"].items():
        p = raw if isinstance(raw, dict) else {"quantity": raw}
        pos = {"quantity": dec(p["quantity"]), "avg_price": dec(p["avg_price"] if p.get("avg_price") is not None else 0), "currency": UNKNOWN_CURRENCY}
        if "last_price" in p:
            pos["last_price"] = dec(p["last_price"])
        positions[symbol] = pos
    state = doc["portfolio_state"]
    portfolio = {"cash": {UNKNOWN_CURRENCY: dec(state["cash"])}, "positions": positions}
    if _equity_holds(state["cash"], positions, state["equity"]):
        portfolio["equity"] = {UNKNOWN_CURRENCY: dec(state["equity"])}
    return {
        "version": "2.0",
        "created_at": T.normalize(doc["created_at"]),
        "strategy_name": doc["strategy_name"],
        "timestamp": ts,
        "sequence": 0,
        "portfolio_state": portfolio,
        "order_state": {"orders": orders, "fills": fills},
        "strategy_state": doc["strategy_state"],
        "metadata": doc["metadata"],
    }


def _single(amounts: dict | None, fallback):
    if not amounts:
        return fallback if amounts is None else 0
    keys = sorted(amounts, key=utf16_key)
    key = UNKNOWN_CURRENCY if UNKNOWN_CURRENCY in keys else keys[0]
    return _num(amounts[key])


def _number_at_least(d: D.Scaled):
    x = _num(D.fmt(d))
    if D.compare(D.parse(dec(x)), d) < 0:
        x = D.to_number(dec(math.nextafter(float(x), math.inf)))
    return x


def _consistent_quantities(o: dict, fills: list) -> tuple:
    quantity = _num(o["quantity"])
    filled = _num(o["filled_quantity"])
    acc = D.ZERO
    for f in fills:
        acc = D.add(acc, D.parse(dec(_num(f["quantity"]))))
    if D.compare(acc, D.parse(dec(filled))) > 0:
        filled = _number_at_least(acc)
    if filled > quantity:
        quantity = filled
    return quantity, filled


def v1_down(doc: dict) -> dict:
    pending = [o for o in doc["order_state"]["orders"] if o["status"] in ("new", "submitted", "partially_filled")]
    fills_of: dict[str, list] = {}
    for f in doc["order_state"]["fills"]:
        fills_of.setdefault(f["order_id"], []).append(f)
    state = doc["portfolio_state"]
    cash = _single(state["cash"], 0)
    positions = {}
    for symbol, p in state["positions"].items():
        pos = {"quantity": _num(p["quantity"]), "avg_price": _num(p["avg_price"])}
        if "last_price" in p:
            pos["last_price"] = _num(p["last_price"])
        positions[symbol] = pos
    pending_out = []
    for o in pending:
        quantity, filled = _consistent_quantities(o, fills_of.get(o["order_id"], []))
        kind = ("stop" if "stop_price" in o else None) if o["type"] == "trailing_stop" else o["type"]
        out = {"order_id": o["order_id"], "symbol": o["symbol"], "side": o["side"], "quantity": quantity}
        if kind is not None:
            out["order_type"] = kind
        if "limit_price" in o:
            out["limit_price"] = _num(o["limit_price"])
        if "stop_price" in o:
            out["stop_price"] = _num(o["stop_price"])
        if filled != 0:
            out["filled_quantity"] = filled
        out["status"] = o["status"]
        out["created_at"] = o["placed_at"]
        pending_out.append(out)
    return {
        "version": "1.0",
        "created_at": doc["created_at"],
        "strategy_name": doc["strategy_name"],
        "timestamp": doc["timestamp"],
        "portfolio_state": {"cash": cash, "positions": positions, "equity": _single(state.get("equity"), cash)},
        "order_state": {
            "pending_orders": pending_out,
            "recent_fills": [
                {
                    "fill_id": f["fill_id"],
                    "order_id": f["order_id"],
                    "symbol": f["symbol"],
                    "side": f["side"],
                    "quantity": _num(f["quantity"]),
                    "price": _num(f["price"]),
                    "commission": _num(f["commission"]),
                    "timestamp": f["timestamp"],
                }
                for f in doc["order_state"]["fills"]
            ],
        },
        "strategy_state": doc["strategy_state"],
        "metadata": doc["metadata"],
    }


def v2_up(doc: dict) -> dict:
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


def v2_down(doc: dict) -> dict:
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


@dataclass(frozen=True)
class Step:
    frm: str
    to: str
    up: Callable[[dict], dict]
    down: Callable[[dict], dict]


# STEPS[i] goes from format major i+1 to i+2.
STEPS: tuple[Step, ...] = (Step("1.0", "2.0", v1_up, v1_down), Step("2.0", "3.0", v2_up, v2_down))


@dataclass
class UpgradeResult:
    document: dict
    steps: list[dict] = field(default_factory=list)


@dataclass
class DowngradeResult:
    document: dict
    steps: list[dict] = field(default_factory=list)
    loss: list[dict] = field(default_factory=list)


def _major(doc: dict) -> int:
    return int(str(doc["version"]).split(".")[0])


def _assert_valid(step: Step, doc: dict, up: bool) -> None:
    fmt = format_of(_major(doc))
    try:
        assert_schema(fmt, doc)
        assert_semantic(fmt, doc)
    except CheckpointError as e:
        # An upgrade always has a result (SPEC §14.2, §14.4); some documents have no older form (§14.3, §14.5).
        raise CheckpointError(
            "E_MIGRATION",
            f"migration {step.frm} → {step.to} produced an invalid document: {e.message}" if up else f"the document has no {step.frm} form: downgrading it gives {e.message}",
            e.pointer,
            "this is a bug in state-checkpoint; please report it with the input file"
            if up
            else f"keep the document in format {step.to}; SPEC §14.3 and §14.5 list the documents that have no older form",
            [ErrorDetail("E_MIGRATION", d.message, d.pointer, d.hint, d.keyword) for d in e.details],
        ) from e


def _step_up(step: Step, older: dict) -> dict:
    newer = step.up(older)
    back = step.down({**newer, "checkpoint_id": ""})
    patch = diff(hashed_part(back), hashed_part(older))
    if patch:
        newer["legacy"] = [*newer.get("legacy", []), {"from": step.frm, "to": step.to, "patch": patch}]
    newer["checkpoint_id"] = checkpoint_id(newer)
    return newer


def _step_down(step: Step, newer: dict) -> tuple[dict, list[dict]]:
    layers = newer.get("legacy") or []
    top = layers[-1] if layers else None
    use_top = top is not None and top["from"] == step.frm and top["to"] == step.to
    source = dict(newer)
    if use_top:
        if len(layers) > 1:
            source["legacy"] = layers[:-1]
        else:
            del source["legacy"]
    older = step.down(source)
    if use_top:
        older = apply_patch(older, top["patch"])
    older = copy.deepcopy(older)
    older["checkpoint_id"] = _id_of_downgraded(step, older)
    _assert_valid(step, older, up=False)
    back = _step_up(step, copy.deepcopy(older))
    loss = []
    for op in diff(hashed_part(newer), hashed_part(back)):
        was = value_at(newer, op["path"])
        if op["op"] == "remove":
            loss.append({"version": step.to, "pointer": op["path"], "kind": "dropped", "was": was})
        elif op["op"] == "add":
            loss.append({"version": step.to, "pointer": op["path"], "kind": "added", "becomes": op["value"]})
        else:
            loss.append({"version": step.to, "pointer": op["path"], "kind": "changed", "was": was, "becomes": op["value"]})
    return older, loss


def _first_non_finite(value: object, pointer: str = "") -> str | None:
    if isinstance(value, float) and not math.isfinite(value):
        return pointer
    if isinstance(value, dict):
        items = ((f"{pointer}/{str(k).replace('~', '~0').replace('/', '~1')}", v) for k, v in value.items())
    elif isinstance(value, list):
        items = ((f"{pointer}/{i}", v) for i, v in enumerate(value))
    else:
        return None
    for at, item in items:
        found = _first_non_finite(item, at)
        if found is not None:
            return found
    return None


def _id_of_downgraded(step: Step, older: dict) -> str:
    """A decimal beyond the largest binary64 becomes infinity in 1.0, which no JSON text can hold (SPEC §14.3): the
    document has no older form. That is E_MIGRATION about the input, not a number error about a value never written."""
    bad = _first_non_finite(older)
    if bad is not None:
        raise CheckpointError(
            "E_MIGRATION",
            f"the document has no {step.frm} form: the number at {bad or '(root)'} is beyond the largest {step.frm} number",
            bad,
            f"keep the document in format {step.to}, or make the value smaller than 1.7976931348623157e308 first",
        )
    return checkpoint_id(older)


def _cancel(recorded: list[dict], steps: list[dict]) -> list[dict]:
    out = list(recorded)
    for s in steps:
        if out and out[-1]["from"] == s["to"] and out[-1]["to"] == s["from"]:
            out.pop()
        else:
            out.append(s)
    return out


def _check_target(to: int, what: str) -> None:
    if format_of(to) is None:
        raise CheckpointError("E_ARGUMENT", f"cannot {what} to format {to}: known formats are 1 to {len(STEPS) + 1}")


def upgrade_doc(document: dict, to: int | None = None) -> UpgradeResult:
    """Upgrades a valid, verified document one step at a time; the input is not modified."""
    to = len(STEPS) + 1 if to is None else to
    _check_target(to, "upgrade")
    frm = _major(document)
    if to < frm:
        raise CheckpointError("E_ARGUMENT", f"cannot upgrade format {document['version']} to the older format {to}.0; use downgrade")
    prior = document.get("provenance")
    cur = {k: v for k, v in copy.deepcopy(document).items() if k != "provenance"}
    steps: list[dict] = []
    for major in range(frm, to):
        step = STEPS[major - 1]
        cur = _step_up(step, cur)
        _assert_valid(step, cur, up=True)
        steps.append({"from": step.frm, "to": step.to})
    if not steps:
        return UpgradeResult(copy.deepcopy(document), steps)
    source = prior or {"source_version": str(document["version"]), "source_id": str(document["checkpoint_id"]), "steps": []}
    source_created = prior.get("source_created_at") if prior else str(document["created_at"])
    recorded = _cancel(source["steps"], steps)
    if not recorded:
        return UpgradeResult(cur, steps)
    prov = {"source_version": source["source_version"], "source_id": source["source_id"]}
    if source_created is not None and source_created != cur["created_at"]:
        prov["source_created_at"] = source_created
    prov["steps"] = recorded
    cur["provenance"] = prov
    return UpgradeResult(cur, steps)


def downgrade_doc(document: dict, to: int, allow_loss: bool = False) -> DowngradeResult:
    """Downgrades a valid, verified document; any loss is refused (E_DOWNGRADE_LOSS) unless allow_loss."""
    _check_target(to, "downgrade")
    frm = _major(document)
    if to > frm:
        raise CheckpointError("E_ARGUMENT", f"cannot downgrade format {document['version']} to the newer format {to}.0; use upgrade")
    prior = document.get("provenance")
    cur = {k: v for k, v in copy.deepcopy(document).items() if k != "provenance"}
    loss: list[dict] = []
    steps: list[dict] = []
    for major in range(frm, to, -1):
        step = STEPS[major - 2]
        cur, step_loss = _step_down(step, cur)
        loss.extend(step_loss)
        steps.append({"from": step.to, "to": step.frm})
    if loss and not allow_loss:
        first = loss[0]
        raise CheckpointError(
            "E_DOWNGRADE_LOSS",
            f"downgrading {document['version']} to {to}.0 would lose data at {len(loss)} place{'s' if len(loss) > 1 else ''}, first at {first['pointer']} ({first['kind']})",
            first["pointer"],
            "pass allow_loss=True (CLI: --allow-loss) to accept the loss report, or keep the newer format",
            [ErrorDetail("E_DOWNGRADE_LOSS", f"{x['kind']} in format {x['version']}", x["pointer"]) for x in loss],
        )
    if not steps:
        return DowngradeResult(copy.deepcopy(document), steps, loss)
    if to >= 2:
        recorded = _cancel(prior["steps"] if prior else [], steps)
        if recorded:
            source = prior or {"source_version": str(document["version"]), "source_id": str(document["checkpoint_id"])}
            prov = {"source_version": source["source_version"], "source_id": source["source_id"]}
            if prior and prior.get("source_created_at") is not None:
                prov["source_created_at"] = prior["source_created_at"]
            prov["steps"] = recorded
            cur["provenance"] = prov
        elif prior and prior.get("source_created_at") is not None:
            cur["created_at"] = prior["source_created_at"]
    elif prior and prior.get("source_created_at") is not None and prior["source_version"] == f"{to}.0" and len(prior["steps"]) == len(steps):
        cur["created_at"] = prior["source_created_at"]
    return DowngradeResult(cur, steps, loss)
