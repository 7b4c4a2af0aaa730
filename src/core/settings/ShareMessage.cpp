#include "core/settings/ShareMessage.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kyc {

namespace {
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(u"\\{([A-Za-z_]*)\\}"_s);
    return pattern;
}
} // namespace

QString ShareMessage::defaultTemplate()
{
    return tr("Hello,\n\nhere is the {operation} for {partner}:\n\n{token}\n\n"
              "It can be used once and expires at {expires}.");
}

QStringList ShareMessage::placeholders()
{
    return {u"{token}"_s, u"{partner}"_s, u"{expires}"_s, u"{operation}"_s};
}

QString ShareMessage::check(const QString &messageTemplate)
{
    if (messageTemplate.trimmed().isEmpty())
        return tr("The message is empty. Write a text with {token} in it, or restore the default.");
    const QStringList known = placeholders();
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(messageTemplate);
    while (it.hasNext()) {
        const QString found = it.next().captured(0);
        if (!known.contains(found))
            return tr("The message has %1, which is not a placeholder. Use %2.")
                .arg(found, known.join(u", "_s));
    }
    if (!messageTemplate.contains(u"{token}"_s))
        return tr("The message has no {token}: put it where the token goes.");
    return {};
}

QString ShareMessage::render(const QString &messageTemplate, const IssuedToken &token,
                             const QString &partnerName)
{
    const QString partner =
        partnerName.isEmpty() ? token.partner : u"%1 (%2)"_s.arg(partnerName, token.partner);
    const QString expires = token.expiresAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
    // One pass over the template, so that a value holding "{token}" is never expanded again.
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(messageTemplate);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(messageTemplate).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        if (name == u"token"_s)
            out += token.token;
        else if (name == u"partner"_s)
            out += partner;
        else if (name == u"expires"_s)
            out += expires;
        else if (name == u"operation"_s)
            out += operationDisplayName(token.operation);
        else
            out += m.captured(0);
        last = m.capturedEnd();
    }
    out += QStringView(messageTemplate).mid(last);
    return out;
}

} // namespace kyc
