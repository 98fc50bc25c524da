#!/usr/bin/env python3
"""List unprotected gold spans (MISS), predictions outside every gold span (FP) and
type confusions (TYPE) with context.  Usage: misses.py GOLD PRED [--person]
(PERSON misses are skipped unless --person is given).  Standard library only."""
import json,sys
gold={d['id']:d for d in map(json.loads,open(sys.argv[1]))}
pred={d['id']:d for d in map(json.loads,open(sys.argv[2]))}
def ctx(t,s,e,w=35):
    return (t[max(0,s-w):s]+'[['+t[s:e]+']]'+t[e:e+w]).replace('\n','⏎')
for i,g in gold.items():
    t=g['text']; P=pred.get(i,{}).get('entities',[])
    for e in g['entities']:
        if e['type']=='PERSON' and '--person' not in sys.argv: continue
        cov=set()
        for p in P: cov|=set(range(p['start'],p['end']))
        miss=[k for k in range(e['start'],e['end']) if not t[k].isspace() and k not in cov]
        if miss:
            over=[p for p in P if p['start']<e['end'] and e['start']<p['end']]
            print('MISS',e['type'],i,g['source'],'|',ctx(t,e['start'],e['end']),'| pred:',[(p['type'],t[p['start']:p['end']]) for p in over])
    for p in P:
        over=[e for e in g['entities'] if p['start']<e['end'] and e['start']<p['end']]
        if not over:
            print('FP',p['type'],i,g['source'],'|',ctx(t,p['start'],p['end']))
        elif all(e['type']!=p['type'] for e in over):
            print('TYPE',p['type'],i,'gold',[e['type'] for e in over],'|',ctx(t,p['start'],p['end']))
