#!/usr/bin/env python3
"""B-cubed precision, recall and F1 of newsgraph's actor grouping over the gold mentions of a hand-made example.

Usage: scripts/actor_groups.py GOLD.json ANNOTATION.json
GOLD.json has "actors": [{"id", "mentions": [{"start", "end", "text"}]}] (data/examples/seed/gold.json);
ANNOTATION.json is the output of `newsgraph annotate --json` on the same text. Each gold mention takes the actor of
the predicted mention that overlaps it most (a gold mention no predicted mention overlaps is an actor of its own).
Also lists, per gold actor, the predicted actors of its mentions, and which gold actors share a predicted actor.
"""
import json
import sys


def main(gold_path, pred_path):
    gold = json.load(open(gold_path, encoding="utf-8"))["actors"]
    pred = json.load(open(pred_path, encoding="utf-8"))["actors"]
    spans = [(m["start"], m["end"], a["id"]) for a in pred for m in a["mentions"]]
    items = []
    for a in gold:
        for m in a["mentions"]:
            best, overlap = None, 0
            for s, e, pid in spans:
                o = min(e, m["end"]) - max(s, m["start"])
                if o > overlap or (o == overlap and o > 0 and best is not None and e - s < best[1] - best[0]):
                    best, overlap = (s, e, pid), o
            items.append((a["id"], best[2] if best else "unmatched:%d" % m["start"], m["text"]))
    p = r = 0.0
    for g, q, _ in items:
        same_pred = [x for x in items if x[1] == q]
        same_gold = [x for x in items if x[0] == g]
        both = [x for x in same_pred if x[0] == g]
        p += len(both) / len(same_pred)
        r += len(both) / len(same_gold)
    n = len(items)
    p, r = p / n, r / n
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(json.dumps({"mentions": n, "bcubed_precision": round(p, 4), "bcubed_recall": round(r, 4),
                      "bcubed_f1": round(f, 4)}))
    by_gold = {}
    for g, q, t in items:
        by_gold.setdefault(g, []).append((q, t))
    for g, ms in by_gold.items():
        print("  %-24s %s" % (g, "; ".join("%s <- %s" % (q, t) for q, t in ms)))
    owners = {}
    for g, q, _ in items:
        if not q.startswith("unmatched"):
            owners.setdefault(q, set()).add(g)
    merged = {q: sorted(gs) for q, gs in owners.items() if len(gs) > 1}
    print("merged gold actors:", json.dumps(merged))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
