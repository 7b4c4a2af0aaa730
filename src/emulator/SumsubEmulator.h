#pragma once

#include "EmulatorConfig.h"
#include "EmulatorResponse.h"

#include <QDateTime>
#include <QList>
#include <QUrlQuery>

class QHttpServerRequest;

namespace kyc::emulator {

struct ShareTokenRecord
{
    QString token;
    QString applicantId;
    QString forClientId;
    QDateTime expiresAt;
};

// Sumsub's routes: app-token, timestamp and signature checks on every call, then the call itself,
// answered with the vendor's response and error shapes.
class SumsubEmulator
{
public:
    explicit SumsubEmulator(const EmulatorConfig &config);

    // True when the path is Sumsub's (the response is then set).
    bool handle(const QByteArray &method, const QUrl &url, const QHttpServerRequest &request,
                const QDateTime &now, EmulatorResponse *response);

    const QList<ShareTokenRecord> &shareTokens() const { return m_shareTokens; }

    static EmulatorResponse error(int status, const QString &description, int errorCode = 0,
                                  const QString &errorName = {});

private:
    EmulatorResponse checkAuthentication(const QByteArray &method, const QUrl &url,
                                         const QHttpServerRequest &request, const QDateTime &now) const;
    EmulatorResponse shareToken(const QString &applicantId, const QString &forClientId, const QJsonValue &ttl,
                                const QDateTime &now);

    const EmulatorConfig &m_config;
    QList<ShareTokenRecord> m_shareTokens;
};

} // namespace kyc::emulator
