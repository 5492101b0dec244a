"""The parts of the migrations that a schema-level runner can check on its own, written from SPEC.md §14.

This runner does not compute whole migration outputs (see README). It does check, independently of the TypeScript
library, the rules where two careful readings of the specification could differ (spec/vectors/readings.json):

- provenance and created_at after an upgrade or a downgrade (SPEC §14.9), from the input and the case's steps;
- the 2.0 -> 1.0 numbers (SPEC §14.3): single(m), equity, the trailing stop's type, and Q and F of every pending order,
  with S summed over the shortest decimals of the rounded fills (never their exact binary values);
- which documents have no older form (SPEC §14.3, §14.5), for downgrades that expect E_MIGRATION.
Each function returns a list of problems (empty: agrees).
"""

from __future__ import annotations

import math
from decimal import Decimal

MAX_SAFE = 2**53 - 1
PENDING = ("new", "submitted", "partially_filled")


def major(version: str) -> int:
    return int(version.split(".")[0])


# -- numbers (SPEC §6.2) ----------------------------------------------------------------------------------------------


def num(d: str) -> float:
    """num(d): the nearest binary64, with integers in (2^53-1, 10^21) clamped to +-(2^53-1); inf when it overflows."""
    x = float(d)  # correctly rounded, ties to even
    if math.isfinite(x) and x == int(x) and MAX_SAFE < abs(x) < 1e21:
        return math.copysign(MAX_SAFE, x)
    return x


def dec(x: float) -> Decimal:
    """dec(x) as an exact Decimal: the shortest round-trip digits of x (repr), not its exact binary value."""
    return Decimal(repr(float(x)))


def smallest_at_least(s: Decimal) -> float:
    """The smallest binary64 x with dec(x) >= s."""
    x = float(s)
    if dec(x) < s:
        x = math.nextafter(x, math.inf)
    return x


def single(m: dict | None) -> str:
    if not m:
        return "0"
    return m["XXX"] if "XXX" in m else m[min(m, key=lambda k: k.encode("utf-16-be"))]


# -- 2.0 -> 1.0 (SPEC §14.3) ----------------------------------------------------------------------------------------


def expected_quantities(order: dict, fills: list[dict]) -> tuple[float, float]:
    """(Q, F) of SPEC §14.3 for one pending order."""
    s = sum((dec(num(f["quantity"])) for f in fills), Decimal(0))
    f0 = num(order["filled_quantity"])
    f = f0 if s <= dec(f0) else smallest_at_least(s)
    q = num(order["quantity"])
    return (q if q >= f else f), f


def check_down_to_1(level2: dict, out: dict) -> list[str]:
    """The numbers of a 1.0 output against its 2.0-level input (no legacy layer of the 1.0 -> 2.0 step involved)."""
    problems = []
    ps, ops = level2["portfolio_state"], out["portfolio_state"]
    cash = num(single(ps["cash"]))
    if ops["cash"] != cash:
        problems.append(f"1.0 cash is {ops['cash']!r}, SPEC §14.3 single() gives {cash!r}")
    equity = num(single(ps["equity"])) if "equity" in ps else cash
    if ops["equity"] != equity:
        problems.append(f"1.0 equity is {ops['equity']!r}, SPEC §14.3 gives {equity!r}")
    pending = [o for o in level2["order_state"]["orders"] if o["status"] in PENDING]
    written = out["order_state"]["pending_orders"]
    if [p["order_id"] for p in written] != [o["order_id"] for o in pending]:
        return problems + ["the pending orders are not the orders with status new, submitted or partially_filled"]
    for o, p in zip(pending, written):
        fills = [f for f in level2["order_state"]["fills"] if f["order_id"] == o["order_id"]]
        q, f = expected_quantities(o, fills)
        if p["quantity"] != q or p.get("filled_quantity", 0) != f or (f == 0) != ("filled_quantity" not in p):
            problems.append(f"order {o['order_id']}: quantity/filled_quantity {p['quantity']!r}/{p.get('filled_quantity')!r}, SPEC §14.3 gives {q!r}/{f!r}")
        if o["type"] == "trailing_stop":
            want = "stop" if "stop_price" in o else None
            if p.get("order_type") != want:
                problems.append(f"order {o['order_id']}: a trailing stop becomes order_type {want!r}, not {p.get('order_type')!r}")
    return problems


# -- documents with no older form (SPEC §14.3, §14.5) ---------------------------------------------------------------


def no_older_form(doc: dict, to: int) -> str | None:
    """Why `doc` has no form in format `to`, or None."""
    if major(doc["version"]) >= 3 and to <= 2:
        held = {o["order_id"] for o in doc["engine_state"]["held_orders"]}
        for i, o in enumerate(doc["order_state"]["orders"]):
            if o.get("parent_id") in held:
                return f"/order_state/orders/{i} has a held order as its parent"
    if to == 1:
        ps = doc["portfolio_state"]
        converted = [single(ps["cash"])] + ([single(ps["equity"])] if "equity" in ps else [])
        for p in ps["positions"].values():
            converted += [p["quantity"], p["avg_price"]] + ([p["last_price"]] if "last_price" in p else [])
        positive = []
        for o in doc["order_state"]["orders"]:
            if o["status"] in PENDING:
                converted += [o["filled_quantity"]] + [o[k] for k in ("limit_price", "stop_price") if k in o]
                positive.append(o["quantity"])
        for f in doc["order_state"]["fills"]:
            converted += [f["price"], f["commission"]]
            positive.append(f["quantity"])
        for d in converted + positive:
            if math.isinf(num(d)):
                return f"num({d[:20]}...) overflows"
        for d in positive:
            if num(d) == 0:
                return f"the positive quantity {d[:20]}... rounds to 0"
    return None


# -- provenance (SPEC §14.9) ----------------------------------------------------------------------------------------


def recorded_steps(prior: dict | None, applied: list[dict]) -> list[dict]:
    steps = list(prior["steps"]) if prior else []
    for s in applied:
        if steps and steps[-1]["from"] == s["to"] and steps[-1]["to"] == s["from"]:
            steps.pop()
        else:
            steps.append(s)
    return steps


def check_provenance(inp: dict, out: dict, applied: list[dict], direction: str) -> list[str]:
    """provenance and created_at of `out` by SPEC §14.9 (direction: "up" or "down")."""
    if not applied:
        return [] if out.get("provenance") == inp.get("provenance") else ["no step was applied, yet provenance changed"]
    prior = inp.get("provenance")
    steps = recorded_steps(prior, applied)
    want_created = out["created_at"]  # unchanged unless a rule below restores it
    known_created = direction == "down" or major(inp["version"]) >= 2  # an upgrade from 1.0 normalizes created_at
    if known_created:
        want_created = inp["created_at"]
    want = None
    if out["version"] == "1.0":
        if prior and "source_created_at" in prior and prior["source_version"] == "1.0" and len(prior["steps"]) == len(applied):
            want_created = prior["source_created_at"]
    elif not steps:
        if direction == "down" and prior and "source_created_at" in prior:
            want_created = prior["source_created_at"]
    else:
        want = {
            "source_version": prior["source_version"] if prior else inp["version"],
            "source_id": prior["source_id"] if prior else inp["checkpoint_id"],
            "steps": steps,
        }
        if direction == "up":
            v = prior.get("source_created_at") if prior else inp["created_at"]
        else:
            v = prior.get("source_created_at") if prior else None
        if v is not None and (direction == "down" or v != out["created_at"]):
            want["source_created_at"] = v
    problems = []
    if out.get("provenance") != want:
        problems.append(f"provenance is {out.get('provenance')!r}, SPEC §14.9 gives {want!r}")
    if out["created_at"] != want_created:
        problems.append(f"created_at is {out['created_at']!r}, SPEC §14.9 gives {want_created!r}")
    return problems
