import json
from collections import Counter
ISO3 = set("""AFG ALA ALB DZA ASM AND AGO AIA ATA ATG ARG ARM ABW AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BMU BTN BOL BES BIH BWA BVT BRA IOT BRN BGR BFA BDI CPV KHM CMR CAN CYM CAF TCD CHL CHN CXR CCK COL COM COG COD COK CRI CIV HRV CUB CUW CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FLK FRO FJI FIN FRA GUF PYF ATF GAB GMB GEO DEU GHA GIB GRC GRL GRD GLP GUM GTM GGY GIN GNB GUY HTI HMD VAT HND HKG HUN ISL IND IDN IRN IRQ IRL IMN ISR ITA JAM JPN JEY JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MAC MDG MWI MYS MDV MLI MLT MHL MTQ MRT MUS MYT MEX FSM MDA MCO MNG MNE MSR MAR MOZ MMR NAM NRU NPL NLD NCL NZL NIC NER NGA NIU NFK MKD MNP NOR OMN PAK PLW PSE PAN PNG PRY PER PHL PCN POL PRT PRI QAT REU ROU RUS RWA BLM SHN KNA LCA MAF SPM VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SXM SVK SVN SLB SOM ZAF SGS SSD ESP LKA SDN SUR SJM SWE CHE SYR TWN TJK TZA THA TLS TGO TKL TON TTO TUN TUR TKM TCA TUV UGA UKR ARE GBR USA UMI URY UZB VUT VEN VNM VGB VIR WLF ESH YEM ZMB ZWE""".split())
assert len(ISO3) == 249
arts = [json.loads(l) for l in open('articles.jsonl')]
labs = [json.loads(l) for l in open('labels.jsonl')]
assert [a['id'] for a in arts] == [l['id'] for l in labs] == [f"h75-{i:02d}" for i in range(1, 41)]
for a in arts:
    assert list(a) == ['id', 'source', 'url', 'published_at', 'title', 'body'] and a['title'] is None
import re
size = Counter()
for i, a in enumerate(arts, 1):
    n = len(a['body']); size['long' if n >= 2500 else 'medium' if n >= 1200 else 'short'] += 1
    lo, hi = (2500, 4500) if i <= 12 else (1200, 2000) if i <= 26 else (300, 1100)
    assert lo <= n <= hi, (a['id'], n)
    assert a['source'] and (a['url'] is None or a['url'].startswith('http')), a['id']
    d = a['published_at']
    assert d is None or re.fullmatch(r'\d{4}-\d{2}(-\d{2})?', d), (a['id'], d)
    assert 2015 <= int(d[:4]) <= 2025 if d else True, a['id']
dates = [a['published_at'] for a in arts]
assert dates[-1] is None and all(d is not None for d in dates[:-1])
assert sum(len(d) == 7 for d in dates[:-1]) == 3
assert size == Counter(long=12, medium=14, short=14), size
assert not labs[26]['required']  # h75-27, not in English
print('sizes', dict(size))
req = Counter(); typ = Counter(); alw = 0; empty = 0
for l in labs:
    keys = set()
    for c in l['required'] + l['allowed']:
        assert c['countries'] == sorted(c['countries']) and len(set(c['countries'])) == 2
        assert all(x in ISO3 for x in c['countries']), c
        assert c['type'] in {'VISIT', 'MEETING', 'CALL', 'AGREEMENT'} and c['status'] in {'OCCURRED', 'PLANNED'}
    rk = [(tuple(c['countries']), c['status']) for c in l['required']]
    ak = [(tuple(c['countries']), c['status']) for c in l['allowed']]
    assert len(set(rk)) == len(rk) and len(set(ak)) == len(ak) and not set(rk) & set(ak)
    for c in l['required']: req[c['status']] += 1; typ[c['type']] += 1
    alw += len(l['allowed']); empty += not l['required']
print('articles', len(arts), 'nothing required', empty)
print('required', sum(req.values()), dict(req), dict(typ), 'allowed', alw)
