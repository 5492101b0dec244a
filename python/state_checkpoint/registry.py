"""A checkpoint registry on disk, interoperable with the TypeScript CheckpointRegistry (spec/registry.md).

Writes follow spec/registry.md §4-§6 exactly, so Python and TypeScript processes can save into one registry at the
same time and `ckpt fsck` stays clean: the run lock (O_EXCL via a hard-linked temp file, refreshed while held,
stale when its holder is dead or silent, broken under a guard that recovers the holder's intent), the durable write
(temp file in the month folder, fsync, hard link, unlink, fsync of the folder), then one O_APPEND write of the
index record and its fsync. Reads follow §9: files are the truth, every answer is verified by loading the file.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import secrets
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from . import _time as T
from ._generated.versions import LATEST_VERSION, REGISTRY_INDEX_LATEST
from ._jcs import utf16_key
from .api import LoadResult, create, dumps, load
from .errors import CheckpointError

LAYOUT_VERSION = 1
INDEX_FORMAT = 2
MARKER = "registry.json"
INDEX_DIR = ".index"
INDEX_LOG = "log.jsonl"
LOCKS_DIR = ".locks"
QUARANTINE_DIR = ".quarantine"
INDEX_LOCK = "index.lock"
YEAR = re.compile(r"[0-9]{4}")
MONTH = re.compile(r"0[1-9]|1[0-2]")
CHECKPOINT_NAME = re.compile(r"([0-9a-f]{64})\.json")
ID = re.compile(r"[0-9a-f]{64}")
EMPTY_LOCK_GRACE_MS = 2_000
INDEX_LOCK_TIMEOUT_MS = 15 * 60_000
# File systems without hard links answer link() with one of these; writers then rename under the run lock.
NO_HARD_LINKS = {errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS, errno.EXDEV, errno.EMLINK}
DIR_SYNC_UNSUPPORTED = {errno.EINVAL, errno.EISDIR, errno.EBADF, errno.ENOTSUP, errno.EOPNOTSUPP}
O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


@dataclass(frozen=True)
class RegistryEntry:
    """What the registry knows about one stored checkpoint (from verified content)."""

    id: str
    path: str
    version: str
    latest_format_id: str
    strategy_name: str
    run_id: str
    sequence: int
    timestamp: str
    created_at: str


@dataclass(frozen=True)
class SaveResult:
    id: str
    path: str
    created: bool  # False when the registry already held it (first write wins; nothing was written)
    quarantined: str | None = None


# -- small file-system helpers -------------------------------------------------------------------------------


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _iso_ms(ms: int) -> str:
    """ECMAScript Date.toISOString(): milliseconds always written."""
    return T.fmt(T.Instant(ms // 1000, "")).removesuffix("Z") + f".{ms % 1000:03d}Z"


def _rand(n: int = 6) -> str:
    return secrets.token_hex(n)


def sync_dir(path: str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as e:
        if e.errno not in DIR_SYNC_UNSUPPORTED:
            raise
    finally:
        os.close(fd)


def _unlink_quiet(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def _write_temp(path: str, data: bytes, sync: bool = True) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | O_NOFOLLOW, 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        if sync:
            os.fsync(fd)
    except BaseException:
        os.close(fd)
        _unlink_quiet(path)
        raise
    os.close(fd)


def _is_real_dir(path: str) -> bool:
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return False
    import stat

    if stat.S_ISLNK(st.st_mode):
        raise OSError(errno.ELOOP, f"{path} is a symbolic link")
    if not stat.S_ISDIR(st.st_mode):
        raise OSError(errno.ENOTDIR, f"{path} is not a directory")
    return True


def _ensure_dirs(root: str, parts: list[str]) -> list[str]:
    """Creates missing levels one by one, fsyncing each new level's parent; returns what it created."""
    created: list[str] = []
    parent = root
    for part in parts:
        d = os.path.join(parent, part)
        if not _is_real_dir(d):
            try:
                os.mkdir(d)
                created.append(d)
                sync_dir(parent)
            except FileExistsError:
                _is_real_dir(d)
            except BaseException:
                _remove_dirs(created)
                raise
        parent = d
    return created


def _remove_dirs(created: list[str]) -> None:
    for d in reversed(created):
        try:
            os.rmdir(d)
        except OSError:
            return


def _write_new(directory: str, name: str, tmp_name: str, data: bytes) -> bool:
    """§4.1 steps 4-6: temp file, fsync, hard link (first write wins), unlink, fsync of the folder.
    Returns False when the name already existed (nothing written)."""
    tmp = os.path.join(directory, tmp_name)
    final = os.path.join(directory, name)
    _write_temp(tmp, data)
    try:
        try:
            os.link(tmp, final, follow_symlinks=False)
            created = True
        except FileExistsError:
            created = False
        except OSError as e:
            if e.errno not in NO_HARD_LINKS:
                raise
            created = not os.path.lexists(final)
            if created:
                os.rename(tmp, final)  # safe only because the caller holds the run lock
    finally:
        _unlink_quiet(tmp)
    if created:
        try:
            sync_dir(directory)
        except BaseException:
            _unlink_quiet(final)  # the name may not be durable, so the save did not happen
            raise
    return created


def _replace_file(directory: str, name: str, tmp_name: str, data: bytes) -> None:
    tmp = os.path.join(directory, tmp_name)
    _write_temp(tmp, data)
    try:
        os.rename(tmp, os.path.join(directory, name))
    except BaseException:
        _unlink_quiet(tmp)
        raise
    sync_dir(directory)


def _io_error(action: str, what: str, e: OSError, hint: str | None = None) -> CheckpointError:
    return CheckpointError("E_IO", f"cannot {action} {what}: {e.strerror or e}", None, hint or "check the path and its permissions")


def _pid_alive(pid: object) -> bool:
    if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
        return True
    except PermissionError:
        return True
    except OSError:
        return False


# -- locks (§5) ----------------------------------------------------------------------------------------------


def run_lock_name(run_id: str) -> str:
    return f"run-{hashlib.sha256(run_id.encode('utf-8')).hexdigest()[:32]}.lock"


@dataclass
class _LockState:
    name: str
    info: dict | None
    ino: int
    age_ms: float
    stale: bool
    reason: str


class _HeldLock:
    def __init__(self, locks: "_Locks", name: str, path: str, ino: int, token: str, refresh_ms: int) -> None:
        self.locks = locks
        self.name = name
        self.path = path
        self.ino = ino
        self.token = token
        self._stop = threading.Event()
        # Holders refresh the lock so others can tell a slow writer from a dead one (§5.2).
        self._thread = threading.Thread(target=self._refresh, args=(max(0.05, refresh_ms / 1000),), daemon=True)
        self._thread.start()

    def _refresh(self, every: float) -> None:
        while not self._stop.wait(every):
            try:
                os.utime(self.path, follow_symlinks=False)
            except OSError:
                pass

    def _remove_if_ours(self) -> None:
        state = self.locks.inspect(self.name)
        if state is not None and state.ino == self.ino and (state.info or {}).get("token") == self.token:
            os.unlink(self.path)

    def release(self) -> None:
        """Removes the lock if it is still ours, holding its break guard as a break does (§5.2, §5.4)."""
        self._stop.set()
        try:
            # The token too: a lock broken as stale and taken again may have this lock's inode number.
            self.locks.with_guard(self.name, self._remove_if_ours)
        except OSError:
            pass


class _Locks:
    def __init__(self, directory: str, host: str, stale_ms: int, timeout_ms: int) -> None:
        self.dir = directory
        self.host = host
        self.stale_ms = stale_ms
        self.timeout_ms = timeout_ms

    def _path(self, name: str) -> str:
        return os.path.join(self.dir, name)

    def _info(self, purpose: str, **extra) -> bytes:
        info = {"lock": 1, "pid": os.getpid(), "host": self.host, "token": _rand(12), "acquired_at": _iso_ms(_now_ms()), "purpose": purpose, **extra}
        return (json.dumps(info, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")

    @staticmethod
    def _parse(text: str) -> dict | None:
        try:
            v = json.loads(text)
        except ValueError:
            return None
        if isinstance(v, dict) and isinstance(v.get("pid"), int) and isinstance(v.get("host"), str) and isinstance(v.get("token"), str):
            return v
        return None

    def inspect(self, name: str) -> _LockState | None:
        try:
            fd = os.open(self._path(name), os.O_RDONLY | O_NOFOLLOW)
        except FileNotFoundError:
            return None
        try:
            st = os.fstat(fd)
            text = os.read(fd, min(st.st_size, 64 * 1024)).decode("utf-8", "replace")
        finally:
            os.close(fd)
        info = self._parse(text)
        age = _now_ms() - st.st_mtime_ns / 1e6
        if info is None:
            stale = age > min(self.stale_ms, EMPTY_LOCK_GRACE_MS)
            reason = "its holder died before recording itself" if stale else "its holder is recording itself"
        elif info["host"] == self.host and info["pid"] != os.getpid() and not _pid_alive(info["pid"]):
            stale, reason = True, f"its holder, process {info['pid']} on this host, is no longer running"
        elif age > self.stale_ms:
            stale, reason = True, f"its holder (process {info['pid']} on {info['host']}) has not refreshed it for {round(age / 1000)} s"
        else:
            stale = False
            run = f" of run {json.dumps(info['run_id'])}" if "run_id" in info else ""
            reason = f"held by process {info['pid']} on {info['host']} for {info.get('purpose')}{run} since {info.get('acquired_at')}"
        return _LockState(name, info, st.st_ino, age, stale, reason)

    def names(self) -> list[str]:
        try:
            return [e.name for e in os.scandir(self.dir) if e.is_file(follow_symlinks=False) and e.name.endswith(".lock")]
        except FileNotFoundError:
            return []

    def _create_exclusive(self, name: str, data: bytes) -> None:
        """A lock never appears empty: its content goes to an O_EXCL temp file that is then hard-linked to the name."""
        path = self._path(name)
        tmp = self._path(f".{name}.{os.getpid()}.{_rand()}.tmp")
        _write_temp(tmp, data, sync=False)  # no fsync: after a power loss every holder is gone anyway
        try:
            os.utime(tmp)
            try:
                os.link(tmp, path, follow_symlinks=False)
                return
            except OSError as e:
                if e.errno not in NO_HARD_LINKS:
                    raise
        finally:
            _unlink_quiet(tmp)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | O_NOFOLLOW, 0o644)
        try:
            os.write(fd, data)
        except BaseException:
            os.close(fd)
            _unlink_quiet(path)
            raise
        os.close(fd)
        os.utime(path)

    def acquire(self, name: str, purpose: str, on_stale=None, timeout_ms: int | None = None, **details) -> _HeldLock:
        timeout = self.timeout_ms if timeout_ms is None else timeout_ms
        data = self._info(purpose, **details)
        started = time.monotonic()
        delay = 0.002
        while True:
            try:
                self._create_exclusive(name, data)
                return _HeldLock(self, name, self._path(name), os.lstat(self._path(name)).st_ino, json.loads(data)["token"], self.stale_ms // 3)
            except FileExistsError:
                pass
            state = self.inspect(name)
            if state is None:
                continue
            if state.stale:
                self.break_stale(state, on_stale)
                continue
            if (time.monotonic() - started) * 1000 >= timeout:
                raise CheckpointError(
                    "E_LOCKED",
                    f"{self.dir}/{name} is {state.reason}; gave up after waiting {timeout} ms",
                    None,
                    f"retry when that writer is done; if no such writer is running, the lock becomes stale after {self.stale_ms} ms without refresh (or run fsck)",
                )
            time.sleep(delay + secrets.randbelow(1000) / 1000 * delay)
            delay = min(delay * 2, 0.05)

    def with_guard(self, name: str, fn, attempts: int = 400) -> None:
        """Runs fn while holding the break guard of lock `name` (waits briefly for another holder of the guard)."""
        guard = f"{name}.break"
        for _ in range(attempts):
            try:
                self._create_exclusive(guard, self._info("break"))
                break
            except FileExistsError:
                self._clear_dead_guard(self._path(guard))
                time.sleep(0.005)
        else:
            return
        try:
            fn()
        finally:
            _unlink_quiet(self._path(guard))

    def break_stale(self, state: _LockState, on_stale=None) -> bool:
        """§5.4: under an O_EXCL guard, re-check that it is the same stale lock, recover its intent, remove it."""
        guard = f"{state.name}.break"
        try:
            self._create_exclusive(guard, self._info("break"))
        except FileExistsError:
            self._clear_dead_guard(self._path(guard))
            return False
        try:
            again = self.inspect(state.name)
            if again is None or not again.stale or again.ino != state.ino or (again.info or {}).get("token") != (state.info or {}).get("token"):
                return False
            if on_stale is not None:
                on_stale(again)
                again = self.inspect(state.name)  # confirm again: the intent recovery took time
                if again is None or again.ino != state.ino or (again.info or {}).get("token") != (state.info or {}).get("token"):
                    return False
            _unlink_quiet(self._path(state.name))
            return True
        finally:
            try:
                _unlink_quiet(self._path(guard))
            except OSError:
                pass

    def _clear_dead_guard(self, guard: str) -> None:
        try:
            st = os.lstat(guard)
            age = _now_ms() - st.st_mtime_ns / 1e6
            dead = age > self.stale_ms
            if not dead:
                with open(guard, "rb") as f:
                    holder = self._parse(f.read().decode("utf-8", "replace"))
                if holder is None:
                    dead = age > EMPTY_LOCK_GRACE_MS
                else:
                    dead = holder["host"] == self.host and holder["pid"] != os.getpid() and not _pid_alive(holder["pid"])
            if dead:
                _unlink_quiet(guard)
        except FileNotFoundError:
            pass


# -- the index (§6) ------------------------------------------------------------------------------------------


def _derived_path(entry_id: str, timestamp: str) -> str:
    return f"{timestamp[:4]}/{timestamp[5:7]}/{entry_id}.json"


def _dump(value: object) -> str:
    """JSON.stringify's spelling: no spaces, non-ASCII as itself."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def encode_record(op: str, entry: RegistryEntry | None = None, **fields) -> str:
    if op == "del":
        return _dump({"op": "del", **fields})
    e = entry
    out: dict = {"op": "put", "id": e.id}
    if e.path != _derived_path(e.id, e.timestamp):
        out["path"] = e.path
    out["version"] = e.version
    if e.latest_format_id != e.id:
        out["latest_format_id"] = e.latest_format_id
    out.update(strategy_name=e.strategy_name, run_id=e.run_id, sequence=e.sequence, timestamp=e.timestamp, created_at=e.created_at)
    return _dump(out)


def _list_key(e: RegistryEntry):
    return (T.instant_key(e.timestamp), utf16_key(e.run_id), e.sequence, e.id)


def encode_snapshot(entries: list[RegistryEntry]) -> str:
    """The format-2 snapshot (§6.2): one small object and three fixed-width columns."""
    dicts: dict[str, dict[str, int]] = {"runs": {}, "strategies": {}, "versions": {}}

    def ix(kind: str, value: str) -> int:
        table = dicts[kind]
        return table.setdefault(value, len(table))

    ids = [e.id for e in entries]
    created = [T.instant_key(e.created_at) for e in entries]
    paths = {str(row): e.path for row, e in enumerate(entries) if e.path != _derived_path(e.id, e.timestamp)}
    latest = {str(row): e.latest_format_id for row, e in enumerate(entries) if e.latest_format_id != e.id}
    meta = {
        "op": "snapshot",
        "count": len(entries),
        "runs": None,
        "run": [ix("runs", e.run_id) for e in entries],
        "strategies": None,
        "strategy": [ix("strategies", e.strategy_name) for e in entries],
        "versions": None,
        "version": [ix("versions", e.version) for e in entries],
        "sequence": [e.sequence for e in entries],
        "by_id": sorted(range(len(entries)), key=lambda r: ids[r]),
        "by_created": sorted(range(len(entries)), key=lambda r: (created[r], r)),
        "paths": paths,
        "latest_format_ids": latest,
    }
    meta["runs"] = list(dicts["runs"])
    meta["strategies"] = list(dicts["strategies"])
    meta["versions"] = list(dicts["versions"])
    columns = ["".join(ids), "".join(T.instant_key(e.timestamp) for e in entries), "".join(created)]
    return "\n".join([_dump(meta), *(_dump(c) for c in columns)])


def _index_header() -> str:
    """§6.2: the format, and the latest version every derived id in the log is computed for (§6.2.1)."""
    return _dump({"registry_index": INDEX_FORMAT, "latest_version": LATEST_VERSION})


def _header_fits(line: str | None) -> bool:
    """Whether a log with this header line may be read and appended to by this library (§6.2.1): a known format,
    written for our latest version (a header without one was written for REGISTRY_INDEX_LATEST)."""
    try:
        v = json.loads(line) if line is not None else None
    except ValueError:
        return False
    if not isinstance(v, dict) or isinstance(v.get("registry_index"), bool) or v.get("registry_index") not in (1, 2):
        return False
    return v.get("latest_version", REGISTRY_INDEX_LATEST) == LATEST_VERSION


def _first_line(text: str) -> str | None:
    line = text.lstrip("\n").split("\n", 1)[0]
    return line or None


class _IndexLog:
    def __init__(self, directory: str) -> None:
        self.dir = directory
        self.path = os.path.join(directory, INDEX_LOG)
        # The inode of the last log whose header was checked and fits: a log's header never changes.
        self._fitting: int | None = None

    def _fits(self, fd: int) -> bool | None:
        """Whether the log open as `fd` may be appended to (§6.3, §6.2.1); None when the path names another log."""
        ino = os.fstat(fd).st_ino
        if ino == self._fitting:
            return True
        try:
            rd = os.open(self.path, os.O_RDONLY | O_NOFOLLOW)
        except FileNotFoundError:
            return None
        try:
            if os.fstat(rd).st_ino != ino:
                return None
            head = os.pread(rd, 4096, 0).decode("utf-8", "replace")
        finally:
            os.close(rd)
        if not _header_fits(_first_line(head)):
            return False
        self._fitting = ino
        return True

    def append(self, lines: list[str]) -> bool:
        """One O_APPEND write without O_CREAT, fsync; again if the log was replaced meanwhile. False: no log, or
        one written for another latest version (§6.2.1): the caller rebuilds it first."""
        data = "".join(f"\n{line}\n" for line in lines).encode("utf-8")
        return self._append_raw(data)

    def _append_raw(self, data: bytes) -> bool:
        for _ in range(100):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | O_NOFOLLOW)
            except FileNotFoundError:
                return False
            try:
                fits = self._fits(fd)
                if fits is None:
                    continue
                if not fits:
                    return False
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
                # Checked with the file still open: a file system reuses a deleted file's inode number at once
                # (ext4 does), so once closed, a replaced log's number may be the number of the log in place.
                if self._settled(os.fstat(fd).st_ino):
                    return True
                # The log was replaced while we wrote: our record may be in the old file only; write it again.
            finally:
                os.close(fd)
        raise OSError(errno.EAGAIN, "the index log kept being replaced while appending")

    def _settled(self, ino: int) -> bool:
        """True once the record written to inode `ino` is in the log in place (§6.3): the path still names that inode
        and no rewriter has sealed it (or its sealer died). False when the log was replaced: append again."""
        started = time.monotonic()
        while True:
            if self._ino() != ino:
                return False
            try:
                with open(os.path.join(self.dir, "log.jsonl.seal"), "rb") as f:
                    seal = json.loads(f.read() or b"null")
            except (FileNotFoundError, ValueError):
                seal = None
            if not isinstance(seal, dict) or seal.get("ino") != ino or (seal.get("host") == socket.gethostname() and not _pid_alive(seal.get("pid"))):
                # The rewriter renames before it removes the seal, so a log still in place now was not replaced.
                return self._ino() == ino
            if time.monotonic() - started > 60:  # a rewriter on another host that hung
                return True
            time.sleep(0.005)  # a rewriter is copying the old log: wait until it replaces it or gives up

    def _ino(self) -> int | None:
        try:
            return os.lstat(self.path).st_ino
        except FileNotFoundError:
            return None

    def text(self) -> str | None:
        try:
            fd = os.open(self.path, os.O_RDONLY | O_NOFOLLOW)
        except FileNotFoundError:
            return None
        with os.fdopen(fd, "rb") as f:
            return f.read().decode("utf-8", "replace")

    def rewrite(self, entries: list[RegistryEntry]) -> None:
        """§6.4 (caller holds index.lock): note the old length, write header and snapshot to a temp file, rename it
        over the log, fsync the folder, then carry over every complete line appended to the old log meanwhile."""
        try:
            old = os.open(self.path, os.O_RDONLY | O_NOFOLLOW)
        except FileNotFoundError:
            old = None
        try:
            size = os.fstat(old).st_size if old is not None else 0
            ordered = sorted(entries, key=_list_key)
            body = "\n".join([_index_header(), encode_snapshot(ordered)]) + "\n"
            _replace_file(self.dir, INDEX_LOG, f".{INDEX_LOG}.{os.getpid()}.{_rand()}.tmp", body.encode("utf-8"))
            if old is not None:
                grown = os.fstat(old).st_size
                if grown > size:
                    tail = os.pread(old, grown - size, size)
                    complete = tail.rfind(b"\n") + 1
                    if complete > 0:
                        self._append_raw(b"\n" + tail[:complete])
        finally:
            if old is not None:
                os.close(old)


# -- the registry --------------------------------------------------------------------------------------------


class Registry:
    """A crash-safe, content-addressed store of checkpoints under {root}/{YYYY}/{MM}/{id}.json."""

    def __init__(self, root: str | os.PathLike = "data/checkpoints", *, lock_stale_ms: int = 30_000, lock_timeout_ms: int = 10_000, host: str | None = None) -> None:
        if not os.fspath(root):
            raise CheckpointError("E_ARGUMENT", "the registry root must be a non-empty path")
        self.root = os.fspath(root)
        self.host = host or socket.gethostname()
        self.lock_stale_ms = lock_stale_ms
        self.lock_timeout_ms = lock_timeout_ms
        self._real: str | None = None
        self._prepared = False

    # -- plumbing ----------------------------------------------------------------------------------------------

    def _existing_root(self) -> str | None:
        if self._real is not None:
            return self._real
        try:
            real = os.path.realpath(self.root, strict=True)
        except FileNotFoundError:
            return None
        except OSError as e:
            raise _io_error("open the registry root", self.root, e) from e
        if not os.path.isdir(real):
            raise CheckpointError("E_IO", f"the registry root {self.root} is not a directory")
        self._check_marker(real)
        self._real = real
        return real

    def _check_marker(self, real: str) -> None:
        try:
            fd = os.open(os.path.join(real, MARKER), os.O_RDONLY | O_NOFOLLOW)
        except FileNotFoundError:
            return
        except OSError as e:
            raise _io_error("read", f"{self.root}/{MARKER}", e) from e
        with os.fdopen(fd, "rb") as f:
            text = f.read(4096)
        try:
            layout = json.loads(text).get("registry_layout")
        except (ValueError, AttributeError):
            layout = None
        if layout == LAYOUT_VERSION and not isinstance(layout, bool):
            return
        if isinstance(layout, int) and not isinstance(layout, bool) and layout > LAYOUT_VERSION:
            raise CheckpointError("E_VERSION_TOO_NEW", f"{self.root} is registry layout {layout}, newer than {LAYOUT_VERSION}", None, "upgrade state-checkpoint to read it")
        raise CheckpointError("E_IO", f"{self.root}/{MARKER} is not a registry layout marker", None, 'it must hold {"registry_layout":1}')

    def _writable_root(self) -> str:
        real = self._existing_root()
        if real is None:
            try:
                os.makedirs(self.root, exist_ok=True)
            except OSError as e:
                raise _io_error("create the registry root", self.root, e) from e
            real = self._existing_root()
            if real is None:
                raise CheckpointError("E_IO", f"could not create the registry root {self.root}")
        if not self._prepared:
            try:
                _ensure_dirs(real, [INDEX_DIR])
                _ensure_dirs(real, [LOCKS_DIR])
                if not os.path.lexists(os.path.join(real, MARKER)):
                    marker = (_dump({"registry_layout": LAYOUT_VERSION}) + "\n").encode()
                    _write_new(real, MARKER, f".{MARKER}.{os.getpid()}.{_rand()}.tmp", marker)
            except OSError as e:
                raise _io_error("create the registry folders in", self.root, e) from e
            self._prepared = True
        return real

    def _locks(self, real: str) -> _Locks:
        return _Locks(os.path.join(real, LOCKS_DIR), self.host, self.lock_stale_ms, self.lock_timeout_ms)

    def _log(self, real: str) -> _IndexLog:
        return _IndexLog(os.path.join(real, INDEX_DIR))

    def _verify(self, real: str, rel: str) -> tuple[str, object]:
        """('ok', (entry, result)) | ('missing', None) | ('corrupt' | 'newer' | 'unreadable', CheckpointError)."""
        abs_path = os.path.join(real, *rel.split("/"))
        name_id = rel.rsplit("/", 1)[1][:-5]
        try:
            fd = os.open(abs_path, os.O_RDONLY | O_NOFOLLOW)
        except FileNotFoundError:
            return "missing", None
        except OSError as e:
            why = "is a symbolic link" if e.errno == errno.ELOOP else (e.strerror or str(e))
            return "unreadable", CheckpointError("E_IO", f"cannot read {rel}: {why}")
        try:
            with os.fdopen(fd, "rb") as f:
                data = f.read()
        except OSError as e:
            return "unreadable", CheckpointError("E_IO", f"cannot read {rel}: {e.strerror or e}")
        try:
            result = load(data)
        except CheckpointError as e:
            e.source = rel
            return ("newer" if e.code == "E_VERSION_TOO_NEW" else "corrupt"), e
        if result.original["id"] != name_id:
            e = CheckpointError("E_HASH_MISMATCH", f"{rel} is named for checkpoint {name_id} but holds checkpoint {result.original['id']}", "/checkpoint_id")
            e.source = rel
            return "corrupt", e
        c = result.checkpoint
        entry = RegistryEntry(result.original["id"], rel, result.original["version"], result.id, c["strategy_name"], c["run_id"], c["sequence"], c["timestamp"], c["created_at"])
        return "ok", (entry, result)

    def _scan(self, real: str) -> list[str]:
        """Relative paths of every checkpoint file name (§9 step 2), without following links."""
        out: list[str] = []
        for year in sorted(os.listdir(real)):
            if not YEAR.fullmatch(year) or os.path.islink(os.path.join(real, year)) or not os.path.isdir(os.path.join(real, year)):
                continue
            for month in sorted(os.listdir(os.path.join(real, year))):
                d = os.path.join(real, year, month)
                if not MONTH.fullmatch(month) or os.path.islink(d) or not os.path.isdir(d):
                    continue
                for name in sorted(os.listdir(d)):
                    if CHECKPOINT_NAME.fullmatch(name):
                        out.append(f"{year}/{month}/{name}")
        return out

    def _recover_intent(self, real: str):
        def recover(state: _LockState) -> None:
            intent = (state.info or {}).get("intent")
            if not isinstance(intent, str) or not re.fullmatch(r"[0-9]{4}/(0[1-9]|1[0-2])/[0-9a-f]{64}\.json", intent):
                return
            kind, value = self._verify(real, intent)
            if kind == "ok":
                self._append_put(real, value[0])

        return recover

    def _append_put(self, real: str, entry: RegistryEntry) -> None:
        if not self._log(real).append([encode_record("put", entry)]):
            self._rebuild(real)
            # Another process's rebuild may have listed the folder before the file was linked (§6.3).
            self._log(real).append([encode_record("put", entry)])

    def _rebuild(self, real: str) -> None:
        """The log is missing, or was written for another latest version (§6.2.1): rebuild it from the files under
        index.lock (unless another process just did)."""
        lock = self._locks(real).acquire(INDEX_LOCK, "index", timeout_ms=max(self.lock_timeout_ms, INDEX_LOCK_TIMEOUT_MS))
        try:
            log = self._log(real)
            text = log.text()
            if text is not None and _header_fits(_first_line(text)):
                return
            entries = []
            for rel in self._scan(real):
                kind, value = self._verify(real, rel)
                if kind == "ok":
                    entries.append(value[0])
            log.rewrite(entries)
        finally:
            lock.release()

    def _reconcile_stale_locks(self, real: str) -> None:
        """Breaks stale run locks, recovering their intents, so an interrupted save is never invisible (§5.4)."""
        locks = self._locks(real)
        for name in locks.names():
            if not name.startswith("run-"):
                continue
            try:
                state = locks.inspect(name)
                if state is not None and state.stale:
                    locks.break_stale(state, self._recover_intent(real))
            except (OSError, CheckpointError):
                pass  # read-only or contended: the answer still comes from verified files

    def _indexed(self, real: str, entry: RegistryEntry) -> bool:
        text = self._log(real).text() or ""
        return encode_record("put", entry) in text

    def _quarantine(self, real: str, rel: str, error: CheckpointError) -> str:
        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
        folder = f"{QUARANTINE_DIR}/{stamp}-{secrets.token_hex(4)}"
        name = rel.rsplit("/", 1)[1]
        _ensure_dirs(real, folder.split("/"))
        target = os.path.join(real, *folder.split("/"))
        reason = {"original_path": rel, "quarantined_at": _iso_ms(_now_ms()), "code": error.code, "message": error.message}
        if error.pointer is not None:
            reason["pointer"] = error.pointer
        # §7: reason.json first (temp file, fsync, rename), then the file, so a crash never leaves it unexplained.
        _replace_file(target, "reason.json", f".reason.json.{os.getpid()}.{_rand()}.tmp", (json.dumps(reason, indent=2, ensure_ascii=False) + "\n").encode())
        src = os.path.join(real, *rel.split("/"))
        os.rename(src, os.path.join(target, name))
        sync_dir(os.path.dirname(src))
        sync_dir(target)
        return folder

    # -- public API --------------------------------------------------------------------------------------------

    def save(self, checkpoint: dict | bytes | str | os.PathLike) -> SaveResult:
        """Stores a checkpoint durably; returns once it is on disk and indexed. Idempotent (first write wins).
        Older-format input is upgraded first: the stored file is always the latest format."""
        loaded = load(checkpoint)
        doc = loaded.checkpoint
        cid = loaded.id
        ts = doc["timestamp"]
        year, month = ts[:4], ts[5:7]
        rel = f"{year}/{month}/{cid}.json"
        data = dumps(doc)
        real = self._writable_root()
        locks = self._locks(real)
        lock = locks.acquire(run_lock_name(doc["run_id"]), "save", self._recover_intent(real), run_id=doc["run_id"], intent=rel)
        try:
            return self._save_locked(real, rel, cid, doc, data, year, month)
        except OSError as e:
            raise _io_error("write", rel, e, "the registry is unchanged; check free space and permissions") from e
        finally:
            lock.release()

    def _save_locked(self, real: str, rel: str, cid: str, doc: dict, data: bytes, year: str, month: str) -> SaveResult:
        created_dirs = _ensure_dirs(real, [year, month])
        month_dir = os.path.join(real, year, month)
        final = os.path.join(month_dir, f"{cid}.json")
        quarantined = None
        if not created_dirs and os.path.lexists(final):
            kind, value = self._verify(real, rel)
            if kind == "ok":
                if not self._indexed(real, value[0]):
                    self._append_put(real, value[0])
                return SaveResult(cid, rel, False)
            if kind == "corrupt":
                quarantined = self._quarantine(real, rel, value)
            elif kind != "missing":
                raise value
        try:
            written = _write_new(month_dir, f"{cid}.json", f".{cid}.{os.getpid()}.{_rand()}.tmp", data)
        except BaseException:
            _remove_dirs(created_dirs)
            raise
        if not written:
            kind, value = self._verify(real, rel)
            if kind == "ok":
                if not self._indexed(real, value[0]):
                    self._append_put(real, value[0])
                return SaveResult(cid, rel, False)
            raise CheckpointError("E_IO", f"{rel} vanished while it was being saved", None, "retry the save") if kind == "missing" else value
        entry = RegistryEntry(cid, rel, doc["version"], cid, doc["strategy_name"], doc["run_id"], doc["sequence"], doc["timestamp"], doc["created_at"])
        try:
            self._append_put(real, entry)
        except BaseException:
            # Not indexed means not saved: take the file back, and cancel a record that may have reached the log.
            try:
                self._log(real).append([encode_record("del", id=cid, strategy_name=doc["strategy_name"], run_id=doc["run_id"])])
            except OSError:
                pass
            _unlink_quiet(final)
            try:
                sync_dir(month_dir)
            except OSError:
                pass
            _remove_dirs(created_dirs)
            raise
        return SaveResult(cid, rel, True, quarantined)

    def import_finbot(self, folder: str | os.PathLike, zone: str | None = None, on_file=None) -> list:
        """Imports the folder finbot's CheckpointManager writes, as `ckpt import` does: one run per simulator folder,
        its files a chain in time order; latest.json skipped when it is a timestamped file's twin. Idempotent.
        Returns one report per run (state_checkpoint._finbot_folder.RunReport)."""
        from ._finbot_folder import import_folder

        return import_folder(folder, self, zone, on_file)

    def create(self, state: dict, created_at: str | None = None) -> tuple[SaveResult, dict]:
        """Builds a checkpoint from state (create()) and saves it."""
        checkpoint = create(state, created_at)
        return self.save(checkpoint), checkpoint

    def _entries(self) -> list[RegistryEntry]:
        real = self._existing_root()
        if real is None:
            return []
        try:
            self._reconcile_stale_locks(real)
        except OSError:
            pass
        out = []
        try:
            paths = self._scan(real)
        except OSError as e:
            raise _io_error("list", self.root, e) from e
        for rel in paths:
            kind, value = self._verify(real, rel)
            if kind == "ok":
                out.append(value[0])
        return sorted(out, key=_list_key)

    def list(self, run: str | None = None, strategy: str | None = None) -> list[RegistryEntry]:
        """Every valid checkpoint (optionally of one run or strategy), ordered by timestamp, run, sequence, id.
        Each file is verified by loading it (spec/registry.md §9)."""
        return [e for e in self._entries() if (run is None or e.run_id == run) and (strategy is None or e.strategy_name == strategy)]

    def latest(self, run: str | None = None, strategy: str | None = None) -> RegistryEntry | None:
        """§8.2: a run's valid checkpoint with the highest sequence (ties: later created_at, then greater id); for a
        strategy, the latest of the run whose newest checkpoint was created most recently."""
        if (run is None) == (strategy is None):
            raise CheckpointError("E_ARGUMENT", "latest() takes exactly one of run= or strategy=")
        entries = self.list(run=run, strategy=strategy)
        if not entries:
            return None

        def newest(es):
            return max(es, key=lambda e: (e.sequence, T.instant_key(e.created_at), e.id))

        if run is not None:
            return newest(entries)
        runs: dict[str, list[RegistryEntry]] = {}
        for e in entries:
            runs.setdefault(e.run_id, []).append(e)
        chosen = max(runs.values(), key=lambda es: max((T.instant_key(e.created_at), e.id) for e in es))
        return newest(chosen)

    def load(self, checkpoint_id: str) -> LoadResult:
        """Loads a checkpoint by id, verifying it; older-format files are upgraded."""
        if not isinstance(checkpoint_id, str) or not ID.fullmatch(checkpoint_id):
            raise CheckpointError("E_INVALID_ID", f"id must be a checkpoint id (64 lowercase hexadecimal digits), but it is {checkpoint_id!r}", None, "copy the id from list() or from the checkpoint_id member of a checkpoint file")
        real = self._existing_root()
        if real is not None:
            for year in sorted(os.listdir(real)):
                if not YEAR.fullmatch(year) or os.path.islink(os.path.join(real, year)):
                    continue
                for month in sorted(os.listdir(os.path.join(real, year))):
                    if not MONTH.fullmatch(month):
                        continue
                    rel = f"{year}/{month}/{checkpoint_id}.json"
                    kind, value = self._verify(real, rel)
                    if kind == "ok":
                        return value[1]
                    if kind != "missing":
                        raise value
        raise CheckpointError("E_NOT_FOUND", f"the registry at {self.root} holds no checkpoint {checkpoint_id}", None, "list() shows the ids it holds; check the registry root")


__all__ = ["Registry", "RegistryEntry", "SaveResult", "encode_record", "encode_snapshot", "run_lock_name"]
