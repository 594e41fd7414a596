"""Made-up articles in many scripts for the app's layout tests: a relief convoy crossing an
invented border, told twice, the same sentences carrying Cyrillic, Turkish dotted and dotless
i, Arabic and Hebrew (right to left), CJK (two cells a character), emoji with joiners, skin
tones and variation selectors, combining accents, zero-width and no-break spaces, and tabs.
The two disagree on a figure (a contradiction) in a sentence that has wide characters and
combining marks before the figure, so its marks have to land on the right cells."""

from __future__ import annotations

LEFT = """Convoy crosses at Qarsu after a week of talks

QARSU, 9 March 2025 — The relief convoy of the Dağlıca cooperative crossed the border at Qarsu on \
Sunday, its coordinator, İlkay Işıklı, said.

Officials in Новоозёрск said the trucks carried 214 tonnes of flour, rice and medicine for the \
valley.

Noe\u0308l Zo\u0308llner of 東京都 said 大阪 paid 36,000 euros for the trucks.

A sign at the checkpoint read «الحدود مفتوحة» in Arabic and «הגבול פתוח» in Hebrew, the drivers said.

Volunteers posted 👩\u200d👩\u200d👧\u200d👦 and ❤\ufe0f messages and a 👍🏽 on the cooperative's page.

The\u200bcooperative\u200bsays\u200bthe\u200broad\u200bis\u200bnarrow\u200bbut\u200bsafe, and the \
trip took 11\u00a0hours over 240\u00a0km.

Fuel:\t4 tankers\tWater:\t12 tankers

The drivers will return through Ağrı on Thursday, the coordinator said.
"""

RIGHT = """Relief trucks reach the valley

QARSU — The relief convoy of the Dağlıca cooperative crossed the border at Qarsu on Sunday, \
its coordinator, İlkay Işıklı, said.

Officials in Новоозёрск said the trucks carried 241 tonnes of flour, rice and medicine for the \
valley.

A sign at the checkpoint read «الحدود مفتوحة» in Arabic and «הגבול פתוח» in Hebrew, the drivers said.

Noe\u0308l Zo\u0308llner of 東京都 said 大阪 paid 63,000 euros for the trucks.

Volunteers posted 👩\u200d👩\u200d👧\u200d👦 and ❤\ufe0f messages and a 👍🏽 on the cooperative's page.

Local radio in 上海 and Ηράκλειο reported the crossing, as did a station in Тбилиси.

The drivers will return through Ağrı on Thursday, the coordinator said.
"""
