#!/usr/bin/env bash
# Open data, through the gateway of a running `./remacto up` stack (issue 6's "done when"), checking every answer:
# every public idea, project, activity, meeting, consultation and petition of the demo data is a row of its
# network-wide dataset; a new idea is in its commune's dataset within seconds of its event; OKFN's CKAN client
# harvests the catalogue (package_search pages, package_show of every dataset); the DCAT catalogs are valid JSON-LD
# and Turtle with the same triples; the CSV for spreadsheets has its BOM, parses, and keeps Arabic intact; the public
# dataset page answers in Arabic and French. Stops at the first surprise (exit 1).
#   docs/walkthroughs/open-data.sh [GATEWAY]   (default http://localhost:8080; bash, curl, python3, node and npm)
# It may be run again: each run submits one new idea.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
GW="${1:-http://localhost:8080}"

step() { printf '\n\033[1m%s\033[0m\n' "$*"; }
fail() { printf '\033[31mFAILED: %s\033[0m\n' "$*" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

curl -sf "$GW/actuator/health" >/dev/null || fail "nothing answers at $GW (run ./remacto up)"
CITIZEN=$("$ROOT/remacto" token citizen)

step "1. Every public record of the demo data is a row of its network-wide dataset"
python3 - "$GW" <<'PY' || fail "a public record is missing from open data"
import json, sys, urllib.request
gw = sys.argv[1]
def get(path):
    with urllib.request.urlopen(gw + path) as r:
        return json.load(r)
def every(path):
    items, page = [], 0
    while True:
        d = get(f"{path}{'&' if '?' in path else '?'}page={page}&size=200")
        items += d["items"]
        if len(d["items"]) < 200:
            return items
        page += 1
def rows(dataset):
    return {row["id"] for row in get(f"/api/datasets/{dataset}/rows.json")}
projects = every("/api/projects")
expected = {
    "ideas-network": {i["id"] for i in every("/api/ideas")},
    "projects-network": {p["id"] for p in projects},
    "activities-network": {f"{p['id']}/{a['id']}" for p in projects for a in p.get("activities", [])},
    "meetings-network": {m["id"] for m in every("/api/meetings")},
    "consultations-network": {c["id"] for c in every("/api/consultations")},
    "petitions-network": {p["id"] for p in every("/api/petitions")},
}
missing = False
for dataset, ids in expected.items():
    held = rows(dataset)
    absent = ids - held
    print(f"   {dataset}: {len(ids)} public in the services, {len(held)} rows, {len(absent)} missing")
    missing |= bool(absent) or not ids
sys.exit(1 if missing else 0)
PY

step "2. A citizen's new idea for Larache is a row of ideas-larache within seconds of its event"
AXIS=$(curl -sf "$GW/api/axes?member=larache" | python3 -c "import json,sys; print(json.load(sys.stdin)[0]['code'])")
RUN=$(date +%s)
PROBLEM="الإنارة العمومية ضعيفة في حي «المنار»، والأزقة مظلمة ليلا ($RUN)"
BODY=$(python3 -c "import json,sys; print(json.dumps({'member':'larache','axisCode':sys.argv[1],'problem':sys.argv[2],
  'proposedSolution':'تعميم الإنارة بالطاقة الشمسية، وصيانة الأعمدة المعطلة'}, ensure_ascii=False))" "$AXIS" "$PROBLEM")
IDEA=$(curl -sf -X POST "$GW/api/ideas" -H "Authorization: Bearer $CITIZEN" -H 'Content-Type: application/json' \
  --data-binary "$BODY" | python3 -c "import json,sys; print(json.load(sys.stdin)['id'])") || fail "idea not accepted"
START=$(date +%s%N)
until curl -sf "$GW/api/datasets/ideas-larache/rows.json" | grep -q "\"$IDEA\""; do
  [ $(( ($(date +%s%N) - START) / 1000000 )) -lt 10000 ] || fail "idea $IDEA not in ideas-larache after 10 s"
  sleep 0.2
done
echo "   idea $IDEA in ideas-larache after $(( ($(date +%s%N) - START) / 1000000 )) ms"

step "3. OKFN's CKAN client (ckan.js, npm) harvests the catalogue: package_search pages, package_show of each"
cp "$ROOT/services/opendata/src/test/node/"{package.json,package-lock.json,ckan-harvest.cjs,linked-data-check.mjs} "$WORK/"
(cd "$WORK" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || fail "npm ci of the clients"
SUMMARY=$(node "$WORK/ckan-harvest.cjs" "$GW" 10) || fail "the CKAN client's harvest"
echo "   $SUMMARY"
curl -sf "$GW/api/3/action/package_search?q=%D8%A3%D9%81%D9%83%D8%A7%D8%B1&rows=3&sort=metadata_modified%20desc" \
  | python3 -c "import json,sys; r=json.load(sys.stdin)['result']; print('   package_search q=أفكار:', r['count'], 'datasets, newest:', ', '.join(p['name'] for p in r['results']))"
curl -sf "$GW/api/3/action/package_show?id=ideas-larache" | python3 -c "
import json,sys; p=json.load(sys.stdin)['result']
print('   package_show ideas-larache:', p['title'], '|', p['organization']['title'], '|', p['license_id'], '|',
      ', '.join(r['format'] for r in p['resources']))"

step "4. The DCAT catalogs: valid JSON-LD (jsonld.js, safe mode) and Turtle (N3.js), the same triples"
SUMMARY=$(node "$WORK/linked-data-check.mjs" "$GW") || fail "the DCAT catalogs"
echo "   $SUMMARY"

step "5. The CSV for spreadsheets: BOM, RFC 4180, Arabic intact; gzip and caching"
curl -sf -o "$WORK/ideas-larache.csv" "$GW/api/datasets/ideas-larache/rows.csv?bom=true"
python3 - "$WORK/ideas-larache.csv" "$IDEA" "$PROBLEM" <<'PY' || fail "the CSV"
import csv, sys
path, idea, problem = sys.argv[1:]
raw = open(path, "rb").read()
assert raw[:3] == b"\xef\xbb\xbf", "no BOM"
with open(path, encoding="utf-8-sig", newline="") as f:
    table = list(csv.reader(f))
header, rows = table[0], table[1:]
assert all(len(r) == len(header) for r in rows), "ragged rows"
row = dict(zip(header, next(r for r in rows if r[0] == idea)))
assert row["problem"] == problem, f"Arabic changed: {row['problem']!r}"
print(f"   {len(rows)} rows × {len(header)} columns; the new idea's problem reads back exactly: {row['problem']}")
PY
ETAG=$(curl -sf -D - -o /dev/null -H 'Accept-Encoding: gzip' "$GW/api/datasets/ideas-larache/rows.csv" \
  | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
[ -n "$ETAG" ] || fail "no ETag"
CODE=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG" "$GW/api/datasets/ideas-larache/rows.csv")
[ "$CODE" = 304 ] || fail "If-None-Match answered $CODE"
GZ=$(curl -sf -H 'Accept-Encoding: gzip' "$GW/api/datasets/ideas-larache/rows.csv" | gunzip | wc -l)
echo "   ETag $ETAG, a second download with If-None-Match: 304; gzipped: $GZ lines once unzipped"

step "6. The public dataset page, in Arabic and in French"
for lang in ar fr; do
  curl -sf -H "Accept-Language: $lang" "$GW/datasets/ideas-larache" >"$WORK/page-$lang.html" || fail "page ($lang)"
  grep -q "rows.csv" "$WORK/page-$lang.html" || fail "page ($lang) without its downloads"
  grep -q "$IDEA" "$WORK/page-$lang.html" || grep -q "<table" "$WORK/page-$lang.html" || fail "page ($lang) without a preview"
  echo "   $lang: $(grep -o '<title>[^<]*</title>' "$WORK/page-$lang.html" | head -1)"
done

printf '\n\033[32mOpen data walkthrough passed.\033[0m\n'
