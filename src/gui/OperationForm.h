#pragma once

#include "core/tokens/TokenRequest.h"

namespace kyc {
class PartnerBook;
}

#include <QHash>
#include <QWidget>

class PartnerCompleter;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// What every operation's form shares: it collects the fields into a TokenRequest, shows the
// Issuer's field errors next to their fields (and to screen readers), and asks to be issued.
// A form never judges input itself: the core does, for the GUI and the CLI alike.
class OperationForm : public QWidget
{
    Q_OBJECT

public:
    explicit OperationForm(QWidget *parent = nullptr);

    // The request for the operation the operator chose in this form, with the reason given.
    kyc::TokenRequest request() const;
    // Fills the form from a request ("Issue again" from the history); fields it lacks are left alone.
    virtual void prefill(const kyc::TokenRequest &request);
    virtual kyc::Provider provider() const = 0;
    virtual QString title() const = 0;

    // Shows each message next to its field and moves the focus to the first one.
    void showFieldErrors(const QList<kyc::FieldError> &errors);
    void clearFieldErrors();
    // The address book completes the form's partner fields (and saves to it).
    void setPartnerBook(kyc::PartnerBook *book);
    PartnerCompleter *partnerCompleter(QLineEdit *edit) const { return m_partnerCompleters.value(edit); }
    // Return in a field issues, unless it only chose a completion.
    void issueOnReturn();
    // While a request is in flight, nothing can be issued twice.
    virtual void setBusy(bool busy) = 0;

Q_SIGNALS:
    void issueRequested();
    // Something the operator should know that is not an error (shown in the status bar).
    void announce(const QString &text);

protected:
    // The operation's own fields.
    virtual kyc::TokenRequest collect() const = 0;
    // The optional reason or ticket, last in the form's field layout, kept in the history.
    // A field that names the partner: completed from the address book once there is one.
    void addPartnerField(QLineEdit *edit) { m_partnerFields.append(edit); }
    // In the tab order it comes between after and before.
    void addReasonField(QFormLayout *layout, QWidget *after, QWidget *before);
    // Ties a field to its editor and the label under it that shows its error.
    void registerField(kyc::Field field, QWidget *editor, QLabel *errorLabel);
    // Typing in an editor takes its complaint away.
    void clearErrorOnEdit(kyc::Field field);
    void setFieldError(kyc::Field field, const QString &message);
    // The same for input the form checks in a step of its own (not a request field).
    void showStepError(QWidget *editor, QLabel *errorLabel, const QString &message);
    void changeEvent(QEvent *event) override;
    // Sets the form's "titleLabel" in bold; call after setupUi().
    void emphasizeTitle();

private:
    struct Entry
    {
        QWidget *editor;
        QLabel *errorLabel;
        QString description; // the editor's own accessible description
    };
    void applyErrorColor();

    QHash<kyc::Field, Entry> m_fields;
    QLineEdit *m_reasonEdit = nullptr;
    QList<QLineEdit *> m_partnerFields;
    QHash<QLineEdit *, PartnerCompleter *> m_partnerCompleters;
};
