"""Consistency rules beyond the schemas (SPEC "Semantic rules"), one function per format major, each returning
every problem found with the same pointers as the TypeScript library. They run only on schema-valid documents."""

from __future__ import annotations

import json

from . import _decimal as D
from . import _time as T
from .errors import ErrorDetail


def _q(s: object) -> str:
    return json.dumps(s, ensure_ascii=False)


def _num(x: object) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def escape(segment: object) -> str:
    return str(segment).replace("~", "~0").replace("/", "~1")


class Problems:
    def __init__(self) -> None:
        self.list: list[ErrorDetail] = []

    def add(self, pointer: str, message: str, hint: str | None = None) -> None:
        self.list.append(ErrorDetail("E_SEMANTIC", message, pointer, hint))

    def timestamp(self, pointer: str, value: str | None) -> None:
        if value is None:
            return
        why = T.problem(value)
        if why is None and value.endswith("Z"):
            return
        if why:
            self.add(pointer, f"timestamp {_q(value)} {why}", "use a real calendar date and time")
            return
        # Only an offset can move the instant out of years 0000-9999.
        if not T.OFFSET.search(value):
            return
        try:
            T.parse(value)
        except ValueError as e:
            self.add(pointer, str(e), "use a time whose UTC equivalent falls in the years 0000-9999")


def check_v1(doc: dict) -> list[ErrorDetail]:
    p = Problems()
    p.timestamp("/created_at", doc.get("created_at"))
    p.timestamp("/timestamp", doc.get("timestamp"))
    orders: dict[str, tuple[dict, int]] = {}
    for i, o in enumerate(doc["order_state"]["pending_orders"]):
        at = f"/order_state/pending_orders/{i}"
        oid = _id(o["order_id"])
        if oid in orders:
            p.add(f"{at}/order_id", f"order id {_q(oid)} is used twice (ids compare as strings: 7 and \"7\" are the same id)")
        else:
            orders[oid] = (o, i)
        p.timestamp(f"{at}/created_at", o.get("created_at"))
        kind = (o.get("order_type") or "market").lower()
        if kind in ("limit", "stop_limit") and not _num(o.get("limit_price")):
            p.add(f"{at}/limit_price", f"a {kind} order needs a numeric limit_price")
        if kind in ("stop", "stop_limit") and not _num(o.get("stop_price")):
            p.add(f"{at}/stop_price", f"a {kind} order needs a numeric stop_price")
        if "filled_quantity" in o and o["filled_quantity"] > o["quantity"]:
            p.add(f"{at}/filled_quantity", f"filled_quantity {D.js_number(o['filled_quantity'])} exceeds the order quantity {D.js_number(o['quantity'])}")
    fill_ids: set[str] = set()
    filled: dict[str, D.Scaled] = {}
    first_fill: dict[str, tuple[str, str]] = {}
    for i, f in enumerate(doc["order_state"]["recent_fills"]):
        at = f"/order_state/recent_fills/{i}"
        p.timestamp(f"{at}/timestamp", f.get("timestamp"))
        if "fill_id" in f:
            fid = _id(f["fill_id"])
            if fid in fill_ids:
                p.add(f"{at}/fill_id", f"fill id {_q(fid)} is used twice")
            fill_ids.add(fid)
        oid = _id(f["order_id"])
        side = f["side"].lower()
        first = first_fill.get(oid)
        if first and first != (f["symbol"], side):
            p.add(at, f"fills of order {_q(oid)} disagree on symbol or side")
        elif not first:
            first_fill[oid] = (f["symbol"], side)
        pending = orders.get(oid)
        if pending:
            order = pending[0]
            if order["symbol"] != f["symbol"] or order["side"].lower() != side:
                p.add(at, f"fill is for {side} {f['symbol']} but its order {_q(oid)} is {order['side'].lower()} {order['symbol']}")
            filled[oid] = D.add(filled.get(oid, D.ZERO), D.parse(D.from_number(f["quantity"])))
    for oid, amount in filled.items():
        order, index = orders[oid]
        cap = order.get("filled_quantity", order["quantity"])
        if D.compare(amount, D.parse(D.from_number(cap))) > 0:
            what = "filled_quantity" if "filled_quantity" in order else "quantity"
            p.add(f"/order_state/pending_orders/{index}", f"fills of order {_q(oid)} add up to {D.fmt(amount)}, more than its {what} {D.js_number(cap)}")
    return p.list


def _id(v: object) -> str:
    """1.0 ids compare as strings: 7 and "7" are one id (ECMAScript String(7))."""
    return v if isinstance(v, str) else D.js_number(v)


_STATUS_RULES = {
    "new": (lambda none, vs: none, 'a new order has filled_quantity "0"'),
    "submitted": (lambda none, vs: none, 'a submitted order has filled_quantity "0"; use partially_filled once something fills'),
    "partially_filled": (lambda none, vs: not none and vs < 0, "a partially_filled order has 0 < filled_quantity < quantity"),
    "filled": (lambda none, vs: vs == 0, "a filled order has filled_quantity equal to quantity"),
    "cancelled": (lambda none, vs: vs < 0, "a cancelled order has filled_quantity below quantity (a fully filled order is filled)"),
    "expired": (lambda none, vs: vs < 0, "an expired order has filled_quantity below quantity (a fully filled order is filled)"),
    "rejected": (lambda none, vs: none, 'a rejected order has filled_quantity "0"'),
}


def _check_order(p: Problems, o: dict, at: str) -> None:
    p.timestamp(f"{at}/placed_at", o.get("placed_at"))
    p.timestamp(f"{at}/expire_at", o.get("expire_at"))
    vs = D.compare_decimals(o["filled_quantity"], o["quantity"])
    if vs > 0:
        p.add(f"{at}/filled_quantity", f"filled_quantity {o['filled_quantity']} exceeds the order quantity {o['quantity']}")
    none = o["filled_quantity"] == "0"
    holds, rule = _STATUS_RULES[o["status"]]
    if not holds(none, vs):
        p.add(f"{at}/status", f"status \"{o['status']}\" disagrees with filled_quantity {o['filled_quantity']}: {rule}")
    if none and "avg_fill_price" in o:
        p.add(f"{at}/avg_fill_price", "avg_fill_price is present although nothing is filled", "omit it until the first fill")
    if o.get("parent_id") is not None and o.get("parent_id") == o["order_id"]:
        p.add(f"{at}/parent_id", "an order cannot be its own parent")


def _check_order_book(p: Problems, doc: dict, held: list) -> None:
    p.timestamp("/created_at", doc.get("created_at"))
    p.timestamp("/timestamp", doc.get("timestamp"))
    by_id: dict[str, dict] = {}
    lists = [("/order_state/orders", doc["order_state"]["orders"]), ("/engine_state/held_orders", held)]
    for base, orders in lists:
        for i, o in enumerate(orders):
            at = f"{base}/{i}"
            if o["order_id"] in by_id:
                p.add(f"{at}/order_id", f"order id {_q(o['order_id'])} is used twice")
            else:
                by_id[o["order_id"]] = o
            _check_order(p, o, at)
    for base, orders in lists:
        for i, o in enumerate(orders):
            if "parent_id" in o and o["parent_id"] not in by_id:
                p.add(f"{base}/{i}/parent_id", f"parent order {_q(o['parent_id'])} does not exist")

    def parent_pointer(oid: str) -> str:
        for base, orders in lists:
            for i, o in enumerate(orders):
                if o["order_id"] == oid:
                    return f"{base}/{i}/parent_id"
        return "/order_state/orders"

    for o in by_id.values():
        if "parent_id" not in o:
            continue
        seen = {o["order_id"]}
        cur = by_id.get(o["parent_id"])
        while cur is not None:
            if cur["order_id"] in seen:
                p.add(parent_pointer(o["order_id"]), f"parent links form a cycle through order {_q(o['order_id'])}")
                break
            seen.add(cur["order_id"])
            cur = by_id.get(cur["parent_id"]) if "parent_id" in cur else None

    fill_ids: set[str] = set()
    filled: dict[str, D.Scaled] = {}
    for i, f in enumerate(doc["order_state"]["fills"]):
        at = f"/order_state/fills/{i}"
        p.timestamp(f"{at}/timestamp", f["timestamp"])
        if f["fill_id"] in fill_ids:
            p.add(f"{at}/fill_id", f"fill id {_q(f['fill_id'])} is used twice")
        fill_ids.add(f["fill_id"])
        order = by_id.get(f["order_id"])
        if order is None:
            p.add(f"{at}/order_id", f"fill points at order {_q(f['order_id'])}, which does not exist", "keep the filled order in order_state.orders")
            continue
        if order["symbol"] != f["symbol"] or order["side"] != f["side"]:
            p.add(at, f"fill is for {f['side']} {f['symbol']} but order {_q(order['order_id'])} is {order['side']} {order['symbol']}")
        if order["currency"] != f["currency"]:
            p.add(f"{at}/currency", f"fill currency {f['currency']} differs from its order's currency {order['currency']}")
        filled[f["order_id"]] = D.add(filled.get(f["order_id"], D.ZERO), D.parse(f["quantity"]))
    for oid, amount in filled.items():
        order = by_id[oid]
        if D.compare(amount, D.parse(order["filled_quantity"])) > 0:
            p.add(
                "/order_state/fills",
                f"fills of order {_q(oid)} add up to {D.fmt(amount)}, more than its filled_quantity {order['filled_quantity']}",
                "a fill never exceeds its order: check for a duplicated fill",
            )


def _check_equity(p: Problems, doc: dict) -> None:
    state = doc["portfolio_state"]
    equity = state.get("equity")
    if not equity:
        return
    for currency, stated in equity.items():
        acc = D.parse(state["cash"][currency]) if currency in state["cash"] else D.ZERO
        derivable = True
        for pos in state["positions"].values():
            if pos["currency"] != currency:
                continue
            if "last_price" not in pos:
                derivable = False
                break
            acc = D.add(acc, D.mul(D.parse(pos["quantity"]), D.parse(pos["last_price"])))
        if derivable and D.compare(acc, D.parse(stated)) != 0:
            p.add(
                f"/portfolio_state/equity/{escape(currency)}",
                f"equity {stated} {currency} disagrees with cash plus marked positions, which add up to {D.fmt(acc)}",
                "equity must equal cash + Σ quantity × last_price for the currency",
            )


def check_v2(doc: dict) -> list[ErrorDetail]:
    p = Problems()
    _check_order_book(p, doc, [])
    _check_equity(p, doc)
    return p.list


def check_v3(doc: dict) -> list[ErrorDetail]:
    p = Problems()
    engine = doc["engine_state"]
    _check_order_book(p, doc, engine["held_orders"])
    _check_equity(p, doc)
    for i, o in enumerate(engine["held_orders"]):
        if o["status"] != "new":
            p.add(f"/engine_state/held_orders/{i}/status", f"a held order has status \"new\", not \"{o['status']}\"", "orders the broker has seen belong in order_state.orders")
    if doc["parent_id"] is not None and doc["parent_id"] == doc["checkpoint_id"]:
        p.add("/parent_id", "a checkpoint cannot be its own parent")
    if doc["parent_id"] is not None and doc["sequence"] == 0:
        p.add("/sequence", "a checkpoint with a parent has sequence ≥ 1: sequences strictly increase within a run")
    for name, feed in engine["feeds"].items():
        at = f"/engine_state/feeds/{escape(name)}/last_timestamp"
        last = feed.get("last_timestamp")
        p.timestamp(at, last)
        if last is not None and not T.problem(last) and not T.problem(doc["timestamp"]) and T.compare(last, doc["timestamp"]) > 0:
            p.add(at, f"feed {_q(name)} delivered a record at {last}, after the checkpoint's timestamp {doc['timestamp']}")
    return p.list


# Rules per format major: a new format version adds its function here (its schema and types are generated).
RULES = {1: check_v1, 2: check_v2, 3: check_v3}
