"""Turning Markdown and HTML into the plain article text the engine indexes."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_MD_RULES = [
    (re.compile(r"^```.*?$|^~~~.*?$", re.M), ""),                 # code fences
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),                    # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),                 # links
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),                # reference links
    (re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$", re.M), ""),        # link definitions
    (re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", re.M), r"\1"),  # ATX headings
    (re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$", re.M), ""),           # rules
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),                        # block quotes
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+", re.M), ""),            # list markers
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),          # bold
    (re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])"), r"\2"),  # italics
    (re.compile(r"`([^`]+)`"), r"\1"),                              # inline code
    (re.compile(r"<[^>\n]+>"), ""),                                 # inline HTML
    (re.compile(r"^[=-]{3,}\s*$", re.M), ""),                       # setext underlines
]


def markdown_to_text(source: str) -> str:
    """Markdown without its syntax: what a reader sees, one block per line."""
    text = source
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    text = html.unescape(text)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


_BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre",
          "div", "section", "article", "main", "br", "tr", "dd", "dt", "header", "time"}
_SKIP = {"script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form",
         "button", "iframe", "select", "head"}


class _ArticleParser(HTMLParser):
    """Collects the readable text of a page, and the metadata news pages carry."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[list[str]] = [[]]
        self.article_blocks: list[list[str]] | None = None
        self.skip_depth = 0
        self.stack: list[str] = []
        self.in_article = 0
        self.meta: dict[str, str] = {}
        self.in_title = False
        self.title_parts: list[str] = []
        self.h1: list[str] = []
        self.in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"].strip())
            return
        if tag == "time" and a.get("datetime"):
            self.meta.setdefault("time", a["datetime"])
        if tag == "title":
            self.in_title = True
        if tag in _SKIP or (tag == "header" and not self.in_article):
            self.skip_depth += 1
            self.stack.append(tag)
            return
        if tag in ("article", "main"):
            self.in_article += 1
        if tag == "h1":
            self.in_h1 = True
        if tag in _BLOCK:
            self._new_block()
        if tag not in ("br", "img", "hr", "input", "link", "meta"):
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "h1":
            self.in_h1 = False
        if tag not in self.stack:
            return
        while self.stack:
            top = self.stack.pop()
            if top in _SKIP or (top == "header" and self.skip_depth and top == tag):
                self.skip_depth = max(0, self.skip_depth - 1)
            if top in ("article", "main"):
                self.in_article = max(0, self.in_article - 1)
            if top == tag:
                break
        if tag in _BLOCK:
            self._new_block()

    def _new_block(self) -> None:
        if self.blocks[-1]:
            self.blocks.append([])

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip_depth:
            return
        if self.in_h1:
            self.h1.append(data)
        self.blocks[-1].append(data)
        if self.in_article:
            self.blocks[-1].append("\x00")  # marks text seen inside <article>/<main>


def html_to_text(source: str) -> tuple[str, dict[str, str]]:
    """The article text of an HTML page (inside <article>/<main> when there is one)."""
    parser = _ArticleParser()
    parser.feed(source)
    parser.close()
    blocks = []
    any_article = any("\x00" in "".join(b) for b in parser.blocks)
    for parts in parser.blocks:
        joined = "".join(parts)
        if any_article and "\x00" not in joined:
            continue
        line = re.sub(r"\s+", " ", joined.replace("\x00", "")).strip()
        if line:
            blocks.append(line)
    meta: dict[str, str] = {}
    title = parser.meta.get("og:title") or " ".join("".join(parser.h1).split()) or " ".join(
        "".join(parser.title_parts).split())
    if title:
        meta["title"] = title
    for key in ("article:published_time", "datepublished", "date", "pubdate", "time"):
        if parser.meta.get(key):
            meta["date"] = parser.meta[key][:10]
            break
    if parser.meta.get("og:site_name"):
        meta["outlet"] = parser.meta["og:site_name"]
    if parser.meta.get("og:url"):
        meta["url"] = parser.meta["og:url"]
    return "\n\n".join(blocks) + ("\n" if blocks else ""), meta
