#!/usr/bin/env python3
"""Structural checks for eval-holdout16 (formats, ids, codes, label constraints, length mix)."""
import json
from collections import Counter
VALID = set("""AGO ARE ARG AZE BEN BFA BRA CAN CHL CHN CIV CMR COD COG COL CPV DJI DZA EGY ERI ESP ETH FRA GAB GHA
GIN GMB GNB GTM HTI IND IRN IRQ ITA JPN KAZ KEN KGZ KWT LTU MEX MLI MOZ MRT NAM NER NGA OMN PAK PER PRT QAT RUS
RWA SAU SDN SEN SSD STP SWE TCD TJK TKM TUR TZA UGA USA UZB VEN ZAF ZMB""".split())  # ISO 3166-1 alpha-3, checked by hand
arts = [json.loads(l) for l in open("articles.jsonl")]
labs = [json.loads(l) for l in open("labels.jsonl")]
ids = [f"h16-{i:02d}" for i in range(1, 41)]
assert [a["id"] for a in arts] == ids == [l["id"] for l in labs]
for a in arts:
    assert list(a) == ["id", "source", "url", "published_at", "title", "body"] and a["title"] is None
bands = Counter("long" if 2500 <= len(a["body"]) <= 4500 else "medium" if 1200 <= len(a["body"]) <= 2000
                else "short" if 300 <= len(a["body"]) <= 1100 else "OUT" for a in arts)
req = Counter(); alw = 0; empty = 0
for l in labs:
    r = [(tuple(c["countries"]), c["status"]) for c in l["required"]]
    w = [(tuple(c["countries"]), c["status"]) for c in l["allowed"]]
    assert len(r) == len(set(r)) and not set(r) & set(w) and len(w) == len(set(w)), l["id"]
    for c in l["required"] + l["allowed"]:
        assert c["countries"] == sorted(c["countries"]) and len(set(c["countries"])) == 2
        assert set(c["countries"]) <= VALID and c["type"] in {"VISIT", "MEETING", "CALL", "AGREEMENT"}
        assert c["status"] in {"OCCURRED", "PLANNED"}
    for c in l["required"]:
        req[c["status"]] += 1; req[c["type"]] += 1
    alw += len(l["allowed"]); empty += not l["required"]
print("bands", dict(bands))
print("articles", len(arts), "nothing_required", empty, "required", sum(len(l["required"]) for l in labs), dict(req), "allowed", alw)
