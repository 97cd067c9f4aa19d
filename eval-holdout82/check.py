import json, re
from collections import Counter
ISO3 = set("""AFG ALA ALB DZA ASM AND AGO AIA ATA ATG ARG ARM ABW AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BMU BTN BOL BES BIH BWA BVT BRA IOT BRN BGR BFA BDI CPV KHM CMR CAN CYM CAF TCD CHL CHN CXR CCK COL COM COG COD COK CRI CIV HRV CUB CUW CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FLK FRO FJI FIN FRA GUF PYF ATF GAB GMB GEO DEU GHA GIB GRC GRL GRD GLP GUM GTM GGY GIN GNB GUY HTI HMD VAT HND HKG HUN ISL IND IDN IRN IRQ IRL IMN ISR ITA JAM JPN JEY JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MAC MDG MWI MYS MDV MLI MLT MHL MTQ MRT MUS MYT MEX FSM MDA MCO MNG MNE MSR MAR MOZ MMR NAM NRU NPL NLD NCL NZL NIC NER NGA NIU NFK MKD MNP NOR OMN PAK PLW PSE PAN PNG PRY PER PHL PCN POL PRT PRI QAT REU ROU RUS RWA BLM SHN KNA LCA MAF SPM VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SXM SVK SVN SLB SOM ZAF SGS SSD ESP LKA SDN SUR SJM SWE CHE SYR TWN TJK TZA THA TLS TGO TKL TON TTO TUN TUR TKM TCA TUV UGA UKR ARE GBR USA UMI URY UZB VUT VEN VNM VGB VIR WLF ESH YEM ZMB ZWE""".split())
assert len(ISO3) == 249
ids = [f"h82-{i:02d}" for i in range(1, 41)]
arts = [json.loads(l) for l in open('articles.jsonl')]
labs = [json.loads(l) for l in open('labels.jsonl')]
assert [a['id'] for a in arts] == [l['id'] for l in labs] == ids
for a in arts:
    assert list(a) == ['id', 'source', 'url', 'published_at', 'title', 'body'] and a['title'] is None
    assert a['url'] is None or a['url'].startswith('http')
# dates: YYYY-MM-DD, except YYYY-MM for three articles and null for the last
months = [a['id'] for a in arts if a['published_at'] and re.fullmatch(r'\d{4}-\d{2}', a['published_at'])]
for a in arts[:-1]:
    assert re.fullmatch(r'\d{4}-\d{2}(-\d{2})?', a['published_at']), a['id']
    assert '2015' <= a['published_at'][:4] <= '2025', a['id']
assert arts[-1]['published_at'] is None
assert len(months) == 3, months
# size mix: 12 long, 14 medium, 14 short, in id order
RANGES = {'long': (2500, 4500), 'medium': (1200, 2000), 'short': (300, 1100)}
size = Counter()
for i, a in enumerate(arts):
    kind = 'long' if i < 12 else 'medium' if i < 26 else 'short'
    lo, hi = RANGES[kind]
    n = len(a['body'])
    assert lo <= n <= hi, (a['id'], kind, n)
    size[kind] += 1
assert size == Counter(long=12, medium=14, short=14)
print('sizes', dict(size), 'dated to month only', months)
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
# the one non-English article (h82-27) has nothing required
assert 'h82-27' in empty
print('articles', len(arts), 'nothing required', len(empty), empty)
print('required', sum(req.values()), dict(req), dict(typ), 'allowed', alw)
print('OK')
