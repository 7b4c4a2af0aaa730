// One console per user: the real kyc-share-console started twice, offscreen, in a private home.
#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

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
    void withoutARuntimeFolderItsOwnPrivateFolderIsUsed();
    void aSocketSomeoneElseCouldMakeIsNeverTrusted();

private:
    void start(QProcess &console, const QStringList &arguments = {}, bool runtimeFolder = true);
    bool stillRuns(QProcess &console) { return !console.waitForFinished(1500); }

    std::unique_ptr<QTemporaryDir> m_home;
    QProcess m_first;
};

void TestSingleInstance::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    QDir(m_home->path()).mkpath(u"runtime"_s);
    QDir(m_home->path()).mkpath(u"tmp"_s);
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

void TestSingleInstance::start(QProcess &console, const QStringList &arguments, bool runtimeFolder)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home->path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
    env.insert(u"TMPDIR"_s, m_home->filePath(u"tmp"_s));
    if (runtimeFolder)
        env.insert(u"XDG_RUNTIME_DIR"_s, m_home->filePath(u"runtime"_s));
    else
        env.remove(u"XDG_RUNTIME_DIR"_s);
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

// With no XDG_RUNTIME_DIR, the socket is in a folder of the console's own in the temporary folder, made
// 0700: a second start still finds the first.
void TestSingleInstance::withoutARuntimeFolderItsOwnPrivateFolderIsUsed()
{
    start(m_first, {}, false);
    QVERIFY(stillRuns(m_first));
    const QString own = m_home->filePath(u"tmp/kyc-share-console-%1"_s.arg(::geteuid()));
    struct stat st = {};
    QCOMPARE(::lstat(QFile::encodeName(own).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0700);
    QCOMPARE(st.st_uid, ::geteuid());
    QProcess second;
    start(second, {}, false);
    QVERIFY2(second.waitForFinished(10000), "the second start did not give way");
    QVERIFY(QString::fromUtf8(second.readAllStandardError()).contains(u"already running"_s));
}

// Another user gets to the temporary folder first: a socket under the name an earlier version used,
// answering "ok", and the private folder's name taken by a folder that is not this user's. The console
// trusts neither: it starts, and says it runs without the check.
void TestSingleInstance::aSocketSomeoneElseCouldMakeIsNeverTrusted()
{
    const QString settings = QDir::cleanPath(m_home->filePath(u"config/kyc-share/kyc-share-console.conf"_s));
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(settings.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    QLocalServer impostor;
    QVERIFY(impostor.listen(m_home->filePath(u"tmp/kyc-share-console-"_s + key)));
    connect(&impostor, &QLocalServer::newConnection, this, [&impostor] {
        while (QLocalSocket *s = impostor.nextPendingConnection())
            s->write("ok\n");
    });
    const QString own = m_home->filePath(u"tmp/kyc-share-console-%1"_s.arg(::geteuid()));
    QVERIFY(QDir().mkpath(own));
    QVERIFY(::chmod(QFile::encodeName(own).constData(), 0777) == 0);
    if (::geteuid() == 0) // as root, the folder can be someone else's, as it would be
        QVERIFY(::chown(QFile::encodeName(own).constData(), 65534, 65534) == 0);

    start(m_first, {}, false);
    QVERIFY(stillRuns(m_first)); // not "already running": the impostor was never asked
    QString said;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (said += QString::fromUtf8(m_first.readAllStandardError())).contains(u"running without the check"_s),
        qPrintable(said), 5000);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
