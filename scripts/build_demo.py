#!/usr/bin/env python3
"""Package the demo corpus: the seed article plus Wikipedia's Current Events, Sept. 2015.

usage: python scripts/build_demo.py SOURCE_DIR

SOURCE_DIR holds seeds/000_df44c3a5fc6413e5.txt and
data/wikipedia_current_events_2015-09.jsonl.

Writes src/tacitus/data/demo/: the seed as a dated text file, and the 428 Current Events
items as Tacitus JSON Lines (id, date, text, title = the story, url = its first source,
source = that source's name). Wikipedia text is CC BY-SA; see data/NOTICE.md.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "tacitus" / "data" / "demo"


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    shared = Path(sys.argv[1])
    OUT.mkdir(parents=True, exist_ok=True)
    seed = shared / "seeds" / "000_df44c3a5fc6413e5.txt"
    shutil.copyfile(seed, OUT / "000_kim_putin_summit_2023-09-13.txt")
    source = shared / "data" / "wikipedia_current_events_2015-09.jsonl"
    with source.open(encoding="utf-8") as f, \
            (OUT / "wikipedia_current_events_2015-09.jsonl").open("w", encoding="utf-8") as out:
        for line in f:
            item = json.loads(line)
            first = (item.get("sources") or [{}])[0]
            out.write(json.dumps({
                "id": item["id"], "date": item["date"], "text": item["text"],
                "title": item.get("story"), "url": first.get("url"),
                "source": first.get("name"),
            }, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
