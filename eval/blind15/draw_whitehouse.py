"""The random draw of blind15's 16 White House documents (seed 15, 2024-07..2024-12), by the
shared ``eval/blind/draw_whitehouse.py``: ``python eval/blind15/draw_whitehouse.py`` (first run with
``--extra-names`` for blind14, which was not on main then; now excluded as an earlier set).
"""

import runpy
import sys
from pathlib import Path

sys.argv[1:] = ["--set", "blind15", "--seed", "15", "--count", "16", "--from", "2024-07"]
runpy.run_path(str(Path(__file__).parents[1] / "blind" / "draw_whitehouse.py"), run_name="__main__")
