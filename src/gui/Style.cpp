#include "gui/Style.h"

#include <QLabel>

using namespace Qt::StringLiterals;

bool Style::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Style::errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

void Style::makeBadge(QLabel *label, const QString &text, const QColor &background)
{
    label->setText(text);
    label->setStyleSheet(u"QLabel { background: %1; color: white; font-weight: bold; padding: 2px 8px; "
                         "border-radius: 3px; }"_s.arg(background.name()));
}

QColor Style::environmentColor(kyc::Environment environment)
{
    switch (environment) {
    case kyc::Environment::Sandbox:
        return QColor(0x15, 0x65, 0xc0);
    case kyc::Environment::Production:
    case kyc::Environment::Unknown: // treated as production
        return QColor(0xc6, 0x28, 0x28);
    case kyc::Environment::NoAccount:
        return QColor(0x61, 0x61, 0x61);
    }
    Q_UNREACHABLE();
    return {};
}

QColor Style::demoColor()
{
    return QColor(0x6a, 0x1b, 0x9a);
}
