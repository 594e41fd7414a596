"""The HTML report: every finding with its verdict and note, both texts whole and in order in
their columns, hidden findings counted but not highlighted, nothing from an article that runs or
loads, a print layout."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from test_export_common import EXPORTED, LEFT, RIGHT, make_review, reviewed

from tui import __version__
from tui.engine import Span
from tui.export import render
from tui.export.common import clean, entries

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Page(HTMLParser):
    """What a browser would see: the tags, the text, and the text of each article column
    (without the finding numbers set in ``<sup>``)."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.data: list[str] = []
        self.columns: dict[str, list[str]] = {"left": [], "right": []}
        self.ids: dict[str, str] = {}
        self.rows: list[dict[str, str]] = []
        """The side-by-side rows: their class and each article's text in them."""
        self._stack: list[tuple[str, str | None, str | None]] = []  # (tag, side of an article cell, id)
        self.feed(text)
        self.close()
        self.text = "".join(self.data)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "tr" and a.get("class") in ("lvl", "solo"):
            self.rows.append({"class": a["class"], "left": "", "right": ""})
        if tag in VOID:
            return
        side = a.get("data-side") if tag == "td" else None
        self._stack.append((tag, side, a.get("id")))

    def handle_endtag(self, tag):
        while self._stack:
            if self._stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        self.data.append(data)
        for _, _, ident in self._stack:
            if ident:
                self.ids[ident] = self.ids.get(ident, "") + data
        if any(t == "sup" for t, _, _ in self._stack):
            return
        for _, side, _ in self._stack:
            if side:
                self.columns[side].append(data)
                self.rows[-1][side] += data


def row_text(page: Page, number: int) -> str:
    return " ".join(page.ids[f"f{number}"].split())


def test_every_finding_has_its_number_verdict_and_note(tmp_path):
    review = reviewed(tmp_path)
    out = render(review, "html", exported_at=EXPORTED)
    page = Page(out)
    listed = entries(review)
    assert len(listed) == len(review.findings) >= 8
    for en in listed:
        row = row_text(page, en.number)
        assert row.startswith(str(en.number))
        assert en.verdict_label in row
        if en.note:
            assert en.note in row
    badges = [a.get("class") for t, a in page.tags if t == "span" and "badge" in (a.get("class") or "")]
    assert "badge v-confirmed" in badges and "badge v-dismissed" in badges
    # numbers in the articles link to the entries
    refs = [a for t, a in page.tags if t == "a" and re.fullmatch(r"[lr]\d+", a.get("id") or "")]
    assert {a["href"] for a in refs} == {f"#f{en.number}" for en in listed if not en.hidden}
    assert {a["id"] for a in refs} == {f"{side}{en.number}" for en in listed if not en.hidden for side in "lr"}


def test_the_columns_hold_each_text_whole_and_in_order(tmp_path):
    review = reviewed(tmp_path)
    page = Page(render(review, "html", exported_at=EXPORTED))
    assert "".join(page.columns["left"]) == review.comparison.left.text
    assert "".join(page.columns["right"]) == review.comparison.right.text


def test_level_rows_put_aligned_sentences_side_by_side(tmp_path):
    page = Page(render(reviewed(tmp_path), "html", exported_at=EXPORTED))
    same = "The regional water authority had warned of rising levels three days earlier.\n"
    assert {"class": "lvl", "left": same, "right": same} in page.rows
    schools = next(row for row in page.rows if row["right"].startswith("Schools"))
    assert schools == {"class": "solo", "left": "", "right": "Schools in the district will stay closed until Friday, "
                       "officials said.\n"}


def test_hidden_findings_are_counted_not_highlighted(tmp_path):
    review = reviewed(tmp_path)
    assert len(review.hidden) == 1
    hidden = next(en for en in entries(review) if en.hidden)
    out = render(review, "html", exported_at=EXPORTED)
    page = Page(out)
    refs = {a["href"] for t, a in page.tags if t == "a" and re.fullmatch(r"[lr]\d+", a.get("id") or "")}
    assert f"#f{hidden.number}" not in refs and len(refs) == len(review.findings) - 1
    assert "hidden by r1" in row_text(page, hidden.number)
    assert "1 hidden by ignore rules" in page.text
    assert "Ignore rules" in page.text and "42 homes / 24 homes" in " ".join(page.text.split())
    # the left article marks "24"/"42" only for the contradiction still shown
    f = hidden.finding
    marks = [m.start() for m in re.finditer(r'<span class="[^"]*hl-mk[^"]*">42', out)]
    assert len(marks) == 1 and f.left_text.startswith("42")


def test_summary_progress_and_provenance(tmp_path):
    review = reviewed(tmp_path)
    page = Page(render(review, "html", exported_at=EXPORTED))
    text = " ".join(page.text.split())
    p = review.progress()
    assert f"Review progress: {p.reviewed} of {p.total} findings reviewed" in text
    c = review.comparison
    for needle in (c.left.sha256, c.right.sha256, f"diptych {__version__}", EXPORTED, "Ana", str(tmp_path / "s.yaml"),
                   "left.txt", "right.txt"):
        assert needle in text, needle
    entity_names = {e.name for e in c.entities}
    assert any("Kowalczyk" in n or "Kovalchik" in n for n in entity_names)
    assert "spelled differently" in text


HOSTILE = ('A crowd gathered <script>alert(1)</script> outside the court </style> on Monday. '
           'The judge wrote "x" onmouseover=alert(2) in a note and javascript:alert(1) on a wall. '
           'A bell rang \x1b[31m\x07 twice and 42 people watched.\n')


def test_markup_in_an_article_stays_inert_text(tmp_path):
    left = HOSTILE + LEFT
    right = HOSTILE.replace("42 people", "24 people") + RIGHT
    review = make_review(tmp_path, left, right)
    review.set_note(0, '</td><script>alert("note")</script>')
    out = render(review, "html", exported_at=EXPORTED)
    page = Page(out)
    assert "\x1b" not in out and "\x07" not in out
    assert not [t for t, _ in page.tags if t in ("script", "iframe", "object", "embed", "img", "link", "base")]
    assert [t for t, _ in page.tags].count("style") == 1
    for _, attrs in page.tags:
        assert not any(name.startswith("on") for name in attrs), attrs
        assert not any((value or "").strip().lower().startswith("javascript:") for value in attrs.values())
    for literal in ("<script>alert(1)</script>", "</style>", '"x" onmouseover=alert(2)', "javascript:alert(1)",
                    '</td><script>alert("note")</script>'):
        assert literal in page.text, literal
    assert "␛[31m␇" in page.text  # control characters are shown, not sent
    assert "".join(page.columns["left"]) == clean(left)
    assert "".join(page.columns["right"]) == clean(right)


def test_nothing_is_loaded_from_anywhere(tmp_path):
    review = make_review(tmp_path, LEFT + "See https://example.org/a.png and <img src=http://x.test/p.gif>.\n", RIGHT)
    review.comparison.left.url = 'https://example.org/story?a=1&b="2"'
    out = render(review, "html", exported_at=EXPORTED)
    page = Page(out)
    assert "<img src=http://x.test/p.gif>" in page.text  # shown as text
    for tag, attrs in page.tags:
        assert tag not in ("link", "img", "script", "iframe", "object", "embed", "source"), tag
        assert not {"src", "srcset", "background", "poster", "data"} & set(attrs), (tag, attrs)
        assert "url(" not in (attrs.get("style") or ""), attrs
    css = out[out.index("<style>"):out.index("</style>")].lower()
    assert "@import" not in css and "url(" not in css and "http" not in css
    assert re.sub(r"<style>.*?</style>", "", out, flags=re.S).lower().count("src=") == 1  # the article's, escaped
    assert "default-src 'none'" in out
    hrefs = [a.get("href") for t, a in page.tags if t == "a" and a.get("href")]
    assert all(h.startswith("#") or h == review.comparison.left.url for h in hrefs)


def test_it_prints_on_white(tmp_path):
    out = render(reviewed(tmp_path), "html", exported_at=EXPORTED)
    css = out[out.index("<style>"):out.index("</style>")]
    assert "size: A4" in css and "--background: #ffffff;" in css
    printing = css[css.index("@media print"):]
    assert "section.page { break-before: page; }" in printing and "html, body { background: #fff; }" in printing
    backgrounds = re.findall(r"background(?:-color)?:\s*(#[0-9a-fA-F]{6})", css)
    assert backgrounds
    for colour in backgrounds:  # no dark backgrounds but for small badges
        r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
        luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
        assert luminance > 150 or colour.lower() in ("#ffffff",), colour


def test_a_passage_that_is_empty_or_at_either_end(tmp_path):
    review = make_review(tmp_path)
    left, right = review.comparison.left.text, review.comparison.right.text
    review.add_manual("contradiction", "other", Span(len(left), len(left)), Span(0, 5), note="missing in left")
    review.add_manual("overlap", "paraphrase", Span(0, len(left)), Span(len(right) - 3, len(right)))
    out = render(review, "html", exported_at=EXPORTED)
    page = Page(out)
    assert "".join(page.columns["left"]) == left and "".join(page.columns["right"]) == right
    refs = {a["id"] for t, a in page.tags if t == "a" and re.fullmatch(r"[lr]\d+", a.get("id") or "")}
    assert len(refs) == 2 * len(review.findings)
    assert "(no passage)" in page.text and "missing in left" in page.text
