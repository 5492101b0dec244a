"""Creates a checkpoint in Python and saves it into a registry that the TypeScript tools read.

    python python/examples/quickstart.py [REGISTRY]     # default: data/checkpoints

then `npx ckpt ls --registry REGISTRY` and `npx ckpt validate REGISTRY` accept it.
"""

import sys

import state_checkpoint as sc

state = {
    "strategy_name": "sma_crossover",
    "run_id": "py-bt-2024-03-15",
    "parent_id": None,
    "sequence": 1,
    "timestamp": "2024-03-15T20:00:00Z",
    "portfolio_state": {
        "cash": {"USD": "91380"},
        "positions": {"AAPL": {"quantity": "50", "avg_price": "171.2", "currency": "USD", "last_price": "172.62"}},
        "equity": {"USD": "100011"},
    },
    "order_state": {
        "orders": [
            {
                "order_id": "o-1", "symbol": "AAPL", "side": "buy", "type": "market", "quantity": "50",
                "time_in_force": "day", "status": "filled", "filled_quantity": "50", "avg_fill_price": "171.2",
                "commission": "1", "currency": "USD", "placed_at": "2024-03-14T14:00:00Z",
            }
        ],
        "completed": [],
        "fills": [
            {
                "fill_id": "f-1", "order_id": "o-1", "symbol": "AAPL", "side": "buy", "quantity": "50", "price": "171.2",
                "commission": "1", "currency": "USD", "timestamp": "2024-03-14T14:02:11.25Z",
            }
        ],
    },
    "engine_state": {"rng": {"algorithm": "mulberry32", "state": [2718281828]}, "feeds": {}, "counters": {"order": 2}, "held_orders": []},
    "account": {"initial_cash": {"USD": "100000"}},
    "risk": None,  # no risk checks in this backtest
    "execution_model": {"slippage": None, "commission": {"model": "per_order", "amount": "1", "currency": "USD"}, "latency": None},
    "strategy_state": {"schema": "sma_crossover", "schema_version": 1, "data": {"fast": [171.1, 171.9], "slow": [168, 169.5]}},
    "fingerprint": None,
    "metadata": {"producer": "python"},
}

registry = sc.Registry(sys.argv[1] if len(sys.argv) > 1 else "data/checkpoints")
try:
    saved, checkpoint = registry.create(state)
except sc.CheckpointError as e:  # every failure has a stable code, a pointer into the state and a hint
    sys.exit(f"{e.code} at {e.pointer}: {e.message} ({e.hint})")
print(f"saved {saved.id}")
print(f"   at {saved.path} (new file: {saved.created})")
latest = registry.latest(run=state["run_id"])
print(f"latest of run {latest.run_id}: sequence {latest.sequence}, created {latest.created_at}")
