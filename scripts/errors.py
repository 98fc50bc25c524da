#!/usr/bin/env python3
"""Lists missed gold spans and false-positive predictions per type, with context.
usage: scripts/errors.py GOLD PRED [TYPE ...]"""
import json, sys
gold = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1], encoding="utf-8")}
pred = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[2], encoding="utf-8")}
types = set(sys.argv[3:])
def ctx(t, s, e):
    return (t[max(0, s-40):s] + "«" + t[s:e] + "»" + t[e:e+25]).replace("\n", "⏎")
for i, g in gold.items():
    t = g["text"]; p = pred.get(i, {"entities": []})["entities"]
    cov = [False]*len(t)
    for e in p:
        for k in range(e["start"], e["end"]): cov[k] = True
    for e in g["entities"]:
        if types and e["type"] not in types: continue
        if not all(cov[k] or t[k].isspace() for k in range(e["start"], e["end"])):
            print("MISS", e["type"], i, g["source"], ctx(t, e["start"], e["end"]))
    for e in p:
        if types and e["type"] not in types: continue
        if not any(ge["start"] < e["end"] and e["start"] < ge["end"] and ge["type"] == e["type"] for ge in g["entities"]):
            other = [ge["type"] for ge in g["entities"] if ge["start"] < e["end"] and e["start"] < ge["end"]]
            print("FP  ", e["type"], i, g["source"], other, ctx(t, e["start"], e["end"]))
