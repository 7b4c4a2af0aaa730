#!/bin/sh
# Re-computes a KYC Share Console history's hash chain with sqlite3 and sha256sum alone, as
# docs/audit-trail.md describes it (format kyc-share-audit/1). Slow (a process per record), but it shares
# no code with the console: an auditor's independent check.
#   tools/audit/verify-history.sh HISTORY.sqlite      exit 0 and the head hash when intact, else 1
set -eu
db=$1
sqlite3 -readonly -separator "$(printf '\t')" "$db" "SELECT hash, json_array('kyc-share-audit/1', id, kind,
    intent_id, at_ms, at_utc, operator, profile, environment, provider, operation, subject, partner,
    ttl_secs, expires_at, ok, failure_kind, http_status, provider_code, provider_name, correlation_id,
    reason, token_fingerprint, note) FROM records ORDER BY id" | {
    prev=0000000000000000000000000000000000000000000000000000000000000000
    count=0
    while IFS="$(printf '\t')" read -r stored encoding; do
        hash=$(printf '%s%s' "$prev" "$encoding" | sha256sum | cut -d' ' -f1)
        if [ "$hash" != "$stored" ]; then
            echo "broken at record $count: $encoding" >&2
            exit 1
        fi
        prev=$hash
        count=$((count + 1))
    done
    echo "intact: $count records, head $prev"
}
