"""finbot ExecutionCheckpoint 1.0.0 -> format 4.0 (docs/design/format-4.0.md §5.1–§5.2, as the TypeScript importer
src/sources/finbot/import.ts does it). The typed document holds everything 4.0 can hold; what it cannot (stop
orders without a stop price, amounts outside 4.0's types, the original spellings) is kept by one legacy layer,
computed as the chain driver computes every layer: the patch that turns the plain export of the typed document back
into the file's value (SPEC §14.6). So export(import(f)) is f's value, and with member_order and the recorded line
ends, f's bytes."""

from __future__ import annotations

import hashlib

from . import _decimal as D
from . import _finbot_values as V
from . import _time as T
from ._finbot_export import default_positions_order, export_plain
from ._finbot_format import CURRENCY, LATENCY, LIMITS, RUN_ID, SOURCE_FORMAT, STEP, STRATEGY_NAME, TARGET_VERSION, TERMINAL
from ._format import hashed_part
from ._jcs import canonical_bytes
from ._patch import diff

def _pos(c: str) -> bool:
    return not c.startswith("-") and c != "0"


def _nonneg(c: str) -> bool:
    return not c.startswith("-")


def _ref(s: str, most: int = 128) -> bool:
    return 1 <= len(s) <= most


def _money(amount: str | None) -> dict | None:
    return None if amount is None else {CURRENCY: V.canon(amount)}


def run_id_of(simulator_id: str) -> str:
    """"finbot." + the simulator id when that is a run id, else a digest of the id: the first 40 hex digits of the
    SHA-256 of its UTF-8 bytes (SPEC §19)."""
    candidate = f"finbot.{simulator_id}"
    if RUN_ID.fullmatch(candidate):
        return candidate
    return "finbot.sha256-" + hashlib.sha256(simulator_id.encode("utf-8")).hexdigest()[:40]


def _holds(status: str, filled: str, vs: int) -> bool:
    """S2.4: the statuses a 4.0 order with these amounts can have."""
    none = filled == "0"
    if status in ("new", "submitted"):
        return none and vs <= 0
    if status == "partially_filled":
        return not none and vs < 0
    if status == "filled":
        return vs == 0 and not none
    if status == "cancelled":
        return vs < 0
    if status == "rejected":
        return none
    return False


def _status(o: dict, quantity: str, filled: str) -> str | None:
    """finbot's status when it agrees with the converted amounts (S2.4), else the one the amounts and lifecycle
    times imply, or None when that one disagrees too (the order then stays in the legacy layer). Lifecycle times a
    status does not allow are dropped (S4.2), not used to change the status."""
    vs = D.compare_decimals(filled, quantity)
    if _holds(o["status"], filled, vs):
        return o["status"]
    if o["rejected_at"] is not None:
        implied = "rejected"
    elif o["cancelled_at"] is not None:
        implied = "cancelled"
    elif vs == 0 and filled != "0":
        implied = "filled"
    else:
        implied = "partially_filled" if filled != "0" else "submitted"
    return implied if _holds(implied, filled, vs) else None


def _order(o: dict, zone: str | None) -> dict | None:
    """The typed 4.0 order of a finbot order, or None when 4.0 cannot hold it (it stays in the legacy layer)."""
    if o["order_type"] == "stop":
        return None  # decision D1: finbot keeps no stop price, 4.0's stop orders need one
    if not _ref(o["order_id"]) or not _ref(o["symbol"], 64):
        return None
    quantity, filled = V.canon(o["quantity"]), V.canon(o["filled_quantity"])
    commission, avg = V.canon(o["total_commission"]), V.canon(o["avg_fill_price"])
    placed = _utc_or_none(o["created_at"], zone)
    if not _nonneg(filled) or not _nonneg(commission) or placed is None:
        return None
    status = _status(o, quantity, filled)
    if status is None or (status != "rejected" and not _pos(quantity)):
        return None
    out = {
        "order_id": o["order_id"],
        "symbol": o["symbol"],
        "side": o["side"],
        "type": o["order_type"],
        "quantity": quantity,
        "time_in_force": "gtc",
        "status": status,
        "filled_quantity": filled,
        "commission": commission,
        "currency": CURRENCY,
        "placed_at": placed,
    }
    if o["order_type"] == "limit":
        if o["limit_price"] is None or not _nonneg(V.canon(o["limit_price"])):
            return None
        out["limit_price"] = V.canon(o["limit_price"])
    if filled != "0":
        if not _nonneg(avg):
            return None
        out["avg_fill_price"] = avg
    for name, allowed in (("submitted_at", True), ("rejected_at", status == "rejected"), ("cancelled_at", status == "cancelled")):
        t = _utc_or_none(o[name], zone) if allowed else None
        if t is not None and T.compare(t, placed) >= 0:
            out[name] = t
    message = o["rejection_message"] if o["rejection_message"] is not None and len(o["rejection_message"]) <= 4096 else None
    if status == "rejected" and (o["rejection_reason"] is not None or message is not None):
        out["rejection"] = {"code": o["rejection_reason"], "message": message}
    return out


def _utc_or_none(t: str | None, zone: str | None) -> str | None:
    if t is None:
        return None
    try:
        return V.utc(t, zone)
    except ValueError:
        return None


def _fills(o: dict, order: dict, zone: str | None, ids: "_FillIds") -> list[dict]:
    """The typed fills of an order's executions. An execution 4.0 cannot hold (non-positive quantity, negative
    price or commission, or one that would take the fills past the order's filled quantity, S2.x) is left out; the
    legacy layer keeps it."""
    out = []
    total = "0"
    for e in o["executions"]:
        i = ids.next_index()
        quantity, price, commission = V.canon(e["quantity"]), V.canon(e["price"]), V.canon(e["commission"])
        ts = _utc_or_none(e["timestamp"], zone)
        if not _pos(quantity) or not _nonneg(price) or not _nonneg(commission) or ts is None:
            continue
        after = D.total((total, quantity))
        if D.compare_decimals(after, order["filled_quantity"]) > 0:
            continue
        total = after
        out.append({
            "fill_id": ids.assign(e["execution_id"], i),
            "order_id": order["order_id"],
            "symbol": order["symbol"],
            "side": order["side"],
            "quantity": quantity,
            "price": price,
            "commission": commission,
            "currency": CURRENCY,
            "timestamp": ts,
            "partial": e["is_partial"],
        })
    return out


class _FillIds:
    """Execution ids become fill ids; a duplicate or unusable one gets `fill-<i>` (i: the execution's index among all
    executions of the file, in document order), then `fill-<i>-<k>` until it names no other execution or fill."""

    def __init__(self, doc: dict) -> None:
        self.executions = {e["execution_id"] for lst in ("pending_orders", "completed_orders") for o in doc[lst] for e in o["executions"]}
        self.used: set[str] = set()
        self.index = 0

    def skip(self, n: int) -> None:
        self.index += n

    def next_index(self) -> int:
        self.index += 1
        return self.index - 1

    def assign(self, execution_id: str, i: int) -> str:
        fid = execution_id
        if not _ref(fid) or fid in self.used:
            fid = f"fill-{i}"
            k = 1
            while fid in self.used or fid in self.executions:
                fid = f"fill-{i}-{k}"
                k += 1
        self.used.add(fid)
        return fid


def _risk(doc: dict) -> dict | None:
    peak, day, config = doc["peak_value"], doc["daily_start_value"], doc["risk_config_data"]
    if peak is None and day is None and config is None and doc["trading_enabled"] is True:
        return None
    limits = None
    if config is not None:
        limits = {"initial_trading_state": "active" if config["trading_enabled"] else "halted"}
        for name, (typed, a, b) in LIMITS.items():
            if name in config:
                limit = config[name]
                limits[typed] = {a[1]: None if limit[a[0]] is None else V.canon(limit[a[0]]), b[1]: None if limit[b[0]] is None else V.canon(limit[b[0]])}
    return {
        "trading_state": "active" if doc["trading_enabled"] else "halted",
        "peak_equity": _money(peak),
        "day_start_equity": _money(day),
        "limits": limits,
    }


def _plain_import(doc: dict, zone: str | None, sequence: int = 0, parent_id: str | None = None) -> dict:
    """The typed 4.0 document of a valid finbot value, without id and legacy layer."""
    ts = V.utc(doc["checkpoint_timestamp"], zone)
    positions = {}
    for sym, q in doc["positions"].items():
        if _ref(sym, 64):
            positions[sym] = {"quantity": V.canon(q), "avg_price": "0", "currency": CURRENCY}
    lists: dict[str, list] = {"orders": [], "completed": []}
    fills: list[dict] = []
    ids: set[str] = set()
    fill_ids = _FillIds(doc)
    for name in ("pending_orders", "completed_orders"):
        for o in doc[name]:
            order = _order(o, zone)
            if order is None or order["order_id"] in ids:
                fill_ids.skip(len(o["executions"]))  # i counts every execution of the file (SPEC §19)
                continue
            ids.add(order["order_id"])
            # A closed order in finbot's pending map stays a working-list order (4.0's orders hold any status, D3);
            # an open order in finbot's completed map has no place in completed (S4.3): it joins the working ones.
            working = name == "pending_orders" or order["status"] not in TERMINAL
            lists["orders" if working else "completed"].append(order)
            fills.extend(_fills(o, order, zone, fill_ids))
    latency = LATENCY[doc["latency_config_name"]]
    return {
        "version": TARGET_VERSION,
        "created_at": ts,
        "strategy_name": STRATEGY_NAME,
        "run_id": run_id_of(doc["simulator_id"]),
        "parent_id": parent_id,
        "timestamp": ts,
        "sequence": sequence,
        "portfolio_state": {"cash": {CURRENCY: V.canon(doc["cash"])}, "positions": positions},
        "order_state": {"orders": lists["orders"], "completed": lists["completed"], "fills": fills},
        "account": {"initial_cash": {CURRENCY: V.canon(doc["initial_cash"])}},
        "risk": _risk(doc),
        "execution_model": {
            "slippage": {"model": "fixed_bps", "bps": V.canon(doc["slippage_bps"])},
            "commission": {"model": "per_unit", "amount": V.canon(doc["commission_per_share"]), "currency": CURRENCY},
            "latency": {"profile": doc["latency_config_name"], "submit": latency[0], "fill_min": latency[1], "fill_max": latency[2], "cancel": latency[3]},
        },
        "engine_state": {"rng": None, "feeds": {}, "counters": {}, "held_orders": []},
        "strategy_state": None,
        "fingerprint": None,
        "metadata": {"producer": "finbot", "simulator_id": doc["simulator_id"]},
    }


def source_id(doc: dict) -> str:
    """finbot files have no id: the SHA-256 of the RFC 8785 form of the whole file value names the source."""
    return hashlib.sha256(canonical_bytes(doc)).hexdigest()


def import_value(doc: dict, zone: str | None = None, newline: str = "\n", sequence: int = 0, parent_id: str | None = None) -> dict:
    """The 4.0 checkpoint of a valid finbot value (member order of `positions` as in `doc`): typed state, the
    legacy layer that gives `doc` back, the id, and provenance. A file read on its own starts a run (sequence 0,
    no parent); in a folder's chain (`import_folder`) it gets its place in the run."""
    if zone is not None and zone != "UTC":
        V.check_zone(zone)
    out = _plain_import(doc, zone, sequence, parent_id)
    back = export_plain({**out, "checkpoint_id": ""})
    patch = diff(back, doc)
    order = list(doc["positions"])
    member_order = {"/positions": order} if order != default_positions_order(doc["positions"]) else None
    if patch or member_order:
        # A layer's patch is never empty (4.0 schema): a positions order alone rides on an operation that changes nothing.
        layer: dict = {"from": SOURCE_FORMAT, "to": TARGET_VERSION, "patch": patch or [{"op": "replace", "path": "/version", "value": doc["version"]}]}
        if member_order:
            layer["member_order"] = member_order
        out["legacy"] = [layer]
    out["checkpoint_id"] = hashlib.sha256(canonical_bytes(hashed_part(out))).hexdigest()
    prov: dict = {"source_version": SOURCE_FORMAT, "source_id": source_id(doc), "source_created_at": doc["checkpoint_timestamp"], "steps": [dict(STEP)]}
    if zone is not None and zone != "UTC":
        prov["assumed_zone"] = zone
    if newline == "\r\n":
        prov["source_layout"] = {"newline": "crlf"}
    out["provenance"] = prov
    return out
