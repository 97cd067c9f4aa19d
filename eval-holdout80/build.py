import json
exec(open('src_long.py').read()); exec(open('src_medium.py').read()); exec(open('src_short.py').read()); exec(open('src_labels.py').read())
arts = A + M + S
IDS = [f"h80-{i:02d}" for i in range(1, 41)]
assert [a['id'] for a in arts] == IDS
assert sorted(L) == IDS
with open('articles.jsonl', 'w') as f:
    for a in arts:
        f.write(json.dumps({"id": a["id"], "source": a["source"], "url": a["url"], "published_at": a["published_at"], "title": None, "body": a["body"]}, ensure_ascii=False) + "\n")
def parse(s):
    p, t, st = s.split()
    c = sorted(p.split('-'))
    assert len(c) == 2 and c[0] != c[1], s
    assert t in ("VISIT", "MEETING", "CALL", "AGREEMENT"), s
    return {"countries": c, "type": t, "status": {"O": "OCCURRED", "P": "PLANNED"}[st]}
with open('labels.jsonl', 'w') as f:
    for a in arts:
        req, alw = L[a["id"]]
        req = [parse(x) for x in req]; alw = [parse(x) for x in alw]
        rk = [(tuple(c["countries"]), c["status"]) for c in req]
        ak = [(tuple(c["countries"]), c["status"]) for c in alw]
        assert len(rk) == len(set(rk)), a["id"]
        assert len(ak) == len(set(ak)), a["id"]
        assert not set(rk) & set(ak), (a["id"], set(rk) & set(ak))
        f.write(json.dumps({"id": a["id"], "required": req, "allowed": alw}) + "\n")
print("wrote articles.jsonl and labels.jsonl:", len(arts), "articles")
