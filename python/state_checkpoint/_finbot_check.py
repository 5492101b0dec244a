"""Checks of a finbot ExecutionCheckpoint 1.0.0 value: detection, its frozen schema, the spelling rules no pattern
states (F1, calendar dates, no "-00:00"), which are errors because finbot's own writer cannot break them, and the
consistency rules finbot's own code can break (facts §11), which are warnings (W_SOURCE_SEMANTIC, W_SOURCE_LAYOUT)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import DefaultContext, localcontext
from functools import cache

from . import _finbot_values as V
from ._finbot_format import LIMITS, SOURCE_FORMAT, SCHEMA_FILE, in_finbot_order, newline_of_bytes, render
from ._format import _validator, validator_problems
from ._semantic import escape
from .errors import CheckpointError, ErrorDetail

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


@cache
def _schema_validator():
    return _validator(SCHEMA_FILE)


def schema_problems(doc: object) -> list[ErrorDetail]:
    return validator_problems(_schema_validator(), doc)


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
