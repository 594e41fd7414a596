"""A made-up story told by four made-up outlets, for the coverage tests.

- #1 Harbour Gazette and #2 Coastal Times put the grounding on Friday, #3 Daily Ledger on
  Thursday; #4 Evening Post does not report the grounding at all (silent).
- The rescue sentence is in all four.
- #1 and #2 write "Kyiv", #3 writes "Kiev"; #4 names neither.
"""

from __future__ import annotations

from pathlib import Path

GAZETTE = """---
title: Cargo ship runs aground off Varnholm
outlet: Harbour Gazette
---
The cargo ship Marisol ran aground off the port of Varnholm on Friday, the coast guard said.

All 23 crew members were rescued by a helicopter from the naval base at Kessel Point.

The ship was carrying grain from Kyiv to Lisbon, according to the shipping company Nordlane.

Harbour master Ilse Brandvik said the wreck would be towed away next week.
"""

TIMES = """---
title: Grain ship Marisol aground near Varnholm
outlet: Coastal Times
---
The cargo ship Marisol ran aground off the port of Varnholm on Friday, the coast guard said.

A helicopter from the naval base at Kessel Point rescued all 23 crew members.

The vessel was carrying grain from Kyiv to Lisbon for the shipping company Nordlane.

Local fishermen said the rocks there have caught ships before.
"""

LEDGER = """---
title: Marisol stranded at Varnholm
outlet: Daily Ledger
---
The cargo ship Marisol ran aground off the port of Varnholm on Thursday, the coast guard said.

All 23 crew members were rescued by a helicopter from the naval base at Kessel Point.

The ship was carrying grain from Kiev to Lisbon, according to the shipping company Nordlane.
"""

POST = """---
title: Crew rescued at Kessel Point
outlet: Evening Post
---
All 23 crew members were rescued by a helicopter from the naval base at Kessel Point.

Harbour master Ilse Brandvik said the wreck would be towed away next week.

The regional council will meet on Monday to discuss safety along the coast.
"""

STORY = {"a-gazette.md": GAZETTE, "b-times.md": TIMES, "c-ledger.md": LEDGER, "d-post.md": POST}
"""File name -> text, in the order the outlets are numbered (by file name)."""

UNRELATED = """---
title: Orchard harvest
outlet: Farm Weekly
---
Apple growers expect a record harvest this autumn after mild weather.
"""
"""No content word in common with the story."""


def write_story(folder: Path, texts: dict[str, str] | None = None) -> Path:
    """The story's files in ``folder`` (created); returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (texts or STORY).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
