#!/usr/bin/env bash
# The emulator checked by a client that shares no code with the console: curl sends requests signed
# by openssl, and each answer is compared with what the vendor documents.
set -euo pipefail
emulator=$1
app_token='sbx:curl-made-up-app-token'
secret='curl-made-up-secret-key'
out=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$out"' EXIT

"$emulator" --listen 127.0.0.1:0 --sumsub-app-token "$app_token" --sumsub-secret-key "$secret" \
    >"$out/stdout" 2>"$out/stderr" &
pid=$!
for _ in $(seq 100); do grep -q '^listening on ' "$out/stdout" 2>/dev/null && break; sleep 0.1; done
base=$(sed -n '1s/^listening on //p' "$out/stdout")
[ -n "$base" ] || { echo "emulator did not start"; cat "$out/stderr"; exit 1; }

passed=0 failed=0
# request METHOD PATH BODY TS SECRET -> prints "status body"
request() {
    local method=$1 path=$2 body=$3 ts=$4 key=$5 sig
    sig=$(printf '%s' "${ts}${method}${path}${body}" | openssl dgst -sha256 -hmac "$key" | awk '{print $NF}')
    local args=(-s -o "$out/body" -w '%{http_code}' -X "$method" "$base$path"
                -H "X-App-Token: $app_token" -H "X-App-Access-Ts: $ts" -H "X-App-Access-Sig: $sig")
    [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
    curl "${args[@]}"
}
check() { # NAME EXPECTED_STATUS BODY_PATTERN STATUS
    local name=$1 want=$2 pattern=$3 got=$4
    if [ "$got" = "$want" ] && grep -Eq "$pattern" "$out/body"; then
        passed=$((passed + 1)); echo "PASS: $name"
    else
        failed=$((failed + 1)); echo "FAIL: $name: HTTP $got, body: $(cat "$out/body")"
    fi
}

now=$(date +%s)
share=/resources/accessTokens/shareToken
good='{"applicantId":"63e092c51b7b4030f2e01154","forClientId":"CoolCoinLtd","ttlInSecs":600}'

check "share token issued" 200 '"forClientId":"CoolCoinLtd".*|"token":"[^"]+"' "$(request POST $share "$good" "$now" "$secret")"
check "token is present" 200 '"token":"[^"]{10,}"' "$(request POST $share "$good" "$now" "$secret")"
check "wrong secret is 4003" 401 '"errorCode":4003' "$(request POST $share "$good" "$now" wrong-secret)"
check "4003 has errorName" 401 '"errorName":"app-token-signature mismatch"' "$(request POST $share "$good" "$now" wrong-secret)"
check "4003 has correlationId" 401 '"correlationId":"[^"]+"' "$(request POST $share "$good" "$now" wrong-secret)"
check "milliseconds are 4003 or 4004" 401 '"errorCode":400[34]' "$(request POST $share "$good" "${now}000" "$secret")"
check "old timestamp is 4004" 401 '"errorCode":4004' "$(request POST $share "$good" $((now - 120)) "$secret")"
check "future timestamp is 4004" 401 '"errorCode":4004' "$(request POST $share "$good" $((now + 120)) "$secret")"
check "within 60 s is fine" 200 '"token"' "$(request POST $share "$good" $((now - 50)) "$secret")"
check "missing applicantId is 400" 400 "'applicantId' and 'forClientId' must be provided" \
    "$(request POST $share '{"forClientId":"CoolCoinLtd","ttlInSecs":600}' "$now" "$secret")"
check "missing forClientId is 400" 400 '"code":400' \
    "$(request POST $share '{"applicantId":"63e092c51b7b4030f2e01154"}' "$now" "$secret")"
check "malformed applicantId is 400" 400 'Invalid applicantId' \
    "$(request POST $share '{"applicantId":"xyz","forClientId":"CoolCoinLtd"}' "$now" "$secret")"
check "negative ttl is 400" 400 'ttlInSecs' \
    "$(request POST $share '{"applicantId":"63e092c51b7b4030f2e01154","forClientId":"C","ttlInSecs":-1}' "$now" "$secret")"
check "body not JSON is 400" 400 'not a JSON object' "$(request POST $share 'applicantId=1' "$now" "$secret")"
legacy='/resources/accessTokens/-/shareToken?applicantId=63e092c51b7b4030f2e01154&forClientId=CoolCoinLtd&ttlInSecs=600'
check "legacy query form issued" 200 '"forClientId":"CoolCoinLtd"' "$(request POST "$legacy" '' "$now" "$secret")"
check "legacy form signs the query" 401 '"errorCode":4003' \
    "$(sig_path=${legacy%&ttlInSecs=600}; request POST "$legacy" '' "$now" "$secret" >/dev/null; \
       curl -s -o "$out/body" -w '%{http_code}' -X POST "$base$legacy" -H "X-App-Token: $app_token" \
         -H "X-App-Access-Ts: $now" \
         -H "X-App-Access-Sig: $(printf '%s' "${now}POST${sig_path}" | openssl dgst -sha256 -hmac "$secret" | awk '{print $NF}')")"
code=$(curl -s -o "$out/body" -w '%{http_code}' -X POST "$base$share" -H 'X-App-Token: sbx:other' \
    -H "X-App-Access-Ts: $now" -H 'X-App-Access-Sig: 00' --data-binary "$good")
check "unknown app token is 401" 401 '"code":401' "$code"

# The request log says what arrived and how it ended, and never carries a secret or a signature.
grep -q 'POST /resources/accessTokens/shareToken -> 401 4003' "$out/stderr" \
    && { passed=$((passed + 1)); echo "PASS: request log"; } || { failed=$((failed + 1)); echo "FAIL: request log"; }
if grep -q -e "$secret" -e "$app_token" -e 'ttlInSecs' "$out/stderr"; then
    failed=$((failed + 1)); echo "FAIL: the request log holds a credential or a query string"
else
    passed=$((passed + 1)); echo "PASS: no credential in the request log"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
