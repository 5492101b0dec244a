"""ECMA-262 `pattern` for jsonschema, now the package's (state_checkpoint._ecma, through checkpoint.py). This name is
kept for the tools that import it from here (tests/fixtures/finbot/check.py)."""

from checkpoint import compile_pattern, ecma_validator, translate  # noqa: F401 - re-exported

__all__ = ["compile_pattern", "ecma_validator", "translate"]
