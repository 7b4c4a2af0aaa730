#!/usr/bin/env python3
"""Re-computes a KYC Share Console history's hash chain (format kyc-share-audit/1) with Python's
standard library alone, as docs/audit-trail.md describes it. Shares no code with the console.

    tools/audit/verify-history.py HISTORY.sqlite [COUNT:HASH]    exit 0 when intact, else 1
"""
import hashlib
import json
import sqlite3
import sys

COLUMNS = ("id kind intent_id at_ms at_utc operator profile environment provider operation subject "
           "partner ttl_secs expires_at ok failure_kind http_status provider_code provider_name "
           "correlation_id reason token_fingerprint note").split()

db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
checkpoint = sys.argv[2].split(":") if len(sys.argv) > 2 else None
prev, count = "0" * 64, 0
for row in db.execute(f"SELECT {', '.join(COLUMNS)}, prev_hash, hash FROM records ORDER BY id"):
    encoding = json.dumps(["kyc-share-audit/1", *row[:-2]], ensure_ascii=False, separators=(",", ":"))
    digest = hashlib.sha256((prev + encoding).encode()).hexdigest()
    if row[0] != count or row[-2] != prev or row[-1] != digest:
        sys.exit(f"broken at record {count}")
    prev, count = digest, count + 1
    if checkpoint and count == int(checkpoint[0]) and digest != checkpoint[1]:
        sys.exit(f"record {count - 1} is not the one the checkpoint names")
if checkpoint and count < int(checkpoint[0]):
    sys.exit(f"only {count} records; the checkpoint names {checkpoint[0]}")
print(f"intact: {count} records, head {prev}")
