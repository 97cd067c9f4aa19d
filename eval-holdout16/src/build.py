import json, sys
sys.path.insert(0, '.')
import a01_10, a11_20, a21_30, a31_40
from a01_10 import A
T = {"V": "VISIT", "M": "MEETING", "C": "CALL", "A": "AGREEMENT"}
S = {"O": "OCCURRED", "P": "PLANNED"}
def c(s):
    pair, t, st = s.split()
    a, b = pair.split("-")
    return {"countries": sorted([a, b]), "type": T[t], "status": S[st]}
A.sort(key=lambda d: d["id"])
with open("../articles.jsonl", "w") as fa, open("../labels.jsonl", "w") as fl:
    for d in A:
        fa.write(json.dumps({k: d[k] for k in ["id", "source", "url", "published_at"]} | {"title": None, "body": d["body"]}, ensure_ascii=False) + "\n")
        fl.write(json.dumps({"id": d["id"], "required": [c(x) for x in d["req"]], "allowed": [c(x) for x in d["alw"]]}, ensure_ascii=False) + "\n")
print(len(A))
