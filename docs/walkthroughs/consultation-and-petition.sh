#!/usr/bin/env bash
# The public's voice, through the gateway of a running `./remacto up` stack (issue 5's "done when"), checking every
# answer: a public consultation on Larache's draft programme opens, receives citizens' contributions, is moderated,
# closes and publishes its summary; a citizens' petition to the commune of Beni Ansar collects 200 signatures (its
# legal threshold), is filed with a receipt, found admissible, goes to committee and to the session, is decided and
# its agent notified, each deadline tracked; statistics show. Stops at the first surprise (exit 1).
#   docs/walkthroughs/consultation-and-petition.sh [GATEWAY]   (default http://localhost:8080; bash, curl, python3)
# It may be run again: each run makes a new consultation and a new petition, signed by the numbered demo citizens
# (citizen-001 … citizen-200) with national ID numbers made up for the run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
GW="${1:-http://localhost:8080}"

step() { printf '\n\033[1m%s\033[0m\n' "$*"; }
fail() { printf '\033[31mFAILED: %s\033[0m\n' "$*" >&2; exit 1; }
STATUS_FILE="$(mktemp)"; BODY_FILE="$(mktemp)"; TOKENS="$(mktemp)"
trap 'rm -f "$STATUS_FILE" "$STATUS_FILE.h" "$BODY_FILE" "$TOKENS"' EXIT
call() { # call METHOD PATH TOKEN [BODY] -> body on stdout
  local method=$1 path=$2 token=$3 body=${4:-}
  local args=(-s -D "$STATUS_FILE.h" -o "$BODY_FILE" -w '%{http_code}' -X "$method" -H 'Accept-Language: fr')
  [ -n "$token" ] && args+=(-H "Authorization: Bearer $token")
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  curl "${args[@]}" "$GW$path" >"$STATUS_FILE"
  cat "$BODY_FILE"
}
status() { cat "$STATUS_FILE"; }
expect() { [ "$(status)" = "$1" ] || fail "$2: HTTP $(status) $(head -c 600 "$BODY_FILE")"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
iso() { date -u -d "$1" +%Y-%m-%dT%H:%M:%SZ; }

curl -sf "$GW/actuator/health" >/dev/null || fail "nothing answers at $GW (run ./remacto up)"
POC_LARACHE=$("$ROOT/remacto" token poc-larache)
POC_BENI_ANSAR=$("$ROOT/remacto" token poc-beni-ansar)
RUN=$(date +%s)

step "0. Tokens for the numbered demo citizens citizen-001 … citizen-201 (one sign-in each, one JVM)"
"$ROOT/remacto" token --each $(printf 'citizen-%03d ' $(seq 1 201)) >"$TOKENS"
[ "$(wc -l <"$TOKENS")" = 201 ] || fail "expected 201 tokens"
token_of() { awk -v u="$1" '$1 == u {print $2}' "$TOKENS"; }
echo "   201 tokens"

# ------------------------------------------------------------------------------------------ consultation
step "1. Larache's point of contact opens a public consultation on the draft programme, one item per project"
PLAN=$(call GET "/api/plans?member=larache" "$POC_LARACHE" | json "d['items'][0]['id']")
ITEMS=$(call GET "/api/projects?plan=$PLAN" "$POC_LARACHE" | json "__import__('json').dumps([{'id': 'p%d' % (i + 1),
  'title': {'ar': p['card']['title']['ar'], 'fr': p['card']['title'].get('fr')}, 'projectId': p['id']} for i, p in enumerate(d['items'])])")
CONSULTATION=$(call POST /api/consultations "$POC_LARACHE" "{\"member\":\"larache\",
  \"title\":{\"ar\":\"التشاور العمومي حول مشروع برنامج عمل الانفتاح ($RUN)\",\"fr\":\"Consultation publique sur le projet de programme d'ouverture ($RUN)\"},
  \"description\":{\"ar\":\"أبدوا رأيكم في مشاريع البرنامج\",\"fr\":\"Donnez votre avis sur les projets du programme\"},
  \"planId\":\"$PLAN\",\"programme\":\"2024-2025\",\"items\":$ITEMS,
  \"opensAt\":\"$(iso '1 minute ago')\",\"closesAt\":\"$(iso '+2 days')\"}" | json "d['id']")
expect 201 "consultation"
echo "   $CONSULTATION: $(call GET "/api/consultations/$CONSULTATION" "" | json "d['status'] + ', ' + str(len(d['items'])) + ' items'")"

step "2. Ten citizens contribute (positions and comments, one anonymous, statistical profiles apart)"
for n in $(seq 1 10); do
  position=$([ $((n % 4)) = 0 ] && echo DISAGREE || echo AGREE)
  gender=$([ $((n % 2)) = 0 ] && echo FEMALE || echo MALE)
  call POST "/api/consultations/$CONSULTATION/contributions" "$(token_of "$(printf 'citizen-%03d' "$n")")" \
    "{\"itemId\":\"p$(( (n % 2) + 1 ))\",\"position\":\"$position\",\"comment\":\"ملاحظة المواطن(ة) رقم $n حول المشروع\",
      \"anonymous\":$([ "$n" = 3 ] && echo true || echo false),
      \"profile\":{\"participantType\":\"CITIZEN\",\"gender\":\"$gender\",\"ageGroup\":\"25_34\"}}" >/dev/null
  expect 201 "contribution $n"
done
call POST "/api/consultations/$CONSULTATION/contributions" "$(token_of citizen-001)" \
  '{"itemId":"p2","position":"AGREE"}' >/dev/null
expect 409 "a second contribution of the same person on the same item"
echo "   10 contributions, a second one refused (409)"

step "3. Moderation: nine comments published, one rejected with a public reason"
PENDING=$(call GET "/api/consultations/$CONSULTATION/contributions?moderation=PENDING&size=50" "$POC_LARACHE" \
  | json "' '.join(c['id'] for c in d['items'])")
first=1
for c in $PENDING; do
  if [ "$first" = 1 ]; then
    call POST "/api/consultations/$CONSULTATION/contributions/$c/moderation" "$POC_LARACHE" \
      '{"decision":"REJECTED","reason":{"ar":"تعليق خارج موضوع التشاور","fr":"Commentaire hors sujet"}}' >/dev/null
    first=0
  else
    call POST "/api/consultations/$CONSULTATION/contributions/$c/moderation" "$POC_LARACHE" '{"decision":"PUBLISHED"}' >/dev/null
  fi
  expect 200 "moderation of $c"
done
echo "   $(call GET "/api/consultations/$CONSULTATION/contributions?size=50" "" | json "str(d['totalItems'])") published contributions"

step "4. The consultation closes and its summary is published; an anonymous visitor reads it"
call POST "/api/consultations/$CONSULTATION/closure" "$POC_LARACHE" '{"reason":"انتهاء المدة المحددة للتشاور"}' >/dev/null
expect 200 "closure"
call POST "/api/consultations/$CONSULTATION/contributions" "$(token_of citizen-050)" '{"itemId":"p1","position":"AGREE"}' >/dev/null
expect 409 "a contribution after closing"
call POST "/api/consultations/$CONSULTATION/summary" "$POC_LARACHE" \
  '{"themes":["الولوج إلى المعلومة","التواصل مع الساكنة"],"changesToDraft":["إضافة نشاط للتواصل الرقمي إلى المشروع الأول"]}' >/dev/null
expect 200 "summary"
SUMMARY=$(call GET "/api/consultations/$CONSULTATION/summary" "")
expect 200 "public summary"
echo "$SUMMARY" | json "'   ' + '; '.join('%s: %d contributions, %d agree, %d disagree' % (i['itemId'], i['contributions'], i['agree'], i['disagree']) for i in d['items'])"
[ "$(echo "$SUMMARY" | json "sum(i['contributions'] for i in d['items'])")" = 9 ] \
  || fail "9 counted contributions expected (10 minus the rejected one)"
call GET "/api/consultations/$CONSULTATION/statistics" "" | json "'   participants %s' % d['participants']"

# ------------------------------------------------------------------------------------------ petition
step "5. A citizen drafts a petition to the commune of Beni Ansar and opens the collection (threshold from the law)"
AGENT=$(token_of citizen-201)
PETITION=$(call POST /api/petitions "$AGENT" "{\"member\":\"beni-ansar\",\"petitionerKind\":\"CITIZENS\",
  \"title\":{\"ar\":\"تهيئة فضاء أخضر بحي أولاد بوطيب ($RUN)\",\"fr\":\"Aménagement d'un espace vert à Ouled Boutayeb ($RUN)\"},
  \"subject\":\"غياب فضاءات خضراء وملاعب للقرب للأطفال في الحي\",
  \"requests\":[\"إدراج تهيئة فضاء أخضر في برنامج عمل الجماعة\",\"إشراك جمعيات الحي في التصميم والتتبع\"]}" | json "d['id']")
expect 201 "petition"
call POST "/api/petitions/$PETITION/collection" "$AGENT" >/dev/null; expect 200 "collection"
call GET "/api/petitions/$PETITION" "" | json "'   threshold %s signatures (%s%s)' % (d['threshold']['requiredSignatures'], d['threshold']['source'], ', to confirm' if d['threshold']['toConfirm'] else '')"
REQUIRED=$(call GET "/api/petitions/$PETITION" "" | json "d['threshold']['requiredSignatures']")

step "6. $REQUIRED citizens sign (national ID checked, kept only as a keyed hash); bad signatures are refused"
call POST "/api/petitions/$PETITION/signatures" "$(token_of citizen-001)" \
  '{"cnie":"123","residence":{"provinceSlug":"beni-ansar","declaration":"RESIDENT"}}' >/dev/null
expect 400 "a malformed national ID"
sign() { # sign N -> HTTP status; waits out a rate limit
  local n=$1 tries=0
  while :; do
    call POST "/api/petitions/$PETITION/signatures" "$(token_of "$(printf 'citizen-%03d' "$n")")" \
      "{\"cnie\":\"WB$(( RUN % 1000 ))$(printf '%03d' "$n")\",\"residence\":{\"provinceSlug\":\"beni-ansar\",\"declaration\":\"RESIDENT\"}}" >/dev/null
    if [ "$(status)" != 429 ] || [ $((tries += 1)) -gt 30 ]; then break; fi
    sleep "$(awk 'tolower($1) == "retry-after:" {print $2+0}' "$STATUS_FILE.h")"
  done
  status
}
for n in $(seq 1 $((REQUIRED - 1))); do [ "$(sign "$n")" = 201 ] || fail "signature $n: $(cat "$BODY_FILE")"; done
[ "$(sign 1)" = 409 ] || fail "a second signature by the same person must be refused"
call POST "/api/petitions/$PETITION/filing" "$AGENT" >/dev/null
expect 409 "filing one signature short of the threshold"
[ "$(sign "$REQUIRED")" = 201 ] || fail "the last signature"
call GET "/api/petitions/$PETITION" "" | json "'   %s / %s signatures' % (d['signatures']['count'], d['threshold']['requiredSignatures'])"

step "7. Filed with a receipt at once; the council's steps follow, each deadline tracked"
call POST "/api/petitions/$PETITION/filing" "$AGENT" | json "'   receipt %s, filed on %s' % (d['receiptNumber'], d['filedOn'])"
expect 200 "filing"
call POST "/api/petitions/$PETITION/steps" "$POC_BENI_ANSAR" '{"to":"ADMISSIBLE"}' >/dev/null; expect 200 "admissible"
call POST "/api/petitions/$PETITION/steps" "$POC_BENI_ANSAR" \
  '{"to":"IN_COMMITTEE","committee":"لجنة المرافق العمومية والخدمات"}' >/dev/null; expect 200 "committee"
call POST "/api/petitions/$PETITION/steps" "$POC_BENI_ANSAR" "{\"to\":\"ON_SESSION_AGENDA\",
  \"session\":{\"ar\":\"الدورة العادية المقبلة\",\"fr\":\"Prochaine session ordinaire\"},\"sessionDate\":\"$(date -d '+20 days' +%F)\"}" >/dev/null
expect 200 "session agenda"
call GET "/api/petitions/$PETITION" "" | json "'   deadlines: ' + '; '.join('%s due %s%s%s' % (x['kind'], x['due'], ', met ' + x['metOn'] if x.get('metOn') else '', ', OVERDUE' if x['overdue'] else '') for x in d['deadlines'])"
call POST "/api/petitions/$PETITION/steps" "$POC_BENI_ANSAR" \
  '{"to":"DECIDED","decision":"وافق المجلس على إدراج تهيئة الفضاء الأخضر في برنامج عمل الجماعة"}' >/dev/null
expect 200 "decision"
call POST "/api/petitions/$PETITION/steps" "$POC_BENI_ANSAR" '{"to":"AGENT_NOTIFIED"}' >/dev/null; expect 200 "agent notified"
call GET "/api/petitions/$PETITION" "" | json "'   ' + ' → '.join(s['to'] for s in d['steps'])"
if grep -q "WB$(( RUN % 1000 ))" "$BODY_FILE"; then fail "a national ID number appears in the public petition"; fi

step "8. Statistics, and the petition found by search"
call GET "/api/petitions/statistics?member=beni-ansar" "" | json "'   petitions of Beni Ansar: %s, by status %s, signatures %s' % (d['petitions'], d['byStatus'], d['signatures'])"
found=0
for _ in $(seq 1 20); do
  ids=$(call GET "/api/search?q=$(python3 -c 'import urllib.parse;print(urllib.parse.quote("فضاءات خضراء"))')&kind=PETITION&member=beni-ansar" "" \
    | json "[h['id'] for h in d['items']]")
  case "$ids" in *"$PETITION"*) found=1; break;; esac
  sleep 0.25
done
[ "$found" = 1 ] || fail "search does not find the petition"
echo "   found by search (kind PETITION)"

printf '\n\033[32mWalkthrough complete.\033[0m\n'
