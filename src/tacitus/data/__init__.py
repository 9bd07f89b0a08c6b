"""Packaged data: dictionaries, lexicons, gazetteer and the demo corpus (see NOTICE.md)."""
from __future__ import annotations

import os
from importlib import resources


def demo_sources() -> list[str]:
    """The files of the bundled demo corpus, in order."""
    folder = resources.files("tacitus.data") / "demo"
    return sorted(str(folder / name) for name in os.listdir(str(folder))
                  if name.endswith((".txt", ".jsonl")))
