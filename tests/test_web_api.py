"""The REST API and the server's security, against a real store built by ingest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.errors import UsageError
from detente.ingest import ingest
from detente.pipeline import Pipeline
from detente.settings import Settings
from detente.store import Store
from detente.web import configure, create_app
from records import make_record

TOKEN = "s3cret-token"
ARTICLES = [
    {"id": "k1", "published": "2026-01-12", "title": "Kenya and Ethiopia sign water deal",
     "text": "NAIROBI — Kenya signed a water-sharing agreement with Ethiopia on Monday, the two governments said. "
             '"This deal secures the Omo basin for both our peoples," Kenyan Foreign Minister Amina Odhiambo said.'},
    {"id": "k2", "published": "2026-03-04", "title": "Ethiopia accuses Kenya",
     "text": "ADDIS ABABA — Ethiopia accused Kenya on Tuesday of violating the water agreement. Ethiopian Foreign "
             'Minister Dawit Bekele said Kenya had "broken its word" on the Omo river.'},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Path:
    folder = tmp_path_factory.mktemp("web")
    source = folder / "news.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    path = folder / "web.db"
    with Store(path) as store:
        assert ingest([str(source)], store, Settings(), pipeline=pipeline).stored == 2
        store.put(make_record("x1", "2026-02-01", [("KEN", "ETH", "CONSULT", 1.0, None)],
                              text='<script>alert("x")</script> KEN did consult to ETH on 2026-02-01.'))
    return path


@pytest.fixture
def client(db: Path) -> TestClient:
    with TestClient(create_app(configure(db, "127.0.0.1", token=TOKEN))) as c:
        yield c


def test_web_api_lists_and_pages(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 2}).json()
    assert [a["id"] for a in first["items"]] == ["k2", "x1"] and first["next"] == 2
    second = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert [a["id"] for a in second["items"]] == ["k1"] and second["next"] is None
    record = client.get("/api/articles/k1").json()
    assert record["article"]["title"] == "Kenya and Ethiopia sign water deal"
    assert any(e["type"] == "AGREE" and e["target"]["country"] == "ETH" for e in record["events"])


def test_web_api_quotes_search_and_filters(client: TestClient) -> None:
    found = client.get("/api/quotes", params={"q": "Omo basin"}).json()["items"]
    assert [(q["speaker_name"], q["speaker_country"]) for q in found] == [("Amina Odhiambo", "KEN")]
    ethiopian = client.get("/api/quotes", params={"country": "ETH"}).json()["items"]
    assert "Dawit Bekele" in {q["speaker_name"] for q in ethiopian} and {q["speaker_country"] for q in ethiopian} == {
        "ETH"}
    assert client.get("/api/quotes", params={"q": "nothing-like-this"}).json()["items"] == []


def test_web_api_events_actors_relations(client: TestClient) -> None:
    events = client.get("/api/events", params={"source": "Ethiopia", "type": "ACCUSE"}).json()["items"]
    assert [(e["day"], e["target_country"]) for e in events] == [("2026-03-03", "KEN")]
    names = [a["name"] for a in client.get("/api/actors", params={"q": "Ken"}).json()["items"]]
    assert names[0] == "Kenya"
    relation = client.get("/api/relations", params={"a": "Kenya", "b": "ETH", "freq": "month"}).json()
    assert [p["label"] for p in relation["points"]] == ["2026-01", "2026-02", "2026-03"]
    assert relation["points"][2]["both"]["net"] < 0 < relation["points"][0]["both"]["net"]
    crisis = next(m for m in relation["moves"] if m["label"] == "2026-03")
    assert crisis["change"] < 0 and crisis["events"][0]["article_id"] == "k2"
    evidence = client.get("/api/relations/evidence", params={"a": "KEN", "b": "ETH", "period": "2026-03-01"}).json()
    assert [e["type"] for e in evidence["events"]] == ["ACCUSE"]
    assert evidence["events"][0]["evidence"]["text"].startswith("ADDIS ABABA — Ethiopia accused Kenya")


def test_web_api_bad_input_is_a_clear_4xx(client: TestClient) -> None:
    cases = [("/api/articles/none", 404, "no article 'none'"), ("/api/events?source=Atlantis", 400, "unknown actor"),
             ("/api/relations?a=KEN&b=ETH&freq=year", 422, "freq"), ("/api/quotes?since=2026-13-45", 400, "not a date"),
             ("/api/relations?a=KEN&b=KEN", 400, "the same actor"), ("/api/articles?limit=0", 422, "limit"),
             ("/api/relations/evidence?a=KEN&b=ETH&period=", 400, "period"),
             ("/api/relations?a=KEN&b=ETH&freq=day&since=1800-01-01&until=2200-12-31", 400, "over 20000 periods"),
             ("/api/quotes?since=0001-01-01", 400, "out of range")]
    for url, status, words in cases:
        response = client.get(url)
        assert response.status_code == status, url
        assert words in response.json()["error"], url


def test_web_post_needs_the_token(client: TestClient) -> None:
    text = "Chile and Peru agree to reopen border. Chile signed an agreement with Peru on Monday, officials said."
    refused = client.post("/api/articles", content=text, headers={"content-type": "text/plain"})
    assert refused.status_code == 401 and "token" in refused.json()["error"]
    wrong = client.post("/api/articles", content=text, headers={"content-type": "text/plain",
                                                               "authorization": "Bearer nope"})
    assert wrong.status_code == 401
    auth = {"authorization": f"Bearer {TOKEN}"}
    stored = client.post("/api/articles", params={"published": "2026-04-01"}, content=text,
                         headers={"content-type": "text/plain", **auth})
    assert stored.status_code == 201, stored.text
    body = stored.json()
    assert body["outcome"] == "stored" and body["record"]["article"]["published"] == "2026-04-01"
    again = client.post("/api/articles", content=text, headers={"content-type": "text/plain", **auth})
    assert again.json()["outcome"] == "unchanged"
    article = {"id": "j1", "title": "From JSON", "published": "2026-04-02", "text": "Peru praised Chile on Tuesday."}
    as_json = client.post("/api/articles", json=article, headers=auth)
    assert as_json.status_code == 201 and as_json.json()["record"]["article"]["id"] == "j1"
    odd = client.post("/api/articles", content=b"\x00\x01", headers={"content-type": "image/png", **auth})
    assert odd.status_code == 400 and "cannot read an article sent as 'image/png'" in odd.json()["error"]


def test_web_request_size_is_limited(db: Path) -> None:
    config = configure(db, "127.0.0.1", token=TOKEN)
    config.max_body = 1000
    with TestClient(create_app(config)) as client:
        response = client.post("/api/articles", content="x" * 5000,
                               headers={"content-type": "text/plain", "authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 413 and "over 1000 bytes" in response.json()["error"]


def test_web_headers_escape_and_static(client: TestClient) -> None:
    page = client.get("/articles/x1")
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "<script>alert" not in page.text and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page.text
    assert page.headers["x-frame-options"] == "DENY"
    assert client.get("/static/vendor/uplot/LICENSE").status_code == 200
    assert client.get("/static/../app.py").status_code == 404
    assert client.get("/static/%2e%2e/app.py").status_code == 404
    assert "access-control-allow-origin" not in client.get("/api/articles", headers={"origin": "https://x.example"}).headers


def test_web_pages_render(client: TestClient) -> None:
    for url, words in [("/", "Most active pairs"), ("/relations?a=KEN&b=ETH", "Why it moved"),
                       ("/articles", "Kenya and Ethiopia sign water deal"), ("/search?q=Omo", "Amina Odhiambo"),
                       ("/upload", "Extract and store"), ("/relations?a=KEN&b=Atlantis", "unknown actor")]:
        response = client.get(url)
        assert response.status_code == 200 and words in response.text, url
    missing = client.get("/articles/none")
    assert missing.status_code == 404 and "no article" in missing.text


def test_web_non_loopback_needs_a_token(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DETENTE_TOKEN", raising=False)
    with pytest.raises(UsageError, match="refusing to serve on 0.0.0.0 without a token"):
        configure(db, "0.0.0.0")
    guarded = configure(db, "0.0.0.0", token=TOKEN)
    with TestClient(create_app(guarded)) as client:
        assert client.get("/api/articles").status_code == 401
        assert client.get("/api/articles", headers={"authorization": f"Bearer {TOKEN}"}).status_code == 200
        assert client.get("/").status_code == 401
    public = configure(db, "0.0.0.0", public_read=True, token=TOKEN)
    with TestClient(create_app(public)) as client:
        assert client.get("/api/articles").status_code == 200
        assert client.post("/api/articles", content="x", headers={"content-type": "text/plain"}).status_code == 401


def test_web_openapi_lists_the_api(client: TestClient) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {"/api/articles", "/api/articles/{article_id}", "/api/quotes", "/api/events", "/api/actors",
            "/api/relations", "/api/relations/evidence"} <= set(paths)
    assert "post" in paths["/api/articles"]


def test_web_post_takes_an_html_page(client: TestClient) -> None:
    page = ("<html><head><title>Chile and Peru sign pact</title></head><body><nav>Home | World</nav><article>"
            "<h1>Chile and Peru sign pact</h1><p>Chile signed a fisheries agreement with Peru on Monday, the two "
            "governments said in a joint statement issued in Lima.</p></article><footer>Copyright 2020</footer>"
            "</body></html>")
    response = client.post("/api/articles", content=page, params={"published": "2026-02-02"},
                           headers={"content-type": "text/html", "authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 201, response.text
    record = response.json()["record"]
    assert record["article"]["title"] == "Chile and Peru sign pact" and "Copyright" not in record["article"]["text"]
    assert [(e["type"], e["source"]["country"], e["target"]["country"]) for e in record["events"]] == [
        ("AGREE", "CHL", "PER"), ("AGREE", "PER", "CHL")]  # a pact signed with another is signed by both


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(["/api/articles", "/api/quotes", "/api/events", "/api/actors", "/api/relations",
                             "/api/relations/evidence", "/search", "/relations", "/articles"]),
       params=st.dictionaries(st.sampled_from(["a", "b", "q", "freq", "since", "until", "period", "limit", "offset",
                                               "source", "target", "type", "quad", "speaker", "about", "moves"]),
                              st.text(max_size=40), max_size=5))
def test_web_never_answers_500_to_odd_queries(client: TestClient, path: str, params: dict[str, str]) -> None:
    response = client.get(path, params=params)
    assert response.status_code < 500, (path, params, response.text[:300])
    if path.startswith("/api") and response.status_code >= 400:
        assert response.json()["error"]
