"""Format 4.0 (execution state): its consistency rules (3.0's, with completed orders in the order book and rejected
orders of any quantity, S4.1; plus S4.2 lifecycle members, S4.3 completed orders are closed, S4.4 risk currencies) and
the step 3.0 <-> 4.0 (src/format/versions/v4/)."""

from __future__ import annotations

from .. import _time as T
from .._semantic import Problems, check_order_book, escape
from .._step import Step
from . import v3

_TERMINAL = ("filled", "cancelled", "rejected", "expired")
_ORDER_MEMBERS = ("submitted_at", "rejected_at", "cancelled_at", "rejection")
_FILL_MEMBERS = ("partial", "liquidity")


def _order_lists(doc: dict) -> list[tuple[str, list]]:
    return [
        ("/order_state/orders", doc["order_state"]["orders"]),
        ("/order_state/completed", doc["order_state"]["completed"]),
        ("/engine_state/held_orders", doc["engine_state"]["held_orders"]),
    ]


def _lifecycle(p: Problems, doc: dict) -> None:
    for base, orders in _order_lists(doc):
        for i, o in enumerate(orders):
            at = f"{base}/{i}"
            for member, status in (("rejected_at", "rejected"), ("rejection", "rejected"), ("cancelled_at", "cancelled")):
                if member in o and o["status"] != status:
                    p.add(f"{at}/{member}", f"an order with status \"{o['status']}\" has {member}, which only {status} orders carry", f"remove {member}, or give the order status \"{status}\"")
            for member in ("submitted_at", "rejected_at", "cancelled_at"):
                value = o.get(member)
                if value is None:
                    continue
                p.timestamp(f"{at}/{member}", value)
                if not T.problem(value) and not T.problem(o["placed_at"]) and T.compare(value, o["placed_at"]) < 0:
                    p.add(f"{at}/{member}", f"{member} {value} is earlier than the order's placed_at {o['placed_at']}", "a lifecycle time is never before the order was placed")


def _completed_are_closed(p: Problems, doc: dict) -> None:
    for i, o in enumerate(doc["order_state"]["completed"]):
        if o["status"] not in _TERMINAL:
            p.add(f"/order_state/completed/{i}/status", f"a completed order has a terminal status (filled, cancelled, rejected or expired), not \"{o['status']}\"", "keep working orders in order_state.orders")


def _risk_currencies(p: Problems, doc: dict) -> None:
    risk = doc["risk"]
    if risk is None:
        return
    known = set(doc["portfolio_state"]["cash"]) | set(doc["account"]["initial_cash"])
    for member in ("peak_equity", "day_start_equity"):
        for currency in risk[member] or {}:
            if currency not in known:
                p.add(f"/risk/{member}/{escape(currency)}", f"{member} names currency {currency}, which neither portfolio_state.cash nor account.initial_cash holds", "use a currency of the account (a typo?)")


RULES = {
    **v3.RULES,
    "orderBook": lambda p, doc: check_order_book(p, doc, _order_lists(doc)[1:], any_sign_rejected=True),
    "lifecycle": _lifecycle,
    "completedAreClosed": _completed_are_closed,
    "riskCurrencies": _risk_currencies,
}


def up(doc: dict) -> dict:
    out = {
        "version": "4.0",
        "created_at": doc["created_at"],
        "strategy_name": doc["strategy_name"],
        "run_id": doc["run_id"],
        "parent_id": doc["parent_id"],
        "timestamp": doc["timestamp"],
        "sequence": doc["sequence"],
        "portfolio_state": doc["portfolio_state"],
        "order_state": {"orders": doc["order_state"]["orders"], "completed": [], "fills": doc["order_state"]["fills"]},
        "engine_state": doc["engine_state"],
        "account": {"initial_cash": {}},
        "risk": None,
        "execution_model": {"slippage": None, "commission": None, "latency": None},
        "strategy_state": doc["strategy_state"],
        "fingerprint": doc["fingerprint"],
        "metadata": doc["metadata"],
    }
    if "legacy" in doc:
        out["legacy"] = doc["legacy"]
    return out


def _has_v3_form(o: dict) -> bool:
    """A rejected 4.0 order may keep a quantity of any sign; 3.0 quantities are positive."""
    return not (o["quantity"] == "0" or o["quantity"].startswith("-"))


def down(doc: dict) -> dict:
    state = doc["order_state"]
    held = doc["engine_state"]["held_orders"]
    dropped = {o["order_id"] for o in [*state["orders"], *state["completed"], *held] if not _has_v3_form(o)}

    def order(o: dict) -> dict:
        out = {k: v for k, v in o.items() if k not in _ORDER_MEMBERS}
        if out.get("parent_id") in dropped:
            del out["parent_id"]
        return out

    def keep(orders: list) -> list:
        return [order(o) for o in orders if _has_v3_form(o)]

    out = {
        "version": "3.0",
        "created_at": doc["created_at"],
        "strategy_name": doc["strategy_name"],
        "run_id": doc["run_id"],
        "parent_id": doc["parent_id"],
        "timestamp": doc["timestamp"],
        "sequence": doc["sequence"],
        "portfolio_state": doc["portfolio_state"],
        "order_state": {"orders": keep([*state["orders"], *state["completed"]]), "fills": [{k: v for k, v in f.items() if k not in _FILL_MEMBERS} for f in state["fills"]]},
        "engine_state": {**doc["engine_state"], "held_orders": keep(held)},
        "strategy_state": doc["strategy_state"],
        "fingerprint": doc["fingerprint"],
        "metadata": doc["metadata"],
    }
    if "legacy" in doc:
        out["legacy"] = doc["legacy"]
    return out


STEP = Step("3.0", "4.0", up, down)
