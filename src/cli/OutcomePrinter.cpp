#include "cli/OutcomePrinter.h"

#include "core/base/Json.h"
#include "core/history/HistoryEntry.h"
#include "core/tokens/OperationSpec.h"
#include "core/tokens/Validators.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kyc::cli {

namespace {
QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QJsonValue providerCodeJson(const QString &code)
{
    bool numeric = false;
    const int n = code.toInt(&numeric);
    return numeric ? QJsonValue(n) : jsonOrNull(code);
}
} // namespace

OutcomePrinter::OutcomePrinter(const Io &io, QString history)
    : m_io(io)
    , m_history(std::move(history))
{}

QString OutcomePrinter::optionFor(Field field)
{
    return QLatin1String(specOf(field).cliOption);
}

void OutcomePrinter::received(const ReceivedApplicant &r) const
{
    // What Sumsub said about an applicant, never written raw to a terminal.
    const auto safe = &Validators::forTerminal;
    QJsonObject o{{u"preview"_s, r.preview},
                  {u"donorClientId"_s, jsonOrNull(r.donorClientId)},
                  {u"levelName"_s, jsonOrNull(r.levelName)},
                  {u"history"_s, m_history}};
    QString text;
    if (r.preview) {
        text = tr("preview:        the share token can be reused for level %1; nothing was copied, and the "
                  "token still works once.\n")
                   .arg(safe(r.levelName));
    } else {
        o.insert(u"applicantId"_s, r.id);
        o.insert(u"externalUserId"_s, jsonOrNull(r.externalUserId));
        o.insert(u"createdAt"_s, jsonOrNull(r.createdAt));
        o.insert(u"reviewStatus"_s, jsonOrNull(r.reviewStatus));
        o.insert(u"reviewAnswer"_s, jsonOrNull(r.reviewAnswer));
        o.insert(u"dashboardUrl"_s, r.dashboardUrl().toString());
        const QString status =
            r.reviewAnswer.isEmpty() ? r.reviewStatus : r.reviewStatus + u" ("_s + r.reviewAnswer + u')';
        text =
            tr("applicant:      %1\nexternal ID:    %2\nstatus:         %3\n")
                .arg(safe(r.id), safe(r.externalUserId), safe(status.isEmpty() ? tr("(not said)") : status));
        text += r.levelName.isEmpty()
                    ? tr("level:          none: copied without rechecks, which is NOT a KYC procedure\n")
                    : tr("level:          %1\n").arg(safe(r.levelName));
        text += tr("dashboard:      %1\n").arg(r.dashboardUrl().toString());
    }
    text +=
        tr("donor:          %1\n").arg(safe(r.donorClientId.isEmpty() ? tr("(not said)") : r.donorClientId));
    print(m_io.out,
          m_io.json ? QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n' : text);
}

void OutcomePrinter::issued(const IssuedToken &t) const
{
    if (t.received) {
        received(*t.received);
        return;
    }
    QJsonObject o{{u"token"_s, t.token}, {u"expiresAt"_s, isoUtc(t.expiresAt)}};
    QString text = tr("token:          %1\n").arg(t.token);
    if (t.isPartnerToken()) {
        o.insert(u"forClientId"_s, t.partner);
        o.insert(u"ttlInSecs"_s, t.ttlSecs);
        text += tr("partner:        %1\nttl:            %2 s\n").arg(t.partner).arg(t.ttlSecs);
        if (t.sharingAllowed) {
            const bool allowed = *t.sharingAllowed;
            o.insert(u"sharingAllowed"_s, allowed);
            text += tr("sharing allowed: %1\n").arg(allowed ? tr("yes") : tr("NO"));
            if (!allowed)
                print(
                    m_io.err,
                    tr("kyc-share: sharing with %1 is not allowed yet: the Sumsub ID user must first consent "
                       "to sharing with that partner (a share link); the token alone will not work.\n")
                        .arg(t.partner));
        }
    } else if (t.isAccessToken()) {
        o.insert(u"tokenType"_s, t.tokenType);
        o.insert(u"expiresIn"_s, t.ttlSecs);
        const QString &refresh = t.refreshToken;
        if (!refresh.isEmpty())
            o.insert(u"refreshToken"_s, refresh);
        text += tr("expires in:     %1 s\nrefresh token:  %2\n")
                    .arg(t.ttlSecs)
                    .arg(refresh.isEmpty() ? tr("(not granted)") : refresh);
        if (t.idTokenClaims) {
            const QJsonObject &claims = *t.idTokenClaims;
            o.insert(u"idTokenClaimsUnverified"_s, claims);
            text += tr("id_token claims (NOT verified): %1\n")
                        .arg(QString::fromUtf8(QJsonDocument(claims).toJson(QJsonDocument::Compact)));
        }
    } else {
        const bool web = t.sdk == SdkKind::Web;
        o.insert(u"clientId"_s, t.clientId);
        o.insert(web ? u"referrer"_s : u"appId"_s, t.partner);
        text += tr("client:         %1\n%2%3\n")
                    .arg(t.clientId, web ? tr("referrer:       ") : tr("app ID:         "), t.partner);
    }
    text += tr("expires at:     %1\n").arg(isoUtc(t.expiresAt));
    o.insert(u"history"_s, m_history);
    print(m_io.out,
          m_io.json ? QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n' : text);
}

void OutcomePrinter::pending(const Failure &f, const HistoryEntry &what) const
{
    print(m_io.err, u"kyc-share: "_s + Outcome::headline(f) + u"\n  "_s + Outcome::advice(f) + u'\n');
    QJsonObject pending{{u"id"_s, f.requestId},
                        {u"operation"_s, what.operation},
                        {u"subject"_s, jsonOrNull(what.subject)},
                        {u"partner"_s, jsonOrNull(what.partner)},
                        {u"ttlSecs"_s, jsonOrNull(what.ttlSecs)},
                        {u"history"_s, m_history}};
    if (m_io.json)
        print(m_io.out,
              QString::fromUtf8(
                  QJsonDocument(QJsonObject{{u"pending"_s, pending}}).toJson(QJsonDocument::Compact)) +
                  u'\n');
    else
        print(m_io.out, tr("pending:        request %1\n").arg(f.requestId));
}

void OutcomePrinter::failure(const Failure &f) const
{
    // A vendor's words and codes, and anything pasted that a message repeats, are escaped for the
    // terminal: an answer cannot recolour it, move its cursor or turn its text around.
    const auto safe = &Validators::forTerminal;
    QString text = u"kyc-share: "_s + safe(Outcome::headline(f)) + u'\n';
    for (const FieldError &e : f.fieldErrors)
        text += u"  "_s + optionFor(e.field) + u": "_s + safe(e.message) + u'\n';
    if (f.fieldErrors.isEmpty() && !f.message.isEmpty()) {
        QString detail = safe(f.message);
        if (f.httpStatus != 0) {
            QString code = tr("HTTP %1").arg(f.httpStatus);
            if (!f.providerCode.isEmpty())
                code += tr(", error code %1").arg(safe(f.providerCode));
            if (!f.name.isEmpty())
                code += u" ("_s + safe(f.name) + u')';
            detail = code + u": "_s + detail;
        }
        text += u"  "_s + detail + u'\n';
    }
    if (!f.correlationId.isEmpty())
        text += tr("  correlationId: %1\n").arg(safe(f.correlationId));
    if (const QString advice = Outcome::advice(f); !advice.isEmpty() && advice != f.message)
        text += u"  "_s + safe(advice) + u'\n';
    print(m_io.err, text);

    if (!m_io.json)
        return;
    QJsonObject error{{u"kind"_s, failureKindKey(f.kind)},
                      {u"httpStatus"_s, jsonOrNull(f.httpStatus)},
                      {u"code"_s, providerCodeJson(f.providerCode)},
                      {u"name"_s, jsonOrNull(f.name)},
                      {u"description"_s, f.message},
                      {u"correlationId"_s, jsonOrNull(f.correlationId)},
                      {u"advice"_s, jsonOrNull(Outcome::advice(f))}};
    if (!f.fieldErrors.isEmpty()) {
        QJsonArray fields;
        for (const FieldError &e : f.fieldErrors)
            fields.append(QJsonObject{{u"field"_s, fieldKey(e.field)}, {u"message"_s, e.message}});
        error.insert(u"fields"_s, fields);
    }
    if (f.clockSkewSecs)
        error.insert(u"clockSkewSecs"_s, *f.clockSkewSecs);
    if (f.retryAfterSecs)
        error.insert(u"retryAfterSecs"_s, *f.retryAfterSecs);
    print(m_io.out,
          QString::fromUtf8(QJsonDocument(QJsonObject{{u"error"_s, error}}).toJson(QJsonDocument::Compact)) +
              u'\n');
}

} // namespace kyc::cli
