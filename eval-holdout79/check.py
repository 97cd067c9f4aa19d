import json, re
from collections import Counter
ISO3 = set("""AFG ALA ALB DZA ASM AND AGO AIA ATA ATG ARG ARM ABW AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BMU BTN BOL BES BIH BWA BVT BRA IOT BRN BGR BFA BDI CPV KHM CMR CAN CYM CAF TCD CHL CHN CXR CCK COL COM COG COD COK CRI CIV HRV CUB CUW CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FLK FRO FJI FIN FRA GUF PYF ATF GAB GMB GEO DEU GHA GIB GRC GRL GRD GLP GUM GTM GGY GIN GNB GUY HTI HMD VAT HND HKG HUN ISL IND IDN IRN IRQ IRL IMN ISR ITA JAM JPN JEY JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MAC MDG MWI MYS MDV MLI MLT MHL MTQ MRT MUS MYT MEX FSM MDA MCO MNG MNE MSR MAR MOZ MMR NAM NRU NPL NLD NCL NZL NIC NER NGA NIU NFK MKD MNP NOR OMN PAK PLW PSE PAN PNG PRY PER PHL PCN POL PRT PRI QAT REU ROU RUS RWA BLM SHN KNA LCA MAF SPM VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SXM SVK SVN SLB SOM ZAF SGS SSD ESP LKA SDN SUR SJM SWE CHE SYR TWN TJK TZA THA TLS TGO TKL TON TTO TUN TUR TKM TCA TUV UGA UKR ARE GBR USA UMI URY UZB VUT VEN VNM VGB VIR WLF ESH YEM ZMB ZWE""".split())
assert len(ISO3) == 249
arts = [json.loads(l) for l in open('articles.jsonl')]
labs = [json.loads(l) for l in open('labels.jsonl')]
ids = [f"h79-{i:02d}" for i in range(1, 41)]
assert [a['id'] for a in arts] == [l['id'] for l in labs] == ids
for l in labs:
    assert list(l) == ['id', 'required', 'allowed']
# fields, dates, sizes
month_only = []
for a in arts:
    assert list(a) == ['id', 'source', 'url', 'published_at', 'title', 'body'] and a['title'] is None
    assert a['source'] and (a['url'] is None or a['url'].startswith('http'))
    d = a['published_at']
    if d is None:
        assert a['id'] == 'h79-40', a['id']
    elif re.fullmatch(r"\d{4}-\d{2}", d):
        month_only.append(a['id'])
    else:
        assert re.fullmatch(r"(201[5-9]|202[0-5])-\d{2}-\d{2}", d), (a['id'], d)
assert len(month_only) == 3, month_only
assert arts[-1]['published_at'] is None
size = Counter()
for i, a in enumerate(arts, 1):
    n = len(a['body'])
    kind = 'long' if n >= 2500 else 'medium' if n >= 1200 else 'short'
    want = 'long' if i <= 12 else 'medium' if i <= 26 else 'short'
    assert kind == want, (a['id'], n, kind, want)
    assert 300 <= n <= 4500 and (kind != 'medium' or n <= 2000) and (kind != 'short' or n <= 1100), (a['id'], n)
    size[kind] += 1
assert size == Counter(long=12, medium=14, short=14), size
print('sizes', dict(size), 'month-only dates', month_only)
# labels
req = Counter(); typ = Counter(); alw = 0; empty = []
for l in labs:
    for c in l['required'] + l['allowed']:
        assert list(c) == ['countries', 'type', 'status'], c
        assert c['countries'] == sorted(c['countries']) and len(set(c['countries'])) == 2, c
        assert all(x in ISO3 for x in c['countries']), c
        assert c['type'] in {'VISIT', 'MEETING', 'CALL', 'AGREEMENT'} and c['status'] in {'OCCURRED', 'PLANNED'}, c
    rk = [(tuple(c['countries']), c['status']) for c in l['required']]
    ak = [(tuple(c['countries']), c['status']) for c in l['allowed']]
    assert len(set(rk)) == len(rk) and len(set(ak)) == len(ak) and not set(rk) & set(ak), l['id']
    for c in l['required']: req[c['status']] += 1; typ[c['type']] += 1
    alw += len(l['allowed'])
    if not l['required']: empty.append(l['id'])
assert not labs[26]['required'], 'h79-27 (not in English) must have nothing required'
print('articles', len(arts), 'nothing required', empty)
print('required', sum(req.values()), dict(req), dict(typ), 'allowed', alw)
print('OK')
