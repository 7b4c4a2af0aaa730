#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace kyc {

// Tokens issued in this session, in memory only, until they expire, so that a token can be copied
// again from its history row. Expired ones are wiped (overwritten, then dropped).
class LiveTokens
{
public:
    ~LiveTokens();
    void add(qint64 historyId, const QString &token, const QDateTime &expiresAt);
    // The token while it is alive at `now`; expired ones are wiped on the way.
    std::optional<QString> token(qint64 historyId, const QDateTime &now);
    void purge(const QDateTime &now);
    int size() const { return int(m_tokens.size()); }

private:
    struct Live
    {
        QString token;
        QDateTime expiresAt;
    };
    QHash<qint64, Live> m_tokens;
};

} // namespace kyc
