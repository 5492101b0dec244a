"""finbot's ExecutionCheckpoint 1.0.0 as a source format: read, check, import to the latest format and export back
to finbot's exact bytes (docs/design/format-4.0.md §5–§6, the facts in docs/design/finbot-execution-1.0.0.md).

    import state_checkpoint as sc
    result = sc.load(Path("checkpoints/sim-1/latest.json"))   # a verified 4.0 checkpoint, with provenance
    data, loss = sc.finbot.to_execution_checkpoint(result.checkpoint)   # finbot's dict, members in finbot's order
    raw = sc.finbot.export_bytes(result.checkpoint)         # the original file's bytes, byte for byte

The source step is a pair of pure functions, like every migration step: `import` (finbot -> 4.0, §5.1–§5.2) and its
plain inverse `export` (§5.4). The import keeps in a legacy layer what typed 4.0 cannot hold: a patch from the plain
export to the original value (SPEC §14.6), and the order of `positions` when it is not the canonical one. Line ends
are recorded in provenance (not hashed). The layout is Python's own `json.dumps(indent=2)`, so the bytes are the
bytes finbot writes.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from dataclasses import dataclass, field
from decimal import DefaultContext, localcontext
from functools import cache

from . import _decimal as D
from . import _finbot_values as V
from . import _time as T
from ._generated.sources import SOURCES
from ._format import _describe, _validator, hashed_part
from ._jcs import canonical_bytes, utf16_key
from ._patch import apply_patch, diff, value_at
from ._semantic import escape
from .errors import CheckpointError, ErrorDetail

SOURCE_FORMAT = "finbot-execution-1.0.0"
TARGET_VERSION = "4.0"
SCHEMA_FILE = next(schema for fmt, _, schema in SOURCES if fmt == SOURCE_FORMAT)
STRATEGY_NAME = "finbot ExecutionSimulator"
CURRENCY = "XXX"
STEP = {"from": SOURCE_FORMAT, "to": TARGET_VERSION}

# The serializer's member order (facts §3–§5): JSON values carry no order, the renderer restores it.
TOP = (
    "version", "simulator_id", "checkpoint_timestamp", "cash", "initial_cash", "positions", "pending_orders",
    "completed_orders", "peak_value", "daily_start_value", "trading_enabled", "slippage_bps", "commission_per_share",
    "latency_config_name", "risk_config_data",
)
ORDER = (
    "order_id", "symbol", "side", "order_type", "quantity", "created_at", "status", "limit_price", "submitted_at",
    "filled_quantity", "avg_fill_price", "total_commission", "executions", "rejected_at", "rejection_reason",
    "rejection_message", "cancelled_at",
)
EXECUTION = ("execution_id", "order_id", "timestamp", "quantity", "price", "commission", "is_partial")
RISK = ("trading_enabled", "position_limit", "exposure_limit", "drawdown_limit")
LIMITS = {
    "position_limit": ("position", ("max_shares", "max_quantity"), ("max_value", "max_notional")),
    "exposure_limit": ("exposure", ("max_gross_exposure_pct", "max_gross_pct"), ("max_net_exposure_pct", "max_net_pct")),
    "drawdown_limit": ("drawdown", ("max_daily_drawdown_pct", "max_daily_pct"), ("max_total_drawdown_pct", "max_total_pct")),
}
# finbot/core/contracts/latency.py in seconds: submit, fill_min, fill_max, cancel.
LATENCY = {
    "INSTANT": ("0", "0", "0", "0"),
    "FAST": ("0.01", "0.05", "0.1", "0.02"),
    "NORMAL": ("0.05", "0.1", "0.2", "0.05"),
    "SLOW": ("0.1", "0.5", "1", "0.1"),
}
TERMINAL = ("filled", "cancelled", "rejected", "expired")
# finbot's RejectionReason values; another engine's code is exported as "unknown".
REASONS = frozenset((
    "insufficient_funds", "invalid_quantity", "invalid_symbol", "market_closed", "duplicate_order", "risk_limit_exceeded",
    "risk_position_limit", "risk_exposure_limit", "risk_drawdown_limit", "risk_trading_disabled", "unknown",
))
RUN_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")


# -- detection, layout --------------------------------------------------------------------------------------


FINBOT_VERSION = "1.0.0"
# Members only finbot's files have: a value with one of them (and no checkpoint_id) is a finbot file.
FINBOT_MEMBERS = ("simulator_id", "checkpoint_timestamp", "pending_orders", "completed_orders")


def is_execution_checkpoint(doc: object) -> bool:
    """True when a parsed value is (meant to be) a finbot ExecutionCheckpoint: its version is finbot's "1.0.0"
    (no format version has three parts), or it has finbot's own members and none of this format's."""
    if not isinstance(doc, dict):
        return False
    if doc.get("version") == FINBOT_VERSION:
        return True
    return "checkpoint_id" not in doc and any(m in doc for m in FINBOT_MEMBERS)


def version_problem(doc: dict) -> ErrorDetail | None:
    if "version" not in doc or doc["version"] == FINBOT_VERSION:
        return None
    return ErrorDetail(
        "E_SOURCE_VERSION",
        f"this is a finbot ExecutionCheckpoint of version {json.dumps(doc['version'])}; this reader imports version \"{FINBOT_VERSION}\" only (and finbot's restore_simulator refuses any other)",
        "/version",
        f"the file's members say it was written by finbot's CheckpointManager; \"{FINBOT_VERSION}\" is the only version finbot has written",
    )


def _ordered(value: dict, names: tuple[str, ...]) -> dict:
    out = {k: value[k] for k in names if k in value}
    out.update((k, v) for k, v in value.items() if k not in out)
    return out


def _order_members(o: object) -> object:
    if not isinstance(o, dict):
        return o
    out = _ordered(o, ORDER)
    if isinstance(out.get("executions"), list):
        out["executions"] = [_ordered(e, EXECUTION) if isinstance(e, dict) else e for e in out["executions"]]
    return out


def in_finbot_order(doc: dict, positions: list[str] | None = None) -> dict:
    """The document with every object's members in the serializer's order; `positions` in the given order (else
    as they are)."""
    out = _ordered(doc, TOP)
    if isinstance(out.get("positions"), dict) and positions is not None:
        pos = out["positions"]
        out["positions"] = {**{k: pos[k] for k in positions if k in pos}, **{k: v for k, v in pos.items() if k not in positions}}
    for name in ("pending_orders", "completed_orders"):
        if isinstance(out.get(name), list):
            out[name] = [_order_members(o) for o in out[name]]
    risk = out.get("risk_config_data")
    if isinstance(risk, dict):
        risk = _ordered(risk, RISK)
        for name, (_, a, b) in LIMITS.items():
            if isinstance(risk.get(name), dict):
                risk[name] = _ordered(risk[name], (a[0], b[0]))
        out["risk_config_data"] = risk
    return out


def render(doc: dict, newline: str = "\n") -> bytes:
    """finbot's file bytes: `json.dump(data, f, indent=2)` of the members in its order, with the platform's line ends."""
    text = json.dumps(doc, indent=2)
    return (text.replace("\n", newline) if newline != "\n" else text).encode("ascii")


def newline_of_bytes(raw: bytes) -> str:
    return "\r\n" if b"\r\n" in raw else "\n"


# -- checking -----------------------------------------------------------------------------------------------


@cache
def _schema_validator():
    return _validator(SCHEMA_FILE)


def schema_problems(doc: object) -> list[ErrorDetail]:
    errors = sorted(_schema_validator().iter_errors(doc), key=lambda e: [str(p) for p in e.absolute_path])
    out: list[ErrorDetail] = []
    for e in errors:
        for d in _describe(e):
            if d not in out:
                out.append(d)
    return out


def _values(doc: dict):
    """(pointer, kind, value) of every decimal ("d") and timestamp ("t") of a schema-valid document."""
    yield "/checkpoint_timestamp", "t", doc["checkpoint_timestamp"]
    for name in ("cash", "initial_cash"):
        yield f"/{name}", "d", doc[name]
    for sym, q in doc["positions"].items():
        yield f"/positions/{escape(sym)}", "d", q
    for lst in ("pending_orders", "completed_orders"):
        for i, o in enumerate(doc[lst]):
            at = f"/{lst}/{i}"
            for name in ("quantity", "limit_price", "filled_quantity", "avg_fill_price", "total_commission"):
                yield f"{at}/{name}", "d", o[name]
            for name in ("created_at", "submitted_at", "rejected_at", "cancelled_at"):
                yield f"{at}/{name}", "t", o[name]
            for k, e in enumerate(o["executions"]):
                yield f"{at}/executions/{k}/timestamp", "t", e["timestamp"]
                for name in ("quantity", "price", "commission"):
                    yield f"{at}/executions/{k}/{name}", "d", e[name]
    for name in ("peak_value", "daily_start_value", "slippage_bps", "commission_per_share"):
        yield f"/{name}", "d", doc[name]
    risk = doc["risk_config_data"]
    if risk is not None:
        for name, (_, a, b) in LIMITS.items():
            if name in risk:
                for m in (a[0], b[0]):
                    yield f"/risk_config_data/{name}/{m}", "d", risk[name][m]


def rule_problems(doc: dict) -> list[ErrorDetail]:
    """What the schema cannot say and no finbot code path can produce: rule F1 and real calendar timestamps."""
    out = []
    for pointer, kind, value in _values(doc):
        if value is None:
            continue
        why = V.decimal_problem(value) if kind == "d" else V.datetime_problem(value)
        if why is not None:
            hint = "finbot writes str(Decimal) amounts" if kind == "d" else "finbot writes datetime.isoformat() timestamps"
            out.append(ErrorDetail("E_SEMANTIC", f"{json.dumps(value)} {why}", pointer, hint))
    return out


def _warn(out: list, pointer: str, message: str, hint: str | None = None) -> None:
    out.append(ErrorDetail("W_SOURCE_SEMANTIC", message, pointer, hint))


def _order_warnings(o: dict, at: str, out: list) -> None:
    dec = V.Decimal
    filled = commission = value = dec(0)
    for k, e in enumerate(o["executions"]):
        q = dec(e["quantity"])
        filled += q
        commission += dec(e["commission"])
        value += q * dec(e["price"])
        if e["order_id"] != o["order_id"]:
            _warn(out, f"{at}/executions/{k}/order_id", f"execution names order {json.dumps(e['order_id'])}, but it belongs to order {json.dumps(o['order_id'])}")
    stated = dec(o["filled_quantity"])
    if o["executions"]:
        if filled != stated:
            _warn(out, f"{at}/filled_quantity", f"filled_quantity {o['filled_quantity']} is not the sum of the executions' quantities ({filled})")
        if commission != dec(o["total_commission"]):
            _warn(out, f"{at}/total_commission", f"total_commission {o['total_commission']} is not the sum of the executions' commissions ({commission})")
        if filled > 0:
            with localcontext(DefaultContext):
                avg = value / filled  # finbot's Order.add_execution: 28 digits, half-even
            if avg != dec(o["avg_fill_price"]):
                _warn(out, f"{at}/avg_fill_price", f"avg_fill_price {o['avg_fill_price']} is not Σ(quantity × price) / filled_quantity rounded to 28 digits ({avg})", "finbot computes it in Decimal arithmetic; a different rounding gives this")
    q = dec(o["quantity"])
    has_fill = stated != 0
    agrees = {
        "new": not has_fill,
        "submitted": not has_fill,
        "partially_filled": has_fill and stated < q,
        "filled": stated >= q,
        "rejected": o["rejected_at"] is not None,
        "cancelled": o["cancelled_at"] is not None,
    }
    if not agrees[o["status"]]:
        _warn(out, f"{at}/status", f"status \"{o['status']}\" disagrees with filled_quantity {o['filled_quantity']} of {o['quantity']}, rejected_at and cancelled_at")
    if o["status"] != "rejected" and o["rejected_at"] is not None:
        _warn(out, f"{at}/rejected_at", f"an order with status \"{o['status']}\" has rejected_at")
    if o["status"] != "cancelled" and o["cancelled_at"] is not None:
        _warn(out, f"{at}/cancelled_at", f"an order with status \"{o['status']}\" has cancelled_at")


def consistency_warnings(doc: dict) -> list[ErrorDetail]:
    """What real finbot files can violate (facts §11): reported as W_SOURCE_SEMANTIC, never refused."""
    out: list[ErrorDetail] = []
    for lst in ("pending_orders", "completed_orders"):
        seen: set[str] = set()
        for i, o in enumerate(doc[lst]):
            at = f"/{lst}/{i}"
            if o["order_id"] in seen:
                _warn(out, f"{at}/order_id", f"order id {json.dumps(o['order_id'])} occurs twice in {lst}; finbot's restore keeps only the last")
            seen.add(o["order_id"])
            _order_warnings(o, at, out)
            if lst == "completed_orders" and o["status"] not in ("filled", "rejected", "cancelled"):
                _warn(out, f"{at}/status", f"a completed order has status \"{o['status']}\"")
    nulls = sum(1 for v in (doc["peak_value"], doc["daily_start_value"], doc["risk_config_data"]) if v is None)
    if nulls not in (0, 3):
        _warn(out, "/peak_value", "peak_value, daily_start_value and risk_config_data are not null together, as finbot's create_checkpoint writes them")
    return out


@dataclass
class SourceReport:
    valid: bool
    errors: list[ErrorDetail]
    warnings: list[ErrorDetail] = field(default_factory=list)


def check_value(doc: object, raw: bytes | None = None) -> SourceReport:
    """Every problem of a parsed finbot file (version, schema, then rules), and its warnings (layout, consistency)."""
    version = version_problem(doc) if isinstance(doc, dict) else None
    if version is not None:
        return SourceReport(False, [version])
    errors = schema_problems(doc)
    if errors:
        return SourceReport(False, errors)
    errors = rule_problems(doc)
    if errors:
        return SourceReport(False, errors)
    warnings = []
    if raw is not None:
        layout = layout_warning(doc, raw)
        if layout:
            warnings.append(layout)
    warnings.extend(consistency_warnings(doc))
    return SourceReport(True, [], warnings)


def layout_warning(doc: dict, raw: bytes) -> ErrorDetail | None:
    if render(in_finbot_order(doc), newline_of_bytes(raw)) == raw:
        return None
    return ErrorDetail(
        "W_SOURCE_LAYOUT",
        "the file holds a valid finbot checkpoint but not in the layout finbot writes (json.dump(data, f, indent=2))",
        "",
        "export writes finbot's layout, so it will not give back these bytes",
    )


def assert_valid(doc: object, raw: bytes | None = None) -> list[ErrorDetail]:
    """The warnings of a finbot file; raises its first problem (all of them as details) when it cannot be imported."""
    report = check_value(doc, raw)
    if not report.valid:
        first = report.errors[0]
        more = f" (and {len(report.errors) - 1} more)" if len(report.errors) > 1 else ""
        at = f"at {first.pointer}: " if first.pointer else ""
        raise CheckpointError.of(first, f"{SOURCE_FORMAT}: {at}{first.message}{more}", report.errors)
    return report.warnings


# -- import: finbot -> 4.0 (the "up" of the source step) ----------------------------------------------------


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
    SHA-256 of its RFC 8785 form (the JSON string, quotes included), as the TypeScript importer computes it."""
    candidate = f"finbot.{simulator_id}"
    if RUN_ID.fullmatch(candidate):
        return candidate
    return "finbot.sha256-" + hashlib.sha256(canonical_bytes(simulator_id)).hexdigest()[:40]


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
    """Execution ids become fill ids; a duplicate or unusable one gets `fill-<i>` (i: the execution's index among
    the executions of the imported orders), then `fill-<i>-<k>` until it names no other execution or fill."""

    def __init__(self, doc: dict) -> None:
        self.executions = {e["execution_id"] for lst in ("pending_orders", "completed_orders") for o in doc[lst] for e in o["executions"]}
        self.used: set[str] = set()
        self.index = 0

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


def _default_positions_order(positions: dict) -> list[str]:
    return sorted(positions, key=utf16_key)


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
    member_order = {"/positions": order} if order != _default_positions_order(doc["positions"]) else None
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


# -- export: 4.0 -> finbot (the plain inverse) --------------------------------------------------------------


def _single(amounts: dict | None) -> str | None:
    if amounts is None:
        return None
    if not amounts:
        return "0"
    key = CURRENCY if CURRENCY in amounts else sorted(amounts, key=utf16_key)[0]
    return V.spell(amounts[key])


def _opt(canonical: str | None) -> str | None:
    return None if canonical is None else V.spell(canonical)


def _naive(ts: str | None) -> str | None:
    """isoformat() of the naive UTC time; an instant finbot cannot hold (year 0) becomes the earliest it can."""
    if ts is None:
        return None
    text = V.naive(ts)[0]
    return "0001-01-01T00:00:00" if text.startswith("0000") or len(text.split("-")[0]) > 4 else text


_TYPE_BACK = {"market": "market", "limit": "limit", "stop": "stop", "stop_limit": "limit", "trailing_stop": "stop"}
_STATUS_BACK = {"expired": "cancelled"}


def _order_back(o: dict, fills: list[dict]) -> dict:
    rejection = o.get("rejection") or {}
    return {
        "order_id": o["order_id"],
        "symbol": o["symbol"],
        "side": o["side"],
        "order_type": _TYPE_BACK[o["type"]],
        "quantity": V.spell(o["quantity"]),
        "created_at": _naive(o["placed_at"]),
        "status": _STATUS_BACK.get(o["status"], o["status"]),
        "limit_price": _opt(o.get("limit_price")),
        "submitted_at": _naive(o.get("submitted_at")),
        "filled_quantity": V.spell(o["filled_quantity"]),
        "avg_fill_price": V.spell(o.get("avg_fill_price", "0")),
        "total_commission": V.spell(o["commission"]),
        "executions": [
            {
                "execution_id": f["fill_id"],
                "order_id": o["order_id"],
                "timestamp": _naive(f["timestamp"]),
                "quantity": V.spell(f["quantity"]),
                "price": V.spell(f["price"]),
                "commission": V.spell(f["commission"]),
                "is_partial": bool(f.get("partial", False)),
            }
            for f in fills
        ],
        "rejected_at": _naive(o.get("rejected_at")),
        "rejection_reason": None if rejection.get("code") is None else rejection["code"] if rejection["code"] in REASONS else "unknown",
        "rejection_message": rejection.get("message"),
        "cancelled_at": _naive(o.get("cancelled_at", o.get("expire_at") if o["status"] == "expired" else None)),
    }


def _latency_name(model: dict | None) -> str:
    if model is None:
        return "INSTANT"
    got = tuple(model[k] for k in ("submit", "fill_min", "fill_max", "cancel"))
    for name, durations in LATENCY.items():
        if all(D.compare_decimals(a, b) == 0 for a, b in zip(got, durations)):
            return name
    return "INSTANT"


def export_plain(doc: dict) -> dict:
    """The finbot value of a 4.0 document, ignoring its legacy layers (§5.4), in finbot's member order."""
    state = doc["order_state"]
    fills_of: dict[str, list] = {}
    for f in state["fills"]:
        fills_of.setdefault(f["order_id"], []).append(f)
    held = doc.get("engine_state", {}).get("held_orders", [])
    risk = doc.get("risk")
    model = doc.get("execution_model") or {}
    slippage, commission = model.get("slippage"), model.get("commission")
    metadata = doc.get("metadata")
    sim = metadata.get("simulator_id") if isinstance(metadata, dict) else None
    config = None
    if risk is not None and risk.get("limits") is not None:
        limits = risk["limits"]
        config = {"trading_enabled": limits["initial_trading_state"] != "halted"}
        for name, (typed, a, b) in LIMITS.items():
            if typed in limits:
                config[name] = {a[0]: _opt(limits[typed][a[1]]), b[0]: _opt(limits[typed][b[1]])}
    positions = doc["portfolio_state"]["positions"]
    return {
        "version": "1.0.0",
        "simulator_id": sim if isinstance(sim, str) else doc["run_id"],
        "checkpoint_timestamp": _naive(doc["timestamp"]),
        "cash": _single(doc["portfolio_state"]["cash"]),
        "initial_cash": _single(doc["account"]["initial_cash"]),
        "positions": {s: V.spell(positions[s]["quantity"]) for s in _default_positions_order(positions)},
        "pending_orders": [_order_back(o, fills_of.get(o["order_id"], [])) for o in [*state["orders"], *held]],
        "completed_orders": [_order_back(o, fills_of.get(o["order_id"], [])) for o in state.get("completed", [])],
        "peak_value": _single(risk["peak_equity"]) if risk else None,
        "daily_start_value": _single(risk["day_start_equity"]) if risk else None,
        "trading_enabled": risk["trading_state"] != "halted" if risk else True,
        "slippage_bps": V.spell(slippage["bps"]) if slippage and slippage.get("model") == "fixed_bps" else "5",
        "commission_per_share": V.spell(commission["amount"]) if commission and commission.get("model") == "per_unit" else "0",
        "latency_config_name": _latency_name(model.get("latency")),
        "risk_config_data": config,
    }


def _source_layer(doc: dict) -> dict | None:
    layers = doc.get("legacy") or []
    top = layers[-1] if layers else None
    return top if top is not None and top["from"] == SOURCE_FORMAT and top["to"] == TARGET_VERSION else None


def export_value(doc: dict) -> dict:
    """The finbot value of a 4.0 document: the plain export, the legacy layer's patch applied, members in finbot's
    order (positions in the recorded order)."""
    layer = _source_layer(doc)
    source = dict(doc)
    if layer is not None:
        rest = doc["legacy"][:-1]
        if rest:
            source["legacy"] = rest
        else:
            del source["legacy"]
    out = export_plain(source)
    order = None
    if layer is not None:
        out = apply_patch(out, layer["patch"])
        order = (layer.get("member_order") or {}).get("/positions")
    if order is None:
        order = _default_positions_order(out["positions"]) if isinstance(out.get("positions"), dict) else None
    return in_finbot_order(out, order)


def _loss(doc: dict, back: dict) -> list[dict]:
    loss = []
    for op in diff(hashed_part(doc), hashed_part(back)):
        was = value_at(doc, op["path"])
        if op["op"] == "remove":
            loss.append({"version": TARGET_VERSION, "pointer": op["path"], "kind": "dropped", "was": was})
        elif op["op"] == "add":
            loss.append({"version": TARGET_VERSION, "pointer": op["path"], "kind": "added", "becomes": op["value"]})
        else:
            loss.append({"version": TARGET_VERSION, "pointer": op["path"], "kind": "changed", "was": was, "becomes": op["value"]})
    return loss


def _zone_of(doc: dict) -> str | None:
    prov = doc.get("provenance")
    return prov.get("assumed_zone") if isinstance(prov, dict) else None


def export_with_loss(doc: dict) -> tuple[dict, list[dict]]:
    """The finbot value and what finbot cannot hold (the driver's loss report: diff(N, import(export(N))))."""
    out = export_value(doc)
    try:
        assert_valid(out)
    except CheckpointError as e:
        raise CheckpointError(
            "E_MIGRATION",
            f"the document has no {SOURCE_FORMAT} form: exporting it gives {e.message}",
            e.pointer,
            f"keep the document in format {TARGET_VERSION}",
            [ErrorDetail("E_MIGRATION", d.message, d.pointer, d.hint, d.keyword) for d in e.details],
        ) from e
    # Lineage is not in a finbot file but in its folder (ckpt import): an imported document keeps it on the way back.
    prov = doc.get("provenance")
    from_finbot = isinstance(prov, dict) and prov.get("source_version") == SOURCE_FORMAT
    sequence, parent = (doc["sequence"], doc["parent_id"]) if from_finbot else (0, None)
    back = import_value(out, _zone_of(doc), _newline_of(doc), sequence, parent)
    return out, _loss({k: v for k, v in doc.items() if k != "provenance"}, back)


def _newline_of(doc: dict) -> str:
    prov = doc.get("provenance")
    layout = prov.get("source_layout") if isinstance(prov, dict) else None
    return "\r\n" if isinstance(layout, dict) and layout.get("newline") == "crlf" else "\n"


# -- the public helpers -------------------------------------------------------------------------------------


def _latest_checkpoint(data: object) -> dict:
    from ._format import format_of
    from .api import load

    if isinstance(data, dict) and data.get("version") == TARGET_VERSION and format_of(4) is None:
        return data  # a package without format 4.0 cannot verify it (only before 4.0 lands)

    return load(data).checkpoint


def from_execution_checkpoint(data: dict, zone: str | None = None) -> dict:
    """finbot's serialized ExecutionCheckpoint (the dict `serialize_checkpoint` returns, or the parsed file) as a
    verified latest-format checkpoint with its id and provenance. `zone` names the IANA zone finbot's naive
    timestamps are in (default: UTC, as everywhere in this format)."""
    if not isinstance(data, dict):
        raise CheckpointError("E_ARGUMENT", "from_execution_checkpoint() takes finbot's checkpoint dict")
    from .api import _assert_json

    _assert_json(data)
    doc = copy.deepcopy(data)
    assert_valid(doc)
    return verified(import_value(doc, zone))


def verified(doc: dict) -> dict:
    """Checks an imported document against its format's schema and rules (an import always has a valid result)."""
    from ._format import assert_schema, assert_semantic, format_of

    fmt = format_of(int(TARGET_VERSION.split(".")[0]))
    if fmt is None or fmt.version != TARGET_VERSION:
        return doc  # this build of the package predates format 4.0
    try:
        assert_schema(fmt, doc)
        assert_semantic(fmt, doc)
    except CheckpointError as e:
        raise CheckpointError(
            "E_MIGRATION",
            f"import {SOURCE_FORMAT} → {TARGET_VERSION} produced an invalid document: {e.message}",
            e.pointer,
            "this is a bug in state-checkpoint; please report it with the input file",
            [ErrorDetail("E_MIGRATION", d.message, d.pointer, d.hint, d.keyword) for d in e.details],
        ) from e
    return doc


def to_execution_checkpoint(checkpoint: object) -> tuple[dict, list[dict]]:
    """A checkpoint (any version, as load() takes it) as finbot's ExecutionCheckpoint dict, members in finbot's
    order, and the loss report of what finbot cannot hold (empty for a checkpoint imported from finbot)."""
    doc = _latest_checkpoint(checkpoint)
    return export_with_loss(doc)


def export_bytes(checkpoint: object, allow_loss: bool = True) -> bytes:
    """The finbot file of a checkpoint: for one imported from finbot, the original bytes (line ends included)."""
    doc = _latest_checkpoint(checkpoint)
    out, loss = export_with_loss(doc)
    if loss and not allow_loss:
        raise loss_error(loss)
    return render(out, _newline_of(doc))


def loss_error(loss: list[dict]) -> CheckpointError:
    first = loss[0]
    return CheckpointError(
        "E_DOWNGRADE_LOSS",
        f"exporting to {SOURCE_FORMAT} would lose data at {len(loss)} place{'s' if len(loss) > 1 else ''}, first at {first['pointer']} ({first['kind']})",
        first["pointer"],
        "pass allow_loss=True (CLI: --allow-loss) to accept the loss report, or keep the newer format",
        [ErrorDetail("E_DOWNGRADE_LOSS", f"{x['kind']} in format {x['version']}", x["pointer"]) for x in loss],
    )


def dumps(doc: dict, newline: str = "\n") -> bytes:
    """finbot's file bytes of a finbot value (members put in finbot's order, positions as given)."""
    return render(in_finbot_order(doc), newline)


__all__ = [
    "SOURCE_FORMAT",
    "SourceReport",
    "check_value",
    "dumps",
    "export_bytes",
    "from_execution_checkpoint",
    "import_value",
    "is_execution_checkpoint",
    "render",
    "source_id",
    "to_execution_checkpoint",
]
