#include "EmulatorProcess.h"

#include "TestTls.h"

#include <QTest>

using namespace Qt::StringLiterals;

EmulatorProcess::~EmulatorProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool EmulatorProcess::start(const QStringList &extraArguments)
{
    m_process.setProgram(QStringLiteral(KYC_EMULATOR_PATH));
    QStringList arguments{u"--listen"_s,
                          u"127.0.0.1:0"_s,
                          u"--sumsub-app-token"_s,
                          QLatin1String(kAppToken),
                          u"--sumsub-secret-key"_s,
                          QLatin1String(kSecretKey)};
    if (testUsesTls())
        arguments +=
            {u"--tls-cert"_s, testTlsFile("server.pem"), u"--tls-key"_s, testTlsFile("server-key.pem")};
    m_process.setArguments(arguments + extraArguments);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        qWarning() << "emulator did not start:" << m_process.errorString();
        return false;
    }
    QElapsedTimer waited;
    waited.start();
    while (!m_process.canReadLine() && waited.elapsed() < 15000)
        m_process.waitForReadyRead(500);
    const QByteArray line = m_process.readLine().trimmed();
    if (!line.startsWith("listening on ")) {
        qWarning() << "emulator's first line was" << line << m_process.readAllStandardError();
        return false;
    }
    m_baseUrl = QUrl(QString::fromLatin1(line.mid(13)));
    return m_baseUrl.isValid();
}

QStringList EmulatorProcess::requestLog()
{
    standardError();
    return m_log;
}

QByteArray EmulatorProcess::standardError()
{
    QTest::qWait(50); // let the last log line arrive
    const QByteArray err = m_process.readAllStandardError();
    m_stderr += err;
    for (const QByteArray &line : err.split('\n')) {
        if (line.startsWith("kyc.emulator: "))
            m_log.append(QString::fromUtf8(line.mid(14)));
    }
    return m_stderr;
}
