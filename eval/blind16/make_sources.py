"""Write eval/blind16/sources.tsv (English half) with the shared ``eval/blind/make_sources.py``:
``python eval/blind16/make_sources.py eval/blind16/local_meta.tsv``."""

import runpy
from pathlib import Path

runpy.run_path(str(Path(__file__).parents[1] / "blind" / "make_sources.py"), run_name="__main__")
