"""finbot ExecutionCheckpoint 1.0.0: its name, member order and constants, and its layout: Python's
`json.dump(data, f, indent=2)` with members in finbot's serializer order (docs/design/finbot-execution-1.0.0.md §2–§5)."""

from __future__ import annotations

import json
import re

from ._generated.sources import SOURCES

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
