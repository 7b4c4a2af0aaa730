// The history in the main window, over a real SQLite file: what it shows after issuing, its filters,
// copying a token again while it lives, and the export.
#include "Clipboard.h"
#include "Emulator.h"
#include "HistoryModel.h"
#include "HistoryPanel.h"
#include "Issuer.h"
#include "MainWindow.h"
#include "history/HistoryStore.h"
#include "net/Transport.h"
#include "profiles/FixedCredentialSource.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kyc::emulator::Emulator;
using kyc::emulator::EmulatorConfig;

class TestHistoryGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsFiltersCopiesAndExports();

private:
    void issue(const QString &applicant);
    template<typename T> T *in(QWidget *scope, const char *name) const
    {
        T *w = scope->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<kyc::Transport> m_transport;
    std::unique_ptr<kyc::FixedCredentialSource> m_credentials;
    std::unique_ptr<kyc::HistoryStore> m_history;
    std::unique_ptr<kyc::Issuer> m_issuer;
    std::unique_ptr<MainWindow> m_window;
    QDateTime m_now;
};

void TestHistoryGui::init()
{
    m_emulator = std::make_unique<Emulator>();
    QVERIFY(!m_emulator->start().isEmpty());
    m_transport = std::make_unique<kyc::Transport>();
    m_credentials = std::make_unique<kyc::FixedCredentialSource>(EmulatorConfig::demoCredentials());
    m_history = std::make_unique<kyc::HistoryStore>();
    QVERIFY(m_history->open(m_dir.filePath(u"history.sqlite"_s)).ok);
    m_issuer = std::make_unique<kyc::Issuer>(m_transport.get(), m_credentials.get());
    m_issuer->setHistory(m_history.get());
    m_now = {};
    m_issuer->setClock([this] { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); });
    kyc::Profile profile;
    profile.name = u"History test"_s;
    profile.baseUrl = m_emulator->baseUrl();
    m_window = std::make_unique<MainWindow>(m_issuer.get(), QList<kyc::Profile>{profile});
    m_window->resize(900, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestHistoryGui::cleanup()
{
    m_window.reset();
    m_issuer.reset();
    m_history.reset();
    m_credentials.reset();
    m_transport.reset();
    m_emulator.reset();
}

void TestHistoryGui::issue(const QString &applicant)
{
    auto *form = m_window->findChild<QWidget *>(u"SumsubShareTokenForm"_s);
    in<QLineEdit>(form, "applicantIdLineEdit")->setText(applicant);
    in<QLineEdit>(form, "forClientIdLineEdit")->setText(u"CoolCoinLtd"_s);
    const qsizetype before = m_emulator->requestLog().size();
    m_window->issue();
    QTRY_VERIFY_WITH_TIMEOUT(m_emulator->requestLog().size() > before && !m_window->isIssuing(), 10000);
}

void TestHistoryGui::showsFiltersCopiesAndExports()
{
    HistoryPanel *panel = m_window->historyPanel();
    QVERIFY(panel);
    HistoryModel *model = panel->model();
    issue(u"63e092c51b7b4030f2e01154"_s);
    const QString token = m_emulator->shareTokens().last().token;
    issue(u"0123456789abcdef01234567"_s); // unknown to the emulator: 404
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, HistoryModel::Outcome).data().toString(), u"failed: not-found"_s);
    QVERIFY(!model->index(0, HistoryModel::CorrelationId).data().toString().isEmpty());
    QCOMPARE(model->index(1, HistoryModel::Subject).data().toString(), u"63e092c51b7b4030f2e01154"_s);
    QVERIFY(model->index(1, HistoryModel::Remaining).data().toString().startsWith(u"9 min"_s) ||
            model->index(1, HistoryModel::Remaining).data().toString().startsWith(u"10 min"_s));
    if (const QString dir = qEnvironmentVariable("KYC_SCREENSHOT_DIR"); !dir.isEmpty())
        m_window->grab().save(dir + u"/history.png"_s);

    // Ctrl+F, then the filters.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *find = in<QLineEdit>(panel, "filterLineEdit");
    QCOMPARE(QApplication::focusWidget(), find);
    QTest::keyClicks(find, u"0123456789ab"_s);
    QTRY_COMPARE(model->rowCount(), 1);
    find->clear();
    Q_EMIT find->textEdited({});
    QTRY_COMPARE(model->rowCount(), 2);
    in<QComboBox>(panel, "outcomeComboBox")->setCurrentIndex(1); // issued only
    QTRY_COMPARE(model->rowCount(), 1);

    // Copy the token again from its row while it lives.
    QCOMPARE(panel->liveTokenAt(0), token);
    panel->copyTokenAt(0);
    QCOMPARE(QGuiApplication::clipboard()->text(), token);

    QString error;
    const QString csv = m_dir.filePath(u"export.csv"_s);
    QVERIFY2(panel->exportTo(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();
    QVERIFY(exported.contains("63e092c51b7b4030f2e01154"));
    QVERIFY(!exported.contains("0123456789abcdef01234567")); // the filter applies to the export
    QVERIFY(!exported.contains(token.toUtf8()));

    // Once expired, the token is gone from memory.
    m_now = QDateTime::currentDateTimeUtc().addSecs(601);
    QCOMPARE(panel->liveTokenAt(0), QString());
    QTRY_COMPARE(model->index(0, HistoryModel::Remaining).data().toString(), u"expired"_s);
}

QTEST_MAIN(TestHistoryGui)
#include "tst_historygui.moc"
