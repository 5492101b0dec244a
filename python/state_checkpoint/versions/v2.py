"""Format 2.0 (exact decimals, typed orders): its consistency rules, and the step 1.0 <-> 2.0, ported from the
TypeScript library (src/format/versions/v2/) so both give byte-identical documents."""

from __future__ import annotations

import math

from .. import _decimal as D
from .. import _time as T
from .._jcs import utf16_key
from .._semantic import check_equity, check_order_book
from .._step import Step

UNKNOWN_CURRENCY = "XXX"
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



RULES = {"orderBook": lambda p, doc: check_order_book(p, doc), "equity": check_equity}
STEP = Step("1.0", "2.0", v1_up, v1_down)
