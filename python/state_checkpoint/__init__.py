"""state-checkpoint for Python: read, verify, write, migrate and store the checkpoint format of this project.

    import state_checkpoint as sc
    ckpt = sc.create(state)                       # latest format, validated, with its content id
    open("ckpt.json", "wb").write(sc.dumps(ckpt))  # the canonical file bytes, as the TypeScript library writes
    result = sc.load(Path("old.json"))            # any known version -> latest, with provenance
    sc.Registry("data/checkpoints").save(ckpt)     # durable, shared with TypeScript writers
    sc.load(Path("finbot/sim-1/latest.json"))      # finbot ExecutionCheckpoint 1.0.0 -> 4.0; sc.finbot exports back

Every failure is a CheckpointError with a stable .code, a .pointer into the document and usually a .hint.
"""

from . import finbot
from ._generated import types
from ._format import FORMATS, LATEST_MAJOR, LATEST_VERSION, checkpoint_id, detect_version
from ._migrations import DowngradeResult, UpgradeResult
from .api import CheckReport, LoadResult, canonical_bytes, check, create, downgrade, dumps, load, upgrade
from .errors import CheckpointError, ErrorDetail
from .registry import Registry, RegistryEntry, SaveResult

__version__ = "0.1.0"

__all__ = [
    "FORMATS",
    "LATEST_MAJOR",
    "LATEST_VERSION",
    "CheckReport",
    "CheckpointError",
    "DowngradeResult",
    "ErrorDetail",
    "finbot",
    "LoadResult",
    "Registry",
    "RegistryEntry",
    "SaveResult",
    "UpgradeResult",
    "canonical_bytes",
    "check",
    "checkpoint_id",
    "create",
    "detect_version",
    "downgrade",
    "dumps",
    "load",
    "types",
    "upgrade",
]
