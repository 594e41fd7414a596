"""A corpus of hostile and awkward inputs, generated into a folder by the tests that use it.

Journalists paste text from anywhere: web pages, PDFs, wire feeds in legacy encodings, and
sometimes hostile pages. Each function here writes one such input into a folder and returns a
``Sample``: where it is, what its text must be once loaded (or why it must be refused), and the
encoding it was written in. ``CASES`` names every function; ``write(name, folder)`` calls one.

The articles are made up for these tests (a flood on an invented river, told in Russian,
Ukrainian, French, Turkish and English, each twice with a figure and a day that disagree).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# --- the articles ----------------------------------------------------------------------------

RU = """Наводнение в Заречье

ЗАРЕЧЬЕ, 4 июня — Вода в реке Светлой поднялась на два метра за ночь, сообщил в среду глава района Пётр Сомов.
По его словам, из прибрежных домов эвакуировали 214 семей, а школы закрыты до понедельника.
Спасатели говорят, что дамбу у села Ольховка удалось укрепить только к утру.
«Такого подъёма воды мы не видели сорок лет», — сказал Сомов журналистам.
Ущерб страховщики оценили в 12 миллионов рублей.
"""
RU_OTHER = RU.replace("214 семей", "241 семью").replace("в среду", "в четверг").replace("12 миллионов", "15 миллионов")



def koi8(text: str) -> str:
    """``text`` as a KOI8 wire feed carries it: KOI8 has no long dash and no guillemets."""
    return text.replace("—", "-").replace("«", '"').replace("»", '"')



UK = """Повінь у Заріччі

ЗАРІЧЧЯ, 4 червня — Вода в річці Світлій піднялася на два метри за ніч, повідомив у середу голова району Петро Сомов.
За його словами, з прибережних будинків евакуювали 214 родин, а школи зачинені до понеділка.
Рятувальники кажуть, що дамбу біля села Вільшанка вдалося зміцнити лише до ранку.
Ґанок сільської їдальні затопило, є збитки і в сусідніх громадах.
«Такого підйому води ми не бачили сорок років», — сказав Сомов журналістам.
"""
UK_OTHER = UK.replace("214 родин", "241 родин").replace("у середу", "у четвер")

FR = """Crue à Saint-Rémy-sur-Orne

SAINT-RÉMY, 4 juin — L'eau de la rivière a monté de deux mètres en une nuit, a déclaré mercredi la maire, Hélène Côté.
Selon elle, 214 familles ont été évacuées des maisons riveraines et les écoles resteront fermées jusqu'à lundi.
Les secours précisent que la digue près du hameau d'Œuilly n'a été renforcée qu'à l'aube.
« Nous n'avions jamais vu l'eau monter aussi vite », a-t-elle confié aux journalistes à l'hôtel de ville.
Les assureurs évaluent les dégâts à 12 millions d'euros, soit près de 3 % du budget régional.
"""
FR_OTHER = FR.replace("214 familles", "241 familles").replace("mercredi", "jeudi")

TR = """Iğdır'da sel felaketi

IĞDIR, 4 Haziran — Kırıkkale'den gelen ekipler çarşamba günü İstanbul Caddesi'ndeki evleri boşalttı.
Vali İsmail Işıkoğlu, 214 ailenin güvenli bölgelere taşındığını söyledi.
Irmak bir gecede iki metre yükseldi; ıslak tarlalar ve İğde köyündeki ahırlar su altında kaldı.
"Böyle bir şey görmedik," dedi Işıkoğlu gazetecilere.
"""
TR_OTHER = TR.replace("214 ailenin", "241 ailenin").replace("çarşamba", "perşembe")

EN = """Flood waters reach Carrow

CARROW, 4 June 2025 — The mayor of Carrow, Anna Berglund, said on Wednesday that 214 families had been moved \
from the river district overnight.
The river rose two metres in six hours after three days of rain, the regional water authority said.
Volunteers filled sandbags in the market square until dawn, and the army sent 40 soldiers to help.
"We have never seen the water climb this fast," Berglund told reporters at the town hall.
Insurance companies estimated the damage at 12 million euros.
"""
EN_OTHER = (EN.replace("214 families", "241 families").replace("on Wednesday", "on Thursday")
            .replace("12 million", "15 million"))

UNRELATED = """Court fines ferry operator

A court in Valmora fined the ferry operator Norsk Cargo 3.5 million kroner on Tuesday for safety breaches.
Judge Helena Marsh said the company had ignored two warnings from the harbour master.
The operator said it would appeal.
"""

# --- what the engine must cope with inside an article (each put in English sentences) -------------

SCRIPTS = {
    "cyrillic": "Мэр Пётр Сомов сказал, что вода поднялась. Ukrainian: Ґанок, їжак, Київ, Запоріжжя.",
    "turkish-i": "İSTANBUL, Iğdır and ıslak: İzmir's governor İsmail Işık said DİYARBAKIR and istanbul differ.",
    "arabic": "The spokesman said: قال المتحدث باسم الوزارة إن 214 عائلة نقلت. Then he left.",
    "hebrew": "A sign read: אמר דובר המשטרה כי המים עלו ב־2 מטרים. Nobody signed it.",
    "mixed-bidi": "The code \u202eevil.exe\u202c and \u2067isolated\u2069 text and \u200fRLM\u200e LRM marks.",
    "cjk": "The Tokyo office (東京都庁) said 東京都の知事は水曜日に２１４世帯が避難したと述べた。 한국어 문장도 있다.",
    "fullwidth": "ＦＵＬＬＷＩＤＴＨ　ＴＥＸＴ with ideographic spaces and digits １２３.",
    "emoji": "Families 👩‍👩‍👧‍👦 and flags 🇺🇦 🏳️‍🌈 and thumbs 👍🏽 and keycaps 1️⃣ were posted 🌊🌊.",
    "combining": "Zoe\u0308 and Ame\u0301lie met Ren\u0303e; Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d"
                 "\u034f\u0334\u0319\u0324\u031e\u0349 shouted.",
    "zero-width": "zero\u200bwidth\u200cnon\u200djoiner\u2060word\ufeffjoiner and a soft\u00adhyphen.",
    "spaces": "non\u00a0breaking\u202fnarrow\u2009thin\u3000ideographic\u2003em spaces\tand\ttabs.",
    "separators": "line\u2028separator and paragraph\u2029separator and next\u0085line and form\x0cfeed.",
    "astral": "Math 𝐁𝐨𝐥𝐝 and 𝔉𝔯𝔞𝔨𝔱𝔲𝔯 and old 𓀀 glyphs and musical 𝄞 signs.",
}
"""Pieces of text from every script and character class an article can hold."""

CONTROL = ("A hostile page tried \x1b[2J\x1b[H a screen clear, \x1b[31mred text\x1b[0m, a title "
           "\x1b]0;pwned\x07, an OSC 52 clipboard write \x1b]52;c;cGF3bmVk\x07, an OSC 8 link "
           "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\, a bell \x07, back\x08\x08spaces, "
           "a C1 CSI \x9b2J, a DEL \x7f, a vertical tab \x0b and a form feed \x0c.")
"""Terminal control sequences that must never reach a terminal."""

CONTROL_BYTES = ("\x1b", "\x07", "\x08", "\x9b", "\x7f", "\x0b", "\x0c")
"""The characters of ``CONTROL`` that must not be in anything diptych writes to a terminal."""

MARKUP = ("The council said [bold]nothing[/bold] about [@click=app.quit]the levee[/] or "
          "[link=https://evil.example]this[/link], [red on red]hidden[/], a lone closing [/] tag, "
          "[b]unclosed and $variable and {braces} and \\[escaped].")
"""Rich and Textual markup that must show literally."""

HTML_HOSTILE = ("The page said <script>alert('x')</script> and </style><script>alert(1)</script> "
                "and \"><img src=x onerror=alert(2)> and javascript:alert(3) and "
                "<a href=\"javascript:alert(4)\">a link</a> and &lt;b&gt; and ]]> --> <!-- too.")
"""Text that must stay inert in an HTML export."""


def with_piece(piece: str, base: str = EN) -> str:
    """``base`` with ``piece`` as a paragraph after its second sentence."""
    head, sep, tail = base.partition("overnight.\n")
    return f"{head}{sep}{piece}\n{tail}"


# --- samples --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sample:
    """One input written to disk. ``text``: the article's text once loaded (``None`` when the input
    is refused, or when its format changes the text, as HTML does); ``reason``: a fragment of the
    one-line refusal; ``encoding``: the encoding the bytes are in; ``partner``: the text of an
    article to compare it with (UTF-8), telling the same story."""

    name: str
    path: Path
    text: str | None = None
    reason: str | None = None
    encoding: str | None = None
    partner: str = EN_OTHER
    options: tuple[str, ...] = ()
    """Command-line options the input needs (``--max-size``)."""


def _put(folder: Path, filename: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / filename
    path.write_bytes(data)
    return path


def _text_sample(name: str, folder: Path, text: str, *, encoding: str = "utf-8", prefix: bytes = b"",
                 partner: str = EN_OTHER, newline: str = "\n", filename: str | None = None) -> Sample:
    data = prefix + text.replace("\n", newline).encode(encoding)
    path = _put(folder, filename or f"{name}.txt", data)
    return Sample(name, path, text, encoding=encoding, partner=partner)


CASES: dict[str, Callable[[Path], Sample]] = {}


def case(name: str):
    def register(fn: Callable[[str, Path], Sample]) -> Callable[[str, Path], Sample]:
        CASES[name] = lambda folder: fn(name, folder)
        return fn
    return register


# encodings and line ends

@case("utf8-ru")
def _utf8(name, folder):
    return _text_sample(name, folder, RU, partner=RU_OTHER)


@case("utf8-bom-fr")
def _utf8_bom(name, folder):
    return _text_sample(name, folder, FR, prefix=b"\xef\xbb\xbf", partner=FR_OTHER)


@case("utf16le-bom-uk")
def _utf16le(name, folder):
    return _text_sample(name, folder, UK, encoding="utf-16-le", prefix=b"\xff\xfe", partner=UK_OTHER)


@case("utf16be-bom-tr")
def _utf16be(name, folder):
    return _text_sample(name, folder, TR, encoding="utf-16-be", prefix=b"\xfe\xff", partner=TR_OTHER)


@case("utf16le-ru")
def _utf16le_no_bom(name, folder):
    return _text_sample(name, folder, RU, encoding="utf-16-le", partner=RU_OTHER)


@case("utf16be-en")
def _utf16be_no_bom(name, folder):
    return _text_sample(name, folder, EN, encoding="utf-16-be")


@case("cp1251-ru")
def _cp1251_ru(name, folder):
    return _text_sample(name, folder, RU, encoding="cp1251", partner=RU_OTHER)


@case("cp1251-uk")
def _cp1251_uk(name, folder):
    return _text_sample(name, folder, UK, encoding="cp1251", partner=UK_OTHER)


@case("koi8r-ru")
def _koi8r(name, folder):
    return _text_sample(name, folder, koi8(RU), encoding="koi8-r", partner=koi8(RU_OTHER))


@case("koi8u-uk")
def _koi8u(name, folder):
    return _text_sample(name, folder, koi8(UK), encoding="koi8-u", partner=koi8(UK_OTHER))


@case("cp1252-fr")
def _cp1252(name, folder):
    return _text_sample(name, folder, FR, encoding="cp1252", partner=FR_OTHER)


@case("cp1254-tr")
def _cp1254(name, folder):
    return _text_sample(name, folder, TR, encoding="cp1254", partner=TR_OTHER)


@case("crlf-en")
def _crlf(name, folder):
    return _text_sample(name, folder, EN, newline="\r\n")


@case("lone-cr-en")
def _lone_cr(name, folder):
    return _text_sample(name, folder, EN, newline="\r")


@case("crlf-cp1251-ru")
def _crlf_cp1251(name, folder):
    return _text_sample(name, folder, RU, encoding="cp1251", newline="\r\n", partner=RU_OTHER)


@case("mixed-newlines-fr")
def _mixed_newlines(name, folder):
    lines = FR.split("\n")
    ends = ["\r\n", "\n", "\r", "\r\n", "\n", "\r", "\n", "\n"]
    raw = "".join(line + ends[i % len(ends)] for i, line in enumerate(lines[:-1])) + lines[-1]
    path = _put(folder, f"{name}.txt", raw.encode("utf-8"))
    return Sample(name, path, FR, encoding="utf-8", partner=FR_OTHER)


# scripts and characters

def _script(piece_name: str):
    @case(f"script-{piece_name}")
    def make(name, folder):
        return _text_sample(name, folder, with_piece(SCRIPTS[piece_name]),
                            partner=with_piece(SCRIPTS[piece_name], EN_OTHER))
    return make


for _piece in SCRIPTS:
    _script(_piece)


@case("script-all")
def _all_scripts(name, folder):
    text = with_piece("\n".join(SCRIPTS.values()))
    return _text_sample(name, folder, text, partner=with_piece("\n".join(reversed(SCRIPTS.values())), EN_OTHER))


@case("turkish-article")
def _turkish(name, folder):
    return _text_sample(name, folder, TR, partner=TR_OTHER)


# shapes

@case("one-word")
def _one_word(name, folder):
    return _text_sample(name, folder, "Flood")


@case("one-character")
def _one_char(name, folder):
    return _text_sample(name, folder, "🌊")


@case("identical")
def _identical(name, folder):
    return _text_sample(name, folder, EN, partner=EN)


@case("unrelated")
def _unrelated(name, folder):
    return _text_sample(name, folder, UNRELATED)


@case("only-quotes")
def _only_quotes(name, folder):
    text = "\"\n“”\n‘’ '' «» „“ ‹› 「」 『』 ״ ׳ `` ´´\n\"\"\"\n" * 20
    return _text_sample(name, folder, text, partner=text[::-1].replace("\n", " ") + "\n")


@case("only-numbers")
def _only_numbers(name, folder):
    text = " ".join(str(n * 7919 % 100003) for n in range(1, 600)) + "\n3.5 1,000 -12 +7 0.000 1e9 ½ ١٢٣ 一二三\n"
    return _text_sample(name, folder, text, partner=text.replace("7", "8"))


@case("only-punctuation")
def _only_punct(name, folder):
    text = ("... !!! ??? --- — – ; : , . () [] {} <> / \\ | * & ^ % $ # @ ~ `\n" * 30)
    return _text_sample(name, folder, text)


@case("long-word")
def _long_word(name, folder):
    return _text_sample(name, folder, with_piece("x" * 20_000 + " " + "東" * 5_000 + " " + "👩‍👩‍👧‍👦" * 500))


@case("no-sentence-end")
def _no_end(name, folder):
    return _text_sample(name, folder, " ".join(["and the river rose"] * 3000))


@case("blank-lines")
def _blank_lines(name, folder):
    return _text_sample(name, folder, "\n" * 5000 + EN + "\n \t \n" * 5000)


@case("late-nul")
def _late_nul(name, folder):  # a stray NUL past the part sniffed for binary files: loads, shown as a symbol
    text = EN * 60 + "A stray \x00 byte from a PDF copy.\n"
    return _text_sample(name, folder, text)


def one_line_text(size: int) -> str:
    """About ``size`` characters of varied news sentences with no line break at all (a PDF copied
    whole)."""
    import random

    rng = random.Random(5)
    who = ["The mayor", "A council engineer", "The water authority", "Farmers upstream", "Volunteers",
           "The army", "Residents of lane {n}", "Insurance companies", "Anna Berglund", "The railway"]
    said = ["said on {d} that", "reported that", "warned that", "confirmed that", "told reporters that"]
    what = ["{n} families had been moved", "pump number {n} had failed", "{n} hectares were under water",
            "the bridge on the north road was closed", "soldiers arrived from the capital",
            "the school by the river stayed closed", "volunteers worked through the night",
            "the water reached the old market", "the railway line was cut in two places",
            "the harbour wall had held", "more rain was expected", "families slept in the sports hall"]
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    parts, total = [], 0
    while total < size:
        s = f"{rng.choice(who)} {rng.choice(said)} {rng.choice(what)}.".format(n=rng.randint(2, 99_999),
                                                                              d=rng.choice(days))
        parts.append(s)
        total += len(s) + 1
    return " ".join(parts)[:size]


def many_words(count: int) -> str:
    """An article of about ``count`` words, in paragraphs."""
    text = one_line_text(count * 6)
    words = text.split(" ")[:count]
    lines = [" ".join(words[i:i + 120]) for i in range(0, len(words), 120)]
    return "\n\n".join(lines) + "\n"


# refusals

@case("missing")
def _missing(name, folder):
    folder.mkdir(parents=True, exist_ok=True)
    return Sample(name, folder / "nowhere.txt", reason="no such file")


@case("directory")
def _directory(name, folder):
    path = folder / "a-folder.txt"
    path.mkdir(parents=True, exist_ok=True)
    return Sample(name, path, reason="is a directory")


@case("binary-png")
def _binary(name, folder):
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06" + bytes(range(256))
    return Sample(name, _put(folder, "photo.txt", data), reason="binary")


@case("binary-nul")
def _nul(name, folder):
    return Sample(name, _put(folder, "zeros.txt", b"\x00" * 4096), reason="binary")


@case("binary-elf")
def _elf(name, folder):
    data = b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x02\x00\x3e\x00" + bytes(range(256)) * 8
    return Sample(name, _put(folder, "program.md", data), reason="binary")


@case("undecodable")
def _undecodable(name, folder):  # no NUL, not UTF-8, and not text in any single-byte encoding either
    data = bytes((i * 37 + 11) % 256 for i in range(6000) if (i * 37 + 11) % 256 not in (0, 10, 13))
    return Sample(name, _put(folder, "noise.txt", data), reason="not text")


@case("bad-encoding-name")
def _bad_name(name, folder):
    return Sample(name, _put(folder, f"{name}.txt", EN.encode()), reason="unknown encoding",
                  options=("--encoding", "no-such-codec"))


@case("wrong-encoding")
def _wrong(name, folder):  # UTF-16 text said to be UTF-8
    return Sample(name, _put(folder, f"{name}.txt", b"\xff\xfe" + RU.encode("utf-16-le")), reason="not valid utf-8",
                  options=("--encoding", "utf-8"))


@case("over-size")
def _over_size(name, folder):
    return Sample(name, _put(folder, f"{name}.txt", (EN * 100).encode()), reason="--max-size",
                  options=("--max-size", "0.01"))


@case("empty")
def _empty(name, folder):
    return Sample(name, _put(folder, "empty.txt", b""), reason="empty")


@case("blank")
def _blank(name, folder):
    return Sample(name, _put(folder, "blank.txt", b" \n\t\r\n  \r\n"), reason="empty")


@case("bom-only")
def _bom_only(name, folder):
    return Sample(name, _put(folder, "bom.txt", b"\xef\xbb\xbf"), reason="empty")


@case("front-matter-python-tag")
def _python_tag(name, folder):
    data = b"---\ntitle: !!python/object/apply:os.system ['echo pwned']\n---\nThe river rose.\n"
    return Sample(name, _put(folder, f"{name}.md", data), reason="front matter")


@case("control-in-filename")
def _control_name(name, folder):  # a missing file whose name would move the cursor and clear the screen
    folder.mkdir(parents=True, exist_ok=True)
    return Sample(name, folder / "evil\x1b[2J\x1b]0;pwned\x07\nname.txt", reason="no such file")


# hostile content

@case("markup")
def _markup(name, folder):
    return _text_sample(name, folder, with_piece(MARKUP), partner=with_piece(MARKUP, EN_OTHER))


@case("control")
def _control(name, folder):
    return _text_sample(name, folder, with_piece(CONTROL), partner=with_piece(CONTROL, EN_OTHER))


@case("html-text")
def _html_text(name, folder):
    return _text_sample(name, folder, with_piece(HTML_HOSTILE), partner=with_piece(HTML_HOSTILE, EN_OTHER))


@case("everything")
def _everything(name, folder):
    piece = "\n".join([MARKUP, CONTROL, HTML_HOSTILE, *SCRIPTS.values()])
    return _text_sample(name, folder, with_piece(piece), partner=with_piece(piece, EN_OTHER))


@case("hostile-markdown")
def _hostile_md(name, folder):
    text = ("---\ntitle: \"[@click=app.quit]Title\\e]0;pwned\\a <script>alert(1)</script>\"\n"
            "outlet: \"[bold]Outlet</style>\"\nurl: \"javascript:alert(5)\"\n---\n"
            + with_piece("A [link](javascript:alert(6)) and ![img](javascript:alert(7)) and <b>bold</b>."))
    path = _put(folder, f"{name}.md", text.encode())
    return Sample(name, path, encoding="utf-8")


@case("hostile-html")
def _hostile_html(name, folder):
    page = ("<!doctype html><html><head><title>[@click=app.quit] \x1b]0;pwned\x07</title>"
            "<meta property=\"og:site_name\" content=\"Evil &lt;script&gt; Times\"></head><body><article>"
            "<h1>Flood waters reach Carrow</h1>"
            "<p>The mayor of Carrow, Anna Berglund, said on Wednesday that 214 families had been moved.</p>"
            "<p>A <a href=\"javascript:alert(8)\">link</a> and &lt;script&gt;alert(9)&lt;/script&gt; "
            "and &#27;[2J and [bold]markup[/bold].</p></article></body></html>")
    path = _put(folder, f"{name}.html", page.encode())
    return Sample(name, path, encoding="utf-8")


ENCODINGS = [n for n in CASES if n.split("-")[0] in ("utf8", "utf16le", "utf16be", "cp1251", "koi8r", "koi8u",
                                                      "cp1252", "cp1254", "crlf", "lone", "mixed")]
"""The cases about bytes and line ends."""
SCRIPT_CASES = [n for n in CASES if n.startswith("script-")] + ["turkish-article"]
SHAPES = ["one-word", "one-character", "identical", "unrelated", "only-quotes", "only-numbers", "only-punctuation",
          "long-word", "no-sentence-end", "blank-lines", "late-nul"]
REFUSALS = [n for n, _ in CASES.items() if n in (
    "missing", "directory", "binary-png", "binary-nul", "binary-elf", "undecodable", "bad-encoding-name",
    "wrong-encoding", "over-size", "empty", "blank", "bom-only", "front-matter-python-tag", "control-in-filename")]
CONTENT = ["markup", "control", "html-text", "everything", "hostile-markdown", "hostile-html"]
LOADED = ENCODINGS + SCRIPT_CASES + SHAPES + CONTENT
"""Every case that must load and compare."""


def write(name: str, folder: Path) -> Sample:
    """Write case ``name`` into ``folder``."""
    return CASES[name](folder)


def write_pair(name: str, folder: Path) -> tuple[Sample, Path]:
    """Case ``name`` and, beside it, its partner article (UTF-8)."""
    sample = write(name, folder)
    partner = _put(folder, f"partner-of-{name}.txt", sample.partner.encode("utf-8"))
    return sample, partner


def loaded_text(sample: Sample) -> str | None:
    """What the sample's text must be once loaded: line ends made ``\\n``."""
    if sample.text is None:
        return None
    return sample.text.replace("\r\n", "\n").replace("\r", "\n")
