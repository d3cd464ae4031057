"""The random draw of blind16's 16 White House documents (seed 16, 2024-07..2024-12), by the
shared ``eval/blind/draw_whitehouse.py``: ``python eval/blind16/draw_whitehouse.py``."""

import runpy
import sys
from pathlib import Path

sys.argv[1:] = ["--set", "blind16", "--seed", "16", "--count", "16", "--from", "2024-07"]
runpy.run_path(str(Path(__file__).parents[1] / "blind" / "draw_whitehouse.py"), run_name="__main__")
