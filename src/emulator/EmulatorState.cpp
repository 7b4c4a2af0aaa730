#include "emulator/EmulatorState.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kyc::emulator {

namespace {
std::optional<IdProfileStatus> statusFrom(const QString &text)
{
    if (text.isEmpty() || text == u"active")
        return IdProfileStatus::Active;
    if (text == u"deleted")
        return IdProfileStatus::Deleted;
    if (text == u"blocked")
        return IdProfileStatus::Blocked;
    if (text == u"disconnected")
        return IdProfileStatus::Disconnected;
    return std::nullopt;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString());
    return out;
}
} // namespace

EmulatorState EmulatorState::builtIn()
{
    QFile file(u":/kyc-share-emulator/default-state.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the emulator's built-in state is missing from its resources");
    QString error;
    std::optional<EmulatorState> state = fromJson(file.readAll(), &error);
    if (!state)
        qFatal("the emulator's built-in state is broken: %s", qPrintable(error));
    return *state;
}

std::optional<EmulatorState> EmulatorState::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = u"not a JSON object: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QJsonObject sumsub = root.value(u"sumsub"_s).toObject();
    const QJsonObject complycube = root.value(u"complycube"_s).toObject();
    EmulatorState s;

    for (const QJsonValue &v : sumsub.value(u"appTokens"_s).toArray()) {
        const QJsonObject o = v.toObject();
        SumsubAppToken t;
        t.appToken = o.value(u"appToken"_s).toString();
        t.secretKey = o.value(u"secretKey"_s).toString();
        t.clientId = o.value(u"clientId"_s).toString();
        t.shareApplicantsData = o.value(u"shareApplicantsData"_s).toBool(true);
        t.idConnectEnabled = o.value(u"idConnectEnabled"_s).toBool(true);
        t.reusableKyc = o.value(u"reusableKyc"_s).toBool(true);
        t.copyApplicant = o.value(u"copyApplicant"_s).toBool(false);
        const QJsonObject levels = o.value(u"levels"_s).toObject();
        for (auto it = levels.begin(); it != levels.end(); ++it) {
            const QString fit = it.value().toString();
            if (fit == u"approved")
                t.levels.insert(it.key(), SumsubAppToken::LevelFit::Approved);
            else if (fit == u"documents-requested")
                t.levels.insert(it.key(), SumsubAppToken::LevelFit::DocumentsRequested);
            else if (fit == u"unsuitable")
                t.levels.insert(it.key(), SumsubAppToken::LevelFit::Unsuitable);
            else {
                *error = u"sumsub.appTokens: level \"%1\" is \"approved\", \"documents-requested\" or "
                         u"\"unsuitable\""_s.arg(it.key());
                return std::nullopt;
            }
        }
        if (t.appToken.isEmpty() || t.secretKey.isEmpty()) {
            *error = u"sumsub.appTokens: every entry needs \"appToken\" and \"secretKey\""_s;
            return std::nullopt;
        }
        s.sumsubAppTokens.append(t);
    }
    for (const QString &id : strings(sumsub.value(u"applicants"_s)))
        s.applicants.insert(id);
    for (const QString &id : strings(sumsub.value(u"notApprovedApplicants"_s))) {
        s.applicants.insert(id);
        s.notApprovedApplicants.insert(id);
    }
    s.redirectUris = strings(sumsub.value(u"idConnect"_s).toObject().value(u"redirectUris"_s));
    for (const QJsonValue &v : sumsub.value(u"idProfiles"_s).toArray()) {
        const QJsonObject o = v.toObject();
        IdProfile p;
        p.id = o.value(u"id"_s).toString();
        p.name = o.value(u"name"_s).toString();
        p.email = o.value(u"email"_s).toString();
        const std::optional<IdProfileStatus> status = statusFrom(o.value(u"status"_s).toString());
        if (p.id.isEmpty() || !status) {
            *error =
                u"sumsub.idProfiles: every entry needs an \"id\", and \"status\" is one of active, deleted, "
                "blocked, disconnected"_s;
            return std::nullopt;
        }
        p.status = *status;
        for (const QString &partner : strings(o.value(u"consents"_s)))
            p.consents.insert(partner);
        s.idProfiles.append(p);
    }
    for (const QJsonValue &v : complycube.value(u"apiKeys"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(u"key"_s).toString();
        if (key.isEmpty()) {
            *error = u"complycube.apiKeys: every entry needs a \"key\""_s;
            return std::nullopt;
        }
        s.complyCubeKeys.append({key, o.value(u"live"_s).toBool(key.startsWith(u"live_"_s))});
    }
    for (const QJsonValue &v : complycube.value(u"clients"_s).toArray()) {
        QJsonObject o = v.toObject();
        ComplyCubeClient c;
        c.id = o.value(u"id"_s).toString();
        c.live = o.take(u"live"_s).toBool(false);
        if (c.id.isEmpty()) {
            *error = u"complycube.clients: every entry needs an \"id\""_s;
            return std::nullopt;
        }
        const QString created =
            QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC).toString(Qt::ISODateWithMs);
        if (!o.contains(u"createdAt"_s))
            o.insert(u"createdAt"_s, created);
        if (!o.contains(u"updatedAt"_s))
            o.insert(u"updatedAt"_s, created);
        c.object = o;
        s.complyCubeClients.append(c);
    }
    return s;
}

const SumsubAppToken *EmulatorState::findAppToken(const QByteArray &appToken) const
{
    for (const SumsubAppToken &t : sumsubAppTokens)
        if (!appToken.isEmpty() && t.appToken.toUtf8() == appToken)
            return &t;
    return nullptr;
}

const SumsubAppToken *EmulatorState::findAppTokenByClientId(const QString &clientId) const
{
    for (const SumsubAppToken &t : sumsubAppTokens)
        if (!clientId.isEmpty() && t.clientId == clientId)
            return &t;
    return nullptr;
}

IdProfile *EmulatorState::findProfile(const QString &id)
{
    for (IdProfile &p : idProfiles)
        if (p.id == id)
            return &p;
    return nullptr;
}

std::optional<bool> EmulatorState::complyCubeKeyIsLive(const QByteArray &key) const
{
    for (const ComplyCubeKey &k : complyCubeKeys)
        if (!key.isEmpty() && k.key.toUtf8() == key)
            return k.live;
    return std::nullopt;
}

const ComplyCubeClient *EmulatorState::findClient(const QString &id, bool live) const
{
    for (const ComplyCubeClient &c : complyCubeClients)
        if (c.id == id && c.live == live)
            return &c;
    return nullptr;
}

QString EmulatorState::seededId(int n)
{
    return u"ba7c"_s + u"%1"_s.arg(n, 20, 16, QChar(u'0'));
}

void EmulatorState::seed(int n)
{
    for (int i = 1; i <= n; ++i) {
        const QString id = seededId(i);
        applicants.insert(id);
        for (const bool live : {false, true})
            complyCubeClients.append({id, live, QJsonObject{{u"id"_s, id}, {u"type"_s, u"person"_s}}});
    }
}

} // namespace kyc::emulator
