import sys
from pathlib import Path

# The tests run against the installed package, or against the source tree when it is not installed.
sys.path.insert(0, str(Path(__file__).resolve().parent))
try:
    import state_checkpoint  # noqa: F401
except ImportError:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
