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
class QSpinBox;

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
    // The operation the form issues now (the Sumsub ID Connect form has two).
    virtual kyc::Operation operation() const = 0;
    kyc::Provider provider() const { return kyc::providerOf(operation()); }

    // Shows each message next to its field and moves the focus to the first one.
    void showFieldErrors(const QList<kyc::FieldError> &errors);
    void clearFieldErrors();
    // The address book completes the form's partner fields (and saves to it).
    void setPartnerBook(kyc::PartnerBook *book);
    PartnerCompleter *partnerCompleter(QLineEdit *edit) const { return m_partnerCompleters.value(edit); }
    // Return in a field issues, unless it only chose a completion.
    void issueOnReturn();
    // While a request is in flight, nothing can be issued twice: the issuing buttons are disabled.
    void setBusy(bool busy);

Q_SIGNALS:
    void issueRequested();
    // Something the operator should know that is not an error (shown in the status bar).
    void announce(const QString &text);

protected:
    // The operation's own fields: by default each registered field of the operation's spec, as its
    // editor holds it (a spin box's value as its number).
    virtual kyc::TokenRequest collect() const;
    // The partner and TTL rows the share-token forms end with: the partner completed from the address book
    // (Return in it issues), the TTL with its words ("10 minutes"), then the reason and the issue button.
    struct PartnerAndTtl
    {
        QLineEdit *partner;
        QLabel *partnerError;
        QSpinBox *ttl;
        QLabel *ttlError;
        QLabel *ttlInWords;
    };
    void addPartnerAndTtl(const PartnerAndTtl &rows, QFormLayout *layout, QPushButton *issue);
    // A button that issues: it asks to be issued, and is disabled while a request is in flight.
    void addIssueButton(QPushButton *button);
    // A button that issues in a way of its own (it emits issueRequested itself); disabled as above.
    void addBusyButton(QPushButton *button) { m_busyButtons.append(button); }
    // The optional reason or ticket, last in the form's field layout, kept in the history.
    // A field that names the partner: completed from the address book once there is one.
    void addPartnerField(QLineEdit *edit) { m_partnerFields.append(edit); }
    // In the tab order it comes between after and before.
    void addReasonField(QFormLayout *layout, QWidget *after, QWidget *before);
    // Ties a field to its editor (a QLineEdit or a QSpinBox) and the label under it that shows its error;
    // editing takes the error away, and a TTL's spin box starts at the operation's default TTL.
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
    kyc::PartnerBook *m_partnerBook = nullptr;
    // Under each partner field: the partner's rules, when the book has the partner it names.
    QHash<QLineEdit *, QLabel *> m_partnerRules;
    void showPartnerRules(QLineEdit *edit);
    QList<QPushButton *> m_busyButtons;
    QHash<QLineEdit *, PartnerCompleter *> m_partnerCompleters;
};
