"""Check the fourth blind gold set (eval/blind4): ``eval/blind/check_blind.py`` run on this
folder (the rules of ``eval/check_gold.py``, texts in ``docs/`` or the git-ignored ``local/``).

    python eval/blind4/check_blind4.py            # one line per document
    python eval/blind4/check_blind4.py --quiet    # problems and the total only
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location(
    "check_blind", HERE.parent / "blind" / "check_blind.py")
check_blind = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_blind)
check_blind.HERE = HERE  # the same checks, on this set's folders

if __name__ == "__main__":
    raise SystemExit(check_blind.main())
