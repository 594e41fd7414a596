"""Articles from web addresses (``tui.engine.fetching``): downloaded from a local HTTP server on
127.0.0.1 serving pages written here, never from the outside network.

The pages are invented (an earthquake in a made-up province, told by two made-up outlets), with
the boilerplate a news site wraps an article in: navigation, a cookie banner, a footer, a list
of other stories.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import tui.app
import tui.cli
from tui.cli import main
from tui.engine import InputError, compare, fetching, load_article
from tui.engine.fetching import USER_AGENT, cache_dir, is_url
from tui.export import render
from tui.review import Review, load_session
from tui.review.resolve import open_pair
from tui.review.store import default_session_path, pair_key

QUAKE_LEFT = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Quake strikes Lorvania, killing 214 | The Daily Meridian</title>
<meta property="og:title" content="Quake strikes Lorvania, killing 214">
<meta property="og:site_name" content="The Daily Meridian">
<meta property="article:published_time" content="2025-02-18T07:30:00Z">
<meta name="author" content="Mira Castell">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a>
<a href="/subscribe">Subscribe for 1 euro a week</a></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
<main><article>
<h1>Quake strikes Lorvania, killing 214</h1>
<p class="byline">By Mira Castell</p>
<p>A magnitude 6.4 earthquake struck the mountain province of Lorvania early on Tuesday, killing at least
214 people and injuring more than 1,300, the interior ministry said.</p>
<p>The quake hit at 4:47 a.m. local time, when most residents were asleep. Rescue teams from the capital
reached the worst-hit villages of Tarn and Oshel by mid-morning.</p>
<p>"We are still pulling people from the rubble," said Governor Elan Varo, speaking to reporters outside the
provincial hospital in Kessa.</p>
<p>Aid agencies warned that freezing temperatures overnight would put the survivors at risk, and the Red
Crescent sent 40 tonnes of tents and blankets from its depot in Varna.</p>
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/x">Celebrity chef opens a new restaurant</a></li>
<li><a href="/y">Ten gadgets for your kitchen</a></li></ul></aside>
<footer>© 2025 The Daily Meridian. All rights reserved. Privacy policy. Cookie settings. Contact us.</footer>
</body></html>
"""

QUAKE_RIGHT = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Lorvania earthquake death toll rises to 241 - Northern Courier</title>
<meta property="og:site_name" content="Northern Courier">
<meta property="article:published_time" content="2025-02-18T09:05:00+00:00">
</head><body>
<nav><a href="/">Front page</a> <a href="/news">News</a> <a href="/opinion">Opinion</a></nav>
<article>
<h1>Lorvania earthquake death toll rises to 241</h1>
<p>A magnitude 6.4 earthquake struck the mountain province of Lorvania early on Tuesday, killing at least
241 people and injuring more than 1,300, the interior ministry said.</p>
<p>The quake hit at 5:47 a.m. local time, when most residents were asleep. Rescue teams from the capital
reached the worst-hit villages of Tarn and Oshel by mid-morning.</p>
<p>"We are still pulling people from the rubble," said Governor Elan Varo, speaking to reporters outside the
provincial hospital in Kessa.</p>
</article>
<footer>Northern Courier · Terms of use · Advertise with us · Newsletter sign-up</footer>
</body></html>
"""

SCRIPTED = """<!DOCTYPE html>
<html><head><title>Council approves bridge</title>
<script>var tracker = "<p>Tracking paragraph that is not text</p>"; window.alert("page script");</script>
<style>p { color: red }</style>
</head><body><article>
<h1>Council approves the new bridge</h1>
<p>The town council of Halden voted 7 to 2 on Monday to approve the new river bridge, which will cost
40 million euros and open in 2027, the mayor's office said.</p>
<p>A reader wrote &lt;script&gt;alert(2)&lt;/script&gt; in the comments, and [bold]this[/bold] is not
markup either, the editor noted in a short statement to the council.</p>
<script>document.write("<p>Injected by a script</p>");</script>
</article></body></html>
"""

CYRILLIC_TEXT = ("Землетрясение магнитудой 6,4 произошло во вторник в горной провинции Лорвания. "
                 "По данным министерства внутренних дел, погибли по меньшей мере 214 человек, "
                 "более 1300 получили ранения. Спасатели из столицы добрались до сёл Тарн и Ошел к полудню.")
CYRILLIC = f"""<!DOCTYPE html>
<html lang="ru"><head><title>Землетрясение в Лорвании</title></head><body>
<article><h1>Землетрясение в Лорвании</h1><p>{CYRILLIC_TEXT}</p>
<p>Губернатор Элан Варо заявил журналистам, что спасательные работы продолжаются всю ночь.</p></article>
</body></html>
""".encode("windows-1251")

PLAIN = "Quake in Lorvania\n\nA magnitude 6.4 earthquake struck Lorvania on Tuesday, killing 214 people.\n"

EMPTY_SHELL = b"""<!DOCTYPE html><html><head><title></title><script>loadTheApp()</script></head>
<body><div id="root"></div><script src="/app.js"></script></body></html>"""


class Site:
    """The local server's pages and what it saw: requests per path and the User-Agents."""

    def __init__(self) -> None:
        self.base = ""
        self.hits: Counter[str] = Counter()
        self.agents: list[str] = []
        self.release = threading.Event()
        self.pages: dict[str, tuple[int, dict[str, str], bytes]] = {
            "/news/quake": (200, {"Content-Type": "text/html; charset=utf-8"}, QUAKE_LEFT.encode()),
            "/world/lorvania-toll": (200, {"Content-Type": "text/html"}, QUAKE_RIGHT.encode()),
            "/scripted": (200, {"Content-Type": "text/html; charset=UTF-8"}, SCRIPTED.encode()),
            "/ru/quake": (200, {"Content-Type": "text/html; charset=windows-1251"}, CYRILLIC),
            "/plain": (200, {"Content-Type": "text/plain; charset=utf-8"}, PLAIN.encode()),
            "/shell": (200, {"Content-Type": "text/html"}, EMPTY_SHELL),
            "/empty": (200, {"Content-Type": "text/html"}, b""),
            "/old-address": (301, {"Location": "/news/quake"}, b""),
            "/loop": (302, {"Location": "/loop"}, b""),
            "/to-ftp": (302, {"Location": "ftp://127.0.0.1/file"}, b""),
            "/download.bin": (200, {"Content-Type": "application/octet-stream"}, b"\x00\x01\x02binary" * 50),
            "/broken": (500, {"Content-Type": "text/html"}, b"<h1>Internal Server Error</h1>"),
        }

    def url(self, path: str) -> str:
        return self.base + path


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            path = self.path.split("?", 1)[0]
            site.hits[path] += 1
            site.agents.append(self.headers.get("User-Agent", ""))
            if path == "/slow":  # answers nothing until the test is over
                site.release.wait(10)
                return
            if path == "/drip":  # answers, then sends a byte every 0.2 s: each read is in time, the whole is not
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(50):
                    if site.release.wait(0.2):
                        return
                    try:
                        self.wfile.write(b"<p>x</p>")
                        self.wfile.flush()
                    except OSError:
                        return
                return
            if path == "/endless":  # no Content-Length, more than the limit
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                try:
                    for _ in range(200):
                        self.wfile.write(b"<p>" + b"word " * 200 + b"</p>\n")
                except OSError:
                    pass
                return
            status, headers, body = site.pages.get(path, (404, {"Content-Type": "text/html"}, b"<h1>Not found</h1>"))
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
            pass

    return Handler


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    """A proxy set in the environment must not carry requests for 127.0.0.1 elsewhere."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "*")
    monkeypatch.setenv("NO_PROXY", "*")


@pytest.fixture
def site():
    site = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield site
    site.release.set()
    server.shutdown()
    server.server_close()
    thread.join(5)


def run_main(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("diptych: ") and "Traceback" not in err
    return lines[0]


# --- extraction --------------------------------------------------------------------------------


def test_is_url():
    assert is_url("http://example.org/a") and is_url("HTTPS://example.org")
    assert not is_url("example.org/a") and not is_url("ftp://example.org") and not is_url("") and not is_url("-")


def test_text_and_metadata_are_extracted_and_the_boilerplate_dropped(site):
    url = site.url("/news/quake")
    article = load_article(url)
    assert article.path == url and article.url == url and article.source_format == "url"
    assert article.title == "Quake strikes Lorvania, killing 214"
    assert article.outlet == "The Daily Meridian"
    assert article.date is not None and article.date.isoformat() == "2025-02-18"
    assert article.meta["author"] == "Mira Castell"
    assert article.meta["extractor"] == "trafilatura"
    text = article.text
    assert "killing at least 214 people" in text and "Governor Elan Varo" in text and "40 tonnes" in text
    for boilerplate in ("Subscribe", "cookies", "Celebrity chef", "All rights reserved", "Most read", "Sport"):
        assert boilerplate not in text
    assert "\n\n" in text and text.endswith("\n")  # a paragraph per block, as the other formats
    assert site.agents == [USER_AGENT] and USER_AGENT.startswith("diptych/")


def test_a_date_in_the_text_is_not_taken_for_the_articles_date(site):
    site.pages["/undated"] = (200, {"Content-Type": "text/html"}, SCRIPTED.replace(
        "open in 2027", "open in 2027; work starts on 3 March 2026").encode())
    assert load_article(site.url("/undated")).date is None
    published = '<p class="meta">Published <time datetime="2025-01-09">9 January 2025</time></p>'
    site.pages["/dated"] = (200, {"Content-Type": "text/html"},
                            SCRIPTED.replace("<article>", "<article>" + published).encode())
    assert str(load_article(site.url("/dated")).date) == "2025-01-09"


def test_scripts_are_dropped_and_markup_in_the_text_stays_text(site):
    article = load_article(site.url("/scripted"))
    assert "voted 7 to 2 on Monday" in article.text
    for script in ("Tracking paragraph", "page script", "Injected by a script", "color: red", "document.write"):
        assert script not in article.text
    assert "<script>alert(2)</script>" in article.text and "[bold]this[/bold]" in article.text
    assert article.title == "Council approves the new bridge"


def test_the_charset_the_server_declares_is_used(site):
    article = load_article(site.url("/ru/quake"))
    assert CYRILLIC_TEXT in " ".join(article.text.split())
    assert article.title == "Землетрясение в Лорвании"


def test_a_charset_declared_in_the_page_is_used(site):
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>'
            f"<body><article><p>{CYRILLIC_TEXT}</p></article></body></html>").encode("windows-1251")
    site.pages["/ru/meta"] = (200, {"Content-Type": "text/html"}, html)
    assert CYRILLIC_TEXT in " ".join(load_article(site.url("/ru/meta")).text.split())


def test_encoding_option_overrides_the_declared_charset(site):
    site.pages["/mislabelled"] = (200, {"Content-Type": "text/html; charset=utf-8"},
                                  f"<html><body><article><p>{CYRILLIC_TEXT}</p></article></body></html>".encode("cp1251"))
    assert CYRILLIC_TEXT in " ".join(load_article(site.url("/mislabelled"), encoding="cp1251").text.split())
    # a wrong label is not trusted blindly: the bytes are detected instead
    assert "Лорвания" in load_article(site.url("/mislabelled"), refresh=True).text


def test_plain_text_pages(site):
    article = load_article(site.url("/plain"))
    assert article.text == PLAIN and article.title == "Quake in Lorvania" and article.source_format == "url"


def test_the_built_in_extraction_is_the_fallback(site, monkeypatch):
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    article = load_article(site.url("/news/quake"))
    assert article.meta["extractor"] == "built-in"
    assert "killing at least 214 people" in article.text and "Celebrity chef" not in article.text
    assert article.title == "Quake strikes Lorvania, killing 214" and article.outlet == "The Daily Meridian"


def test_a_redirect_is_followed_and_the_final_address_recorded(site):
    url = site.url("/old-address")
    article = load_article(url)
    assert article.path == url and article.url == site.url("/news/quake")
    assert article.meta["final_url"] == site.url("/news/quake")
    assert site.hits["/old-address"] == 1 and site.hits["/news/quake"] == 1


def test_non_ascii_addresses_are_encoded_for_the_request(site):
    site.pages["/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/%C3%A9t%C3%A9"] = site.pages["/news/quake"]
    article = load_article(site.url("/новости/été"))
    assert article.title == "Quake strikes Lorvania, killing 214" and article.path == site.url("/новости/été")


# --- the cache ---------------------------------------------------------------------------------


def test_the_cache_is_used_on_the_second_load_and_refresh_downloads_again(site):
    url = site.url("/news/quake")
    first = load_article(url)
    assert site.hits["/news/quake"] == 1 and "cached" not in first.meta
    second = load_article(url)
    assert site.hits["/news/quake"] == 1  # no request: from the cache
    assert second.text == first.text and second.meta["cached"] == "yes"
    assert second.meta["retrieved"] == first.meta["retrieved"]  # when it was downloaded, not now
    assert fetching.cache_note(second).startswith(f"{url}: the copy downloaded {first.meta['retrieved']}")
    third = load_article(url, refresh=True)
    assert site.hits["/news/quake"] == 2 and "cached" not in third.meta


def test_the_cache_files(site):
    url = site.url("/old-address#section-2")
    article = load_article(url)
    (sidecar,) = cache_dir().glob("*.json")
    (body,) = cache_dir().glob("*.body")
    assert cache_dir() == Path(os.environ["DIPTYCH_CACHE_DIR"]) / "pages"
    info = json.loads(sidecar.read_text(encoding="utf-8"))
    assert info["url"] == site.url("/old-address") and info["final_url"] == site.url("/news/quake")
    assert info["content_type"] == "text/html" and info["charset"] == "utf-8"
    assert info["retrieved"] == article.meta["retrieved"]
    assert body.read_bytes() == QUAKE_LEFT.encode()
    assert not list(cache_dir().glob(".diptych-*"))  # no temporary files left
    assert load_article(site.url("/old-address")).meta["cached"] == "yes"  # the fragment is not part of the key


def test_a_damaged_cache_entry_is_downloaded_again(site):
    url = site.url("/news/quake")
    load_article(url)
    (body,) = cache_dir().glob("*.body")
    body.write_bytes(b"<html>something else</html>")
    assert "cached" not in load_article(url).meta and site.hits["/news/quake"] == 2


def test_retrieval_time_is_recorded_in_utc(site):
    before = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 1))
    article = load_article(site.url("/news/quake"))
    after = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 1))
    assert before <= article.meta["retrieved"] <= after


# --- errors: one line each ---------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize(("path", "needle"), [
    ("/missing", "HTTP 404 Not Found (no such page)"),
    ("/broken", "HTTP 500 Internal Server Error (a server error; try again later)"),
    ("/download.bin", "not a web page or text (application/octet-stream)"),
    ("/shell", "no article text found on the page"),
    ("/empty", "the page is empty"),
    ("/loop", "too many redirects"),
    ("/to-ftp", "not a web page"),
])
def test_bad_pages_are_one_line_and_exit_2(site, capsys, path, needle):
    url = site.url(path)
    with pytest.raises(InputError, match="^" + url.replace(".", r"\.")):
        load_article(url)
    code, out, err = run_main(capsys, "compare", url, site.url("/news/quake"), "--format", "json")
    assert code == 2 and out == ""
    assert needle in assert_one_line_error(err)


def test_too_large(site, capsys):
    code, _, err = run_main(capsys, "compare", site.url("/news/quake"), site.url("/plain"), "--max-size", "0.001")
    assert code == 2 and "over the 1 KB limit (--max-size)" in assert_one_line_error(err)
    code, _, err = run_main(capsys, "compare", site.url("/endless"), site.url("/plain"), "--max-size", "0.01")
    assert code == 2 and "over the 10.2 KB limit (--max-size)" in assert_one_line_error(err)  # no Content-Length


def test_timeout(site, capsys):
    started = time.monotonic()
    code, _, err = run_main(capsys, "compare", site.url("/slow"), site.url("/plain"), "--timeout", "0.3")
    assert code == 2 and "no answer within 0.3 s (--timeout)" in assert_one_line_error(err)
    with pytest.raises(InputError, match="no answer within 0.5 s"):  # each byte in time, the whole too slow
        load_article(site.url("/drip"), timeout=0.5)
    assert time.monotonic() - started < 5


def test_connection_refused(capsys):
    url = f"http://127.0.0.1:{_free_port()}/news"
    code, _, err = run_main(capsys, "compare", url, url)
    assert code == 2 and "refused the connection" in assert_one_line_error(err)


def test_no_network_or_an_unknown_host(capsys, monkeypatch):
    def no_dns(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)  # no lookup leaves the machine
    code, _, err = run_main(capsys, "compare", "https://news.example.invalid/story", "https://news.example.invalid/b")
    line = assert_one_line_error(err)
    assert code == 2 and "cannot find the server news.example.invalid (no network, or a mistyped address)" in line


def test_bad_addresses_and_options(capsys):
    code, _, err = run_main(capsys, "compare", "http:///nohost", "http:///nohost")
    assert code == 2 and "not a valid web address" in assert_one_line_error(err)
    code, _, err = run_main(capsys, "compare", "http://127.0.0.1:99999999/", "x")
    assert code == 2 and "not a valid web address" in assert_one_line_error(err)
    with pytest.raises(SystemExit) as exc:
        main(["compare", "a", "b", "--timeout", "0"])
    assert exc.value.code == 2 and "positive number of seconds" in capsys.readouterr().err


# --- the command line --------------------------------------------------------------------------


def test_compare_two_urls_as_json(site, capsys):
    left, right = site.url("/news/quake"), site.url("/world/lorvania-toll")
    code, out, err = run_main(capsys, "compare", left, right, "--format", "json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["left"]["path"] == left and data["left"]["url"] == left and data["left"]["format"] == "url"
    assert data["right"]["outlet"] == "Northern Courier" and data["right"]["retrieved"]
    assert any(f["kind"] == "contradiction" and f["type"] == "number" for f in data["findings"])  # 214 vs 241
    code, out, err = run_main(capsys, "compare", left, right, "--format", "json")  # again: from the cache
    assert code == 0 and json.loads(out)["left"]["retrieved"] == data["left"]["retrieved"]
    assert err.count("from the cache (--refresh downloads it again)") == 2
    assert site.hits["/news/quake"] == 1
    code, out, err = run_main(capsys, "compare", left, right, "--format", "json", "--refresh")
    assert code == 0 and err == "" and site.hits["/news/quake"] == 2


def test_a_url_and_a_file(site, capsys, tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text("Quake in Lorvania\n\nA magnitude 6.4 earthquake struck Lorvania on Tuesday, killing at least "
                    "241 people and injuring more than 1,300, the interior ministry said.\n", encoding="utf-8")
    code, out, _ = run_main(capsys, "compare", str(path), site.url("/news/quake"), "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["left"]["path"] == str(path) and data["left"]["retrieved"] == ""
    assert data["right"]["url"] == site.url("/news/quake")


def test_the_bare_command_takes_urls(site, capsys, monkeypatch):
    """``diptych URL URL`` opens the app (the report when not on a terminal); one URL alone is not
    "neither a command nor a file"."""
    code, out, _ = run_main(capsys, site.url("/news/quake"), site.url("/world/lorvania-toll"))
    assert code == 0 and "Quake strikes Lorvania" in out  # the text report
    code, _, err = run_main(capsys, site.url("/news/quake"))
    assert code == 2 and "neither a command nor a file" not in assert_one_line_error(err)
    runs = []
    monkeypatch.setattr(tui.cli, "_on_terminal", lambda: True)
    monkeypatch.setattr(tui.app.DiptychApp, "run", lambda self, *a, **k: runs.append(self))
    assert main([site.url("/news/quake"), site.url("/world/lorvania-toll")]) == 0
    (app,) = runs
    assert app.opened.left.url == site.url("/news/quake") and app.opened.left.source_format == "url"
    assert any("from the cache" in note for note in app.opened.notes)  # downloaded once, for the report


# --- review sessions and exports ---------------------------------------------------------------


def test_a_review_session_of_two_urls_round_trips(site, capsys):
    left_url, right_url = site.url("/news/quake"), site.url("/world/lorvania-toll")
    load = tui.cli._loader(tui.cli.build_parser().parse_args(["compare"]), 10 * 1024 * 1024)
    review = Review.open(compare(load(left_url), load(right_url)), reviewer="Ana")
    review.set_verdict(0, "confirmed")
    assert review.path == default_session_path(left_url, review.comparison.left.title, right_url,
                                               review.comparison.right.title)
    assert pair_key(left_url, right_url) == pair_key(right_url, left_url)
    assert str(review.path).endswith(f"-{pair_key(left_url, right_url)}.diptych.yaml")

    session = load_session(review.path)
    assert session.left.path == left_url and session.right.path == right_url  # no abspath
    assert session.left.url == left_url and session.left.retrieved == review.comparison.left.meta["retrieved"]
    assert "retrieved:" in review.path.read_text(encoding="utf-8")

    opened = open_pair(right_url, left_url, None, load)  # found again, in either order
    assert opened.path == review.path and opened.session is not None
    assert opened.left.path == left_url and opened.right.path == right_url
    assert site.hits["/news/quake"] == 1  # from the cache
    assert len(opened.notes) == 2 and all("from the cache" in n for n in opened.notes)

    opened = open_pair(None, None, str(review.path), load)  # the session alone: its articles, from the cache
    assert opened.left.path == left_url and opened.left.meta["cached"] == "yes" and site.hits["/news/quake"] == 1
    assert opened.left.sha256 == session.left.sha256

    for entry in cache_dir().iterdir():  # the cache is cleared: the session's saved text, with a note
        entry.unlink()
    opened = open_pair(None, None, str(review.path), load)
    assert site.hits["/news/quake"] == 1
    assert opened.left.text == session.left.text and opened.left.url == left_url
    assert opened.left.meta["retrieved"] == session.left.retrieved and opened.left.source_format == "url"
    assert any(n.startswith(f"{left_url}: not in the download cache; using the text saved in the session")
               for n in opened.notes)

    code, _, err = run_main(capsys, "export", str(review.path), "--format", "json", "--refresh")
    assert code == 0 and site.hits["/news/quake"] == 2  # --refresh: downloaded again


def test_the_html_export_shows_the_url_and_the_retrieval_time(site, capsys, tmp_path):
    left_url, right_url = site.url("/old-address"), site.url("/world/lorvania-toll")
    out_file = tmp_path / "report.html"
    code, _, err = run_main(capsys, "export", left_url, right_url, "--format", "html", "-o", str(out_file))
    assert code == 0
    html = out_file.read_text(encoding="utf-8")
    provenance = html[html.index('id="provenance"'):]
    final = site.url("/news/quake")
    assert f'<a href="{final}">{final}</a>' in provenance  # the final address
    assert f"<dt>Requested</dt><dd><a href=\"{left_url}\">" in provenance  # the address as given
    retrieved = load_article(left_url).meta["retrieved"]
    readable = retrieved[:10] + " " + retrieved[11:16] + " UTC"
    assert f"<dt>Retrieved</dt><dd>{readable}</dd>" in provenance
    assert "<dt>File</dt>" not in provenance


def test_the_markdown_and_json_exports_carry_the_retrieval_time(site):
    left, right = load_article(site.url("/news/quake")), load_article(site.url("/world/lorvania-toll"))
    review = Review.open(compare(left, right), reviewer="Ana")
    md = render(review, "md")
    assert f"({site.url('/news/quake')}, retrieved " in md
    data = json.loads(render(review, "json"))
    assert data["left"]["retrieved"] == left.meta["retrieved"]
