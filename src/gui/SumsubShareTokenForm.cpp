#include "gui/SumsubShareTokenForm.h"

#include "core/tokens/Validators.h"
#include "ui_SumsubShareTokenForm.h"

using kyc::Field;

SumsubShareTokenForm::SumsubShareTokenForm(QWidget *parent)
    : OperationForm(parent)
    , m_ui(std::make_unique<Ui::SumsubShareTokenForm>())
{
    m_ui->setupUi(this);
    emphasizeTitle();
    setFocusProxy(m_ui->applicantIdLineEdit); // the operator starts typing the applicant at once
    registerField(Field::ApplicantId, m_ui->applicantIdLineEdit, m_ui->applicantIdErrorLabel);
    addPartnerAndTtl({m_ui->forClientIdLineEdit, m_ui->forClientIdErrorLabel, m_ui->ttlSpinBox,
                      m_ui->ttlErrorLabel, m_ui->ttlHumanLabel},
                     m_ui->formLayout, m_ui->issuePushButton);
    connect(m_ui->applicantIdLineEdit, &QLineEdit::returnPressed, this, &OperationForm::issueOnReturn);
    // A link to the applicant in the Sumsub dashboard, pasted whole, gives its ID.
    connect(m_ui->applicantIdLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (const QString id = kyc::Validators::applicantIdFromLink(text); !id.isEmpty()) {
            m_ui->applicantIdLineEdit->setText(id);
            Q_EMIT announce(tr("Applicant ID %1 taken from the dashboard link.").arg(id));
        }
    });
}

SumsubShareTokenForm::~SumsubShareTokenForm() = default;

QString SumsubShareTokenForm::title()
{
    return tr("Share token");
}
