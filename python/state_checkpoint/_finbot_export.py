"""Format 4.0 -> finbot ExecutionCheckpoint 1.0.0 (docs/design/format-4.0.md §5.4, as src/sources/finbot/export.ts):
the plain inverse of the import, with finbot's defaults and Python's spellings, and the export of a document
imported from finbot, whose legacy layer gives the file's value back and whose member_order its positions order."""

from __future__ import annotations

from . import _decimal as D
from . import _finbot_values as V
from ._finbot_format import CURRENCY, LATENCY, LIMITS, REASONS, SOURCE_FORMAT, TARGET_VERSION, in_finbot_order
from ._jcs import utf16_key
from ._patch import apply_patch


def default_positions_order(positions: dict) -> list[str]:
    """The order export writes positions in without a recorded one: the canonical (UTF-16) order."""
    return sorted(positions, key=utf16_key)


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
        "positions": {s: V.spell(positions[s]["quantity"]) for s in default_positions_order(positions)},
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
        order = default_positions_order(out["positions"]) if isinstance(out.get("positions"), dict) else None
    return in_finbot_order(out, order)
