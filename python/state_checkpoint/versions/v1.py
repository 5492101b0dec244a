"""Format 1.0 (the first Python producer's loose documents): its consistency rule. It has no migration step."""

from __future__ import annotations

from .. import _decimal as D
from .._semantic import Problems, _num, _q


def _consistent(p: Problems, doc: dict) -> None:
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


def _id(v: object) -> str:
    """1.0 ids compare as strings: 7 and "7" are one id (ECMAScript String(7))."""
    return v if isinstance(v, str) else D.js_number(v)

RULES = {"consistent": _consistent}
STEP = None
