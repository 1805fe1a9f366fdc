"""Precision, recall and field accuracy of the extractor against the hand labels.

    python bench/accuracy.py [--show] [--labels FILE] [--numbered]
    python bench/accuracy.py --all      # every label set, one line each

Labels: tests/data/*labels*.jsonl and *heldout*.jsonl, hand-labelled articles of
../shared/corpus/baomoi-2017 (pages, by file name) or ../shared/corpus/tuoitre-2024
(JSON Lines, by id; sets whose name starts with "tuoitre"). A found record matches a
label when their spans overlap. Bills (form "draft") are records like the others: a bill
found as a law in force is a wrong `form`, and one not found a miss. `--numbered` scores
only numbered documents (full and short forms), the issue's headline figure.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import unicodedata  # noqa: E402

from refgraph.corpus import article_from_page  # noqa: E402
from refgraph.extract import extract_article  # noqa: E402
from refgraph.models import Article  # noqa: E402

DATA = HERE.parent / "tests" / "data"
LABELS = DATA / "corpus_labels.jsonl"
SHARED = HERE.parent.parent / "shared" / "corpus"
CORPUS = SHARED / "baomoi-2017"
TUOITRE = SHARED / "tuoitre-2024" / "articles.jsonl"
FIELDS = ("text", "type", "number", "issuer", "year", "date", "form", "body", "title")
SETS = ("corpus_labels", "heldout_labels", "tuoitre_labels", "tuoitre_heldout")


def _tuoitre() -> dict[str, Article]:
    out = {}
    with TUOITRE.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            out[r["id"]] = Article(id=r["id"], text=unicodedata.normalize("NFC", r["text"]),
                                   title=r.get("title"), date=r.get("date"))
    return out


def _numbered(c) -> bool:
    get = c.get if isinstance(c, dict) else lambda f: getattr(c, f)
    return get("form") in ("full", "short")


def evaluate(labels_path: Path = LABELS, corpus: Path = CORPUS, numbered: bool = False) -> dict:
    tp = fp = fn = 0
    field_ok: dict[str, int] = dict.fromkeys(FIELDS, 0)
    field_n: dict[str, int] = dict.fromkeys(FIELDS, 0)  # labels that give the field
    problems: list[str] = []
    jsonl = _tuoitre() if labels_path.name.startswith("tuoitre") else None
    for line in labels_path.read_text("utf-8").splitlines():
        lab = json.loads(line)
        if jsonl is not None:
            art = jsonl[lab["article"]]
        else:
            path = corpus / lab["article"]
            art = article_from_page(path.read_text("utf-8"), lab["article"])
        found = list(extract_article(art))
        gold = lab["citations"]
        if numbered:  # a found record counts when it or the label it meets is numbered
            found = [c for c in found if _numbered(c) or any(
                _numbered(g) and c.start < g["end"] and g["start"] < c.end for g in gold)]
            gold = [g for g in gold if _numbered(g) or any(
                _numbered(c) and c.start < g["end"] and g["start"] < c.end for c in found)]
        used = set()
        for g in gold:
            hit = next((i for i, c in enumerate(found)
                        if i not in used and c.start < g["end"] and g["start"] < c.end), None)
            if hit is None:
                fn += 1
                problems.append(f"MISS {lab['article']} {g['text']!r} {g['start']}")
                continue
            used.add(hit)
            tp += 1
            c = found[hit]
            for f in FIELDS:
                if f not in g:
                    continue
                field_n[f] += 1
                if getattr(c, f) == g[f]:
                    field_ok[f] += 1
                else:
                    problems.append(f"FIELD {lab['article']} {g['text']!r} {f}: got {getattr(c, f)!r} want {g[f]!r}")
        for i, c in enumerate(found):
            if i not in used:
                fp += 1
                problems.append(f"EXTRA {lab['article']} {c.text!r} {c.start}")
    return {"tp": tp, "fp": fp, "fn": fn,
            "precision": tp / max(1, tp + fp), "recall": tp / max(1, tp + fn),
            "fields": {f: n / field_n[f] for f, n in field_ok.items() if field_n[f]},
            "problems": problems}


def _report(r: dict) -> None:
    print(f"matched {r['tp']}  extra {r['fp']}  missed {r['fn']}  "
          f"precision {r['precision']:.3f}  recall {r['recall']:.3f}")
    print("field accuracy on matched: " + "  ".join(f"{f} {v:.3f}" for f, v in r["fields"].items()))


if __name__ == "__main__":
    numbered = "--numbered" in sys.argv
    if "--all" in sys.argv:
        for name in SETS:
            for num in (False, True):
                print(f"{name}{' (numbered only)' if num else ''}: ", end="")
                _report(evaluate(DATA / f"{name}.jsonl", numbered=num))
        sys.exit(0)
    labels = Path(sys.argv[sys.argv.index("--labels") + 1]) if "--labels" in sys.argv else LABELS
    r = evaluate(labels, numbered=numbered)
    _report(r)
    if "--show" in sys.argv:
        print("\n".join(r["problems"]))
