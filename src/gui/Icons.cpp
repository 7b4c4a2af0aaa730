#include "gui/Icons.h"

using namespace Qt::StringLiterals;

// A static library's resources are registered by hand: nothing else would pull them in.
static void initIcons()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(icons);
        return true;
    }();
    Q_UNUSED(done)
}

namespace {
QIcon themed(const QString &themeName, const QString &ownName)
{
    initIcons();
    return QIcon::fromTheme(themeName, QIcon(u":/icons/%1.svg"_s.arg(ownName)));
}
} // namespace

QIcon Icons::application()
{
    initIcons();
    return QIcon(u":/icons/kyc-share-console.svg"_s);
}

QIcon Icons::issue()
{
    return themed(u"mail-send"_s, u"issue"_s);
}

QIcon Icons::cancel()
{
    return themed(u"process-stop"_s, u"cancel"_s);
}

QIcon Icons::copy()
{
    return themed(u"edit-copy"_s, u"copy"_s);
}

QIcon Icons::message()
{
    return themed(u"mail-message-new"_s, u"message"_s);
}

QIcon Icons::find()
{
    return themed(u"edit-find"_s, u"find"_s);
}

QIcon Icons::preferences()
{
    return themed(u"preferences-system"_s, u"preferences"_s);
}

QIcon Icons::profiles()
{
    return themed(u"system-users"_s, u"profiles"_s);
}

QIcon Icons::quit()
{
    return themed(u"application-exit"_s, u"quit"_s);
}

QIcon Icons::reveal()
{
    return themed(u"view-visible"_s, u"reveal"_s);
}
