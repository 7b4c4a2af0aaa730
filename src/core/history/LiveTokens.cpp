#include "core/history/LiveTokens.h"

namespace kyc {

LiveTokens::~LiveTokens()
{
    for (Live &l : m_tokens)
        l.token.fill(QChar(u'\0'));
}

void LiveTokens::add(qint64 historyId, const QString &token, const QDateTime &expiresAt)
{
    if (historyId > 0 && !token.isEmpty())
        m_tokens.insert(historyId, {token, expiresAt});
}

std::optional<QString> LiveTokens::token(qint64 historyId, const QDateTime &now)
{
    purge(now);
    const auto it = m_tokens.constFind(historyId);
    if (it == m_tokens.cend())
        return std::nullopt;
    return it->token;
}

void LiveTokens::purge(const QDateTime &now)
{
    for (auto it = m_tokens.begin(); it != m_tokens.end();) {
        if (it->expiresAt <= now) {
            it->token.fill(QChar(u'\0'));
            it = m_tokens.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace kyc
