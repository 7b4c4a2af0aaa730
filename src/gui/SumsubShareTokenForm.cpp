#include "SumsubShareTokenForm.h"

#include "Style.h"
#include "ui_SumsubShareTokenForm.h"

#include <QEvent>

using namespace Qt::StringLiterals;
using kyc::Field;

SumsubShareTokenForm::SumsubShareTokenForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SumsubShareTokenForm>())
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->applicantIdLineEdit); // the operator starts typing the applicant at once
    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    m_ui->titleLabel->setFont(title);
    m_ui->ttlSpinBox->setValue(int(kyc::TokenRequest::defaultTtlSecs(kyc::Operation::SumsubShareToken)));
    m_ui->ttlSpinBox->setMinimumWidth(
        m_ui->ttlSpinBox->fontMetrics().horizontalAdvance(u"2147483647 s___"_s));
    for (const Field f : kyc::TokenRequest::fieldsOf(kyc::Operation::SumsubShareToken))
        m_descriptions.insert(f, editorFor(f)->accessibleDescription());
    applyErrorColor();
    clearFieldErrors();
    updateTtlHint();

    connect(m_ui->issuePushButton, &QPushButton::clicked, this, &SumsubShareTokenForm::issueRequested);
    connect(m_ui->applicantIdLineEdit, &QLineEdit::returnPressed, this,
            &SumsubShareTokenForm::issueRequested);
    connect(m_ui->forClientIdLineEdit, &QLineEdit::returnPressed, this,
            &SumsubShareTokenForm::issueRequested);
    // Typing in a field takes its old complaint away.
    connect(m_ui->applicantIdLineEdit, &QLineEdit::textEdited, this,
            [this] { setFieldError(Field::ApplicantId, {}); });
    connect(m_ui->forClientIdLineEdit, &QLineEdit::textEdited, this,
            [this] { setFieldError(Field::ForClientId, {}); });
    connect(m_ui->ttlSpinBox, &QSpinBox::valueChanged, this, [this] {
        setFieldError(Field::TtlSecs, {});
        updateTtlHint();
    });
}

SumsubShareTokenForm::~SumsubShareTokenForm() = default;

kyc::TokenRequest SumsubShareTokenForm::request() const
{
    kyc::TokenRequest r(kyc::Operation::SumsubShareToken);
    r.set(Field::ApplicantId, m_ui->applicantIdLineEdit->text());
    r.set(Field::ForClientId, m_ui->forClientIdLineEdit->text());
    r.set(Field::TtlSecs, QString::number(m_ui->ttlSpinBox->value()));
    return r;
}

QLabel *SumsubShareTokenForm::errorLabelFor(Field field) const
{
    switch (field) {
    case Field::ApplicantId:
        return m_ui->applicantIdErrorLabel;
    case Field::ForClientId:
        return m_ui->forClientIdErrorLabel;
    case Field::TtlSecs:
        return m_ui->ttlErrorLabel;
    }
    Q_UNREACHABLE();
    return nullptr;
}

QWidget *SumsubShareTokenForm::editorFor(Field field) const
{
    switch (field) {
    case Field::ApplicantId:
        return m_ui->applicantIdLineEdit;
    case Field::ForClientId:
        return m_ui->forClientIdLineEdit;
    case Field::TtlSecs:
        return m_ui->ttlSpinBox;
    }
    Q_UNREACHABLE();
    return nullptr;
}

void SumsubShareTokenForm::setFieldError(Field field, const QString &message)
{
    QLabel *label = errorLabelFor(field);
    label->setText(message);
    label->setVisible(!message.isEmpty());
    // Screen readers hear the complaint with the field.
    QWidget *editor = editorFor(field);
    editor->setAccessibleDescription(message.isEmpty() ? m_descriptions.value(field) : message);
}

void SumsubShareTokenForm::showFieldErrors(const QList<kyc::FieldError> &errors)
{
    clearFieldErrors();
    for (const kyc::FieldError &e : errors)
        setFieldError(e.field, e.message);
    if (!errors.isEmpty())
        editorFor(errors.first().field)->setFocus(Qt::OtherFocusReason);
}

void SumsubShareTokenForm::clearFieldErrors()
{
    for (const Field f : kyc::TokenRequest::fieldsOf(kyc::Operation::SumsubShareToken))
        setFieldError(f, {});
}

void SumsubShareTokenForm::setBusy(bool busy)
{
    m_ui->issuePushButton->setEnabled(!busy);
}

QPushButton *SumsubShareTokenForm::issueButton() const
{
    return m_ui->issuePushButton;
}

void SumsubShareTokenForm::updateTtlHint()
{
    const int secs = m_ui->ttlSpinBox->value();
    QString text;
    if (secs >= 86400 && secs % 3600 == 0)
        text = tr("= %1 h").arg(secs / 3600);
    else if (secs >= 3600)
        text = tr("= %1 h %2 min").arg(secs / 3600).arg((secs % 3600) / 60);
    else if (secs >= 60)
        text = secs % 60 == 0 ? tr("= %1 min").arg(secs / 60)
                              : tr("= %1 min %2 s").arg(secs / 60).arg(secs % 60);
    m_ui->ttlHumanLabel->setText(text);
}

void SumsubShareTokenForm::applyErrorColor()
{
    for (const Field f : kyc::TokenRequest::fieldsOf(kyc::Operation::SumsubShareToken)) {
        QLabel *label = errorLabelFor(f);
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, Style::errorColor(palette()));
        label->setPalette(p);
    }
}

void SumsubShareTokenForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyErrorColor();
    QWidget::changeEvent(event);
}
