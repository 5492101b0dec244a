"""Errors are values with stable codes: the same codes, in the same places, as the TypeScript library.

Callers switch on ``code`` (``E_SCHEMA``, ``E_HASH_MISMATCH``, ...), never on message text. The codes are listed in
src/errors/codes.ts and documented in spec/SPEC.md.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class ErrorDetail:
    """One problem: a stable code, a sentence, an RFC 6901 pointer into the document, and what to do about it."""

    code: str
    message: str
    pointer: str | None = None
    hint: str | None = None
    keyword: str | None = None

    def to_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v is not None}


class CheckpointError(Exception):
    """Every failure the package reports. ``details`` lists all problems found; the first is this error's own."""

    def __init__(
        self,
        code: str,
        message: str,
        pointer: str | None = None,
        hint: str | None = None,
        details: list[ErrorDetail] | None = None,
        keyword: str | None = None,
    ) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.pointer = pointer
        self.hint = hint
        self.keyword = keyword
        self.source: str | None = None
        self.details: list[ErrorDetail] = list(details) if details else [ErrorDetail(code, message, pointer, hint, keyword)]

    @classmethod
    def of(cls, first: ErrorDetail, message: str | None = None, details: list[ErrorDetail] | None = None) -> "CheckpointError":
        return cls(first.code, message or first.message, first.pointer, first.hint, details or [first], first.keyword)

    def __str__(self) -> str:
        where = f" (at {self.pointer})" if self.pointer else ""
        src = f"{self.source}: " if self.source else ""
        return f"{src}{self.code}: {self.message}{where}"

    def to_dict(self) -> dict:
        out: dict = {"code": self.code, "message": self.message}
        if self.pointer is not None:
            out["pointer"] = self.pointer
        if self.hint is not None:
            out["hint"] = self.hint
        if self.source is not None:
            out["source"] = self.source
        out["details"] = [d.to_dict() for d in self.details]
        return out


def code_of(fn) -> str | None:
    """The code of the CheckpointError that fn() raises, or None when it returns."""
    try:
        fn()
    except CheckpointError as e:
        return e.code
    return None


__all__ = ["CheckpointError", "ErrorDetail", "code_of", "field"]
