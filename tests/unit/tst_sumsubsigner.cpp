// Sumsub request signing: the published vectors, and agreement with an independent implementation
// (the openssl command line) on random inputs, so the client and the emulator cannot share a mistake.
#include "core/base/Wipe.h"
#include "core/credentials/Credentials.h"
#include "core/sumsub/SumsubSigner.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kyc;

class TestSumsubSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data();
    void vectors();
    void methodIsUppercased();
    void agreesWithOpenssl();
    void constantTimeEqual();
    void wipeOverwritesInPlace();
};

void TestSumsubSigner::vectors_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<qint64>("ts");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("signature");

    QTest::newRow("public test suite")
        << QByteArray("secret") << qint64(1710000000) << QByteArray("POST")
        << QByteArray("/resources/accessTokens/shareToken") << QByteArray(R"({"hello":"world"})")
        << QByteArray("7a2f71b08d918b86bfc9c77378ee86cef7ce03b331e84b4e138fcd946d332b90");
    QTest::newRow("query string, no body")
        << QByteArray("Hej2ch71kG2kTd1iIUDZFNsO5C1lh5Gq") << qint64(1607551635) << QByteArray("POST")
        << QByteArray(
               "/resources/accessTokens?userId=cfd20712-24a2-4c7d-9ab0-146f3c142335&levelName=basic-kyc-level"
               "&ttlInSecs=600")
        << QByteArray() << QByteArray("1e1856be1c1e1ff113e5664acac6b423ffefe04ad42ff36567622ef56f62c4b1");
    QTest::newRow("share token body")
        << QByteArray("Hej2ch71kG2kTd1iIUDZFNsO5C1lh5Gq") << qint64(1607551635) << QByteArray("POST")
        << QByteArray("/resources/accessTokens/shareToken")
        << QByteArray(
               R"({"applicantId":"63e092c51b7b4030f2e01154","forClientId":"CoolCoinLtd","ttlInSecs":600})")
        << QByteArray("af6417334ce66d73b46ace258deeadbdda9c7c540df654e979dd6b0d81e3032c");
}

void TestSumsubSigner::vectors()
{
    QFETCH(QByteArray, secret);
    QFETCH(qint64, ts);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, signature);
    QCOMPARE(SumsubSigner::sign(secret, ts, method, path, body), signature);
}

void TestSumsubSigner::methodIsUppercased()
{
    const QByteArray path = "/resources/accessTokens/shareToken";
    QCOMPARE(SumsubSigner::sign("secret", 1710000000, "post", path, R"({"hello":"world"})"),
             QByteArray("7a2f71b08d918b86bfc9c77378ee86cef7ce03b331e84b4e138fcd946d332b90"));
}

namespace {
QByteArray randomBytes(QRandomGenerator &rng, int minLen, int maxLen, bool printable)
{
    QByteArray out(rng.bounded(minLen, maxLen + 1), Qt::Uninitialized);
    for (char &c : out)
        c = printable ? char(rng.bounded(0x21, 0x7f)) : char(rng.bounded(0, 256));
    return out;
}

QByteArray opensslHmac(const QByteArray &key, const QByteArray &data)
{
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"dgst"_s, u"-sha256"_s, u"-mac"_s, u"HMAC"_s, u"-macopt"_s,
                                 u"hexkey:"_s + QString::fromLatin1(key.toHex())});
    if (!openssl.waitForStarted())
        return {};
    openssl.write(data);
    openssl.closeWriteChannel();
    openssl.waitForFinished();
    // "SHA2-256(stdin)= <hex>" (OpenSSL 3) or "(stdin)= <hex>" (1.1)
    const QByteArray line = openssl.readAllStandardOutput().trimmed();
    return line.mid(line.lastIndexOf(' ') + 1);
}
} // namespace

void TestSumsubSigner::agreesWithOpenssl()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator rng(seed);
    qInfo("random seed %u", seed);
    const QList<QByteArray> methods{"POST", "GET", "PATCH", "DELETE"};
    for (int i = 0; i < 40; ++i) {
        // Keys longer than the 64-byte block too: HMAC hashes those first.
        const QByteArray secret = randomBytes(rng, 1, i % 4 == 3 ? 200 : 64, i % 2 == 0);
        const qint64 ts = 1'500'000'000 + rng.bounded(500'000'000);
        const QByteArray method = methods.at(rng.bounded(methods.size()));
        const QByteArray path = "/resources/" + randomBytes(rng, 0, 40, true).toPercentEncoding("/?=&");
        const QByteArray body = i % 3 == 0 ? QByteArray() : randomBytes(rng, 0, 300, i % 2 == 1);
        const QByteArray expected = opensslHmac(secret, QByteArray::number(ts) + method + path + body);
        QVERIFY2(expected.size() == 64, "openssl did not produce a SHA-256 HMAC; is it installed?");
        QCOMPARE(SumsubSigner::sign(secret, ts, method, path, body), expected);
    }
}

void TestSumsubSigner::constantTimeEqual()
{
    QVERIFY(SumsubSigner::equal("abc", "abc"));
    QVERIFY(!SumsubSigner::equal("abc", "abd"));
    QVERIFY(!SumsubSigner::equal("abc", "abcd"));
    QVERIFY(!SumsubSigner::equal("", "a"));
}

void TestSumsubSigner::wipeOverwritesInPlace()
{
    // The signer and the credentials wipe their copies of a secret this way before letting them go.
    QByteArray bytes("made-up-secret-key");
    bytes.detach();
    const char *const buffer = bytes.constData();
    wipe(bytes);
    QCOMPARE(bytes.constData(), buffer); // the same memory, overwritten
    QCOMPARE(bytes, QByteArray(18, '\0'));

    QByteArray shared("made-up-secret-key");
    const QByteArray other = shared; // another holder of the same buffer
    wipe(shared);
    QVERIFY(shared.isEmpty());
    QCOMPARE(other, QByteArray("made-up-secret-key")); // left as it was

    QString text = u"made-up-app-token"_s;
    text.detach();
    const QChar *const characters = text.constData();
    wipe(text);
    QCOMPARE(text.constData(), characters);
    QCOMPARE(text, QString(17, QChar(u'\0')));

    Credentials credentials{u"sbx:made-up"_s, u"made-up-secret"_s, u"test_made-up"_s};
    credentials.wipe();
    QVERIFY(credentials.sumsubAppToken.isEmpty() && credentials.sumsubSecretKey.isEmpty() &&
            credentials.complyCubeApiKey.isEmpty());
}

QTEST_GUILESS_MAIN(TestSumsubSigner)
#include "tst_sumsubsigner.moc"
