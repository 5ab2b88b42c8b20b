#!/usr/bin/env python3
"""Learns the cue-word lexicon of the quotes stage from PolNeAR's training split.

Usage: scripts/train_quote_cues.py polnear-train.jsonl > extract/src/main/resources/org/newsgraph/extract/quotes/cue-words.tsv

For every lower-cased word it counts how often the word lies inside an annotated cue span and how often it occurs in
the texts at all; a word that is a cue at least MIN_CUE times is written as `word<TAB>cue<TAB>total`. The quotes
stage reads the ratio cue/total as the probability that the word, used as a verb, introduces an attribution. Only
these counts ship, none of the corpus's text. Deterministic: same input, same file.
"""
import json
import re
import sys
from collections import Counter

MIN_CUE = 3
WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")


def main(path):
    cue, total = Counter(), Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            text = doc["text"]
            for m in WORD.finditer(text):
                total[m.group().lower()] += 1
            for a in doc["attributions"]:
                seen = set()
                for span in a["cue"]:
                    for m in WORD.finditer(text[span["start"]:span["end"]]):
                        seen.add(m.group().lower())
                for w in seen:
                    cue[w] += 1
    print("# cue-word lexicon learned by scripts/train_quote_cues.py from PolNeAR train (word, cue count, total count)")
    for w in sorted(cue):
        if cue[w] >= MIN_CUE:
            print("%s\t%d\t%d" % (w, cue[w], max(total[w], cue[w])))


if __name__ == "__main__":
    main(sys.argv[1])
