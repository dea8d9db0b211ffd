"""Makes the shared row builders in incident_rows.py importable (tests run with importlib)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
