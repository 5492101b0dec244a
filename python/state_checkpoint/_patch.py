"""Plain-JSON helpers for lossless migrations: equality with canonical-form semantics, a deterministic RFC 6902
diff, and patch application. Member names sort by UTF-16 code units, as the TypeScript library's sort() does, so
both libraries write byte-identical legacy patches."""

from __future__ import annotations

import copy
import re

from ._jcs import utf16_key
from .errors import CheckpointError

_INDEX = re.compile(r"0|[1-9][0-9]*")


def is_number(v: object) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def json_equal(a: object, b: object) -> bool:
    """Equality as canonical bytes see it: 1 equals 1.0, -0.0 equals 0, key order is irrelevant; True is not 1."""
    if is_number(a) or is_number(b):
        return is_number(a) and is_number(b) and a == b
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, list):
        return isinstance(b, list) and len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return isinstance(b, dict) and len(a) == len(b) and all(k in b and json_equal(v, b[k]) for k, v in a.items())
    return type(a) is type(b) and a == b


def escape(segment: object) -> str:
    return str(segment).replace("~", "~0").replace("/", "~1")


def parse_pointer(pointer: str) -> list[str]:
    if pointer == "":
        return []
    return [s.replace("~1", "/").replace("~0", "~") for s in pointer[1:].split("/")]


def diff(a: object, b: object, path: str = "", ops: list | None = None) -> list[dict]:
    """Operations that turn `a` into `b`: members in UTF-16 order, equal-length arrays element by element."""
    if ops is None:
        ops = []
    if json_equal(a, b):
        return ops
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b), key=utf16_key):
            p = f"{path}/{escape(k)}"
            if k not in b:
                ops.append({"op": "remove", "path": p})
            elif k not in a:
                ops.append({"op": "add", "path": p, "value": copy.deepcopy(b[k])})
            else:
                diff(a[k], b[k], p, ops)
        return ops
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            diff(x, y, f"{path}/{i}", ops)
        return ops
    ops.append({"op": "replace", "path": path, "value": copy.deepcopy(b)})
    return ops


def _patch_error(op: dict, why: str):
    raise CheckpointError(
        "E_MIGRATION",
        f"cannot apply legacy patch operation {op['op']} {op['path']}: {why}",
        op["path"],
        "the legacy record no longer matches this document (was the document edited after it was upgraded?)",
    )


def apply_patch(doc: object, ops: list[dict]) -> object:
    root = copy.deepcopy(doc)
    for op in ops:
        segments = parse_pointer(op["path"])
        if not segments:
            if op["op"] == "remove":
                _patch_error(op, "cannot remove the whole document")
            root = copy.deepcopy(op["value"])
            continue
        parent = root
        for s in segments[:-1]:
            if isinstance(parent, list) and _INDEX.fullmatch(s) and int(s) < len(parent):
                parent = parent[int(s)]
            elif isinstance(parent, dict) and s in parent:
                parent = parent[s]
            else:
                _patch_error(op, f'no value at segment "{s}"')
        last = segments[-1]
        if isinstance(parent, list):
            append = last == "-" and op["op"] == "add"
            idx = len(parent) if append else int(last) if _INDEX.fullmatch(last) else -1
            top = len(parent) if op["op"] == "add" else len(parent) - 1
            if idx < 0 or idx > top:
                _patch_error(op, f'array index "{last}" is out of range')
            if op["op"] == "add":
                parent.insert(idx, copy.deepcopy(op["value"]))
            elif op["op"] == "replace":
                parent[idx] = copy.deepcopy(op["value"])
            else:
                del parent[idx]
        elif isinstance(parent, dict):
            if op["op"] != "add" and last not in parent:
                _patch_error(op, f'member "{last}" does not exist')
            if op["op"] == "remove":
                del parent[last]
            else:
                parent[last] = copy.deepcopy(op["value"])
        else:
            _patch_error(op, "the parent is not a container")
    return root


def value_at(doc: object, pointer: str) -> object:
    cur = doc
    for key in parse_pointer(pointer):
        if isinstance(cur, dict):
            cur = cur.get(key)
        elif isinstance(cur, list) and _INDEX.fullmatch(key) and int(key) < len(cur):
            cur = cur[int(key)]
        else:
            return None
    return cur
