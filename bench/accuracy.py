"""Precision, recall and field accuracy of the extractor against the hand labels.

    python bench/accuracy.py [--show] [--labels FILE]

Labels: tests/data/corpus_labels.jsonl (articles of ../shared/corpus/baomoi-2017,
labelled by hand). A found citation matches a label when their spans overlap.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from refgraph.corpus import article_from_page  # noqa: E402
from refgraph.extract import extract_article  # noqa: E402

LABELS = HERE.parent / "tests" / "data" / "corpus_labels.jsonl"
CORPUS = HERE.parent.parent / "shared" / "corpus" / "baomoi-2017"
FIELDS = ("text", "type", "number", "issuer", "year", "date", "form", "body", "title")


def evaluate(labels_path: Path = LABELS, corpus: Path = CORPUS) -> dict:
    tp = fp = fn = 0
    field_ok: dict[str, int | None] = dict.fromkeys(FIELDS, 0)
    problems: list[str] = []
    for line in labels_path.read_text("utf-8").splitlines():
        lab = json.loads(line)
        path = corpus / lab["article"]
        art = article_from_page(path.read_text("utf-8"), lab["article"])
        found = list(extract_article(art))
        used = set()
        for g in lab["citations"]:
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
                    field_ok[f] = None
                    continue
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
            "fields": {f: n / max(1, tp) for f, n in field_ok.items() if n is not None},
            "problems": problems}


if __name__ == "__main__":
    labels = Path(sys.argv[sys.argv.index("--labels") + 1]) if "--labels" in sys.argv else LABELS
    r = evaluate(labels)
    print(f"matched {r['tp']}  extra {r['fp']}  missed {r['fn']}  "
          f"precision {r['precision']:.3f}  recall {r['recall']:.3f}")
    print("field accuracy on matched: " + "  ".join(f"{f} {v:.3f}" for f, v in r["fields"].items()))
    if "--show" in sys.argv:
        print("\n".join(r["problems"]))
