#pragma once

#include "core/profiles/Profile.h"

#include <QColor>
#include <QPalette>

class QLabel;

// Colours that follow the platform's light or dark palette.
class Style
{
public:
    static bool isDark(const QPalette &palette);
    static QColor errorColor(const QPalette &palette);
    // A coloured badge: SANDBOX (blue), PRODUCTION (red), DEMO (purple).
    static void makeBadge(QLabel *label, const QString &text, const QColor &background);
    static QColor environmentColor(kyc::Environment environment);
    static QColor demoColor();
};
