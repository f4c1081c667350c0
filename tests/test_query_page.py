"""The query page of `kg serve` in a real headless browser (Debian's chromium, driven by Playwright).

A person opens http://127.0.0.1:PORT/, types a query into the editor, runs it and
reads the rows; downloads the results; and the page asks nothing of any other
server and breaks none of its Content-Security-Policy.
"""

from __future__ import annotations

import csv
import io
import json
from urllib.parse import urlsplit

import pytest
import requests

from kg.store.page import CSP
from kg.store.query import run, saved_queries
from kg.store.serve import ServeOptions, start

pytestmark = [pytest.mark.browser, pytest.mark.server]

QUERY = ("PREFIX kgo: <https://kg.example.org/ontology#> SELECT ?lifter ?target WHERE "
         "{ GRAPH ?g { ?lifter kgo:sanctionsLiftedOn ?target } } ORDER BY ?lifter ?target")


@pytest.fixture(scope="module")
def endpoint(seed_build):
    with start(out_dir=seed_build.out_dir, options=ServeOptions(port=0, workers=1, quiet=True)) as ep:
        yield ep


class QueryPage:
    """The page at the endpoint's root, with every request, console message and page error it made."""

    def __init__(self, browser, base: str, downloads: bool = False) -> None:
        self.base = base
        self.context = browser.new_context(viewport={"width": 1300, "height": 900}, accept_downloads=downloads)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(base + "/")
        self.page.wait_for_selector("body[data-ready=true]", state="attached", timeout=30_000)

    def type_query(self, text: str) -> None:
        editor = self.page.locator(".cm-content")
        editor.click()
        self.page.keyboard.press("Control+A")
        self.page.keyboard.press("Delete")
        self.page.keyboard.type(text)
        self.page.keyboard.press("Escape")  # close the completion list, if open

    def run(self) -> str:
        self.page.click("#run")
        self.page.wait_for_selector("body[data-state=done], body[data-state=error]", state="attached", timeout=30_000)
        return self.page.get_attribute("body", "data-state")

    def table(self) -> list[list[str]]:
        return self.page.eval_on_selector_all(
            "#result-table tbody tr", "rows => rows.map(r => [...r.cells].slice(1).map(c => c.textContent))")

    def assert_clean(self) -> None:
        outside = [u for u in self.requests if urlsplit(u).netloc != urlsplit(self.base).netloc
                   and not u.startswith("blob:")]
        assert not outside, f"requests outside the server: {outside}"
        assert not self.errors, self.errors
        bad = [(t, m) for t, m in self.console if t in ("error", "warning")]
        assert not bad, bad  # a CSP violation shows here


@pytest.fixture
def page(browser, endpoint):
    base = endpoint.url.rsplit("/", 1)[0]
    qp = QueryPage(browser, base, downloads=True)
    yield qp
    qp.context.close()


def expected_rows(seed_build, text: str) -> list[list[str]]:
    from kg.store.embedded import open_build

    result = run(open_build(seed_build.out_dir), text)
    short = {"https://kg.example.org/id/country/": "country:", "https://kg.example.org/id/": "id:"}  # longest first

    def show(term) -> str:
        value = term.value
        for ns, prefix in short.items():
            if value.startswith(ns):
                return prefix + value[len(ns):]
        return value

    return [[show(t) for t in row] for row in result.rows]


def test_the_page_is_served_with_a_strict_content_security_policy(endpoint):
    base = endpoint.url.rsplit("/", 1)[0]
    r = requests.get(base + "/", timeout=10)
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/html")
    policy = r.headers["Content-Security-Policy"]
    nonce = policy.split("'nonce-")[1].split("'")[0]
    assert policy == CSP.format(nonce=nonce) and len(nonce) >= 16
    assert f'content="{nonce}"' in r.text  # the editor's style sheet is let in by this nonce, nothing else
    assert "script-src 'self';" in policy and "unsafe" not in policy and "connect-src 'self';" in policy
    assert requests.get(base + "/", timeout=10).headers["Content-Security-Policy"] != policy  # one per response
    js = requests.get(base + "/query-page/editor.js", timeout=10)
    assert js.status_code == 200 and js.headers["Content-Type"].startswith("text/javascript")
    assert requests.get(base + "/query-page/../sparql", timeout=10).status_code in (200, 404)
    assert requests.get(base + "/query-page/secret.py", timeout=10).status_code == 404


def test_a_typed_query_runs_and_its_rows_show_in_the_table(page, seed_build):
    page.type_query(QUERY)
    assert page.run() == "done"
    rows = page.table()
    expected = expected_rows(seed_build, QUERY)
    assert rows == expected and len(rows) >= 2
    assert ["country:US", "country:BY"] in rows
    status = page.page.inner_text("#status")
    assert status.startswith(f"{len(rows)} rows in ")
    page.assert_clean()


def test_the_editor_highlights_sparql_syntax(page):
    colours = page.page.evaluate("""() => {
        const spans = [...document.querySelectorAll('.cm-content span')];
        const colour = (text) => { const s = spans.find(x => x.textContent === text);
                                   return s ? getComputedStyle(s).color : null; };
        return {keyword: colour('SELECT'), variable: colour('?subject'),
                plain: getComputedStyle(document.querySelector('.cm-line')).color};
    }""")
    assert colours["keyword"] and colours["variable"], colours
    assert colours["keyword"] != colours["plain"] and colours["variable"] != colours["plain"]
    page.assert_clean()


def test_the_editor_opens_with_kg_prefixes_and_completes_them(page):
    text = page.page.evaluate("() => KgEditor.getText(kgPage.editor)")
    assert "PREFIX kgo: <https://kg.example.org/ontology#>" in text and "PREFIX id: <https://kg.example.org/id/>" in text
    assert page.run() == "done" and page.table()  # the opening query answers
    page.page.locator(".cm-content").click()
    page.page.keyboard.press("Control+End")
    page.page.keyboard.type("\nkg")
    option = page.page.locator(".cm-tooltip-autocomplete li", has_text="kgo:").first
    option.wait_for(timeout=5_000)
    page.assert_clean()


def test_a_saved_query_can_be_picked_and_run(page, seed_build):
    page.page.select_option("#examples", "sanctions-lifted")
    text = page.page.evaluate("() => KgEditor.getText(kgPage.editor)")
    assert text == saved_queries()["sanctions-lifted"].text
    assert page.run() == "done"
    assert len(page.table()) == len(expected_rows(seed_build, text))
    page.assert_clean()


def test_results_download_as_csv_and_json(page, seed_build):
    page.type_query(QUERY)
    assert page.run() == "done"
    expected = expected_rows(seed_build, QUERY)
    with page.page.expect_download() as info:
        page.page.click("#downloads button[data-format=csv]")
    download = info.value
    assert download.suggested_filename == "results.csv"
    rows = list(csv.reader(io.StringIO(open(download.path(), encoding="utf-8").read())))
    assert rows[0] == ["lifter", "target"] and len(rows) - 1 == len(expected)
    with page.page.expect_download() as info:
        page.page.click("#downloads button[data-format=srj]")
    data = json.loads(open(info.value.path(), encoding="utf-8").read())
    assert len(data["results"]["bindings"]) == len(expected)
    page.assert_clean()


def test_a_bad_query_shows_the_endpoint_error(page):
    page.type_query("SELECT ?s WHERE { ?s ?p }")
    assert page.run() == "error"
    message = page.page.inner_text("#error")
    assert message.startswith("HTTP 400") and page.page.locator("#result-table").count() == 0
    assert not page.errors


def test_ask_and_construct_show_their_answers(page):
    page.type_query("ASK { GRAPH ?g { ?s ?p ?o } }")
    assert page.run() == "done"
    assert page.page.inner_text("#ask-result") == "ASK: true"
    page.type_query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 3")
    assert page.run() == "done"
    assert page.page.inner_text("#graph-result").count(" .") >= 1
    assert page.page.locator("#downloads button[data-format=ttl]").count() == 1
    page.assert_clean()
