"""Made-up articles for the app's tests: a flood in an invented town, told twice, with a
figure, a quote and a loss estimate that disagree, shared sentences, and sentences only one
side reports. ``LONG_*`` add paragraphs so the panes have to scroll."""

from __future__ import annotations

LEFT = """Flood waters reach Carrow

CARROW, 4 June 2025 — The mayor of Carrow, Anna Berglund, said on Wednesday that 214 families had been moved from \
the river district overnight.

The river rose two metres in six hours after three days of rain, the regional water authority said.

Volunteers filled sandbags in the market square until dawn, and the army sent 40 soldiers to help.

"We have never seen the water climb this fast," Berglund told reporters at the town hall.

Schools in the district will stay closed until Monday, the education office said.

The railway line to Dunmore was cut at two places, and buses replaced trains.

Insurance companies estimated the damage at 12 million euros.

Forecasters expect the rain to ease by Friday, but warned of more storms next week.
"""

RIGHT = """Carrow evacuates riverside homes as floods rise

CARROW — Mayor Anna Berglund said on Wednesday that 241 families had been moved from the river district overnight.

Volunteers filled sandbags in the market square until dawn, and the army sent 40 soldiers to help.

"We have never seen the water rise this quickly," Berglund told reporters at the town hall.

The river rose two metres in six hours after three days of rain, according to the regional water authority.

Insurance companies estimated the damage at 15 million euros.

The railway line to Dunmore was cut at two places, and buses replaced trains.

A shelter opened in the sports hall of St Brigid's school for families who had nowhere to go.
"""

_BACKGROUND = [
    "The {n}th-century stone bridge at the north end of the town was closed as a precaution.",
    "Farmers upstream reported that {n} hectares of barley were under water.",
    "A council engineer said pump number {n} had failed before midnight and was repaired by morning.",
    "Residents of lane {n} were told to move cars to the hill car park.",
]


def padding(count: int, seed: int) -> str:
    """``count`` background paragraphs, different for each ``seed``, so panes scroll."""
    out = []
    for i in range(count):
        template = _BACKGROUND[(i + seed) % len(_BACKGROUND)]
        out.append(template.format(n=seed * 100 + i + 3))
    return "\n\n".join(out) + "\n"


LONG_LEFT = LEFT + "\n" + padding(40, 1)
LONG_RIGHT = RIGHT + "\n" + padding(40, 2)

HOSTILE = """Markup and escapes are data

The council said [bold]nothing[/bold] about [@click=app.quit]the levee[/] or [link=https://evil.example]this\
[/link].

A hostile page tried \x1b[2J\x1b[31mred text\x1b[0m and an OSC 52 write \x1b]52;c;cGF3bmVk\x07 and a bell \x07.

The mayor of Carrow, Anna Berglund, said on Wednesday that 214 families had been moved.
"""

# A ferry deal told twice: a name spelled two ways (twice), a number, a year and a member that differ.
FERRY_LEFT = """Ferry talks in Valmora

The ferry company was represented by Marta Oyelaran, its chief executive.
Oyelaran said the company would add 12 sailings a week from June.
Union leader Piet Danvers said crews had not been consulted.
The harbour master, Ines Calloway, said the new pier would open in 2026.
Officials from Malta and Greece attended the meeting in Valmora.
Later, Oyelaran met the mayor of Valmora to discuss fares.
"""

FERRY_RIGHT = """Valmora ferry deal agreed

The ferry company was represented by Marta Oyelarin, its chief executive.
Oyelarin said the company would add 14 sailings a week from June.
Union leader Piet Danvers said crews had not been consulted.
The harbour master, Ines Calloway, said the new pier would open in 2027.
Officials from Malta and Italy attended the meeting in Valmora.
Later, Oyelarin met the mayor of Valmora to discuss fares.
"""
