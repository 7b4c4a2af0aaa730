// Preferences kept in a real settings file, and the "Copy as message" text they shape.
#include "core/settings/Preferences.h"
#include "core/settings/ShareMessage.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kyc::Preferences;
using kyc::ShareMessage;

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aFirstStartHasTheDefaults();
    void savedPreferencesComeBack();
    void outOfRangeOrBrokenValuesReadAsDefaults();
    void theDefaultTemplateIsNotWritten();
    void theOlderProductionSwitchIsHonoured();
    void messageNamesTokenPartnerAndExpiryInUtc();
    void partnerWithoutANameIsItsId();
    void valuesAreNeverExpandedTwice();
    void checkSaysWhatIsWrong_data();
    void checkSaysWhatIsWrong();

private:
    static kyc::IssuedToken token();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestPreferences::init()
{
    m_settings.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.conf"_s), QSettings::IniFormat);
}

kyc::IssuedToken TestPreferences::token()
{
    kyc::IssuedToken t;
    t.operation = kyc::Operation::SumsubShareToken;
    t.token = u"_act-sbx-made-up-token"_s;
    t.partner = u"CoolCoinLtd"_s;
    t.expiresAt = QDateTime(QDate(2026, 11, 22), QTime(14, 5, 30), Qt::UTC);
    return t;
}

void TestPreferences::aFirstStartHasTheDefaults()
{
    const Preferences p = Preferences::load(*m_settings);
    QCOMPARE(p.clearClipboardSecs, 30);
    QVERIFY(p.confirmProduction);
    QCOMPARE(p.messageTemplate, ShareMessage::defaultTemplate());
    QVERIFY(ShareMessage::check(p.messageTemplate).isEmpty());
}

void TestPreferences::savedPreferencesComeBack()
{
    Preferences p;
    p.clearClipboardSecs = 90;
    p.confirmProduction = false;
    p.messageTemplate = u"Token for {partner}: {token}"_s;
    p.save(m_settings.get());
    m_settings->sync();

    const QSettings reread(m_dir->filePath(u"settings.conf"_s), QSettings::IniFormat);
    const Preferences back = Preferences::load(reread);
    QCOMPARE(back.clearClipboardSecs, 90);
    QCOMPARE(back.confirmProduction, false);
    QCOMPARE(back.messageTemplate, u"Token for {partner}: {token}"_s);
}

void TestPreferences::outOfRangeOrBrokenValuesReadAsDefaults()
{
    m_settings->setValue(u"preferences/clearClipboardSecs"_s, 0);
    m_settings->setValue(u"preferences/messageTemplate"_s, u"no token here"_s);
    Preferences p = Preferences::load(*m_settings);
    QCOMPARE(p.clearClipboardSecs, Preferences::kDefaultClearClipboardSecs);
    QCOMPARE(p.messageTemplate, ShareMessage::defaultTemplate());

    m_settings->setValue(u"preferences/clearClipboardSecs"_s, u"ten"_s);
    QCOMPARE(Preferences::load(*m_settings).clearClipboardSecs, Preferences::kDefaultClearClipboardSecs);
    m_settings->setValue(u"preferences/clearClipboardSecs"_s, 100000);
    QCOMPARE(Preferences::load(*m_settings).clearClipboardSecs, Preferences::kDefaultClearClipboardSecs);
}

void TestPreferences::theDefaultTemplateIsNotWritten()
{
    Preferences p;
    p.messageTemplate = ShareMessage::defaultTemplate();
    p.save(m_settings.get());
    QVERIFY(!m_settings->contains(u"preferences/messageTemplate"_s));
    QVERIFY(m_settings->contains(u"preferences/clearClipboardSecs"_s));
}

void TestPreferences::theOlderProductionSwitchIsHonoured()
{
    m_settings->setValue(u"confirmProduction"_s, false);
    QCOMPARE(Preferences::load(*m_settings).confirmProduction, false);
    Preferences p;
    p.confirmProduction = true;
    p.save(m_settings.get());
    QCOMPARE(Preferences::load(*m_settings).confirmProduction, true);
}

void TestPreferences::messageNamesTokenPartnerAndExpiryInUtc()
{
    const QString message = ShareMessage::render(ShareMessage::defaultTemplate(), token(), u"Cool Coin"_s);
    QVERIFY2(message.contains(u"\n_act-sbx-made-up-token\n"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Cool Coin (CoolCoinLtd)"_s), qPrintable(message));
    QVERIFY2(message.contains(u"2026-11-22 14:05 UTC"_s), qPrintable(message));
    QVERIFY2(message.contains(u"share token"_s, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(!message.contains(u'{'), qPrintable(message));
}

void TestPreferences::partnerWithoutANameIsItsId()
{
    QCOMPARE(ShareMessage::render(u"{partner}: {token}"_s, token()),
             u"CoolCoinLtd: _act-sbx-made-up-token"_s);
}

void TestPreferences::valuesAreNeverExpandedTwice()
{
    kyc::IssuedToken t = token();
    t.partner = u"{token}"_s;
    QCOMPARE(ShareMessage::render(u"[{partner}] {token}"_s, t), u"[{token}] _act-sbx-made-up-token"_s);
}

void TestPreferences::checkSaysWhatIsWrong_data()
{
    QTest::addColumn<QString>("messageTemplate");
    QTest::addColumn<QString>("expected"); // a part of the message, or empty when the template is fine
    QTest::newRow("fine") << u"{token}"_s << QString();
    QTest::newRow("every placeholder")
        << u"{operation} for {partner} until {expires}: {token}"_s << QString();
    QTest::newRow("braces that are no placeholder") << u"{token} :-{ }"_s << QString();
    QTest::newRow("empty") << u"  \n"_s << u"empty"_s;
    QTest::newRow("no token") << u"Hello {partner}"_s << u"no {token}"_s;
    QTest::newRow("misspelt") << u"{tokn} {token}"_s << u"{tokn}"_s;
    QTest::newRow("wrong case") << u"{Token}"_s << u"{Token}"_s;
}

void TestPreferences::checkSaysWhatIsWrong()
{
    QFETCH(QString, messageTemplate);
    QFETCH(QString, expected);
    const QString problem = ShareMessage::check(messageTemplate);
    if (expected.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QVERIFY2(problem.contains(expected), qPrintable(problem));
    }
}

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
