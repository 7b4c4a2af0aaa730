#pragma once

#include "tokens/TokenRequest.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
namespace Ui {
class SumsubShareTokenForm;
}

// The Sumsub share token form: applicant, partner, TTL. It only collects and shows; the core judges.
class SumsubShareTokenForm : public QWidget
{
    Q_OBJECT

public:
    explicit SumsubShareTokenForm(QWidget *parent = nullptr);
    ~SumsubShareTokenForm() override;

    kyc::TokenRequest request() const;
    // Shows each message next to its field and moves the focus to the first one.
    void showFieldErrors(const QList<kyc::FieldError> &errors);
    void clearFieldErrors();
    void setBusy(bool busy);

    QPushButton *issueButton() const;

Q_SIGNALS:
    void issueRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *errorLabelFor(kyc::Field field) const;
    QWidget *editorFor(kyc::Field field) const;
    void setFieldError(kyc::Field field, const QString &message);
    void updateTtlHint();
    void applyErrorColor();

    std::unique_ptr<Ui::SumsubShareTokenForm> m_ui;
    QHash<kyc::Field, QString> m_descriptions; // each editor's own accessible description
};
