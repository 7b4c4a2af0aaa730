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

# --- Sumsub ID Connect, with the PKCE challenge computed by openssl --------------------------------
verifier='curl-made-up-verifier-0123456789-abcdefghijklmnopqrstuvwxyz'
challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | openssl base64 -A | tr '+/' '-_' | tr -d '=')
authorize="$base/api/snsId/oauth/authorize?client_id=emulator-demo-client&response_type=code"
authorize+="&redirect_uri=https%3A%2F%2Fpartner.example%2Fcallback&scope=share%20offline_access&state=xyz"
authorize+="&code_challenge=$challenge&code_challenge_method=S256"
# --sumsub-app-token gave the first account (client emulator-demo-client) the curl credentials.
location=$(curl -s -o /dev/null -w '%{redirect_url}' "$authorize")
code_enc=$(printf '%s' "$location" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
code=$(printf '%b' "${code_enc//%/\\x}")
[ -n "$code" ] && case "$location" in https://partner.example/callback\?*state=xyz*) true;; *) false;; esac \
    && { passed=$((passed + 1)); echo "PASS: consent redirects with code and state"; } \
    || { failed=$((failed + 1)); echo "FAIL: consent redirect: $location"; }
connect=/resources/snsId/api/connect/token
check "code with wrong verifier is 401" 401 '"description":"Invalid code"' \
    "$(request POST $connect "{\"grant_type\":\"authorization_code\",\"code\":\"$code\",\"codeVerifier\":\"wrong-verifier-0123456789-abcdefghijklmnopqrstuvwxyz\"}" "$now" "$secret")"
check "code exchanged" 200 '"access_token":"snd-id-con-a-.*"refresh_token":"snd-id-con-r-' \
    "$(request POST $connect "{\"grant_type\":\"authorization_code\",\"code\":\"$code\",\"codeVerifier\":\"$verifier\"}" "$now" "$secret")"
access=$(sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' "$out/body")
check "code works once" 401 'Invalid code' \
    "$(request POST $connect "{\"grant_type\":\"authorization_code\",\"code\":\"$code\",\"codeVerifier\":\"$verifier\"}" "$now" "$secret")"
check "Sumsub ID share token" 200 '"sharingAllowed":true' \
    "$(request POST /resources/accessTokens/sumsubIdShareToken "{\"sumsubIdConnectToken\":\"$access\",\"forClientId\":\"CoolCoinLtd\",\"ttlInSecs\":\"1800\"}" "$now" "$secret")"
check "unknown applicant is 404" 404 '"code":404' \
    "$(request POST $share '{"applicantId":"000000000000000000000000","forClientId":"CoolCoinLtd"}' "$now" "$secret")"

# --- ComplyCube -----------------------------------------------------------------------------------
cc() { curl -s -o "$out/body" -w '%{http_code}' -X POST "$base$1" -H "Authorization: $2" -H 'Content-Type: application/json' --data-binary "$3"; }
check "ComplyCube SDK token" 200 '"token":"eyJ' \
    "$(cc /v1/tokens test_emulator-demo-api-key '{"clientId":"5eb04fcd0f3e360008035eb1","referrer":"https://www.example.com/*"}')"
check "ComplyCube seed error" 400 '"type":"invalid_request".*"param":"clientId"|"param":"clientId".*"type":"invalid_request"' \
    "$(cc /v1/tokens test_emulator-demo-api-key '{"clientId":"CLIENT_ID","referrer":"https://www.example.com/*"}')"
check "ComplyCube Bearer key refused" 401 '"type":"unauthorized"' \
    "$(cc /v1/tokens 'Bearer test_emulator-demo-api-key' '{"clientId":"5eb04fcd0f3e360008035eb1","appId":"com.a.b"}')"
check "ComplyCube client created" 200 '"id":"[0-9a-f]{24}"' \
    "$(cc /v1/clients test_emulator-demo-api-key '{"type":"person","email":"a@b.example","personDetails":{"firstName":"A","lastName":"B"}}')"

# --- Faults through the control route -------------------------------------------------------------
curl -s -o /dev/null -X POST "$base/_emulator/faults" -H 'Content-Type: application/json' \
    --data-binary '{"fault":"html:503@/v1/tokens"}'
check "injected 503" 503 '<html>' \
    "$(cc /v1/tokens test_emulator-demo-api-key '{"clientId":"5eb04fcd0f3e360008035eb1","appId":"com.a.b"}')"

# --- A state file, HTTPS and --fault, on a second emulator ------------------------------------------
tls=$(cd "$(dirname "$0")/../data/tls" && pwd)
cat > "$out/state.json" <<'JSON'
{"sumsub":{"appTokens":[{"appToken":"sbx:state-file-token","secretKey":"state-file-secret"}],
           "applicants":["aaaaaaaaaaaaaaaaaaaaaaaa"]}}
JSON
"$emulator" --state "$out/state.json" --tls-cert "$tls/server.pem" --tls-key "$tls/server-key.pem" \
    --fault 'status:400@/resources/accessTokens/shareToken' >"$out/stdout2" 2>"$out/stderr2" &
pid2=$!
trap 'kill $pid $pid2 2>/dev/null || true; rm -rf "$out"' EXIT
for _ in $(seq 100); do grep -q '^listening on ' "$out/stdout2" 2>/dev/null && break; sleep 0.1; done
base=$(sed -n '1s/^listening on //p' "$out/stdout2")
case "$base" in https://*) passed=$((passed + 1)); echo "PASS: HTTPS base URL";;
                *) failed=$((failed + 1)); echo "FAIL: HTTPS base URL: $base";; esac
app_token='sbx:state-file-token' secret='state-file-secret'
curl_tls=(--cacert "$tls/ca.pem")
request() {
    local method=$1 path=$2 body=$3 ts=$4 key=$5 sig
    sig=$(printf '%s' "${ts}${method}${path}${body}" | openssl dgst -sha256 -hmac "$key" | awk '{print $NF}')
    curl "${curl_tls[@]}" -s -o "$out/body" -w '%{http_code}' -X "$method" "$base$path" \
        -H "X-App-Token: $app_token" -H "X-App-Access-Ts: $ts" -H "X-App-Access-Sig: $sig" \
        -H 'Content-Type: application/json' --data-binary "$body"
}
check "--fault applies once" 400 '"code":400' \
    "$(request POST $share '{"applicantId":"aaaaaaaaaaaaaaaaaaaaaaaa","forClientId":"P"}' "$now" "$secret")"
check "state file applicant, over HTTPS" 200 '"forClientId":"P"' \
    "$(request POST $share '{"applicantId":"aaaaaaaaaaaaaaaaaaaaaaaa","forClientId":"P"}' "$now" "$secret")"
check "default applicant unknown with a state file" 404 '"code":404' \
    "$(request POST $share '{"applicantId":"63e092c51b7b4030f2e01154","forClientId":"P"}' "$now" "$secret")"
curl_tls=()
code=$(request POST $share '{"applicantId":"aaaaaaaaaaaaaaaaaaaaaaaa","forClientId":"P"}' "$now" "$secret" || true)
[ "$code" = "000" ] && { passed=$((passed + 1)); echo "PASS: the test CA is needed to connect"; } \
    || { failed=$((failed + 1)); echo "FAIL: connected without the test CA: $code"; }
bad_state=$("$emulator" --state /nonexistent.json 2>&1 >/dev/null; echo "exit $?")
case "$bad_state" in *"cannot read /nonexistent.json"*"exit 2") passed=$((passed + 1)); echo "PASS: missing state file";;
                     *) failed=$((failed + 1)); echo "FAIL: missing state file: $bad_state";; esac

# The request log says what arrived and how it ended, and never carries a secret or a signature.
grep -q 'POST /resources/accessTokens/shareToken -> 401 4003' "$out/stderr" \
    && { passed=$((passed + 1)); echo "PASS: request log"; } || { failed=$((failed + 1)); echo "FAIL: request log"; }
leaks=(-e 'curl-made-up' -e 'state-file-secret' -e 'state-file-token' -e 'ttlInSecs' -e 'code=' -e 'snd-id-con')
[ -n "${access:-}" ] && leaks+=(-e "$access")
if grep -q "${leaks[@]}" "$out/stderr" "$out/stderr2"; then
    failed=$((failed + 1)); echo "FAIL: the request log holds a credential or a query string"
else
    passed=$((passed + 1)); echo "PASS: no credential in the request log"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
