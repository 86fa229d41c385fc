"""The knowledge base: countries, stand-ins, organisations, office holders by date, user data and imports."""

from __future__ import annotations

import csv
import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente import kb
from detente.cli import app
from detente.errors import KnowledgeBaseError

FIXTURES = Path(__file__).parent / "fixtures" / "kb"


@pytest.fixture()
def user_kb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty user data directory, used instead of the real one."""
    monkeypatch.setenv("DETENTE_DATA", str(tmp_path))
    kb.clear_cache()
    yield tmp_path
    kb.clear_cache()


def test_kb_countries_cover_un_members_observers_and_coded_territories() -> None:
    countries = kb.load().countries
    assert len(countries) == 226  # the UN's members and observers, and territories with a code of their own
    assert {"TWN", "XKX", "PSE", "VAT", "SSD", "TLS", "MNE", "FLK", "ALA", "GUF"} <= set(countries)
    assert countries["CIV"].name == "Côte d'Ivoire"
    assert "Kyiv" in countries["UKR"].capitals and "Kiev" in countries["UKR"].capitals


@pytest.mark.parametrize(("word", "code"), [
    ("Italian", "ITA"), ("French", "FRA"), ("British", "GBR"), ("Dutch", "NLD"), ("Emirati", "ARE"),
    ("Kyrgyz", "KGZ"), ("Filipino", "PHL"), ("South Korean", "KOR"), ("Congolese", "COD"), ("European", "EUR"),
])
def test_kb_demonym_gives_country(word: str, code: str) -> None:
    assert kb.load().demonym(word) == code


@pytest.mark.parametrize(("name", "country", "sector"), [
    ("the Kremlin", "RUS", "GOV"), ("Moscow", "RUS", "GOV"), ("Brussels", "EU", "IGO"),
    ("the White House", "USA", "GOV"), ("Washington", "USA", "GOV"), ("Downing Street", "GBR", "GOV"),
    ("Whitehall", "GBR", "GOV"), ("Élysée", "FRA", "GOV"), ("Elysee", "FRA", "GOV"), ("Beijing", "CHN", "GOV"),
    ("Tehran", "IRN", "GOV"), ("Kiev", "UKR", "GOV"), ("Pentagon", "USA", "MIL"), ("Quai d'Orsay", "FRA", "GOV"),
    ("Foggy Bottom", "USA", "GOV"), ("Zhongnanhai", "CHN", "GOV"), ("Ouagadougou", "BFA", "GOV"),
])
def test_kb_standin_names_a_government(name: str, country: str, sector: str) -> None:
    entry = kb.load().standin(name)
    assert entry is not None
    assert (entry.country, entry.sector) == (country, sector)


def test_kb_capital_stands_in_only_when_acting() -> None:
    knowledge = kb.load()
    assert knowledge.standin("Moscow").always is False  # type: ignore[union-attr]
    assert knowledge.standin("the Kremlin").always is True  # type: ignore[union-attr]


@pytest.mark.parametrize(("name", "kb_id", "country", "sector"), [
    ("European Commission", "org:european-commission", "EU", "IGO"), ("EEAS", "org:eeas", "EU", "IGO"),
    ("Security Council", "org:unsc", "UN", "IGO"), ("UNHCR", "org:unhcr", "UN", "IGO"),
    ("Nato", "org:nato", "NATO", "IGO"), ("Red Cross", "org:icrc", None, "NGO"), ("HRW", "org:hrw", None, "NGO"),
    ("Doctors Without Borders", "org:msf", None, "NGO"), ("ECOWAS", "org:ecowas", "ECOWAS", "IGO"),
])
def test_kb_organisation_by_name_or_abbreviation(name: str, kb_id: str, country: str | None, sector: str) -> None:
    entry = kb.load().lookup(name)[0]
    assert (entry.kb_id, entry.country, entry.sector, entry.kind) == (kb_id, country, sector, "organization")


def test_kb_short_abbreviations_match_only_in_capitals() -> None:
    knowledge = kb.load()
    assert knowledge.lookup("US")[0].country == "USA"
    assert knowledge.lookup("us") == []
    assert knowledge.lookup("WHO")[0].kb_id == "org:who"
    assert knowledge.lookup("who") == []


@pytest.mark.parametrize(("name", "date", "role", "country"), [
    ("Dmitry Medvedev", "2009-06-15", "president", "RUS"),
    ("Dmitry Medvedev", "2015-04-21", "prime minister", "RUS"),
    ("Vladimir Putin", "2010-08-05", "prime minister", "RUS"),
    ("Vladimir Putin", "2025-01-01", "president", "RUS"),
    ("Emmanuel Macron", "2025-01-01", "president", "FRA"),
    ("Kaja Kallas", "2025-06-01", "high representative", "EU"),
])
def test_kb_date_picks_the_office_held(name: str, date: str, role: str, country: str) -> None:
    entry = kb.load().lookup(name, date)[0]
    assert (entry.role, entry.country) == (role, country)


def test_kb_same_person_in_two_terms() -> None:
    knowledge = kb.load()
    first = knowledge.lookup("Donald Trump", "2019-07-30")[0]
    second = knowledge.lookup("Donald Trump", "2025-03-01")[0]
    assert first.kb_id == second.kb_id == "person:donald-trump"
    assert (first.start, second.start) == ("2017-01-20", "2025-01-20")


def test_kb_surname_finds_the_office_holder() -> None:
    knowledge = kb.load()
    assert knowledge.surname("Milei", "2025-03-04")[0].kb_id == "person:javier-milei"
    assert knowledge.surname("Jaishankar", "2025-08-19")[0].country == "IND"
    assert knowledge.office_holder("ARG", "head_of_state", "2025-03-04").name == "Javier Milei"  # type: ignore[union-attr]


def test_kb_memberships_by_date() -> None:
    knowledge = kb.load()
    assert "GBR" in knowledge.members("EU", "2019-12-31")
    assert "GBR" not in knowledge.members("EU", "2020-02-01")
    assert "FIN" not in knowledge.members("NATO", "2023-04-03")
    assert "FIN" in knowledge.members("NATO", "2023-04-04")
    assert len(knowledge.members("EU", "2025-01-01")) == 27


def test_kb_loads_in_under_a_second() -> None:
    started = time.perf_counter()
    kb.KnowledgeBase(kb.load_tables())
    assert time.perf_counter() - started < 1.0


def test_kb_import_yaml_into_user_directory(user_kb: Path) -> None:
    target, count = kb.import_file(FIXTURES / "user_people.yaml")
    assert (target, count) == (user_kb / "office_holders.csv", 1)
    entry = kb.load().lookup("Dr Okafor", "2031-06-01")[0]
    assert (entry.name, entry.country, entry.office, entry.gender) == ("Amara Okafor", "NGA", "foreign_minister", "f")


def test_kb_user_row_replaces_package_row(user_kb: Path) -> None:
    (user_kb / "standins.csv").write_text("name,aliases,country,sector,use,note\nBrussels,,BEL,GOV,acting,\n")
    kb.clear_cache()
    entry = kb.load().standin("Brussels")
    assert (entry.country, entry.sector) == ("BEL", "GOV")  # type: ignore[union-attr]
    assert kb.load().standin("the Kremlin").country == "RUS"  # type: ignore[union-attr]


def test_kb_import_wikidata_json(user_kb: Path) -> None:
    target, count = kb.import_file(FIXTURES / "wikidata_positions.json", wikidata=True)
    assert count == 3  # the vice-chancellor is not an office of the schema
    rows = {r["name"]: r for r in csv.DictReader(target.read_text(encoding="utf-8").splitlines())}
    assert rows["Angela Merkel"] == {
        "kb_id": "person:angela-merkel", "name": "Angela Merkel", "aliases": "", "gender": "f", "country": "DEU",
        "office": "head_of_government", "role": "chancellor", "sector": "GOV", "start": "2005-11-22",
        "end": "2021-12-08"}
    assert rows["Jacinda Ardern"]["country"] == "NZL"
    assert rows["Sauli Niinistö"]["kb_id"] == "person:sauli-niinisto"
    assert kb.load().lookup("Merkel") == []
    assert kb.load().surname("Merkel", "2015-01-01")[0].role == "chancellor"


def test_kb_import_wikidata_csv_takes_country_from_position(user_kb: Path) -> None:
    target, count = kb.import_file(FIXTURES / "wikidata_positions.csv", wikidata=True)
    rows = list(csv.DictReader(target.read_text(encoding="utf-8").splitlines()))
    assert count == 2
    assert [(r["name"], r["country"], r["office"]) for r in rows] == [
        ("Marise Payne", "AUS", "foreign_minister"), ("Alexander Schallenberg", "AUT", "foreign_minister")]


def test_kb_import_error_names_file_and_line(user_kb: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match=r"broken\.csv': line 2: too many fields"):
        kb.import_file(FIXTURES / "broken.csv")
    assert not (user_kb / "office_holders.csv").exists()


def test_kb_import_rejects_unknown_columns(user_kb: Path, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("colour,size\nred,3\n")
    with pytest.raises(KnowledgeBaseError, match="match no knowledge-base table"):
        kb.import_file(path)


def test_kb_cli_lookup_json() -> None:
    result = CliRunner().invoke(app, ["kb", "lookup", "Medvedev", "--date", "2009-06-15", "--format", "json"])
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert [(r["name"], r["role"], r["country"]) for r in rows] == [("Dmitry Medvedev", "president", "RUS")]


def test_kb_cli_lookup_unknown_name_exits_1() -> None:
    result = CliRunner().invoke(app, ["kb", "lookup", "Nobody Known", "--format", "json"])
    assert (result.exit_code, json.loads(result.stdout)) == (1, [])


def test_kb_cli_import_reports_rows(user_kb: Path) -> None:
    result = CliRunner().invoke(app, ["kb", "import", str(FIXTURES / "wikidata_positions.json"), "--wikidata"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"imported 3 rows into {user_kb / 'office_holders.csv'}"


def test_kb_cli_import_error_is_one_line(user_kb: Path) -> None:
    result = CliRunner().invoke(app, ["kb", "import", str(FIXTURES / "broken.csv")])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert "broken.csv" in result.stderr


def test_kb_extra_data_file_named_like_a_table_is_merged(user_kb: Path, tmp_path: Path) -> None:
    extra = tmp_path / "extra" / "standins.csv"
    extra.parent.mkdir()
    extra.write_text("name,aliases,country,sector,use,note\nBlue Palace,,ZZZ,GOV,always,\n", encoding="utf-8")
    knowledge = kb.load(extra=(str(extra), str(tmp_path / "extra" / "cues.yaml")))
    assert (knowledge.standin("the Blue Palace").country, kb.load().standin("Blue Palace")) == ("ZZZ", None)  # type: ignore[union-attr]


def test_kb_description_nouns_name_kinds_of_actors() -> None:
    knowledge = kb.load()
    assert {"org:eu", "org:asean"} <= set(knowledge.described_by("bloc"))
    assert knowledge.described_by("Rebels") == ("sector:REB",)
    assert "country:TWN" in knowledge.described_by("island")
    assert knowledge.described_by("minister") == ()


def test_kb_user_description_nouns_replace_the_package_row(user_kb: Path) -> None:
    (user_kb / "descriptions.csv").write_text("term,refers\nbloc,org:caricom\n", encoding="utf-8")
    assert kb.load().described_by("bloc") == ("org:caricom",)


@pytest.mark.parametrize(("country", "day", "name"), [
    ("CZE", "2025-06-01", "Petr Fiala"),
    ("CZE", "2026-01-15", "Andrej Babiš"),
    ("MDA", "2026-01-15", "Alexandru Munteanu"),
    ("TZA", "2026-01-15", "Mwigulu Nchemba"),
    ("TZA", "2025-06-01", "Kassim Majaliwa"),
])
def test_kb_heads_of_government_change_on_their_dates(country: str, day: str, name: str) -> None:
    holder = kb.load().office_holder(country, "head_of_government", day)
    assert holder is not None and holder.name == name


def test_kb_import_reads_a_legacy_encoded_csv(user_kb: Path, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / "standins.csv"
    path.write_bytes("name,aliases,country,sector\nPalais de l'Élysée,l'Élysée,FRA,GOV\n".encode("cp1252"))
    kb.import_file(path)
    assert "Palais de l'Élysée" in (user_kb / "standins.csv").read_text(encoding="utf-8")


@pytest.mark.parametrize(("content", "name", "message"), [
    ('name,aliases,country,sector\n"Kremlin,Moscow,RUS,GOV\nWhite House,,USA,GOV\n', "open.csv",
     r"open\.csv': not valid CSV \(unexpected end of data; an unclosed quote\?\)"),
    ('{"results": {"bindings": [{"personLabel": {"value": "A"}}, 42]}}', "sparql.json",
     r"sparql\.json': binding 2 is not an object"),
    ('[{"name": "Kremlin", "aliases": "", "country": "RUS", "sector": "GOV"}, "x"]', "list.json",
     r"list\.json': record 2 is a str, not a record"),
    ("kb_id,name,country,office,role,start\nperson:a-b,A B,FRA,foreign_minister,minister,2020-13-45x\n", "d.csv",
     r"d\.csv': record 1, field 'start': '2020-13-45x' is not a date"),
    ("name,aliases,country,sector\n,Moscow,RUS,GOV\n", "e.csv", r"e\.csv': record 1: field 'name' is empty"),
    ('[{"name": "Kremlin", "aliases": ["a"], "country": "RUS", "sector": "GOV"}]', "n.json",
     r"n\.json': record 1, field 'aliases': a list, not a value"),
])
def test_kb_import_validates_every_record(user_kb: Path, tmp_path: Path, content: str, name: str,
                                          message: str) -> None:
    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=message):
        kb.import_file(path)
    assert [p.name for p in user_kb.glob("*.csv")] == []  # nothing written


def test_kb_directory_travels_with_the_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from detente.settings import Settings

    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "standins.csv").write_text("name,aliases,country,sector\nthe Quai d'Orsay,the Quai,FRA,GOV\n",
                                       encoding="utf-8")
    monkeypatch.setenv("DETENTE_DATA", str(mine))
    settings = Settings()  # the directory is fixed now, as a worker elsewhere would receive it
    monkeypatch.setenv("DETENTE_DATA", str(tmp_path / "elsewhere"))
    assert settings.kb_dir == str(mine)
    assert {e.country for e in kb.load(settings.kb_dir).lookup("the Quai")} == {"FRA"}
    assert not kb.load(str(tmp_path / "elsewhere")).lookup("the Quai")  # known from that directory only


@pytest.mark.parametrize(("name", "country", "sector"), [
    ("Number 11", "GBR", "GOV"), ("Berlaymont", "EU", "IGO"), ("the Lubyanka", "RUS", "SPY"),
    ("Union Buildings", "ZAF", "GOV"), ("North Block", "IND", "GOV"), ("Parliament Hill", "CAN", "LEG"),
])
def test_kb_ministry_standins_name_their_government(name: str, country: str, sector: str) -> None:
    entry = kb.load().standin(name)
    assert entry is not None and (entry.country, entry.sector) == (country, sector)


def test_kb_seat_city_of_a_ministry_stands_in_only_when_acting() -> None:
    assert kb.load().standin("Bercy").always is False  # type: ignore[union-attr]
    assert kb.load().standin("Place Beauvau").always is True  # type: ignore[union-attr]


@pytest.mark.parametrize(("name", "kb_id", "country"), [
    ("Fed", "org:fed", "USA"), ("BoJ", "org:boj", "JPN"), ("Banxico", "org:banxico", "MEX"),
    ("RBI", "org:rbi", "IND"), ("Bundesbank", "org:bundesbank", "DEU"), ("Home Office", "org:home-office", "GBR"),
    ("ILO", "org:ilo", "UN"), ("FAO", "org:fao", "UN"),
])
def test_kb_central_banks_ministries_and_agencies(name: str, kb_id: str, country: str) -> None:
    entry = kb.load().lookup(name)[0]
    assert (entry.kb_id, entry.country) == (kb_id, country)


@pytest.mark.parametrize(("name", "ids"), [
    ("PDP", ["org:pdp-nigeria", "org:jkpdp", "org:pdp-bhutan"]),
    ("RSF", ["org:rsf", "org:rsf-sudan"]),
    ("ICC", ["org:icc", "org:icc-cricket"]),
    ("ANC", ["org:anc", "org:anc-armenia"]),
    ("the Treasury", ["standin:us treasury", "standin:hm treasury"]),
])
def test_kb_name_of_several_senses_keeps_them_all_in_data_order(name: str, ids: list[str]) -> None:
    assert [e.kb_id for e in kb.load().lookup(name)] == ids


@pytest.mark.parametrize(("name", "countries", "text", "first"), [
    ("PDP", {}, "the party said", "org:pdp-nigeria"),
    ("PDP", {"IND": 2, "NGA": 1}, "the party said", "org:jkpdp"),
    ("PDP", {}, "the party met in srinagar", "org:jkpdp"),
    ("PDP", {"BTN": 1}, "the party said", "org:pdp-bhutan"),
    ("ICC", {}, "the icc fined the bowler", "org:icc-cricket"),
    ("ICC", {}, "the icc issued an arrest warrant", "org:icc"),
    ("RSF", {"SDN": 1}, "rsf fighters", "org:rsf-sudan"),
    ("RSF", {"SDN": 1}, "rsf said journalists and reporters were held", "org:rsf"),
    ("the Treasury", {"GBR": 1}, "the treasury said", "standin:hm treasury"),
    ("the Treasury", {"GBR": 1, "USA": 1}, "the treasury said", "standin:us treasury"),
])
def test_kb_senses_put_first_the_one_of_the_article(name: str, countries: dict[str, int], text: str,
                                                    first: str) -> None:
    knowledge = kb.load()
    assert knowledge.senses(knowledge.lookup(name), countries, text)[0].kb_id == first


@pytest.mark.parametrize(("country", "office", "role", "name"), [
    ("USA", "justice_minister", "attorney general", "Pam Bondi"),
    ("AUS", "justice_minister", "attorney general", "Michelle Rowland"),
    ("GBR", "justice_minister", "attorney general", None),  # a law officer there, not the justice secretary
    ("GBR", "justice_minister", "justice minister", "David Lammy"),
    ("DEU", "head_of_government", "chancellor", "Friedrich Merz"),
    ("GBR", "head_of_government", "chancellor", None),
    ("USA", "finance_minister", "finance minister", "Scott Bessent"),
    ("USA", "trade_minister", "trade representative", "Jamieson Greer"),
    ("USA", "trade_minister", "commerce secretary", "Howard Lutnick"),
])
def test_kb_national_title_names_only_its_own_holders(country: str, office: str, role: str,
                                                      name: str | None) -> None:
    holder = kb.load().office_holder(country, office, "2026-01-15", role)
    assert (holder.name if holder else None) == name


@pytest.mark.parametrize(("term", "office", "country", "countries"), [
    ("treasury secretary", "finance_minister", "USA", ("USA",)),
    ("chancellor of the exchequer", "finance_minister", "GBR", ("GBR",)),
    ("home secretary", "interior_minister", "GBR", ("GBR",)),
    ("ecb president", "central_bank_governor", "EU", ("EU",)),
    ("energy secretary", "energy_minister", None, ("USA", "GBR")),
    ("attorney general", "justice_minister", None, ("USA", "AUS")),
    ("finance minister", "finance_minister", None, ()),
    ("secretary of state", "foreign_minister", "USA", ("USA",)),  # the bare title; the British add "for ..."
    ("secretary of state for", None, None, ()),
])
def test_kb_roles_name_offices_and_the_countries_of_their_titles(term: str, office: str, country: str | None,
                                                                 countries: tuple[str, ...]) -> None:
    role = kb.load().role(term)
    assert role is not None and (role.office, role.country, role.countries) == (office, country, countries)


def test_kb_user_roles_without_a_country_column_still_load(user_kb: Path) -> None:
    (user_kb / "roles.csv").write_text("term,sector,role,kind,number\nfinance minister,GOV,finance minister,"
                                       "person,sg\n", encoding="utf-8")
    role = kb.load().role("finance minister")
    assert role is not None and (role.office, role.countries) == (None, ())


def test_kb_heads_of_un_agencies_are_un_officials() -> None:
    knowledge = kb.load()
    tedros = knowledge.lookup("Tedros", "2025-01-01")[0]
    assert (tedros.country, tedros.sector, tedros.office) == ("UN", "IGO", "agency_head")
    assert knowledge.office_holder("UN", "leader", "2025-01-01").name == "António Guterres"  # type: ignore[union-attr]


def test_kb_gazetteer_finds_a_city_by_its_other_latin_names() -> None:
    places = kb.load().load_places()
    assert (places["Hodeida"].name, places["Hodeida"].country) == ("Al Ḩudaydah", "YEM")
    assert places["Rangoon"].country == "MMR"
    assert places["Hudaydah"].geonames_id == places["Al Hudaydah"].geonames_id
    assert places["Paris"].country == "FRA"  # a city's own name beats another city's other name
