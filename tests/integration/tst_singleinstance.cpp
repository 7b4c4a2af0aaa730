// One console per user: the real kyc-share-console started twice, offscreen, in a private home.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aSecondStartBringsTheFirstToTheFront();
    void aCrashedConsoleDoesNotBlockTheNext();
    void demoModeStartsBesideIt();

private:
    void start(QProcess &console, const QStringList &arguments = {});
    bool stillRuns(QProcess &console) { return !console.waitForFinished(1500); }

    std::unique_ptr<QTemporaryDir> m_home;
    QProcess m_first;
};

void TestSingleInstance::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    QDir(m_home->path()).mkpath(u"runtime"_s);
    QFile::setPermissions(m_home->filePath(u"runtime"_s),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestSingleInstance::cleanup()
{
    if (m_first.state() != QProcess::NotRunning) {
        m_first.kill();
        m_first.waitForFinished();
    }
    m_home.reset();
}

void TestSingleInstance::start(QProcess &console, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home->path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, m_home->filePath(u"runtime"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"kyc.gui.info=true"_s);
    console.setProcessEnvironment(env);
    console.start(QStringLiteral(KYC_CONSOLE_PATH), arguments);
    QVERIFY(console.waitForStarted());
}

void TestSingleInstance::aSecondStartBringsTheFirstToTheFront()
{
    start(m_first);
    QVERIFY(stillRuns(m_first)); // up and listening

    QProcess second;
    start(second);
    QVERIFY2(second.waitForFinished(10000), "the second start did not give way");
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QVERIFY(QString::fromUtf8(second.readAllStandardError()).contains(u"already running"_s));

    QString log;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (log += QString::fromUtf8(m_first.readAllStandardError())).contains(u"brought to the front"_s),
        qPrintable(log), 5000);
    QVERIFY(stillRuns(m_first));
}

void TestSingleInstance::aCrashedConsoleDoesNotBlockTheNext()
{
    start(m_first);
    QVERIFY(stillRuns(m_first));
    m_first.kill(); // SIGKILL: its socket file stays behind
    QVERIFY(m_first.waitForFinished());

    QProcess next;
    start(next);
    QVERIFY2(stillRuns(next), qPrintable(QString::fromUtf8(next.readAllStandardError())));
    next.kill();
    next.waitForFinished();
}

void TestSingleInstance::demoModeStartsBesideIt()
{
    start(m_first);
    QVERIFY(stillRuns(m_first));
    QProcess demo;
    start(demo, {u"--demo"_s});
    QVERIFY(stillRuns(demo));
    demo.kill();
    demo.waitForFinished();
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
