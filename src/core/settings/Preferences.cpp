#include "core/settings/Preferences.h"

#include "core/settings/ShareMessage.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace kyc {

namespace {
const QString kClearClipboardSecs = u"preferences/clearClipboardSecs"_s;
const QString kMessageTemplate = u"preferences/messageTemplate"_s;
const QString kConfirmProduction = u"preferences/confirmProduction"_s;
const QString kHistoryUrl = u"preferences/historyUrl"_s;
} // namespace

Preferences Preferences::load(const QSettings &settings)
{
    Preferences p;
    bool ok = false;
    const int secs = settings.value(kClearClipboardSecs).toInt(&ok);
    if (ok && secs >= kMinClearClipboardSecs && secs <= kMaxClearClipboardSecs)
        p.clearClipboardSecs = secs;
    const QString message = settings.value(kMessageTemplate).toString();
    p.messageTemplate = ShareMessage::check(message).isEmpty() ? message : ShareMessage::defaultTemplate();
    // Before Preferences existed the question was switched off by a top-level "confirmProduction".
    p.confirmProduction =
        settings.value(kConfirmProduction, settings.value(u"confirmProduction"_s, true)).toBool();
    p.historyUrl = settings.value(kHistoryUrl).toString();
    return p;
}

void Preferences::save(QSettings *settings) const
{
    settings->setValue(kClearClipboardSecs, clearClipboardSecs);
    // The default is not written, so that a later version's better default (or its translation) shows.
    if (messageTemplate == ShareMessage::defaultTemplate())
        settings->remove(kMessageTemplate);
    else
        settings->setValue(kMessageTemplate, messageTemplate);
    settings->setValue(kConfirmProduction, confirmProduction);
    if (historyUrl.trimmed().isEmpty())
        settings->remove(kHistoryUrl);
    else
        settings->setValue(kHistoryUrl, historyUrl.trimmed());
}

} // namespace kyc
