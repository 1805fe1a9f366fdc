"""How often one document sits under two keys, and how often a mention stays ambiguous.

    python bench/identity.py [--db FILE] [--sample N --seed S]

Indexes both corpora of ../shared/corpus (baomoi-2017 pages, tuoitre-2024 JSON Lines)
into a scratch database and prints, over the article-citations (distinct article and
key, body zone) of numbered documents:

- split share: those on a key with no issuer, or with no year while a dated key of the
  same type, number and issuer exists (the same document under two names, or one not
  pinned down);
- ambiguous share: those on a key listed as ambiguous (several candidates, or one that
  the evidence did not confirm);
- the split ones by what reading them found (tests/data/split_labels.jsonl): the same
  document as one the corpus dates (a real split), another document, undecidable …;
- how each was decided (resolved_by).

With --sample N, prints N body-zone mentions drawn at random among those joined to a
document (by the corpus stage, or a short form by its article: resolved_by subject,
term, date, corpus, article), about evenly over the kinds, as JSON Lines, for judging by
hand (tests/data/identity_sample.jsonl).
"""
from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from refgraph.store import Store  # noqa: E402

CORPORA = (ROOT.parent / "shared" / "corpus" / "baomoi-2017",
           ROOT.parent / "shared" / "corpus" / "tuoitre-2024" / "articles.jsonl")

SPLIT_SQL = """
WITH ac AS (SELECT DISTINCT article_id, key FROM citations
            WHERE number IS NOT NULL AND zone != 'related')
SELECT count(*),
       coalesce(sum(CASE WHEN d.issuer IS NULL THEN 1
                WHEN d.year IS NULL AND EXISTS (
                    SELECT 1 FROM documents e WHERE e.type = d.type AND e.number = d.number
                      AND e.issuer = d.issuer AND e.year IS NOT NULL) THEN 1
                ELSE 0 END), 0),
       coalesce(sum(d.ambiguous), 0)
FROM ac JOIN documents d ON d.key = ac.key
"""

JOINED = ("subject", "term", "date", "corpus", "article")
LABELS = ROOT / "tests" / "data" / "split_labels.jsonl"

SPLIT_ROWS_SQL = """
WITH ac AS (SELECT DISTINCT article_id, key FROM citations
            WHERE number IS NOT NULL AND zone != 'related')
SELECT ac.article_id, ac.key FROM ac JOIN documents d ON d.key = ac.key
WHERE d.issuer IS NULL OR (d.year IS NULL AND EXISTS (
    SELECT 1 FROM documents e WHERE e.type = d.type AND e.number = d.number
      AND e.issuer = d.issuer AND e.year IS NOT NULL))
"""


def labelled_splits(store: Store) -> dict[str, int]:
    """The split article-citations by their label (tests/data/split_labels.md): matched
    by article and key, else by article and a mention's text."""
    by_key: dict[tuple[str, str], str] = {}
    by_text: dict[tuple[str, str], str] = {}
    for line in LABELS.read_text("utf-8").splitlines():
        r = json.loads(line)
        by_key[(r["article"], r["key"])] = r["verdict"]
        for text in r["texts"]:
            by_text[(r["article"], text)] = r["verdict"]
    out: dict[str, int] = {}
    for article, key in store.conn.execute(SPLIT_ROWS_SQL).fetchall():
        verdict = by_key.get((article, key))
        if verdict is None:
            texts = [t for (t,) in store.conn.execute(
                "SELECT text FROM citations WHERE article_id = ? AND key = ?", (article, key))]
            verdict = next((by_text[(article, t)] for t in texts if (article, t) in by_text),
                           "unlabelled")
        out[verdict] = out.get(verdict, 0) + 1
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def index(db: Path) -> None:
    subprocess.run([sys.executable, "-m", "refgraph.cli", "index", "-q", "--db", str(db),
                    *map(str, CORPORA)], check=True, cwd=ROOT,
                   env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def figures(store: Store) -> dict:
    total, split, ambiguous = store.conn.execute(SPLIT_SQL).fetchone()
    by = dict(store.conn.execute(
        "SELECT coalesce(resolved_by, '-'), count(*) FROM citations "
        "WHERE zone != 'related' GROUP BY 1 ORDER BY 2 DESC").fetchall())
    return {"article_citations": total, "split": split, "ambiguous": ambiguous,
            "split_share": split / max(1, total), "ambiguous_share": ambiguous / max(1, total),
            "resolved_by": by, "labelled": labelled_splits(store)}


def sample(store: Store, n: int, seed: int) -> list[dict]:
    """n joined mentions at random, about evenly over the kinds of evidence."""
    rows = store._rows(
        f"""SELECT c.id, c.article_id AS article, c.start, c."end", c.text, c.raw_key,
                   c.key, c.resolved_by, c.title, c.hints, c.snippet, a.date AS article_date
            FROM citations c JOIN articles a ON a.id = c.article_id
            WHERE c.resolved_by IN ({",".join("?" * len(JOINED))})
              AND (c.key != c.raw_key OR c.form = 'short') AND c.zone != 'related'
            ORDER BY c.id""", JOINED)
    rng = random.Random(seed)
    by_kind: dict[str, list[dict]] = {}
    for r in rows:
        by_kind.setdefault(r["resolved_by"], []).append(r)
    for rs in by_kind.values():
        rng.shuffle(rs)
    out: list[dict] = []
    while len(out) < n and any(by_kind.values()):
        for kind in sorted(by_kind):
            if by_kind[kind] and len(out) < n:
                out.append(by_kind[kind].pop())
    return out


def main(argv: list[str]) -> None:
    db_arg = argv[argv.index("--db") + 1] if "--db" in argv else None
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(db_arg) if db_arg else Path(tmp) / "identity.db"
        if not db_arg or not db.exists():
            index(db)
        with Store.open(db, create=False) as store:
            if "--sample" in argv:
                n = int(argv[argv.index("--sample") + 1])
                seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 10
                for r in sample(store, n, seed):
                    print(json.dumps(r, ensure_ascii=False))
                return
            f = figures(store)
    print(f"article-citations of numbered documents: {f['article_citations']}")
    print(f"split share      {f['split_share']:.3f}  ({f['split']})")
    print(f"ambiguous share  {f['ambiguous_share']:.3f}  ({f['ambiguous']})")
    lab = f["labelled"]
    print("split, by reading (tests/data/split_labels.md): "
          + "  ".join(f"{k} {v}" for k, v in lab.items()))
    print(f"  real splits (the same document as a dated key): "
          f"{lab.get('candidate', 0) / max(1, f['article_citations']):.3f}"
          f"  ({lab.get('candidate', 0)}; unlabelled {lab.get('unlabelled', 0)})")
    print("resolved_by (body-zone mentions): "
          + "  ".join(f"{k} {v}" for k, v in f["resolved_by"].items()))


if __name__ == "__main__":
    main(sys.argv[1:])
