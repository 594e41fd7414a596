"""Loading articles: formats, metadata, decoding, standard input and input errors."""

from __future__ import annotations

import datetime as dt
import io
import sys

import pytest

from tui.engine import InputError, compare, load_article

QUAKE = "The earthquake struck Marvel Bay on Tuesday.\nForty homes collapsed, officials said.\n"


def write(tmp_path, name: str, data: bytes | str) -> str:
    path = tmp_path / name
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return str(path)


def load_error(path: str, **kw) -> str:
    with pytest.raises(InputError) as info:
        load_article(path, **kw)
    message = str(info.value)
    assert message and "\n" not in message, f"not a one-line message: {message!r}"
    return message


# -- plain text --------------------------------------------------------------------------

def test_txt_file_text_is_loaded_verbatim(tmp_path):
    path = write(tmp_path, "quake.txt", QUAKE)
    a = load_article(path)
    assert a.text == QUAKE
    assert a.source_format == "txt"
    assert a.path == path
    assert a.word_count == 12


def test_txt_short_first_line_is_the_title(tmp_path):
    path = write(tmp_path, "quake.txt", "Quake Hits Marvel Bay\n\n" + QUAKE)
    a = load_article(path)
    assert a.title == "Quake Hits Marvel Bay"
    assert a.text.startswith("Quake Hits Marvel Bay\n")  # the text is not cut


def test_txt_numeric_date_line_is_the_date(tmp_path):
    path = write(tmp_path, "quake.txt", "16/05/2025\n" + QUAKE)
    assert load_article(path).date == dt.date(2025, 5, 16)


def test_txt_that_is_html_is_read_as_html(tmp_path):
    page = ("<!doctype html><html><body><p>The dam burst on Monday.</p>"
            "<script>var x = 1;</script></body></html>")
    a = load_article(write(tmp_path, "page.txt", page))
    assert a.source_format == "html"
    assert a.text == "The dam burst on Monday.\n"


# -- Markdown ----------------------------------------------------------------------------

MARKDOWN = """---
title: Quake Hits Marvel Bay
date: 2025-03-04
outlet: The Coastal Herald
url: https://example.org/quake
author: Jo Reed
---
# Quake hits Marvel Bay

A **strong** earthquake struck [Marvel Bay](https://example.org/marvel-bay) on *Tuesday*.

- Forty homes collapsed.
* Two bridges closed.
1. The harbour flooded.

> Rescue teams worked through the night.
"""


def test_markdown_front_matter_is_read(tmp_path):
    a = load_article(write(tmp_path, "quake.md", MARKDOWN))
    assert a.source_format == "md"
    assert a.title == "Quake Hits Marvel Bay"
    assert a.date == dt.date(2025, 3, 4)
    assert a.outlet == "The Coastal Herald"
    assert a.url == "https://example.org/quake"
    assert a.meta == {"author": "Jo Reed"}


def test_markdown_front_matter_is_not_in_the_text(tmp_path):
    a = load_article(write(tmp_path, "quake.md", MARKDOWN))
    assert "---" not in a.text
    assert "outlet:" not in a.text and "Coastal Herald" not in a.text


def test_markdown_syntax_is_not_in_the_text(tmp_path):
    a = load_article(write(tmp_path, "quake.md", MARKDOWN))
    lines = [line for line in a.text.splitlines() if line.strip()]
    assert lines == [
        "Quake hits Marvel Bay",
        "A strong earthquake struck Marvel Bay on Tuesday.",
        "Forty homes collapsed.",
        "Two bridges closed.",
        "The harbour flooded.",
        "Rescue teams worked through the night.",
    ]
    for syntax in ("#", "**", "](", "https://", "> "):
        assert syntax not in a.text


@pytest.mark.parametrize("value, expected", [
    ("2025-05-16", dt.date(2025, 5, 16)),
    ("2025-05-16T09:30:00Z", dt.date(2025, 5, 16)),
    ("'16/05/2025'", dt.date(2025, 5, 16)),
    ("'05/16/2025'", dt.date(2025, 5, 16)),
])
def test_front_matter_date_forms(tmp_path, value, expected):
    a = load_article(write(tmp_path, "d.md", f"---\ndate: {value}\n---\nThe dam burst.\n"))
    assert a.date == expected


@pytest.mark.parametrize("value", ["May 16, 2025", "16 May 2025"])
def test_front_matter_date_in_words(tmp_path, value):
    a = load_article(write(tmp_path, "d.md", f"---\ndate: {value}\n---\nThe dam burst.\n"))
    assert a.date == dt.date(2025, 5, 16)


def test_markdown_without_front_matter_infers_the_title(tmp_path):
    md = "# Court Fines Ferry Operator\n\nThe court fined the operator.\n"
    a = load_article(write(tmp_path, "court.md", md))
    assert a.title == "Court Fines Ferry Operator"
    assert a.date is None


def test_markdown_html_entities_are_decoded(tmp_path):
    a = load_article(write(tmp_path, "merger.md", "Norsk Cargo &amp; Brightwater agreed to merge.\n"))
    assert a.text == "Norsk Cargo & Brightwater agreed to merge.\n"


# -- HTML --------------------------------------------------------------------------------

PAGE = """<!doctype html>
<html><head>
<title>Quake | The Coastal Herald</title>
<meta property="og:title" content="Quake Hits Marvel Bay">
<meta property="og:site_name" content="The Coastal Herald">
<meta property="article:published_time" content="2025-03-04T08:15:00Z">
<style>p { color: red; }</style>
<script>var tracking = "secret tracking code";</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World news</a></nav>
<header><p>Subscribe to our newsletter</p></header>
<article>
<h1>Quake hits Marvel Bay</h1>
<p>A strong earthquake struck Marvel Bay on <b>Tuesday</b>.</p>
<p>Forty homes &amp; two bridges collapsed, officials said.</p>
<script>alert("inline script")</script>
</article>
<aside><p>Most read: a recipe for fish soup</p></aside>
<footer>Copyright The Coastal Herald</footer>
</body></html>
"""


def test_html_article_text_comes_from_article_paragraphs(tmp_path):
    a = load_article(write(tmp_path, "quake.html", PAGE))
    assert a.source_format == "html"
    assert a.text == ("Quake hits Marvel Bay\n\n"
                      "A strong earthquake struck Marvel Bay on Tuesday.\n\n"
                      "Forty homes & two bridges collapsed, officials said.\n")


@pytest.mark.parametrize("ignored", ["tracking", "color: red", "inline script", "Home", "World news",
                                     "Subscribe", "recipe", "Copyright"])
def test_html_script_style_nav_and_chrome_are_ignored(tmp_path, ignored):
    a = load_article(write(tmp_path, "quake.html", PAGE))
    assert ignored not in a.text


def test_html_metadata_title_date_outlet(tmp_path):
    a = load_article(write(tmp_path, "quake.html", PAGE))
    assert a.title == "Quake Hits Marvel Bay"  # og:title wins over <h1> and <title>
    assert a.date == dt.date(2025, 3, 4)
    assert a.outlet == "The Coastal Herald"


def test_html_title_from_h1_without_og_title(tmp_path):
    page = ("<html><head><title>Site name</title></head><body><h1>Court Fines Ferry Operator</h1>"
            "<p>The court fined the operator.</p><p>The appeal failed.</p></body></html>")
    a = load_article(write(tmp_path, "court.htm", page))
    assert a.title == "Court Fines Ferry Operator"
    assert a.date is None
    assert a.text == "Court Fines Ferry Operator\n\nThe court fined the operator.\n\nThe appeal failed.\n"


def test_html_page_without_text_is_an_error(tmp_path):
    page = "<html><body><script>var x = 1;</script><nav>Home</nav></body></html>"
    message = load_error(write(tmp_path, "empty.html", page))
    assert "no article text" in message


# -- standard input -------------------------------------------------------------------------

def fake_stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_dash_reads_standard_input(monkeypatch):
    fake_stdin(monkeypatch, QUAKE.encode("utf-8"))
    a = load_article("-")
    assert a.text == QUAKE
    assert a.path == "<stdin>"


def test_stdin_front_matter_is_read(monkeypatch):
    fake_stdin(monkeypatch, b"---\ntitle: Dam Bursts\ndate: 2024-11-02\n---\nThe dam burst on Saturday.\n")
    a = load_article("-")
    assert (a.title, a.date, a.text) == ("Dam Bursts", dt.date(2024, 11, 2), "The dam burst on Saturday.\n")


def test_stdin_empty_is_an_error(monkeypatch):
    fake_stdin(monkeypatch, b"")
    message = load_error("-")
    assert message.startswith("<stdin>:") and "empty" in message


def test_stdin_over_the_size_limit_is_an_error(monkeypatch):
    fake_stdin(monkeypatch, b"word " * 100)
    assert "limit" in load_error("-", max_bytes=50)


# -- errors ------------------------------------------------------------------------------

def test_missing_file(tmp_path):
    path = str(tmp_path / "nowhere.txt")
    message = load_error(path)
    assert path in message and "no such file" in message


def test_directory(tmp_path):
    message = load_error(str(tmp_path))
    assert str(tmp_path) in message and "directory" in message


def test_binary_file(tmp_path):
    path = write(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    message = load_error(path)
    assert path in message and "binary" in message


@pytest.mark.parametrize("content", [b"", b"   \n\t\n  \r\n"], ids=["empty", "whitespace"])
def test_empty_or_blank_file(tmp_path, content):
    path = write(tmp_path, "blank.txt", content)
    message = load_error(path)
    assert path in message and "empty" in message


def test_front_matter_without_text(tmp_path):
    path = write(tmp_path, "only.md", "---\ntitle: Nothing Here\n---\n\n")
    assert "no article text" in load_error(path)


def test_over_max_size(tmp_path):
    path = write(tmp_path, "long.txt", "The dam burst. " * 200)
    message = load_error(path, max_bytes=1000)
    assert path in message and "--max-size" in message
    assert load_article(path, max_bytes=10_000).text.startswith("The dam burst.")


def test_invalid_front_matter_yaml(tmp_path):
    path = write(tmp_path, "bad.md", "---\ntitle: [unclosed\ndate: 2025-01-01\n---\nThe dam burst.\n")
    message = load_error(path)
    assert path in message and "front matter" in message and "YAML" in message


def test_front_matter_that_is_not_a_mapping(tmp_path):
    path = write(tmp_path, "list.md", "---\n- one\n- two\n---\nThe dam burst.\n")
    assert "front matter" in load_error(path)


def test_unknown_encoding_name(tmp_path):
    path = write(tmp_path, "quake.txt", QUAKE)
    assert "encoding" in load_error(path, encoding="no-such-codec")


# -- decoding and line endings ------------------------------------------------------------------

def test_utf8_bom_is_dropped(tmp_path):
    data = b"\xef\xbb\xbf" + "Café owners in Zürich reopened.\n".encode()
    a = load_article(write(tmp_path, "bom.txt", data))
    assert a.text == "Café owners in Zürich reopened.\n"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path, codec):
    text = "Café owners in Zürich reopened on Monday.\n"
    bom = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[codec]
    a = load_article(write(tmp_path, "wide.txt", bom + text.encode(codec)))
    assert a.text == text


def test_named_encoding_is_used(tmp_path):
    text = "The café in Zürich reopened after the flood damaged its façade.\n"
    a = load_article(write(tmp_path, "latin.txt", text.encode("latin-1")), encoding="latin-1")
    assert a.text == text


def test_undecodable_utf8_falls_back_to_detection(tmp_path):
    text = ("Die Gemeinde am See meldete am Montag, dass die Fähre wegen des Sturms für zwei Tage "
            "außer Betrieb bleibt. Bürger können die Brücke über den Fluss nutzen.\n") * 3
    a = load_article(write(tmp_path, "german.txt", text.encode("cp1252")))
    assert "\ufffd" not in a.text and "Sturms" in a.text


@pytest.mark.parametrize("newline", [b"\r\n", b"\r"], ids=["crlf", "cr"])
def test_line_endings_are_normalised(tmp_path, newline):
    raw = newline.join([b"Dam Bursts", b"", b"The dam burst on Monday.", b"Water flooded the valley.", b""])
    a = load_article(write(tmp_path, "dam.txt", raw))
    assert "\r" not in a.text
    assert a.text == "Dam Bursts\n\nThe dam burst on Monday.\nWater flooded the valley.\n"


# -- offsets -------------------------------------------------------------------------------

def test_offsets_index_the_loaded_text_not_the_file(tmp_path):
    left = load_article(write(tmp_path, "left.md", (
        "---\ntitle: Ferry Fire\n---\n# Ferry Fire\r\n\r\n"
        "**Deputy Foreign Minister** [Pavel Orlov](https://example.org/orlov) said the fire killed 12 people "
        "on the ferry near Marvel Bay.\r\n")))
    right = load_article(write(tmp_path, "right.txt",
                               "Deputy Foreign Minister Pavel Orlov said the fire killed 15 people "
                               "on the ferry near Marvel Bay.\n"))
    c = compare(left, right)
    assert c.findings
    for f in c.findings:
        assert f.left_text == left.text[f.left.start:f.left.end]
        assert f.right_text == right.text[f.right.start:f.right.end]
    number = next(f for f in c.findings if f.type == "number")
    assert (number.left_text, number.right_text) == ("12 people", "15 people")
    orlov = next(e for e in c.entities if e.type == "PERSON")
    assert [left.text[s.start:s.end] for s in orlov.left] == ["Pavel Orlov"]
    assert [right.text[s.start:s.end] for s in orlov.right] == ["Pavel Orlov"]


# -- legacy encodings that read equally well in several code pages; UTF-16 without a BOM ---------

FRENCH = ("Crue à Saint-Rémy : l'eau de la rivière a monté de deux mètres en une nuit, a déclaré mercredi "
          "la maire. Les écoles resteront fermées jusqu'à lundi, précisent les secours.\n")
TURKISH = ("Iğdır'da sel: Vali İsmail Işıkoğlu çarşamba günü 214 ailenin güvenli bölgelere taşındığını "
           "söyledi. Irmak bir gecede iki metre yükseldi; ıslak tarlalar su altında kaldı.\n")


@pytest.mark.parametrize("text, codec", [(FRENCH, "cp1252"), (TURKISH, "cp1254")], ids=["french", "turkish"])
def test_a_code_page_tie_goes_to_the_languages_own(tmp_path, text, codec):
    """cp1250 reads French cp1252 bytes as well as cp1252 does ("à" becomes "ŕ"), and Turkish cp1254
    bytes too ("ı" becomes "ý"): the language's own code page wins the tie."""
    assert load_article(write(tmp_path, "legacy.txt", text.encode(codec))).text == text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [QUAKE, "Вода в реке Светлой поднялась на два метра за ночь.\n"], ids=["en", "ru"])
def test_utf16_without_a_byte_order_mark(tmp_path, codec, text):
    assert load_article(write(tmp_path, "wide.txt", text.encode(codec))).text == text


def test_a_binary_file_with_zero_bytes_on_one_side_is_still_binary(tmp_path):
    data = b"".join(bytes([i % 250 + 1, 0]) for i in range(500))  # UTF-16-LE of control characters
    assert "binary" in load_error(write(tmp_path, "table.bin", data))


def test_a_python_tag_in_front_matter_is_named(tmp_path):
    path = write(tmp_path, "evil.md", "---\ntitle: !!python/object/apply:os.system ['echo hi']\n---\nThe dam burst.\n")
    message = load_error(path)
    assert message == f"{path}: the front matter: a !!python/object/apply:os.system tag is not allowed"


def test_a_control_character_in_front_matter_is_named(tmp_path):
    path = write(tmp_path, "evil.md", "---\ntitle: Dam \x1b[2J\n---\nThe dam burst.\n")
    message = load_error(path)
    assert "front matter" in message and "#x001b" in message
