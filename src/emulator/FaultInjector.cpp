#include "emulator/FaultInjector.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace kyc::emulator {

namespace {
struct KindInfo
{
    Fault::Kind kind;
    bool needsArgument;
    int defaultArgument;
};

const QHash<QString, KindInfo> &kinds()
{
    static const QHash<QString, KindInfo> table{
        {u"delay"_s, {Fault::Kind::Delay, true, 0}},
        {u"hang"_s, {Fault::Kind::Hang, false, 0}},
        {u"close"_s, {Fault::Kind::Close, false, 0}},
        {u"html"_s, {Fault::Kind::Html, false, 503}},
        {u"rate-limit"_s, {Fault::Kind::RateLimit, false, 0}},
        {u"malformed-json"_s, {Fault::Kind::MalformedJson, false, 0}},
        {u"wrong-shape"_s, {Fault::Kind::WrongShape, false, 0}},
        {u"oversized"_s, {Fault::Kind::Oversized, false, 30}},
        {u"redirect"_s, {Fault::Kind::Redirect, false, 0}},
        {u"long-token"_s, {Fault::Kind::LongToken, false, 2048}},
        {u"status"_s, {Fault::Kind::Status, true, 0}},
    };
    return table;
}
} // namespace

std::optional<Fault> Fault::parse(const QString &spec, QString *error)
{
    QString rest = spec.trimmed();
    Fault f;
    const qsizetype star = rest.lastIndexOf(u'*');
    if (star > 0) {
        bool ok = false;
        f.count = rest.mid(star + 1).toInt(&ok);
        if (!ok || f.count < 0) {
            *error = u"'%1': the count after * is a whole number (0: until cleared)"_s.arg(spec);
            return std::nullopt;
        }
        rest.truncate(star);
    }
    const qsizetype at = rest.indexOf(u'@');
    if (at >= 0) {
        f.path = rest.mid(at + 1);
        rest.truncate(at);
        if (!f.path.startsWith(u'/')) {
            *error = u"'%1': the path after @ starts with /"_s.arg(spec);
            return std::nullopt;
        }
    }
    const qsizetype colon = rest.indexOf(u':');
    const QString name = colon >= 0 ? rest.left(colon) : rest;
    const auto info = kinds().constFind(name);
    if (info == kinds().cend()) {
        QStringList names = kinds().keys();
        names.sort();
        *error = u"'%1': unknown fault '%2'; known: %3"_s.arg(spec, name, names.join(u", "_s));
        return std::nullopt;
    }
    f.kind = info->kind;
    f.argument = info->defaultArgument;
    if (colon >= 0) {
        bool ok = false;
        f.argument = rest.mid(colon + 1).toInt(&ok);
        if (!ok || f.argument < 0) {
            *error = u"'%1': the argument after : is a whole number"_s.arg(spec);
            return std::nullopt;
        }
    } else if (info->needsArgument) {
        *error = u"'%1': %2 needs an argument, like %2:%3"_s.arg(spec, name,
                                                                 name == u"delay" ? u"5000"_s : u"400"_s);
        return std::nullopt;
    }
    if (f.kind == Kind::Html && f.argument != 500 && f.argument != 502 && f.argument != 503) {
        *error = u"'%1': html takes 500, 502 or 503"_s.arg(spec);
        return std::nullopt;
    }
    if (f.kind == Kind::Status && (f.argument < 400 || f.argument > 599)) {
        *error = u"'%1': status takes an error status from 400 to 599"_s.arg(spec);
        return std::nullopt;
    }
    // Bounds on what a fault makes the emulator hold or wait: it is a test tool, not a way to exhaust
    // the machine it runs on.
    const struct
    {
        Kind kind;
        int most;
        const char *unit;
    } bounds[] = {{Kind::Oversized, kMaxOversizedMb, "MB"},
                  {Kind::LongToken, kMaxLongTokenBytes, "bytes"},
                  {Kind::Delay, kMaxDelayMs, "ms"},
                  {Kind::RateLimit, kMaxRetryAfterSecs, "s"}};
    for (const auto &bound : bounds) {
        if (f.kind == bound.kind &&
            (f.argument > bound.most ||
             (f.argument == 0 && bound.kind != Kind::RateLimit && bound.kind != Kind::Delay))) {
            *error = u"'%1': at most %2 %3, and more than 0"_s.arg(spec)
                         .arg(bound.most)
                         .arg(QLatin1String(bound.unit));
            return std::nullopt;
        }
    }
    return f;
}

QString Fault::toString() const
{
    QString name;
    for (auto it = kinds().cbegin(); it != kinds().cend(); ++it)
        if (it->kind == kind)
            name = it.key();
    QString out = name;
    if (argument != 0)
        out += u':' + QString::number(argument);
    if (!path.isEmpty())
        out += u'@' + path;
    if (count != 1)
        out += u'*' + QString::number(count);
    return out;
}

std::optional<Fault> FaultInjector::take(const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (!f.path.isEmpty() && f.path != path)
            continue;
        const Fault taken = f;
        if (f.count > 0 && --f.count == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

} // namespace kyc::emulator
