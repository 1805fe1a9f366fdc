"""refgraph.store against docs/store-api.md, with citations built by hand (no extractor)."""
from __future__ import annotations

import re
import sqlite3

import pytest

from refgraph.models import Article, Citation, Extraction, Relation
from refgraph.store import SCHEMA_VERSION, Store, StoreError, article_hash


def cit(key: str, start: int = 0, *, type: str = "conclusion", number: str | None = "57",
        issuer: str | None = "TW", year: int | None = None, date: str | None = None,
        body: str | None = None, form: str = "full", zone: str = "body",
        title: str | None = None, name: str | None = None, ambiguous: bool = False,
        text: str | None = None) -> Citation:
    text = text or key
    return Citation(start=start, end=start + len(text), text=text, type=type, number=number,
                    issuer=issuer, year=year, date=date, body=body, key=key, form=form,
                    zone=zone, title=title, name=name, ambiguous=ambiguous)


def art(id: str, text: str = "x" * 300, **kw) -> Article:
    return Article(id=id, text=text, **kw)


def ex(*citations: Citation, relations=()) -> Extraction:
    return Extraction(citations, relations)


@pytest.fixture
def store():
    s = Store.open(None)
    yield s
    s.close()


def keys(store) -> dict[str, dict]:
    return {d["key"]: d for d in store.documents()}


# ------------------------------------------------------------------ add / incremental


def test_add_is_incremental_by_id_and_hash(store):
    a = art("a.txt", title="T")
    assert store.add(a, ex(cit("57-KL/TW", 10))) is True
    assert store.add(art("a.txt", title="T"), ex(cit("57-KL/TW", 10))) is False
    assert store.unchanged(a)
    # Same id, new content: the old citations go, the new ones come.
    assert store.add(art("a.txt", "y" * 300, title="T"), ex(cit("71-KL/TW@2024", 5, number="71",
                                                                    year=2024))) is True
    store.finalize()
    assert [c["key"] for c in store.citations()] == ["71-KL/TW@2024"]
    assert store.stats()["articles"] == 1
    assert list(keys(store)) == ["71-KL/TW@2024"]


def test_metadata_change_counts_as_change(store):
    store.add(art("a", title="old"), ex())
    assert not store.unchanged(art("a", title="new"))
    assert article_hash(art("a", title="old")) != article_hash(art("a", title="new"))


def test_remove(store):
    store.add(art("a"), ex(cit("57-KL/TW")))
    store.finalize()
    assert store.remove("a") and not store.remove("a")
    store.finalize()
    assert store.documents() == [] and store.citations() == []


# ------------------------------------------------------------------ corpus-level resolution


def test_undated_mention_joins_the_one_dated_document_its_subject_names(store):
    store.add(art("a"), ex(cit("57-KL/TW@2023", year=2023, date="2023-06-07",
                               body="Bộ Chính trị", title="về thông tin đối ngoại")))
    store.add(art("b"), ex(cit("57-KL/TW", 3, title="về công tác thông tin đối ngoại"),
                           cit("47/NQ-CP@2024", 40, type="resolution",
                               number="47", issuer="CP", year=2024),
                           relations=[Relation("47/NQ-CP@2024", "57-KL/TW", "implements", 3, 80)]))
    store.finalize()
    docs = keys(store)
    assert "57-KL/TW" not in docs
    d = docs["57-KL/TW@2023"]
    assert (d["n_articles"], d["n_mentions"], d["year"], d["date"], d["body"]) == (
        2, 2, 2023, "2023-06-07", "Bộ Chính trị")
    # one mention each: the tie goes to the smaller
    assert d["ambiguous"] == 0 and d["title"] == "về công tác thông tin đối ngoại"
    c = store.citations(article="b")[0]
    assert (c["key"], c["raw_key"], c["ambiguous"], c["resolved_by"]) == (
        "57-KL/TW@2023", "57-KL/TW", 0, "subject")
    assert store.relations()[0]["target"] == "57-KL/TW@2023"
    # Lookups by the undated key still find it.
    assert [a["id"] for a in store.articles(cites="57-KL/TW")] == ["b"]
    assert store.document("57-KL/TW")["key"] == "57-KL/TW@2023"
    assert len(store.citations("57-KL/TW@2023")) == 2


def test_one_candidate_and_no_evidence_is_not_a_join(store):
    # Count alone is not evidence: the mention stays undated, listed with its candidate.
    store.add(art("a"), ex(cit("57-KL/TW@2023", year=2023, title="về thông tin đối ngoại")))
    store.add(art("b"), ex(cit("57-KL/TW", 3)))
    store.finalize()
    (c,) = store.citations(article="b")
    assert (c["key"], c["ambiguous"], c["candidates"], c["resolved_by"]) == (
        "57-KL/TW", 1, ["57-KL/TW@2023"], None)


def test_same_number_in_two_years_stays_ambiguous(store):
    store.add(art("a"), ex(cit("18-NQ/TW@2017", type="resolution", number="18", year=2017)))
    store.add(art("b"), ex(cit("18-NQ/TW@2022", type="resolution", number="18", year=2022)))
    store.add(art("c"), ex(cit("18-NQ/TW", type="resolution", number="18"),
                           relations=[Relation("18-NQ/TW", "18-NQ/TW@2017", "replaces", 0, 9)]))
    store.finalize()
    docs = keys(store)
    assert set(docs) == {"18-NQ/TW@2017", "18-NQ/TW@2022", "18-NQ/TW"}
    d = docs["18-NQ/TW"]
    assert d["ambiguous"] == 1
    assert d["candidates"] == ["18-NQ/TW@2017", "18-NQ/TW@2022"]
    assert docs["18-NQ/TW@2017"]["ambiguous"] == 0
    (c,) = store.citations(article="c")
    assert (c["key"], c["ambiguous"], c["candidates"]) == (
        "18-NQ/TW", 1, ["18-NQ/TW@2017", "18-NQ/TW@2022"])
    assert store.relations()[0]["source"] == "18-NQ/TW"  # never merged silently
    assert store.document("18-NQ/TW")["ambiguous"] == 1


def test_resolution_is_recomputed_when_the_corpus_grows(store):
    # (98/NQ-CP: a number the reference table does not know, so the corpus alone decides;
    # a Government resolution, numbered anew each year, not each term)
    store.add(art("a"), ex(cit("98/NQ-CP@2017", type="resolution", number="98", issuer="CP", year=2017)))
    store.add(art("c", date="2019-05-01"), ex(cit("98/NQ-CP", type="resolution", number="98", issuer="CP")))
    store.finalize()
    # one candidate, nothing says it is the one: listed, not joined
    c = store.citations(article="c")[0]
    assert (c["key"], c["ambiguous"], c["candidates"]) == ("98/NQ-CP", 1, ["98/NQ-CP@2017"])
    # a second 98/NQ-CP, issued after the article: the date now tells them apart
    store.add(art("b"), ex(cit("98/NQ-CP@2022", type="resolution", number="98", issuer="CP", year=2022)))
    store.finalize()
    c = store.citations(article="c")[0]
    assert (c["key"], c["ambiguous"], c["resolved_by"]) == ("98/NQ-CP@2017", 0, "date")
    store.finalize()  # idempotent
    assert store.citations(article="c")[0]["key"] == "98/NQ-CP@2017"
    store.remove("b")
    store.finalize()
    c = store.citations(article="c")[0]
    assert (c["key"], c["ambiguous"], c["candidates"]) == ("98/NQ-CP", 1, ["98/NQ-CP@2017"])


def test_the_reference_dates_what_the_corpus_does_not(store):
    # 18-NQ/TW: of 2017 and of 2022 (reference.py); an article of 2019 cites the first
    store.add(art("c", date="2019-05-01"), ex(cit("18-NQ/TW", type="resolution", number="18")))
    store.finalize()
    c = store.citations(article="c")[0]
    assert (c["key"], c["resolved_by"]) == ("18-NQ/TW@2017", "date")


def test_never_merged_across_type_or_issuer(store):
    store.add(art("a"), ex(
        cit("57-KL/TW@2023", year=2023),
        cit("57/2022/NĐ-CP", 30, type="decree", issuer="CP", year=2022),
        cit("NQ 57", 60, type="resolution", issuer=None, form="short"),
        cit("57-NQ/TW", 90, type="resolution"),
        cit("57-KL/TU", 120, issuer="TU"),
    ))
    store.finalize()
    assert set(keys(store)) == {"57-KL/TW@2023", "57/2022/NĐ-CP", "NQ 57", "57-NQ/TW",
                                "57-KL/TU"}
    # "NQ 57" (no issuer) could be 57-NQ/TW, but nothing says so: listed, not joined;
    # 57-NQ/TW undated could be the 57-NQ/TW of 2024 the reference knows, of one type and
    # issuer with it
    amb = {c["key"]: c["candidates"] for c in store.citations() if c["ambiguous"]}
    assert amb == {"NQ 57": ["57-NQ/TW"], "57-NQ/TW": ["57-NQ/TW@2024"]}


def test_extractor_ambiguity_is_kept(store):
    store.add(art("a"), ex(cit("KL 57", issuer=None, form="short", ambiguous=True)))
    store.finalize()
    assert store.citations()[0]["ambiguous"] == 1
    assert store.documents()[0]["ambiguous"] == 0  # not a corpus-level ambiguity


# ------------------------------------------------------------------ derived tables


def test_documents_counts_zones_and_best_form(store):
    store.add(art("a"), ex(cit("57-KL/TW", 0), cit("57-KL/TW", 50, form="short"),
                           cit("57-KL/TW", 100, zone="related")))
    store.add(art("b"), ex(cit("57-KL/TW", 0, zone="related", form="short")))
    store.add(art("c"), ex(cit("Luật Đất đai 2024", 0, type="law", number=None, issuer="QH",
                               year=2024, form="named", name="Luật Đất đai",
                               body="Quốc hội")))
    store.finalize()
    d = store.document("57-KL/TW")
    assert (d["n_articles"], d["n_mentions"], d["n_articles_related"], d["n_articles_all"]) == (
        1, 2, 1, 2)
    assert d["form"] == "full" and d["kind"] == "Party"
    law = store.document("Luật Đất đai 2024")
    assert (law["form"], law["name"], law["kind"], law["number"]) == (
        "named", "Luật Đất đai", "State", None)
    assert store.document("nope") is None
    assert [a["id"] for a in store.articles(cites="57-KL/TW")] == ["a"]
    assert [a["id"] for a in store.articles(cites="57-KL/TW", include_related=True)] == ["a", "b"]
    assert len(store.citations("57-KL/TW")) == 2
    assert len(store.citations("57-KL/TW", include_related=True)) == 4
    assert {a["id"]: a["n_citations"] for a in store.articles()} == {"a": 2, "b": 0, "c": 1}


def test_bodies(store):
    store.add(art("a"), ex(cit("57-KL/TW", body="Bộ Chính trị"),
                           cit("47/NQ-CP@2024", 20, type="resolution", number="47",
                               issuer="CP", year=2024, body="Chính phủ"),
                           cit("71-KL/TW@2024", 40, number="71", year=2024,
                               body="Bộ Chính trị")))
    store.add(art("b"), ex(cit("57-KL/TW", body="Bộ Chính trị")))
    store.finalize()
    assert store.bodies() == [
        {"name": "Bộ Chính trị", "issuer": "TW", "kind": "Party", "n_documents": 2,
         "n_citations": 3},
        {"name": "Chính phủ", "issuer": "CP", "kind": "State", "n_documents": 1,
         "n_citations": 1},
    ]


def test_bodies_are_known_by_their_names(store):
    # baomoi-2017 prints "của Bộ Chính chị" (Quy định 55-QĐ/TW); "Quy định số 01 … của Ban
    # Thường vụ Tỉnh ủy" has no code (22496325.txt); "Thông báo số 16/TB-VPUB của
    # UBND tỉnh Sơn La" is the office's code, the body is the committee (21486687.txt)
    from refgraph.extract import extract
    texts = {
        "a": "công chức phải thực hiện nghiêm quy định số 55-QĐ/TW ngày 19.12.2016 của Bộ "
             "Chính chị về một số việc cần làm ngay",
        "b": "Thực hiện Quy định số 55-QĐ/TW của Bộ Chính trị về một số việc cần làm ngay.",
        "c": "Quảng Bình tổ chức sơ kết 1 năm triển khai thực hiện Quy định số 01 ngày "
             "3/3/2016 của Ban Thường vụ Tỉnh ủy về trách nhiệm và xử lý trách nhiệm",
        "d": "thực hiện Thông báo số 16/TB-VPUB của UBND tỉnh Sơn La thông báo kết luận",
    }
    for a, t in texts.items():
        store.add(art(a), extract(t))
    store.finalize()
    rows = {b["name"]: (b["issuer"], b["kind"], b["n_citations"]) for b in store.bodies()}
    assert rows["Bộ Chính trị"] == ("TW", "Party", 2)
    assert "Bộ Chính chị" not in rows
    assert rows["Ban Thường vụ Tỉnh ủy"] == ("TU", "Party", 1)
    assert rows["Ủy ban nhân dân tỉnh Sơn La"][:2] == ("UBND", "State")


def test_cocited(store):
    k2 = dict(type="resolution", number="47", issuer="CP", year=2024)
    k3 = dict(number="71", year=2024)
    store.add(art("a"), ex(cit("57-KL/TW"), cit("47/NQ-CP@2024", 20, **k2),
                           cit("71-KL/TW@2024", 40, **k3)))
    store.add(art("b"), ex(cit("57-KL/TW"), cit("47/NQ-CP@2024", 20, **k2),
                           cit("71-KL/TW@2024", 40, zone="related", **k3)))
    store.finalize()
    assert store.cocited("57-KL/TW") == [{"key": "47/NQ-CP@2024", "n_articles": 2},
                                         {"key": "71-KL/TW@2024", "n_articles": 1}]
    assert store.cocited("57-KL/TW", limit=1) == [{"key": "47/NQ-CP@2024", "n_articles": 2}]


def test_snippet_offsets_mark_the_mention(store):
    text = ("Mở đầu. " * 20 + "quán triệt Kết luận số 57-KL/TW\nvề tiếp tục nâng cao "
            + "chất lượng. " * 20)
    s = text.index("Kết luận")
    store.add(art("a", text), ex(cit("57-KL/TW", s, text="Kết luận số 57-KL/TW")))
    store.add(art("b", "Kết luận 57-KL/TW."), ex(cit("57-KL/TW", 0, text="Kết luận 57-KL/TW")))
    store.finalize()
    for c in store.citations():
        assert c["snippet"][c["snippet_start"]:c["snippet_end"]] == c["text"]
        assert "\n" not in c["snippet"]
        assert len(c["snippet"]) <= len(c["text"]) + 120
        assert type(c) is dict


def test_rows_are_plain_dicts(store):
    store.add(art("a"), ex(cit("57-KL/TW")), )
    store.finalize()
    for rows in (store.articles(), store.documents(), store.citations(), store.bodies(),
                 store.relations(), store.cocited("57-KL/TW")):
        assert all(type(r) is dict for r in rows)


# ------------------------------------------------------------------ files, versions, batches


def test_schema_version_and_newer_database(tmp_path):
    db = tmp_path / "r.db"
    Store.open(db).close()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer refgraph"):
        Store.open(db)


def test_not_a_database(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a refgraph index"):
        Store.open(junk)
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="not a refgraph index"):
        Store.open(other)
    with pytest.raises(StoreError, match="no index at"):
        Store.open(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()


def test_interrupted_batch_leaves_the_database_consistent(tmp_path):
    db = tmp_path / "r.db"
    s = Store.open(db, batch_size=3)
    for i in range(7):  # batches of 3 commit after articles 3 and 6
        s.add(art(f"a{i}"), ex(cit("57-KL/TW"), cit("47/NQ-CP@2024", 20, type="resolution",
                                                    number="47", issuer="CP", year=2024)))
    s.rollback()  # what an exception / Ctrl-C does: the open batch (a6) is dropped
    s.conn.close()  # no finalize: as if the process died
    s = Store.open(db)  # the dirty flag makes open finalize
    st = s.stats()
    assert st["articles"] == 6 and st["citations"] == 12 and st["documents"] == 2
    assert s.document("57-KL/TW")["n_articles"] == 6
    # A re-run resumes: stored articles are unchanged, the missing one is added.
    added = [s.add(art(f"a{i}"), ex(cit("57-KL/TW"))) for i in range(7)]
    assert added == [False] * 6 + [True]
    s.finalize()
    assert s.document("57-KL/TW")["n_articles"] == 7
    assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert s.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    s.close()


def test_exception_inside_a_with_block_rolls_back(tmp_path):
    db = tmp_path / "r.db"
    with pytest.raises(RuntimeError), Store.open(db, batch_size=100) as s:
        s.add(art("a"), ex(cit("57-KL/TW")))
        raise RuntimeError("boom")
    with Store.open(db) as s:
        assert s.stats()["articles"] == 0


def test_file_store_persists(tmp_path):
    db = tmp_path / "r.db"
    with Store.open(db) as s:
        s.add(art("a"), ex(cit("57-KL/TW")))
        s.finalize()
    with Store.open(db) as s:
        assert [d["key"] for d in s.documents()] == ["57-KL/TW"]
        assert s.skipped == 0


def test_a_key_read_two_ways_resolves_by_either_reading(store):
    # Seen in the 2017 corpus: "Nghị định số 39-NQ/TW" types a Party resolution as a decree.
    # The key is the same; its mentions join the one dated document on the same evidence.
    subject = "về tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức, viên chức"
    store.add(art("a"), ex(cit("39-NQ/TW@2015", type="resolution", number="39", year=2015,
                               title=subject)))
    store.add(art("b"), ex(cit("39-NQ/TW", type="decree", number="39", title=subject)))
    store.add(art("c"), ex(cit("39-NQ/TW", type="resolution", number="39", form="short",
                               title=subject)))
    # Readings that sort before and after the right one: the result must not depend on
    # which is met last.
    store.add(art("d"), ex(cit("39-NQ/TW", type="rules", number="39", title=subject)))
    store.finalize()
    assert [c["key"] for c in store.citations(key="39-NQ/TW")] == ["39-NQ/TW@2015"] * 3
    assert len(store.citations(key="39-NQ/TW@2015")) == 4
    d = keys(store)["39-NQ/TW@2015"]
    assert (d["n_articles"], d["n_mentions"], d["form"]) == (4, 4, "full")
    assert set(keys(store)) == {"39-NQ/TW@2015"}


def test_a_resolution_whose_reason_is_gone_is_undone(store):
    # Found by review: "NQ 57" read once with its issuer and once without. While D is
    # there, B's mention joins it (same subject); once D is gone, B's mention must go
    # back to its own key, as a fresh build would give it.
    subject = "về định hướng chiến lược phát triển năng lượng quốc gia"
    store.add(art("D"), ex(cit("57-NQ/TW@2020", type="resolution", year=2020, title=subject)))
    store.add(art("A"), ex(cit("NQ 57", type="resolution", issuer="TW")))
    store.add(art("B"), ex(cit("NQ 57", type="resolution", issuer=None, form="short",
                               title=subject)))
    store.finalize()
    assert [c["key"] for c in store.citations(article="B")] == ["57-NQ/TW@2020"]
    store.remove("D")
    store.finalize()
    assert [c["key"] for c in store.citations(article="B")] == ["NQ 57"]
    assert "NQ 57" in keys(store)


def test_an_id_met_twice_in_a_bulk_load_brings_the_indexes_back(tmp_path):
    # Without them, each such replacement would scan the whole citations table.
    s = Store.open(tmp_path / "r.db")
    assert s.defer_indexes()
    index_names = lambda: {r[0] for r in s.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
    s.add(art("a"), ex(cit("57-KL/TW")))
    assert index_names() == set()
    s.add(art("a", title="changed"), ex(cit("57-KL/TW", 5)))
    assert "citations_by_article" in index_names()
    assert [c["start"] for c in s.citations(article="a")] == [5]
    s.close()


def test_a_version_1_index_is_migrated_and_re_extracted_on_the_next_run(tmp_path):
    # Issue 10 changed the keys extract() writes: a format-1 index gains the new columns,
    # is marked stale, and its articles are read again by the next index run.
    from refgraph import store as store_module
    v1 = re.sub(r"candidates TEXT,.*?hints TEXT[^\n]*\n", "candidates TEXT\n",
                store_module._SCHEMA, flags=re.S)
    assert "hints" not in v1 and "candidates TEXT" in v1
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    conn.executescript(v1)
    conn.execute("INSERT INTO meta VALUES ('dirty', '0')")
    a = art("a")
    conn.execute("INSERT INTO articles(id, hash, n_chars) VALUES ('a', ?, 300)",
                 (article_hash(a),))
    conn.execute("INSERT INTO citations(article_id, key, raw_key, start, \"end\") "
                 "VALUES ('a', '5-CT/TƯ', '5-CT/TƯ', 0, 7)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Store.open(db) as s:
        assert s.stale
        assert not s.unchanged(a)  # hashes marked stale: read again
        assert s.add(a, ex(cit("5-CT/TW", number="5", type="directive")))
        s.finalize()
        assert not s.stale
        assert [c["key"] for c in s.citations()] == ["5-CT/TW"]
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_an_index_built_by_another_extractor_is_read_again(tmp_path, monkeypatch):
    # Records are extract()'s: an index built by other extraction code is not trusted.
    # Its articles' hashes are marked stale on opening, so the next index run extracts
    # them anew; until it has, readers are told.
    from refgraph import store as store_module
    db = tmp_path / "r.db"
    a, b = art("a"), art("b", text="y" * 300)
    with Store.open(db) as s:
        s.add(a, ex(cit("57-KL/TW")))
        s.add(b, ex(cit("57-KL/TW")))
        s.finalize()
    with Store.open(db, writer=True) as s:  # same extractor: nothing to do
        assert not s.stale and s.unchanged(a)
        assert s.unchanged(a) and s.unchanged(b)
    monkeypatch.setattr(store_module, "extractor_fingerprint", lambda: "another")
    ro = Store._open_read_only(str(db), 500)  # as a file this user cannot write is read
    assert ro.stale and ro.unchanged(a)  # not marked (its hashes hold), but said
    ro.close()
    with Store.open(db) as s:  # a reader does not mark it (another install may index it)
        assert s.stale and s.unchanged(a)
    with Store.open(db, writer=True) as s:
        assert s.stale and not s.unchanged(a)  # marked on opening
        assert not s.unchanged(a) and not s.unchanged(b)
        assert s.add(a, ex(cit("57-KL/TW", 3)))  # read again: stored anew
        s.finalize()
        assert s.stale  # b is still as the other extractor read it
        assert s.add(b, ex(cit("57-KL/TW", 4)))
        s.finalize()
        assert not s.stale
    with Store.open(db, writer=True) as s:
        assert not s.stale and s.unchanged(a)


def test_a_party_number_in_the_articles_term_is_that_terms_document(store):
    # central Party numbering restarts each term: in 2019 (term XII) "98-NQ/TW" is the
    # one of 2017 the corpus knows; in 2023 (term XIII) it may be another, unknown one
    store.add(art("a"), ex(cit("98-NQ/TW@2017", type="resolution", number="98", year=2017)))
    store.add(art("c", date="2019-05-01"), ex(cit("98-NQ/TW", type="resolution", number="98")))
    store.add(art("d", date="2023-05-01"), ex(cit("98-NQ/TW", type="resolution", number="98")))
    store.finalize()
    got = {c["article"]: (c["key"], c["resolved_by"]) for c in store.citations()}
    assert got["c"] == ("98-NQ/TW@2017", "date")
    assert got["d"][0] == "98-NQ/TW"


def _read(store, id: str, text: str, date: str | None) -> None:
    from refgraph.extract import extract_article
    a = art(id, text, date=date)
    store.add(a, extract_article(a))


SUBJECT_366 = ("về việc kiểm điểm và đánh giá, xếp loại chất lượng đối với tập thể, cá nhân "
               "trong hệ thống chính trị")


def test_a_document_known_only_as_just_issued_joins_the_mentions_its_subject_names(store):
    # one article dates it by "vừa ban hành"; another, of the same days, names it by its
    # subject without "vừa": one document (and that article's other mentions with it);
    # a third names neither its year nor its subject: not joined on the number alone
    _read(store, "a", f"Bộ Chính trị vừa ban hành Quy định số 366-QĐ/TW {SUBJECT_366}. "
          "Quy định 366 gồm 4 chương.", "2025-09-20")
    _read(store, "b", f"Quy định số 366 của Bộ Chính trị {SUBJECT_366}. Theo Quy định 366, "
          "việc kiểm điểm được tiến hành hằng năm.", "2025-09-21")
    _read(store, "c", "Cấp ủy các cấp đang triển khai Quy định 366 của Bộ Chính trị.",
          "2025-09-22")
    store.finalize()
    got = {(c["article"], c["start"]): (c["key"], c["resolved_by"], c["ambiguous"])
           for c in store.citations()}
    assert [k for (a, _), k in sorted(got.items()) if a == "a"] == [
        ("366-QĐ/TW@2025", "date", 0)] * 2
    assert [k[:2] for (a, _), k in sorted(got.items()) if a == "b"] == [
        ("366-QĐ/TW@2025", "subject"), ("366-QĐ/TW@2025", "article")]
    assert [k for (a, _), k in got.items() if a == "c"] == [("366-QĐ/TW", "text", 1)]


def test_years_of_carrying_it_out_date_a_party_resolution(store):
    # "sau 8 năm thực hiện Nghị quyết số 18-NQ/TW" in November 2025 is the one of 2017,
    # not of 2022; without the article's date the count says nothing
    _read(store, "a", "Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương "
          "về tinh gọn tổ chức bộ máy.", "2017-11-01")
    _read(store, "b", "Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương "
          "về đất đai.", "2022-07-01")
    text = ("Kết luận nêu rõ kết quả đạt được sau 8 năm thực hiện Nghị quyết số 18-NQ/TW của "
            "Ban Chấp hành Trung ương.")
    _read(store, "c", text, "2025-11-21")
    _read(store, "d", text, None)
    store.finalize()
    got = {c["article"]: (c["key"], c["resolved_by"]) for c in store.citations()
           if c["number"] == "18"}
    assert got["c"] == ("18-NQ/TW@2017", "date")
    assert got["d"][0] == "18-NQ/TW"
