"""The random draw of blind19's 6 White House documents (seed 19, 2024-01..2024-12), by the
shared ``eval/blind/draw_whitehouse.py``: ``python eval/blind19/draw_whitehouse.py``."""

import runpy
import sys
from pathlib import Path

sys.argv[1:] = ["--set", "blind19", "--seed", "19", "--count", "6", "--from", "2024-01"]
runpy.run_path(str(Path(__file__).parents[1] / "blind" / "draw_whitehouse.py"), run_name="__main__")
