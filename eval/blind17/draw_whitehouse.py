"""The random draw of blind17's 8 White House documents (seed 17, 2024-01..2024-12), by the
shared ``eval/blind/draw_whitehouse.py``: ``python eval/blind17/draw_whitehouse.py``."""

import runpy
import sys
from pathlib import Path

sys.argv[1:] = ["--set", "blind17", "--seed", "17", "--count", "8", "--from", "2024-01"]
runpy.run_path(str(Path(__file__).parents[1] / "blind" / "draw_whitehouse.py"), run_name="__main__")
