#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

// The kyc-share-emulator executable, started for a test on a free loopback port.
class EmulatorProcess
{
public:
    static constexpr const char *kAppToken = "sbx:test-made-up-app-token";
    static constexpr const char *kSecretKey = "test-made-up-secret-key";

    EmulatorProcess() = default;
    ~EmulatorProcess();
    EmulatorProcess(const EmulatorProcess &) = delete;
    EmulatorProcess &operator=(const EmulatorProcess &) = delete;

    // Starts it with the test credentials and any extra arguments; returns false (and says why) on failure.
    bool start(const QStringList &extraArguments = {});
    QUrl baseUrl() const { return m_baseUrl; }
    // The request log lines it has printed so far ("POST /path -> 200").
    QStringList requestLog();
    // Everything it has printed on standard error so far, the request log and any other category's lines.
    QByteArray standardError();

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QStringList m_log;
    QByteArray m_stderr;
};
