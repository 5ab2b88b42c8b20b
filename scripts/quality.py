#!/usr/bin/env python3
"""Runs newsgraph's evaluations on the dev data and records or checks the figures.

  scripts/quality.py record DATA_DIR   run every eval, write docs/quality.json and the README's quality table;
                                       refuses to lower a recorded figure unless --allow-lower is given
  scripts/quality.py check DATA_DIR    run every eval and fail (exit 1) if a headline figure fell below the
                                       recorded one by more than the tolerance (the CI regression gate)
  --only PREFIX                        run only the evaluations whose key starts with PREFIX (time, geo, ...)

DATA_DIR is the folder laid out like ../shared/data/dev. Standard library only.
"""
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RECORD = os.path.join(ROOT, "docs", "quality.json")
README = os.path.join(ROOT, "README.md")
TOLERANCE = 0.005

# (key, task, gold path under DATA_DIR, headline metrics, published figures to show beside ours)
SUITE = [
    ("ner-conll2003-testa", "ner", "ner/conll2003-testa.conll", ["f1", "precision", "recall"],
     "CoNLL-2003 (testb): Flair 0.931 F1, CoreNLP 4-class CRF 0.891"),
    ("time-timebank", "time", "time/timebank", ["value_f1", "relaxed_f1", "strict_f1", "type_accuracy"],
     "TempEval-3 (test): HeidelTime value F1 0.776, SUTime 0.674"),
    ("time-aquaint", "time", "time/aquaint", ["value_f1", "relaxed_f1", "strict_f1", "type_accuracy"],
     "TempEval-3 (test): HeidelTime value F1 0.776, SUTime 0.674"),
    ("quotes-polnear-dev", "quotes", "quotes/polnear-dev.jsonl",
     ["source_f1_exact", "content_f1_overlap", "speaker_accuracy", "cue_f1_exact"],
     "PolNeAR (test): BERT-CofeNet source F1 0.832, CoreNLP 0.139"),
    ("geo-geowebnews", "geo", "geo/geowebnews.jsonl", ["acc161", "resolve_acc161", "detect_recall"],
     "GeoWebNews: Mordecai 3 acc161 0.941"),
    ("geo-geovirus", "geo", "geo/geovirus.jsonl", ["acc161", "resolve_acc161", "detect_recall"],
     "GeoVirus: Mordecai 3 / CamCoder (acc161)"),
    ("events-petrarch2", "events", "events/petrarch2-unittest.jsonl", ["event_f1", "root_f1", "actor_accuracy"],
     "PETRARCH2 unit tests (its own suite)"),
    ("events-plover-gsr", "events", "events/plover-gsr-dev.jsonl", ["plover_f1", "actor_accuracy"],
     "PLOVER gold standard"),
    ("dedup-ecbplus", "dedup", "dedup/ecbplus-dev.jsonl", ["bcubed_f1", "pairwise_f1"],
     "ECB+ document clusters"),
]


def run_suite(data, only=None):
    jar = os.path.join(ROOT, "cli", "target", "newsgraph-cli.jar")
    if not os.path.exists(jar):
        subprocess.run([os.path.join(ROOT, "mvnw"), "-q", "-B", "-DskipTests", "package"], cwd=ROOT, check=True)
    results = {}
    for key, task, gold, headline, published in SUITE:
        if only and not key.startswith(only):
            continue
        path = os.path.join(data, gold)
        if not os.path.exists(path):
            print(f"skip {key}: no {path}", file=sys.stderr)
            continue
        started = time.time()
        out = subprocess.run(["java", "-Xmx3g", "-jar", jar, "eval", task, "--gold", path, "--json"],
                             capture_output=True, text=True)
        if out.returncode != 0:
            raise SystemExit(f"eval {task} on {path} failed ({out.returncode}): {out.stderr.strip()[-500:]}")
        report = json.loads(out.stdout)
        metrics = {m: report["metrics"].get(m) for m in headline}
        results[key] = {"task": task, "gold": gold, "documents": report["documents"], "items": report["items"],
                        "metrics": metrics, "published": published}
        print(f"{key:22s} " + "  ".join(f"{m}={fmt(v)}" for m, v in metrics.items())
              + f"  ({time.time() - started:.0f} s)", file=sys.stderr)
    return results


def fmt(v):
    return "n/a" if v is None else f"{v:.3f}"


def load_record():
    if not os.path.exists(RECORD):
        return {}
    with open(RECORD, encoding="utf-8") as f:
        return json.load(f)


def regressions(record, results):
    found = []
    for key, old in record.items():
        new = results.get(key)
        if new is None:
            continue
        for metric, value in old["metrics"].items():
            now = new["metrics"].get(metric)
            if value is not None and (now is None or now < value - TOLERANCE):
                found.append(f"{key} {metric}: {fmt(now)} < recorded {fmt(value)}")
    return found


def table(record):
    lines = ["| data (dev) | task | newsgraph | published (for comparison) |", "|---|---|---|---|"]
    for key, _, _, headline, _ in SUITE:
        r = record.get(key)
        if r is None:
            continue
        # in the suite's order of headline metrics, whether the record was just run or read back from the JSON
        order = [m for m in headline if m in r["metrics"]] + [m for m in r["metrics"] if m not in headline]
        figures = ", ".join(f"{m} **{fmt(r['metrics'][m])}**" for m in order)
        lines.append(f"| {r['gold']} ({r['documents']} docs, {r['items']} items) | {r['task']} | {figures} "
                     f"| {r['published']} |")
    return "\n".join(lines)


def write_readme(record):
    with open(README, encoding="utf-8") as f:
        text = f.read()
    start, end = "<!-- quality:start -->", "<!-- quality:end -->"
    if start not in text or end not in text:
        raise SystemExit("README.md lacks the quality markers")
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    with open(README, "w", encoding="utf-8") as f:
        f.write(head + start + "\n" + table(record) + "\n" + end + tail)


def main(argv):
    if len(argv) < 3 or argv[1] not in ("record", "check"):
        print(__doc__, file=sys.stderr)
        return 2
    data = argv[2]
    if not os.path.isdir(data):
        print(f"no data folder at {data}", file=sys.stderr)
        return 2
    record = load_record()
    only = argv[argv.index("--only") + 1] if "--only" in argv[:-1] else None
    results = run_suite(data, only)
    found = regressions(record, results)
    if argv[1] == "check":
        for line in found:
            print("REGRESSION " + line, file=sys.stderr)
        print(f"quality gate: {len(results)} evaluations, {len(found)} regressions", file=sys.stderr)
        return 1 if found else 0
    if found and "--allow-lower" not in argv:
        for line in found:
            print("would lower " + line, file=sys.stderr)
        print("not recorded: a figure would fall (use --allow-lower with a reason in the commit)", file=sys.stderr)
        return 1
    record.update(results)
    os.makedirs(os.path.dirname(RECORD), exist_ok=True)
    with open(RECORD, "w", encoding="utf-8") as f:
        json.dump(record, f, indent=2, sort_keys=True)
        f.write("\n")
    write_readme(record)
    print(f"recorded {len(results)} evaluations in {RECORD} and README.md", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
