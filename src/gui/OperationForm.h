#pragma once

#include "tokens/TokenRequest.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

// What every operation's form shares: it collects the fields into a TokenRequest, shows the
// Issuer's field errors next to their fields (and to screen readers), and asks to be issued.
// A form never judges input itself: the core does, for the GUI and the CLI alike.
class OperationForm : public QWidget
{
    Q_OBJECT

public:
    explicit OperationForm(QWidget *parent = nullptr);

    // The request for the operation the operator chose in this form.
    virtual kyc::TokenRequest request() const = 0;
    virtual kyc::Provider provider() const = 0;
    virtual QString title() const = 0;

    // Shows each message next to its field and moves the focus to the first one.
    void showFieldErrors(const QList<kyc::FieldError> &errors);
    void clearFieldErrors();
    // While a request is in flight, nothing can be issued twice.
    virtual void setBusy(bool busy) = 0;

Q_SIGNALS:
    void issueRequested();

protected:
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
};
