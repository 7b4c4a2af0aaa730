#include "gui/TtlHint.h"

#include <QCoreApplication>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace {

QString humanTtl(int secs)
{
    if (secs >= 86400 && secs % 3600 == 0)
        return QCoreApplication::translate("TtlHint", "= %1 h").arg(secs / 3600);
    if (secs >= 3600)
        return QCoreApplication::translate("TtlHint", "= %1 h %2 min")
            .arg(secs / 3600)
            .arg((secs % 3600) / 60);
    if (secs >= 60)
        return secs % 60 == 0
                   ? QCoreApplication::translate("TtlHint", "= %1 min").arg(secs / 60)
                   : QCoreApplication::translate("TtlHint", "= %1 min %2 s").arg(secs / 60).arg(secs % 60);
    return {};
}
} // namespace

void TtlHint::attach(QSpinBox *spinBox, QLabel *label)
{
    spinBox->setMinimumWidth(spinBox->fontMetrics().horizontalAdvance(u"2147483647 s___"_s));
    label->setText(humanTtl(spinBox->value()));
    QObject::connect(spinBox, &QSpinBox::valueChanged, label,
                     [label](int v) { label->setText(humanTtl(v)); });
}
