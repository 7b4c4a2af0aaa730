// Where the history is: the rules a --history-url or KYC_SHARE_HISTORY_URL must follow before the
// console connects anywhere.
#include "core/history/HistoryLocation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kyc::HistoryLocation;

class TestHistoryLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPathIsSqlite();
    void aTeamUrl();
    void aRemoteServerGetsVerifiedTls();
    void aUnixSocket();
    void refused_data();
    void refused();
};

void TestHistoryLocation::aPathIsSqlite()
{
    QString error;
    for (const QString &text : {u"/srv/kyc/history.sqlite"_s, u"file:///srv/kyc/history.sqlite"_s}) {
        const auto l = HistoryLocation::parse(text, &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->kind, HistoryLocation::Kind::Sqlite);
        QCOMPARE(l->path, u"/srv/kyc/history.sqlite"_s);
        QCOMPARE(l->description(), u"SQLite /srv/kyc/history.sqlite"_s);
    }
}

void TestHistoryLocation::aTeamUrl()
{
    QString error;
    const auto l = HistoryLocation::parse(u"postgresql://alice@127.0.0.1:5433/kyc"_s, &error);
    QVERIFY2(l, qPrintable(error));
    QCOMPARE(l->kind, HistoryLocation::Kind::Postgres);
    QCOMPARE(l->user, u"alice"_s);
    QCOMPARE(l->host, u"127.0.0.1"_s);
    QCOMPARE(l->port, 5433);
    QCOMPARE(l->database, u"kyc"_s);
    QVERIFY(l->isLocalServer());
    QVERIFY(l->sslMode.isEmpty()); // libpq's default: plain is allowed on the loopback
    QCOMPARE(l->description(), u"PostgreSQL alice@127.0.0.1:5433/kyc"_s);
    QCOMPARE(HistoryLocation::parse(l->toUrl(), &error)->description(), l->description());
}

void TestHistoryLocation::aRemoteServerGetsVerifiedTls()
{
    QString error;
    const auto l =
        HistoryLocation::parse(u"postgres://alice@db.example.com/kyc?sslrootcert=/etc/kyc/ca.pem"_s, &error);
    QVERIFY2(l, qPrintable(error));
    QVERIFY(!l->isLocalServer());
    QCOMPARE(l->sslMode, u"verify-full"_s);
    QCOMPARE(l->extraCa, u"/etc/kyc/ca.pem"_s);
    QCOMPARE(l->port, 5432);
    QVERIFY(HistoryLocation::parse(u"postgresql://alice@db.example.com/kyc?sslmode=verify-full"_s, &error));
}

void TestHistoryLocation::aUnixSocket()
{
    QString error;
    const auto l =
        HistoryLocation::parse(u"postgresql://alice@/kyc?host=/var/run/postgresql&port=5434"_s, &error);
    QVERIFY2(l, qPrintable(error));
    QCOMPARE(l->host, u"/var/run/postgresql"_s);
    QCOMPARE(l->port, 5434);
    QVERIFY(l->isLocalServer());
    QCOMPARE(HistoryLocation::parse(l->toUrl(), &error)->host, l->host);
    QCOMPARE(HistoryLocation::parse(l->toUrl(), &error)->port, 5434);
}

void TestHistoryLocation::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << u"  "_s << u"is empty"_s;
    QTest::newRow("another scheme") << u"mysql://alice:made-up@db/kyc"_s
                                    << u"neither a PostgreSQL URL nor a file"_s;
    QTest::newRow("not a URL, with a password")
        << u"postgresql://alice:made-up@db example/kyc"_s << u"The URL is not valid"_s;
    QTest::newRow("a password") << u"postgresql://alice:made-up@db.example.com/kyc"_s << u"PGPASSWORD"_s;
    QTest::newRow("plain to a remote server") << u"postgresql://alice@db.example.com/kyc?sslmode=require"_s
                                              << u"remove sslmode=require or make it sslmode=verify-full"_s;
    QTest::newRow("no database") << u"postgresql://alice@db.example.com"_s << u"does not name one database"_s;
    QTest::newRow("a bad sslmode") << u"postgresql://alice@localhost/kyc?sslmode=sometimes"_s
                                   << u"sslmode is one of"_s;
    QTest::newRow("libpq's options") << u"postgresql://alice@localhost/kyc?options=-csearch_path%3Devil"_s
                                     << u"not one the console takes"_s;
}

void TestHistoryLocation::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!HistoryLocation::parse(text, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(!error.contains(u"made-up"_s), "the password is repeated");
}

QTEST_GUILESS_MAIN(TestHistoryLocation)
#include "tst_historylocation.moc"
