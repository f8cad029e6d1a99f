#!/usr/bin/env python3
"""Scores `gatehouse triage` / `gatehouse verify` output against a labelled set.

usage: eval.py triage LABELLED.jsonl PREDICTED.jsonl
       eval.py verify LABELLED.jsonl PREDICTED.jsonl
"""
import json
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return {row["id"]: row for row in (json.loads(line) for line in f if line.strip())}


def triage(truth, pred):
    labels = sorted({t["label"] for t in truth.values()} | {p.get("label") for p in pred.values()})
    right = 0
    tp = {l: 0 for l in labels}; fp = dict(tp); fn = dict(tp)
    for id_, t in truth.items():
        got = pred.get(id_, {}).get("label")
        ok = got == t["label"] or got in t.get("accept", [])
        right += ok
        expected = got if ok else t["label"]
        if ok:
            tp[expected] += 1
        else:
            fn[t["label"]] += 1
            fp[got] = fp.get(got, 0) + 1
    f1s = []
    for l in labels:
        if tp[l] + fn[l] == 0:
            continue
        p = tp[l] / (tp[l] + fp.get(l, 0)) if tp[l] + fp.get(l, 0) else 0
        r = tp[l] / (tp[l] + fn[l])
        f1s.append(2 * p * r / (p + r) if p + r else 0)
    print(f"triage: n={len(truth)} accuracy={right / len(truth):.3f} macro-F1={sum(f1s) / len(f1s):.3f}")


def verify(truth, pred):
    blocks = [i for i, t in truth.items() if t["expected"] == "block"]
    passes = [i for i, t in truth.items() if t["expected"] == "pass"]
    caught = sum(pred.get(i, {}).get("verdict") == "block" for i in blocks)
    false_blocks = sum(pred.get(i, {}).get("verdict") == "block" for i in passes)
    print(f"verify: caught {caught}/{len(blocks)} unsupported drafts, false blocks {false_blocks}/{len(passes)}")


if __name__ == "__main__":
    kind, labelled, predicted = sys.argv[1:4]
    {"triage": triage, "verify": verify}[kind](load(labelled), load(predicted))
