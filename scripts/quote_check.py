#!/usr/bin/env python3
"""Checks newsgraph's quotes against a hand-made example's gold quotes, channels and non-quotes.

Usage: scripts/quote_check.py GOLD.json ANNOTATION.json
GOLD.json is data/examples/seed/gold.json ("actors", "quotes", "not_quotes"); ANNOTATION.json is the output of
`newsgraph annotate --json` on the same text. A gold quote is found when a predicted quote's content overlaps its
content; its speaker is right when the predicted speaker is the predicted actor that most of the gold speaker's
mentions map to (each gold mention takes the actor of the predicted mention overlapping it most), or, for a gold
speaker that no predicted actor stands for, when the predicted speaker mention overlaps the gold one. A gold channel is
given when the predicted quote has a channel sharing a content word with it. A non-quote is reported when a
predicted quote's content overlaps it. Exit status 1 when any check fails.
"""
import json
import re
import sys
from collections import Counter

STOP = {"a", "an", "the", "on", "in", "of", "to", "by", "with", "this", "that", "at"}


def overlap(a, b):
    return a["start"] < b["end"] and b["start"] < a["end"]


def words(s):
    return {w for w in re.findall(r"[a-z]+", (s or "").lower()) if w not in STOP}


def main(gold_path, pred_path):
    gold = json.load(open(gold_path, encoding="utf-8"))
    pred = json.load(open(pred_path, encoding="utf-8"))
    spans = [(m, a["id"]) for a in pred["actors"] for m in a["mentions"]]
    actor_of = {}
    for a in gold["actors"]:
        votes = Counter()
        for m in a["mentions"]:
            best = max(spans, key=lambda s: min(s[0]["end"], m["end"]) - max(s[0]["start"], m["start"]),
                       default=None)
            if best and overlap(best[0], m):
                votes[best[1]] += 1
        actor_of[a["id"]] = votes.most_common(1)[0][0] if votes else None
    quotes = pred["quotes"]
    found = speaker_right = channels = channels_right = 0
    failures = []
    for q in gold["quotes"]:
        content = q["content"]
        match = [p for p in quotes if any(overlap(s, content) for s in p["spans"])]
        expected = actor_of.get(q["speaker"])
        if expected is None:
            # an unnamed speaker with no actor of its own: the speaker mention must name it
            ok_speaker = any(p.get("speakerMention") and overlap(p["speakerMention"], q["speaker_mention"])
                             for p in match)
        else:
            ok_speaker = any(p["speaker"] == expected for p in match)
        found += bool(match)
        speaker_right += ok_speaker
        if not match or not ok_speaker:
            failures.append("quote %r: %s" % (content["text"][:60], "not found" if not match else
                            "speaker %s, expected %s" % ([p["speaker"] for p in match], actor_of.get(q["speaker"]))))
        if q.get("channel"):
            channels += 1
            if any(words(p.get("channel")) & words(q["channel"]) for p in match):
                channels_right += 1
            else:
                failures.append("channel %r of %r: got %s" % (q["channel"], content["text"][:40],
                                                            [p.get("channel") for p in match]))
    reported = 0
    for n in gold["not_quotes"]:
        inner = dict(n["span"])
        inner["start"] += 1
        inner["end"] -= 1
        if any(overlap(s, inner) for p in quotes for s in p["spans"]):
            reported += 1
            failures.append("non-quote %r reported" % n["span"]["text"])
    print(json.dumps({"quotes": len(gold["quotes"]), "found": found, "speaker_right": speaker_right,
                      "channels": channels, "channels_right": channels_right,
                      "non_quotes": len(gold["not_quotes"]), "non_quotes_reported": reported}))
    for f in failures:
        print("  " + f)
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
