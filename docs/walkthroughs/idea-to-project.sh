#!/usr/bin/env bash
# From a citizen's idea to an adopted, executed and reported openness project, through the gateway of a running
# `./remacto up` stack, as the people who do it: a citizen, Tétouan's point of contact, an anonymous visitor.
# Each step prints what it did and checks the answer; the script stops at the first surprise (exit 1).
#   docs/walkthroughs/idea-to-project.sh [GATEWAY]        (default http://localhost:8080; needs bash, curl, python3)
# It may be run again: each run uses a free period of Tétouan that began last year or earlier and runs at least until
# this year (2025-2026, then 2024-2026, …), so its activities can lie in the past (one of them late) and the current
# quarter's report covers what the run recorded.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
GW="${1:-http://localhost:8080}"
MEMBER=tetouan

step() { printf '\n\033[1m%s\033[0m\n' "$*"; }
fail() { printf '\033[31mFAILED: %s\033[0m\n' "$*" >&2; exit 1; }
# call METHOD PATH TOKEN [BODY] -> body on stdout, status in $STATUS_FILE
STATUS_FILE="$(mktemp)"; BODY_FILE="$(mktemp)"; trap 'rm -f "$STATUS_FILE" "$BODY_FILE"' EXIT
call() {
  local method=$1 path=$2 token=$3 body=${4:-}
  local args=(-s -o "$BODY_FILE" -w '%{http_code}' -X "$method" -H 'Accept-Language: fr')
  [ -n "$token" ] && args+=(-H "Authorization: Bearer $token")
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  curl "${args[@]}" "$GW$path" >"$STATUS_FILE"
  cat "$BODY_FILE"
}
status() { cat "$STATUS_FILE"; }
expect() { # expect STATUS what
  [ "$(status)" = "$1" ] || fail "$2: HTTP $(status) $(head -c 600 "$BODY_FILE")"
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
url() { python3 -c "import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1]))" "$1"; }

curl -sf "$GW/actuator/health" >/dev/null || fail "nothing answers at $GW (run ./remacto up)"
CITIZEN=$("$ROOT/remacto" token citizen)
POC=$("$ROOT/remacto" token poc-tetouan)

step "1. The point of contact finds a free period for Tétouan's plan and files its axis"
YEAR=$(date +%Y)
PERIOD=""
for span in 1 2 3 4 5 6 7 8 9 10; do
  for ((first = YEAR - 1; first >= YEAR - span; first--)); do
    candidate="$first-$((first + span))"
    taken=$(call GET "/api/plans?member=$MEMBER&period=$candidate" "$POC" | json "d['totalItems']")
    if [ "$taken" = 0 ]; then PERIOD=$candidate; break 2; fi
  done
done
[ -n "$PERIOD" ] || fail "no free period left for Tétouan: ./remacto reset --yes && ./remacto up"
FIRST=${PERIOD%-*}
day() { date -d "$1 days ago" +%F; }
QUARTER="$YEAR-Q$(( ($(date +%-m) - 1) / 3 + 1 ))"
RUN=$(date +%s)
call POST /api/axes "$POC" "{\"member\":\"$MEMBER\",\"programme\":\"$PERIOD\",\"code\":\"W1\",\"position\":1,
  \"title\":{\"ar\":\"الحق في الحصول على المعلومات\",\"fr\":\"Droit d'accès à l'information\"}}" >/dev/null
[ "$(status)" = 201 ] || [ "$(status)" = 409 ] || fail "axis: HTTP $(status)"
echo "   period $PERIOD, axis W1"

step "2. A citizen puts forward two ideas"
IDEA1=$(call POST /api/ideas "$CITIZEN" "{\"member\":\"$MEMBER\",\"axisCode\":\"W1\",
  \"problem\":\"صعوبة الحصول على المعلومات المتعلقة بالمشاريع الجماعية ($RUN)\",
  \"proposedSolution\":\"نشر لوحة قيادة للمشاريع والميزانية على بوابة الجماعة\"}" | json "d['id']")
expect 201 "first idea"
IDEA2=$(call POST /api/ideas "$CITIZEN" "{\"member\":\"$MEMBER\",\"axisCode\":\"W1\",
  \"problem\":\"غياب التواصل بين المواطنين والمصالح الجماعية ($RUN)\",
  \"proposedSolution\":\"إحداث شباك للإرشاد وتتبع الطلبات\"}" | json "d['id']")
expect 201 "second idea"
echo "   ideas $IDEA1 and $IDEA2"

step "3. Search finds the first idea within two seconds, spelt differently (المعلومه, hamza-less, plural مشروع)"
found=0
for _ in $(seq 1 20); do
  hits=$(call GET "/api/search?q=$(url "المعلومه المشروع $RUN")&member=$MEMBER" "" | json "[h['id'] for h in d['items']]")
  case "$hits" in *"$IDEA1"*) found=1; break;; esac
  sleep 0.1
done
[ "$found" = 1 ] || fail "search did not find $IDEA1"
echo "   found"

step "4. The point of contact takes both ideas through processing and the committee, and retains them"
for idea in "$IDEA1" "$IDEA2"; do
  for to in IN_PROCESSING WITH_COMMITTEE RETAINED; do
    call POST "/api/ideas/$idea/state" "$POC" "{\"to\":\"$to\",\"reason\":\"walkthrough\"}" >/dev/null
    expect 200 "idea $idea to $to"
  done
done
echo "   both RETAINED"

step "5. The point of contact drafts the $PERIOD plan and formulates a project from the two ideas (weights 40+60)"
PLAN=$(call POST /api/plans "$POC" "{\"member\":\"$MEMBER\",\"period\":\"$PERIOD\",\"format\":\"STANDARD\",
  \"title\":{\"ar\":\"برنامج عمل انفتاح جماعة تطوان $PERIOD\",\"fr\":\"Programme d'ouverture de Tétouan $PERIOD\"}}" \
  | json "d['id']")
expect 201 "plan"
PROJECT=""
for _ in $(seq 1 20); do # projects learns the axis and the retained ideas from ideation's events
  PROJECT=$(call POST /api/projects "$POC" "{\"planId\":\"$PLAN\",\"published\":true,\"card\":{\"axisCode\":\"W1\",
    \"title\":{\"ar\":\"لوحة قيادة المشاريع الجماعية\",\"fr\":\"Tableau de bord des projets communaux\"},
    \"problem\":{\"issues\":[\"صعوبة الحصول على المعلومات\"],\"causes\":[\"غياب النشر الاستباقي\"],\"consequences\":[\"ضعف الثقة\"]},
    \"proposedSolution\":[\"نشر لوحة قيادة\",\"شباك للإرشاد\"],\"principles\":[\"ACCESS_TO_INFORMATION\",\"TRANSPARENCY_AND_ACCOUNTABILITY\"],
    \"competence\":\"OWN\",\"estimatedBudget\":\"150000.00\",\"fundingSource\":\"ميزانية الجماعة\",
    \"indicators\":[{\"kind\":\"OUTPUT\",\"title\":\"عدد المشاريع المنشورة\",\"unit\":\"مشروع\",\"baseline\":\"0\",\"target\":\"20\"}],
    \"ideaIds\":[\"$IDEA1\",\"$IDEA2\"]},
    \"activities\":[{\"title\":\"تصميم لوحة القيادة\",\"start\":\"$(day 300)\",\"end\":\"$(day 200)\",\"weight\":\"40\"},
                    {\"title\":\"إطلاق الشباك ونشر المعطيات\",\"start\":\"$(day 190)\",\"end\":\"$(day 30)\",\"weight\":\"60\"}]}" \
    | json "d.get('id','')" 2>/dev/null || true)
  [ "$(status)" = 201 ] && break
  sleep 0.5
done
expect 201 "project"
echo "   plan $PLAN, project $PROJECT"

step "6. The plan goes to public consultation, is adopted by the council, and goes into execution"
call POST "/api/plans/$PLAN/status" "$POC" '{"to":"IN_CONSULTATION"}' >/dev/null; expect 200 "consultation"
call POST "/api/plans/$PLAN/status" "$POC" "{\"to\":\"ADOPTED\",\"adoption\":{\"session\":{\"ar\":\"الدورة العادية لشهر يناير\",
  \"fr\":\"Session ordinaire de janvier\"},\"date\":\"$FIRST-01-15\"}}" >/dev/null; expect 200 "adoption"
call POST "/api/plans/$PLAN/status" "$POC" '{"to":"IN_EXECUTION"}' >/dev/null; expect 200 "execution"
echo "   $(call GET "/api/plans/$PLAN" "" | json "d['status'] + ', adopted ' + d['adoption']['date']")"

step "7. Progress is recorded: the first activity done, the second at 30 % (its end has passed: late)"
ACTIVITIES=$(call GET "/api/projects/$PROJECT" "$POC" | json "' '.join(a['id'] for a in d['activities'])")
set -- $ACTIVITIES
call POST "/api/projects/$PROJECT/activities/$1/progress" "$POC" \
  '{"progress":100,"evidence":[{"kind":"LINK","title":"محضر التسليم","url":"https://tetouan.ma/pv"}]}' >/dev/null
expect 200 "progress of the first activity"
call POST "/api/projects/$PROJECT/activities/$2/progress" "$POC" '{"progress":30}' >/dev/null
expect 200 "progress of the second activity"
ROLLUP=$(call GET "/api/plans/$PLAN/progress" "")
expect 200 "plan progress"
echo "$ROLLUP" | json "'   plan progress %s %%, axes %s, late: %s' % (d['progress'], [(a['code'], a['progress']) for a in d['axes']], [(l['title'], l['lateness']) for l in d['lateActivities']])"
[ "$(echo "$ROLLUP" | json "float(d['progress'])")" = "58.0" ] || fail "plan progress should be 0.4×100 + 0.6×30 = 58"
[ "$(echo "$ROLLUP" | json "len(d['lateActivities'])")" = 1 ] || fail "one late activity expected"

step "8. An anonymous visitor reads what became of the first idea: its outcome names the project"
outcome=""
for _ in $(seq 1 20); do
  outcome=$(call GET "/api/ideas/$IDEA1" "" | json "d['outcome']['ar'] + ' | ' + d['outcome']['fr']")
  case "$outcome" in *"لوحة قيادة المشاريع الجماعية"*) break;; esac
  sleep 0.25
done
case "$outcome" in *"لوحة قيادة المشاريع الجماعية"*) echo "   $outcome";; *) fail "outcome does not name the project: $outcome";; esac

step "9. The report of the current quarter ($QUARTER) renders, in Arabic and in French"
for lang in ar fr; do
  call GET "/api/plans/$PLAN/reports/quarterly?period=$QUARTER&lang=$lang" "" >/dev/null
  expect 200 "quarterly report ($lang)"
  grep -q "dir=\"$([ $lang = ar ] && echo rtl || echo ltr)\"" "$BODY_FILE" || fail "report direction ($lang)"
  grep -q "لوحة قيادة المشاريع الجماعية\|Tableau de bord des projets communaux" "$BODY_FILE" || fail "project missing from the report ($lang)"
  cp "$BODY_FILE" "${TMPDIR:-/tmp}/remacto-quarterly-$lang.html"
  echo "   $lang: ${TMPDIR:-/tmp}/remacto-quarterly-$lang.html ($(wc -c <"$BODY_FILE") bytes)"
done

step "10. Statistics: Tétouan's ideas by state, and its public profile counts"
call GET "/api/ideas/statistics?member=$MEMBER" "" | json "'   ideas %s, by state %s' % (d['ideas'], d['byState'])"
call GET "/api/members/$MEMBER" "" | json "'   profile %s' % d['profile']"

printf '\n\033[32mWalkthrough complete.\033[0m\n'
