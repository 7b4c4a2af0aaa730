#!/usr/bin/env bash
# Regenerates the test TLS material (made up, for tests only; never trust this CA anywhere else):
#   ca.pem                     the test CA the client trusts only when told to (a profile's extra CA)
#   server.pem, server-key.pem for localhost, 127.0.0.1 and ::1, signed by the test CA
#   wrong-host.pem, wrong-host-key.pem   signed by the test CA for another host name (a name mismatch)
#   self-signed.pem, self-signed-key.pem for 127.0.0.1 but signed by nobody the client trusts
# Valid for 20 years from the day this runs.
set -euo pipefail
cd "$(dirname "$0")"
days=7300
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/ca-key.pem" -out ca.pem -days $days \
    -subj "/CN=KYC Share Console Test CA/O=kyc-share tests" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null

issue() { # NAME SUBJECT_ALT_NAMES
    openssl req -newkey rsa:2048 -nodes -keyout "$1-key.pem" -out "$work/$1.csr" -subj "/CN=$1/O=kyc-share tests" 2>/dev/null
    printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' "$2" > "$work/$1.ext"
    openssl x509 -req -in "$work/$1.csr" -CA ca.pem -CAkey "$work/ca-key.pem" -CAcreateserial \
        -out "$1.pem" -days $days -extfile "$work/$1.ext" 2>/dev/null
}
issue server "DNS:localhost,IP:127.0.0.1,IP:::1"
issue wrong-host "DNS:wrong-host.invalid"
openssl req -x509 -newkey rsa:2048 -nodes -keyout self-signed-key.pem -out self-signed.pem -days $days \
    -subj "/CN=127.0.0.1/O=nobody" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1" 2>/dev/null
rm -f ca.srl
echo "regenerated: $(ls *.pem | tr '\n' ' ')"
