#include "gui/OperationForm.h"

#include "core/partners/PartnerBook.h"
#include "core/tokens/OperationSpec.h"
#include "gui/PartnerCompleter.h"
#include "gui/Style.h"
#include "gui/TtlHint.h"

#include <QBoxLayout>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

OperationForm::OperationForm(QWidget *parent)
    : QWidget(parent)
{}

kyc::TokenRequest OperationForm::request() const
{
    kyc::TokenRequest r = collect();
    if (m_reasonEdit)
        r.set(kyc::Field::Reason, m_reasonEdit->text());
    return r;
}

kyc::TokenRequest OperationForm::collect() const
{
    kyc::TokenRequest r(operation());
    for (const kyc::Field field : kyc::TokenRequest::fieldsOf(operation())) {
        const auto it = m_fields.constFind(field);
        if (it == m_fields.cend())
            continue;
        if (const auto *edit = qobject_cast<const QLineEdit *>(it->editor))
            r.set(field, edit->text());
        else if (const auto *spin = qobject_cast<const QSpinBox *>(it->editor))
            r.set(field, QString::number(spin->value()));
    }
    return r;
}

void OperationForm::addPartnerAndTtl(const PartnerAndTtl &rows, QFormLayout *layout, QPushButton *issue)
{
    registerField(kyc::Field::ForClientId, rows.partner, rows.partnerError);
    registerField(kyc::Field::TtlSecs, rows.ttl, rows.ttlError);
    addPartnerField(rows.partner);
    addReasonField(layout, rows.ttl, issue);
    TtlHint::attach(rows.ttl, rows.ttlInWords);
    addIssueButton(issue);
    connect(rows.partner, &QLineEdit::returnPressed, this, &OperationForm::issueOnReturn);
}

void OperationForm::addIssueButton(QPushButton *button)
{
    addBusyButton(button);
    connect(button, &QPushButton::clicked, this, &OperationForm::issueRequested);
}

void OperationForm::setBusy(bool busy)
{
    for (QPushButton *button : std::as_const(m_busyButtons))
        button->setEnabled(!busy);
}

void OperationForm::prefill(const kyc::TokenRequest &request)
{
    clearFieldErrors();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString value = request.value(it.key());
        if (value.isEmpty() && it.key() != kyc::Field::Reason)
            continue;
        if (auto *edit = qobject_cast<QLineEdit *>(it->editor))
            edit->setText(value);
        else if (auto *spin = qobject_cast<QSpinBox *>(it->editor))
            spin->setValue(value.toInt());
    }
}

void OperationForm::issueOnReturn()
{
    for (const PartnerCompleter *completer : std::as_const(m_partnerCompleters)) {
        if (completer->justChose())
            return;
    }
    Q_EMIT issueRequested();
}

void OperationForm::setPartnerBook(kyc::PartnerBook *book)
{
    m_partnerBook = book;
    for (QLineEdit *edit : std::as_const(m_partnerFields)) {
        if (!m_partnerCompleters.contains(edit))
            m_partnerCompleters.insert(edit, new PartnerCompleter(book, provider(), edit));
        if (m_partnerRules.contains(edit))
            continue;
        // The rules' line goes under the field's error, in the same column.
        QLabel *errorLabel = nullptr;
        for (const Entry &e : std::as_const(m_fields)) {
            if (e.editor == edit)
                errorLabel = e.errorLabel;
        }
        QBoxLayout *column = nullptr;
        for (QBoxLayout *l : findChildren<QBoxLayout *>()) {
            if (errorLabel && l->indexOf(errorLabel) >= 0)
                column = l;
        }
        if (!column)
            continue;
        auto *rules = new QLabel(this);
        rules->setObjectName(edit->objectName() + u"RulesLabel"_s);
        rules->setTextFormat(Qt::PlainText); // a name and a note are the operator's words
        rules->setWordWrap(true);
        rules->hide();
        column->insertWidget(column->indexOf(errorLabel) + 1, rules);
        m_partnerRules.insert(edit, rules);
        connect(edit, &QLineEdit::textChanged, this, [this, edit] { showPartnerRules(edit); });
        showPartnerRules(edit);
    }
}

void OperationForm::showPartnerRules(QLineEdit *edit)
{
    QLabel *label = m_partnerRules.value(edit);
    if (!label || !m_partnerBook)
        return;
    const std::optional<kyc::Partner> partner = m_partnerBook->find(provider(), edit->text().trimmed());
    const QString summary = partner ? partner->rulesSummary() : QString();
    label->setText(summary);
    label->setVisible(!summary.isEmpty());
}

void OperationForm::addReasonField(QFormLayout *layout, QWidget *after, QWidget *before)
{
    auto *label = new QLabel(tr("Rea&son:"), this);
    label->setTextFormat(Qt::PlainText);
    label->setObjectName(u"reasonLabel"_s);
    m_reasonEdit = new QLineEdit(this);
    m_reasonEdit->setObjectName(u"reasonLineEdit"_s);
    m_reasonEdit->setPlaceholderText(tr("optional: a ticket reference or why, kept in the history"));
    m_reasonEdit->setAccessibleName(tr("Reason"));
    m_reasonEdit->setAccessibleDescription(
        tr("Optional. A ticket reference or why this token is issued; kept in the history, never sent."));
    m_reasonEdit->setMaxLength(500);
    label->setBuddy(m_reasonEdit);
    auto *error = new QLabel(this);
    error->setObjectName(u"reasonErrorLabel"_s);
    error->setTextFormat(Qt::PlainText); // it may repeat what was pasted
    auto *column = new QVBoxLayout;
    column->addWidget(m_reasonEdit);
    column->addWidget(error);
    layout->addRow(label, column);
    registerField(kyc::Field::Reason, m_reasonEdit, error);
    setTabOrder(after, m_reasonEdit);
    setTabOrder(m_reasonEdit, before);
    connect(m_reasonEdit, &QLineEdit::returnPressed, this, &OperationForm::issueOnReturn);
}

void OperationForm::registerField(kyc::Field field, QWidget *editor, QLabel *errorLabel)
{
    m_fields.insert(field, {editor, errorLabel, editor->accessibleDescription()});
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        connect(edit, &QLineEdit::textEdited, this, [this, field] { clearErrorOnEdit(field); });
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        connect(spin, &QSpinBox::valueChanged, this, [this, field] { clearErrorOnEdit(field); });
        if (field == kyc::Field::TtlSecs) {
            spin->setRange(1, int(kyc::specOf(operation()).maxTtlSecs));
            spin->setValue(int(kyc::TokenRequest::defaultTtlSecs(operation())));
        }
    }
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
