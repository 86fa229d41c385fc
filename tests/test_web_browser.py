"""The dashboard end to end in a real headless browser (Chromium through selenium) over a store filled by real
extraction: overview sparklines, the relations chart and its evidence, article highlights, escaping of hostile
text, search and upload. Screenshots of every page visited go to ``$DETENTE_TEST_OUT/screenshots``."""

from __future__ import annotations

import calendar
import json
import os
import socket
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from detente.ingest import ingest
from detente.pipeline import Pipeline
from detente.settings import Settings
from detente.store import Store
from detente.web import configure, create_app

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.remote.webelement import WebElement  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402, N812
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / Path(os.environ.get("DETENTE_TEST_OUT", "out/test-run"))
SHOTS = OUT / "screenshots"
CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
TOKEN = "t0ken"
WAIT = 10  # seconds an explicit wait may take
HOSTILE_SCRIPT, HOSTILE_IMG = "<script>alert(1)</script>", "<img src=x onerror=alert(2)>"

# Chile and Peru over 2025: cooperation, a spying accusation, expelled diplomats and troops at the border, talks.
CORPUS = [
    ("cp-0", "2025-01-14", "Chile and Peru sign trade agreement",
     "Chile and Peru signed a new trade agreement in Lima on Tuesday. Chile's foreign minister, Alberto van Klaveren, "
     'said the deal would lower tariffs on copper and fruit. "This agreement opens a new chapter of friendship between '
     'our nations," van Klaveren told reporters. Peru praised Chile for its support.'),
    ("cp-1", "2025-02-18", "Peru and Chile agree on joint fisheries patrols",
     "Peru and Chile agreed on Monday to hold joint patrols against illegal fishing in the Pacific. Peru's foreign "
     'minister said the two navies would share radar data. "We trust our Chilean partners completely," the Peruvian '
     "minister said. Chile thanked Peru for the offer of cooperation."),
    ("cp-2", "2025-04-09", "Chile accuses Peru of spying",
     "Chile accused Peru of spying on its military bases on Wednesday. Chile's interior minister said Peruvian agents "
     'had photographed naval installations in Arica. "These are hostile acts that we will not tolerate," the Chilean '
     "minister said. Peru denied the accusation."),
    ("cp-3", "2025-04-22", "Chile expels Peruvian diplomats",
     "Chile expelled three Peruvian diplomats on Tuesday over the spying affair. Peru condemned the expulsion and "
     'recalled its ambassador from Santiago. "Chile has chosen confrontation over dialogue," Peru\'s foreign minister '
     "told reporters in Lima."),
    ("cp-4", "2025-05-06", "Peru sends troops to the border with Chile",
     "Peru deployed troops to its border with Chile on Monday, raising fears of a military confrontation. Chile warned "
     'Peru against any provocation. "Our armed forces are ready to defend every metre of our territory," Chile\'s '
     "defence minister said. Peru threatened Chile with sanctions."),
    ("cp-5", "2025-07-15", "Chile and Peru hold talks in Brasilia",
     "Chile and Peru held talks in Brasilia on Tuesday to end the crisis. Chile's foreign minister met Peru's foreign "
     'minister for three hours. "We have agreed to withdraw our troops and restore our ambassadors," Peru\'s foreign '
     "minister said after the meeting. Chile welcomed the agreement with Peru."),
    ("cp-6", "2025-08-19", "Peru and Chile restore diplomatic ties",
     "Peru and Chile restored full diplomatic relations on Monday. Peru's president met Chile's president in Tacna. "
     '"Our countries are neighbours and friends again," the Chilean president said. Chile promised Peru new '
     "investment in the border region."),
    ("cp-7", "2025-09-02", "Chile praises Peru over migration deal",
     "Chile praised Peru on Tuesday for a new agreement on migration. Chile and Peru agreed to open a joint border "
     'office. "This is cooperation that helps families on both sides," Peru\'s interior minister said.'),
    ("xss", "2025-06-03", f"Odd {HOSTILE_SCRIPT} and {HOSTILE_IMG} headline",
     f"Chile criticized Peru on Friday. {HOSTILE_SCRIPT} The statement included {HOSTILE_IMG} as text. "
     '"We reject this," Peru\'s foreign minister said.'),
]
SEARCH_WORD, SEARCH_QUOTE = "hostile", "These are hostile acts that we will not tolerate"


@dataclass
class Site:
    """The running dashboard: its address and the store behind it."""

    url: str
    db: Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_corpus(path: Path) -> None:
    lines = [json.dumps({"id": i, "title": t, "published": d, "source": "test", "text": x}) for i, d, t, x in CORPUS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def build_store(folder: Path, pipeline: Pipeline) -> Path:
    corpus, db = folder / "corpus.jsonl", folder / "web.db"
    write_corpus(corpus)
    with Store(db) as store:
        summary = ingest([str(corpus)], store, Settings(), pipeline=pipeline)
    assert summary.stored == len(CORPUS), summary.as_dict()
    return db


def wait_until_up(url: str, server: uvicorn.Server, thread: threading.Thread) -> None:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline and thread.is_alive():
        if server.started:
            with urllib.request.urlopen(url + "/api/stats", timeout=2) as answer:
                assert answer.status == 200
                return
        time.sleep(0.05)
    raise AssertionError("the server did not start")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Iterator[Site]:
    """A store filled by real extraction, served by uvicorn on a free loopback port with a token."""
    db = build_store(tmp_path_factory.mktemp("web"), pipeline)
    config = configure(db, "127.0.0.1", token=TOKEN)
    config.pipeline = pipeline  # uploads share the session's model
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(config), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, server, thread)
        yield Site(url=url, db=db)
    finally:
        server.should_exit = True
        thread.join(timeout=WAIT)


def browser_missing() -> str | None:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if not missing:
        return None
    return f"{' and '.join(missing)} missing: `make test` installs them (Debian packages chromium, chromium-driver)"


@pytest.fixture(scope="module")
def driver() -> Iterator[WebDriver]:
    """Headless Chromium; skipped without it, except on CI, where it must be there."""
    reason = browser_missing()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1300,1000"):
        options.add_argument(arg)
    options.binary_location = str(CHROMIUM)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield browser
    finally:
        browser.quit()


def wait(driver: WebDriver) -> WebDriverWait:
    return WebDriverWait(driver, WAIT, poll_frequency=0.05)


def shot(driver: WebDriver, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert driver.save_screenshot(str(SHOTS / f"{name}.png"))


def script_errors(driver: WebDriver) -> list[str]:
    """Severe console messages since the last call (JavaScript errors, blocked scripts, failed loads)."""
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE" and "favicon" not in e["message"]]


def page_record(driver: WebDriver) -> dict[str, Any]:
    record: dict[str, Any] = json.loads(driver.execute_script(
        "return document.getElementById('record').textContent"))
    return record


def merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching spans joined, in order."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def quote_parts(record: dict[str, Any]) -> list[tuple[dict[str, Any], int, int]]:
    return [(q, p["start"], p["end"]) for q in record["quotes"] for p in (q["parts"] or [q]) if p["end"] > p["start"]]


def test_overview_lists_the_pair_with_its_sparkline(driver: WebDriver, site: Site) -> None:
    driver.get(site.url + "/")
    script_errors(driver)
    links = wait(driver).until(EC.presence_of_all_elements_located((By.CSS_SELECTOR, "a.pair")))
    assert "CHL – PER" in [a.text for a in links]
    sparks = driver.find_elements(By.CSS_SELECTOR, '.spark[data-pair="CHL-PER"]')
    assert sparks
    for spark in sparks:
        canvas = wait(driver).until(lambda d, s=spark: s.find_elements(By.TAG_NAME, "canvas"))[0]
        assert int(canvas.get_attribute("width") or 0) > 0
    assert "9 articles" in driver.find_element(By.CSS_SELECTOR, "p.meta").text
    shot(driver, "overview")
    assert not script_errors(driver)


def period_offset(driver: WebDriver, over: WebElement) -> int:
    """The x offset from the plot's centre of the period with the most activity (cursor snaps to the nearest)."""
    series = json.loads(driver.execute_script("return document.getElementById('series').textContent"))
    days = [calendar.timegm(time.strptime(p, "%Y-%m-%d")) for p in series["periods"]]
    points = series["points"]
    busiest = max(range(len(days)), key=lambda i: abs(points[i]["cooperation"]) + abs(points[i]["conflict"]))
    span = (days[-1] - days[0]) or 1
    width = over.size["width"]
    x = min(max(round((days[busiest] - days[0]) / span * width), 1), width - 2)
    return x - width // 2


def open_pair_from_overview(driver: WebDriver, site: Site) -> WebElement:
    driver.get(site.url + "/")
    script_errors(driver)
    link = wait(driver).until(EC.element_to_be_clickable((By.XPATH, "//a[@class='pair'][text()='CHL – PER']")))
    link.click()
    return wait(driver).until(EC.presence_of_element_located((By.CSS_SELECTOR, '#chart[data-drawn="1"]')))


def check_type_ahead(driver: WebDriver) -> None:
    field = driver.find_element(By.CSS_SELECTOR, ".actor-input")
    field.clear()
    field.send_keys("Chi")
    options = wait(driver).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#actor-names option"))
    labels = [(o.get_attribute("value"), o.get_attribute("label") or "") for o in options]
    assert ("CHL", "Chile · CHL · state") in labels, labels


def click_busiest_period(driver: WebDriver) -> WebElement:
    over = driver.find_element(By.CSS_SELECTOR, "#chart .u-over")
    ActionChains(driver).move_to_element_with_offset(over, period_offset(driver, over), 0).pause(0.1).click().perform()
    section = wait(driver).until(EC.visibility_of_element_located((By.ID, "evidence")))
    wait(driver).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#evidence li a"))
    return section


def test_relations_chart_type_ahead_and_evidence(driver: WebDriver, site: Site) -> None:
    chart = open_pair_from_overview(driver, site)
    assert "CHL – PER" in driver.find_element(By.TAG_NAME, "h1").text
    canvas = chart.find_element(By.TAG_NAME, "canvas")
    assert int(canvas.get_attribute("width") or 0) > 0 and canvas.size["width"] > 0
    check_type_ahead(driver)
    section = click_busiest_period(driver)
    title = driver.find_element(By.ID, "evidence-title").text
    assert not title.startswith("undefined") and " 0 events" not in title, title
    links = section.find_elements(By.CSS_SELECTOR, "#evidence-events li a")
    assert links, title
    href = links[0].get_attribute("href") or ""
    assert "/articles/" in href and "#s" in href, href
    shot(driver, "relations")
    assert not script_errors(driver)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", links[0])
    wait(driver).until(EC.element_to_be_clickable(links[0])).click()
    wait(driver).until(EC.url_contains("/articles/"))
    anchor = href.split("#", 1)[1]
    target = wait(driver).until(EC.presence_of_element_located((By.ID, anchor)))
    wait(driver).until(lambda d: "on" in (target.get_attribute("class") or "").split())
    assert driver.find_element(By.ID, "record")


def check_quote_highlights(driver: WebDriver, record: dict[str, Any]) -> None:
    text = record["article"]["text"]
    page_text = driver.execute_script("return document.getElementById('text').textContent")
    assert page_text == text
    parts = quote_parts(record)
    assert parts
    for _, start, end in parts:
        assert text[start:end] in page_text
        seg = driver.find_element(By.ID, f"s{start}")
        assert "h-quote" in (seg.get_attribute("class") or "").split(), start
    shown = "".join(driver.execute_script(
        "return Array.from(document.querySelectorAll('#text .seg.h-quote')).map(s => s.textContent)"))
    assert shown == "".join(text[s:e] for s, e in merged([(s, e) for _, s, e in parts]))


def check_tip(driver: WebDriver, record: dict[str, Any]) -> None:
    quote, start, _ = quote_parts(record)[0]
    seg = driver.find_element(By.ID, f"s{start}")
    tip = driver.find_element(By.ID, "tip")
    assert not tip.is_displayed()
    ActionChains(driver).move_to_element(seg).perform()
    wait(driver).until(EC.visibility_of(tip))
    shown = tip.text
    assert "quote" in shown and "speaker" in shown and quote["speaker"]["name"] in shown, shown
    assert driver.find_elements(By.CSS_SELECTOR, f'li[data-ref="{quote["id"]}"].on')
    ActionChains(driver).move_to_element(driver.find_element(By.TAG_NAME, "h1")).perform()
    wait(driver).until(EC.invisibility_of_element(tip))


def test_article_highlights_match_the_record(driver: WebDriver, site: Site) -> None:
    driver.get(site.url + "/articles/cp-2")
    script_errors(driver)
    wait(driver).until(EC.presence_of_element_located((By.ID, "text")))
    for layer in ("h-quote", "h-event", "h-actor"):
        assert driver.find_elements(By.CSS_SELECTOR, f"#text .seg.{layer}"), layer
    record = page_record(driver)
    assert record["article"]["id"] == "cp-2" and record["events"] and record["quotes"]
    check_quote_highlights(driver, record)
    check_tip(driver, record)
    shot(driver, "article")
    assert not script_errors(driver)


def test_hostile_markup_stays_text(driver: WebDriver, site: Site) -> None:
    driver.get(site.url + "/articles/xss")
    script_errors(driver)
    heading = wait(driver).until(EC.presence_of_element_located((By.TAG_NAME, "h1")))
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert  # noqa: B018
    for hostile in (HOSTILE_SCRIPT, HOSTILE_IMG):
        assert hostile in heading.text
        assert hostile in driver.find_element(By.ID, "text").text
        assert hostile in driver.title
    assert driver.execute_script("return document.querySelectorAll('img[src=\"x\"]').length") == 0
    assert driver.execute_script("return document.querySelectorAll('main script:not([type])').length") == 0
    assert page_record(driver)["article"]["title"] == f"Odd {HOSTILE_SCRIPT} and {HOSTILE_IMG} headline"
    shot(driver, "script-article")
    assert not script_errors(driver)


def test_search_finds_a_quote_by_a_word(driver: WebDriver, site: Site) -> None:
    driver.get(f"{site.url}/search?q={SEARCH_WORD}")
    script_errors(driver)
    table = wait(driver).until(EC.presence_of_element_located((By.ID, "quote-results")))
    rows = table.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert any(SEARCH_QUOTE in r.text for r in rows), [r.text for r in rows]
    link = table.find_element(By.XPATH, f".//a[contains(text(), '{SEARCH_QUOTE}')]")
    assert "/articles/cp-2#s" in (link.get_attribute("href") or "")
    assert driver.find_element(By.CSS_SELECTOR, "ul.hits mark").text.lower() == SEARCH_WORD
    shot(driver, "search")
    assert not script_errors(driver)


UPLOAD_TITLE = "Chile and Peru sign water accord"
UPLOAD_TEXT = (f"{UPLOAD_TITLE}\n\nChile and Peru signed an accord on shared rivers on Thursday. "
               '"Water must unite us," Peru\'s foreign minister said.')


def submit_upload(driver: WebDriver, site: Site, token: str) -> None:
    driver.get(site.url + "/upload")
    script_errors(driver)
    form = wait(driver).until(EC.presence_of_element_located((By.CSS_SELECTOR, "form.upload")))
    form.find_element(By.NAME, "text").send_keys(UPLOAD_TEXT)
    driver.execute_script("arguments[0].value = '2025-10-02'", form.find_element(By.NAME, "published"))
    field = form.find_element(By.NAME, "token")
    driver.execute_script("arguments[0].removeAttribute('required')", field)  # let the server judge a missing one
    field.send_keys(token)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()


def test_upload_needs_the_token_then_stores(driver: WebDriver, site: Site) -> None:
    submit_upload(driver, site, "")
    message = wait(driver).until(EC.presence_of_element_located((By.CSS_SELECTOR, "p.message")))
    assert message.text == "wrong or missing token"
    assert driver.current_url.endswith("/upload")
    assert any("/upload" in e and "401" in e for e in script_errors(driver))  # the browser saw the status
    shot(driver, "upload-refused")
    with Store(site.db, create=False) as store:
        before = store.stats()["articles"]
    submit_upload(driver, site, TOKEN)
    wait(driver).until(EC.url_contains("/articles/"))
    heading = wait(driver).until(EC.presence_of_element_located((By.TAG_NAME, "h1")))
    assert heading.text == UPLOAD_TITLE
    record = page_record(driver)
    assert record["article"]["published"] == "2025-10-02"
    with Store(site.db, create=False) as store:
        assert store.stats()["articles"] == before + 1
        assert store.record(record["article"]["id"])["article"]["title"] == UPLOAD_TITLE
    shot(driver, "upload")
    assert not script_errors(driver)
