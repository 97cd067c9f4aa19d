# Validates articles.jsonl and labels.jsonl and prints the totals.
import json, re
from collections import Counter
ISO3 = set("""AFG ALA ALB DZA ASM AND AGO AIA ATA ATG ARG ARM ABW AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BMU BTN BOL BES BIH BWA BVT BRA IOT BRN BGR BFA BDI CPV KHM CMR CAN CYM CAF TCD CHL CHN CXR CCK COL COM COG COD COK CRI CIV HRV CUB CUW CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FLK FRO FJI FIN FRA GUF PYF ATF GAB GMB GEO DEU GHA GIB GRC GRL GRD GLP GUM GTM GGY GIN GNB GUY HTI HMD VAT HND HKG HUN ISL IND IDN IRN IRQ IRL IMN ISR ITA JAM JPN JEY JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MAC MDG MWI MYS MDV MLI MLT MHL MTQ MRT MUS MYT MEX FSM MDA MCO MNG MNE MSR MAR MOZ MMR NAM NRU NPL NLD NCL NZL NIC NER NGA NIU NFK MKD MNP NOR OMN PAK PLW PSE PAN PNG PRY PER PHL PCN POL PRT PRI QAT REU ROU RUS RWA BLM SHN KNA LCA MAF SPM VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SXM SVK SVN SLB SOM ZAF SGS SSD ESP LKA SDN SUR SJM SWE CHE SYR TWN TJK TZA THA TLS TGO TKL TON TTO TUN TUR TKM TCA TUV UGA UKR ARE GBR USA UMI URY UZB VUT VEN VNM VGB VIR WLF ESH YEM ZMB ZWE""".split())
assert len(ISO3) == 249
ids = [f"h67-{i:02d}" for i in range(1, 41)]
arts = [json.loads(l) for l in open('articles.jsonl')]
labs = [json.loads(l) for l in open('labels.jsonl')]
assert [a['id'] for a in arts] == [l['id'] for l in labs] == ids, "ids"
# fields, dates
month_only = {"h67-30", "h67-35", "h67-38"}
for a in arts:
    assert list(a) == ['id', 'source', 'url', 'published_at', 'title', 'body'], a['id']
    assert a['title'] is None and a['source'] and a['body'].strip(), a['id']
    assert a['url'] is None or a['url'].startswith('http'), a['id']
    d = a['published_at']
    if a['id'] == 'h67-40':
        assert d is None, a['id']
    elif a['id'] in month_only:
        assert re.fullmatch(r"20(1[5-9]|2[0-5])-(0[1-9]|1[0-2])", d), a['id']
    else:
        assert re.fullmatch(r"20(1[5-9]|2[0-5])-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", d), a['id']
# size mix by id range
size = Counter()
for i, a in enumerate(arts, 1):
    n = len(a['body'])
    if i <= 12: assert 2500 <= n <= 4500, (a['id'], n); size['long'] += 1
    elif i <= 26: assert 1200 <= n <= 2000, (a['id'], n); size['medium'] += 1
    else: assert 300 <= n <= 1100, (a['id'], n); size['short'] += 1
assert size == Counter(long=12, medium=14, short=14), size
print('sizes', dict(size))
# labels
req = Counter(); typ = Counter(); alw = 0; empty = []
for l in labs:
    assert list(l) == ['id', 'required', 'allowed'], l['id']
    for c in l['required'] + l['allowed']:
        assert list(c) == ['countries', 'type', 'status'], (l['id'], c)
        assert c['countries'] == sorted(c['countries']) and len(c['countries']) == 2 and len(set(c['countries'])) == 2, (l['id'], c)
        assert all(x in ISO3 for x in c['countries']), (l['id'], c)
        assert c['type'] in {'VISIT', 'MEETING', 'CALL', 'AGREEMENT'} and c['status'] in {'OCCURRED', 'PLANNED'}, (l['id'], c)
    rk = [(tuple(c['countries']), c['status']) for c in l['required']]
    ak = [(tuple(c['countries']), c['status']) for c in l['allowed']]
    assert len(set(rk)) == len(rk), ('duplicate required (pair, status)', l['id'])
    assert len(set(ak)) == len(ak), ('duplicate allowed (pair, status)', l['id'])
    assert not set(rk) & set(ak), ('allowed repeats required', l['id'])
    for c in l['required']: req[c['status']] += 1; typ[c['type']] += 1
    alw += len(l['allowed'])
    if not l['required']: empty.append(l['id'])
assert not next(l for l in labs if l['id'] == 'h67-27')['required'], 'non-English article must have nothing required'
print('articles', len(arts), '| nothing required:', len(empty), empty)
print('required', sum(req.values()), '| by status', dict(sorted(req.items())), '| by type', dict(sorted(typ.items())))
print('allowed', alw)
print('OK')
