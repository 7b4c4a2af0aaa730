#!/usr/bin/env bash
# The emulator as a vendor's official client library uses it: ComplyCube's Node client
# (@complycube/api, from npm, installed here in a scratch folder, never into the project), pointed at a
# kyc-share-emulator on loopback. Sumsub publishes no server-side client library on npm: its official
# reference code (AppTokenUsageExamples) is not a package, and sumsub-node-sdk is a third party's; the
# Sumsub side is checked by emulator_curl.sh, with openssl's signature.
#   official_clients.sh EMULATOR
set -euo pipefail
emulator=$1
version=1.1.13 # the version checked; a newer one is tried the same way by changing this line
work=$(mktemp -d)
emulator_pid=
cleanup() { [ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

command -v npm >/dev/null || { echo "official_clients: npm is needed (Node.js from the machine)" >&2; exit 1; }
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "@complycube/api@$version" >/dev/null

key='test_official-client-made-up-key'
"$emulator" --listen 127.0.0.1:0 --complycube-api-key "$key" >"$work/emulator.out" 2>"$work/emulator.err" &
emulator_pid=$!
for _ in $(seq 100); do grep -q '^listening on ' "$work/emulator.out" 2>/dev/null && break; sleep 0.1; done
base=$(sed -n '1s/^listening on //p' "$work/emulator.out")
[ -n "$base" ] || { echo "official_clients: the emulator did not start" >&2; cat "$work/emulator.err" >&2; exit 1; }

cat > check.js <<'JS'
const assert = require('node:assert');
const { ComplyCube, ComplyCubeApiError } = require('@complycube/api');
const [base, key] = process.argv.slice(2);
let passed = 0, failed = 0;
async function check(name, body) {
  try { await body(); passed++; console.log(`ok: ${name}`); }
  catch (e) { failed++; console.log(`FAILED: ${name}: ${e.message}`); }
}
(async () => {
  const cc = new ComplyCube({ apiKey: key });
  cc.axiosInstance.defaults.baseURL = `${base}/v1`; // the client's base URL is the vendor's, fixed
  let client;
  await check('creates a client (POST /v1/clients/)', async () => {
    client = await cc.client.create({ type: 'person', email: 'official@client.example',
                                      personDetails: { firstName: 'Ada', lastName: 'Example' } });
    assert.match(client.id, /^[0-9a-f]{24}$/);
  });
  await check('reads it back (GET /v1/clients/ID)', async () => {
    const again = await cc.client.get(client.id);
    assert.equal(again.id, client.id);
  });
  await check('issues a Web SDK token (POST /v1/tokens/)', async () => {
    const token = await cc.token.generate(client.id, { referrer: 'https://*.example.com/*' });
    assert.match(token, /^eyJ/);
  });
  await check('issues a mobile SDK token', async () => {
    const token = await cc.token.generate(client.id, { appId: 'com.example.app' });
    assert.match(token, /^eyJ/);
  });
  await check('an unknown client is resource_not_found, about the client', async () => {
    await assert.rejects(cc.token.generate('5eb04fcd0f3e360008035eb9', { appId: 'com.example.app' }),
      (e) => e instanceof ComplyCubeApiError && e.statusCode === 404 && e.type === 'resource_not_found'
             && /client/i.test(e.message) && !/route/i.test(e.message));
  });
  await check('a wrong key is unauthorized', async () => {
    const wrong = new ComplyCube({ apiKey: 'test_wrong-made-up-key' });
    wrong.axiosInstance.defaults.baseURL = `${base}/v1`;
    await assert.rejects(wrong.token.generate(client.id, { appId: 'com.example.app' }),
      (e) => e instanceof ComplyCubeApiError && e.statusCode === 401);
  });
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})();
JS
node check.js "$base" "$key"
