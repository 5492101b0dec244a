"""What the versions' consistency rules share (SPEC "Semantic rules"): the problem collector, the order book and equity
checks that 2.0 and later versions reuse, and the runner. Each version's rules live in versions/vN.py as named rules,
like the TypeScript library's (a newer version spreads the older one's dict), and report every problem found with the
same pointers. They run only on schema-valid documents."""

from __future__ import annotations

import json
from typing import Callable

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


_STATUS_RULES = {
    "new": (lambda none, vs: none, 'a new order has filled_quantity "0"'),
    "submitted": (lambda none, vs: none, 'a submitted order has filled_quantity "0"; use partially_filled once something fills'),
    "partially_filled": (lambda none, vs: not none and vs < 0, "a partially_filled order has 0 < filled_quantity < quantity"),
    "filled": (lambda none, vs: vs == 0, "a filled order has filled_quantity equal to quantity"),
    "cancelled": (lambda none, vs: vs < 0, "a cancelled order has filled_quantity below quantity (a fully filled order is filled)"),
    "expired": (lambda none, vs: vs < 0, "an expired order has filled_quantity below quantity (a fully filled order is filled)"),
    "rejected": (lambda none, vs: none, 'a rejected order has filled_quantity "0"'),
}


def _check_order(p: Problems, o: dict, at: str, any_sign_rejected: bool) -> None:
    p.timestamp(f"{at}/placed_at", o.get("placed_at"))
    p.timestamp(f"{at}/expire_at", o.get("expire_at"))
    vs = D.compare_decimals(o["filled_quantity"], o["quantity"])
    if vs > 0 and not (any_sign_rejected and o["status"] == "rejected"):
        p.add(f"{at}/filled_quantity", f"filled_quantity {o['filled_quantity']} exceeds the order quantity {o['quantity']}")
    none = o["filled_quantity"] == "0"
    holds, rule = _STATUS_RULES[o["status"]]
    if not holds(none, vs):
        p.add(f"{at}/status", f"status \"{o['status']}\" disagrees with filled_quantity {o['filled_quantity']}: {rule}")
    if none and "avg_fill_price" in o:
        p.add(f"{at}/avg_fill_price", "avg_fill_price is present although nothing is filled", "omit it until the first fill")
    if o.get("parent_id") is not None and o.get("parent_id") == o["order_id"]:
        p.add(f"{at}/parent_id", "an order cannot be its own parent")


def check_order_book(p: Problems, doc: dict, more: list[tuple[str, list]] = (), any_sign_rejected: bool = False) -> None:
    """The 2.0 order book (S2.x) over order_state.orders and the lists in `more` ([(pointer, orders)]), which share its
    id space; any_sign_rejected: 4.0's rejected orders keep a quantity of any sign, so S2.3 skips them."""
    p.timestamp("/created_at", doc.get("created_at"))
    p.timestamp("/timestamp", doc.get("timestamp"))
    by_id: dict[str, dict] = {}
    lists = [("/order_state/orders", doc["order_state"]["orders"]), *more]
    for base, orders in lists:
        for i, o in enumerate(orders):
            at = f"{base}/{i}"
            if o["order_id"] in by_id:
                p.add(f"{at}/order_id", f"order id {_q(o['order_id'])} is used twice")
            else:
                by_id[o["order_id"]] = o
            _check_order(p, o, at, any_sign_rejected)
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


def check_equity(p: Problems, doc: dict) -> None:
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



Rule = Callable[[Problems, dict], None]


def run(rules: dict[str, Rule], doc: dict) -> list[ErrorDetail]:
    """Runs a version's rules in their order and returns every problem found."""
    p = Problems()
    for rule in rules.values():
        rule(p, doc)
    return p.list
