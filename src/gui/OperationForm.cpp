#include "OperationForm.h"

#include "Style.h"

#include <QEvent>
#include <QLabel>

OperationForm::OperationForm(QWidget *parent)
    : QWidget(parent)
{}

void OperationForm::registerField(kyc::Field field, QWidget *editor, QLabel *errorLabel)
{
    m_fields.insert(field, {editor, errorLabel, editor->accessibleDescription()});
    errorLabel->setWordWrap(true);
    errorLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errorLabel->hide();
    applyErrorColor();
}

void OperationForm::clearErrorOnEdit(kyc::Field field)
{
    setFieldError(field, {});
}

void OperationForm::setFieldError(kyc::Field field, const QString &message)
{
    const auto it = m_fields.constFind(field);
    if (it == m_fields.cend())
        return;
    it->errorLabel->setText(message);
    it->errorLabel->setVisible(!message.isEmpty());
    // Screen readers hear the complaint with the field.
    it->editor->setAccessibleDescription(message.isEmpty() ? it->description : message);
}

void OperationForm::showStepError(QWidget *editor, QLabel *errorLabel, const QString &message)
{
    QPalette p = errorLabel->palette();
    p.setColor(QPalette::WindowText, Style::errorColor(palette()));
    errorLabel->setPalette(p);
    errorLabel->setWordWrap(true);
    errorLabel->setText(message);
    errorLabel->setVisible(!message.isEmpty());
    if (editor) {
        if (!editor->property("kycDescription").isValid())
            editor->setProperty("kycDescription", editor->accessibleDescription());
        editor->setAccessibleDescription(message.isEmpty() ? editor->property("kycDescription").toString()
                                                           : message);
    }
}

void OperationForm::showFieldErrors(const QList<kyc::FieldError> &errors)
{
    clearFieldErrors();
    QWidget *first = nullptr;
    for (const kyc::FieldError &e : errors) {
        setFieldError(e.field, e.message);
        if (!first && m_fields.contains(e.field))
            first = m_fields.value(e.field).editor;
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void OperationForm::clearFieldErrors()
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        setFieldError(it.key(), {});
}

void OperationForm::applyErrorColor()
{
    for (const Entry &e : std::as_const(m_fields)) {
        QPalette p = e.errorLabel->palette();
        p.setColor(QPalette::WindowText, Style::errorColor(palette()));
        e.errorLabel->setPalette(p);
    }
}

void OperationForm::emphasizeTitle()
{
    if (auto *title = findChild<QLabel *>(QStringLiteral("titleLabel"))) {
        QFont f = title->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.1);
        title->setFont(f);
    }
}

void OperationForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyErrorColor();
    QWidget::changeEvent(event);
}
