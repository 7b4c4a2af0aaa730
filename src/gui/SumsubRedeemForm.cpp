#include "gui/SumsubRedeemForm.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using kyc::Field;
using kyc::Operation;

namespace {
QLabel *plainLabel(const QString &text, const QString &name, QWidget *parent, bool wrap = true)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // what it shows may repeat what was pasted
    label->setWordWrap(wrap);
    return label;
}

// A field's editor with its error label under it, as the other forms have them.
QLayout *withError(QWidget *editor, QLabel *error)
{
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(editor);
    column->addWidget(error);
    return column;
}
} // namespace

SumsubRedeemForm::SumsubRedeemForm(QWidget *parent)
    : OperationForm(parent)
{
    setAccessibleName(tr("Redeem a share token"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plainLabel(tr("Redeem a share token"), u"titleLabel"_s, this));
    layout->addWidget(plainLabel(
        tr("The receiving side of Reusable KYC: a partner's share token, redeemed with your own Sumsub "
           "account. Preview runs Sumsub's checks and copies nothing; Reuse creates the applicant, rechecked "
           "for your level. A share token works once."),
        u"descriptionLabel"_s, this));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *token = new QLineEdit(this);
    token->setObjectName(u"shareTokenLineEdit"_s);
    token->setEchoMode(QLineEdit::Password);
    token->setClearButtonEnabled(true);
    token->setPlaceholderText(tr("_act-… as the partner sent it"));
    token->setAccessibleName(tr("Share token"));
    token->setAccessibleDescription(tr("The share token the donor sent you. It works once."));
    auto *tokenError = plainLabel({}, u"shareTokenErrorLabel"_s, this);
    auto *tokenLabel = plainLabel(tr("Share &token:"), u"shareTokenLabel"_s, this, false);
    tokenLabel->setBuddy(token);
    form->addRow(tokenLabel, withError(token, tokenError));

    auto *level = new QLineEdit(this);
    level->setObjectName(u"levelNameLineEdit"_s);
    level->setClearButtonEnabled(true);
    level->setPlaceholderText(tr("e.g. basic-kyc-level, as your Sumsub dashboard names it"));
    level->setAccessibleName(tr("Level name"));
    level->setAccessibleDescription(
        tr("The level of your account the applicant is rechecked for. A copy is not rechecked."));
    auto *levelError = plainLabel({}, u"levelNameErrorLabel"_s, this);
    auto *levelLabel = plainLabel(tr("&Level name:"), u"levelNameLabel"_s, this, false);
    levelLabel->setBuddy(level);
    form->addRow(levelLabel, withError(level, levelError));
    layout->addLayout(form);

    auto *copy = new QPushButton(tr("&Copy applicant (not KYC)…"), this);
    copy->setObjectName(u"copyApplicantPushButton"_s);
    copy->setToolTip(tr("Copies the applicant without rechecks. Under most regulations that is not a KYC "
                        "procedure; Sumsub sells it as a separate product."));
    auto *preview = new QPushButton(tr("Pre&view"), this);
    preview->setObjectName(u"previewPushButton"_s);
    preview->setToolTip(
        tr("Runs Sumsub's checks for the level; nothing is copied and the token still works."));
    auto *reuse = new QPushButton(tr("&Reuse"), this);
    reuse->setObjectName(u"issuePushButton"_s);
    reuse->setAccessibleName(tr("Reuse the applicant"));
    reuse->setToolTip(tr("Creates the applicant in your account, rechecked for the level (Ctrl+Return)."));
    reuse->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(copy);
    buttons->addStretch();
    buttons->addWidget(preview);
    buttons->addWidget(reuse);
    layout->addLayout(buttons);

    emphasizeTitle();
    setFocusProxy(token);
    registerField(Field::ShareToken, token, tokenError);
    registerField(Field::LevelName, level, levelError);
    addReasonField(form, level, preview);
    setTabOrder(preview, reuse);
    setTabOrder(reuse, copy);
    for (QPushButton *button : {copy, preview, reuse})
        addBusyButton(button);
    connect(preview, &QPushButton::clicked, this, [this] { redeem(Operation::SumsubReusePreview); });
    connect(reuse, &QPushButton::clicked, this, [this] { redeem(Operation::SumsubReuse); });
    connect(copy, &QPushButton::clicked, this, [this] { redeem(Operation::SumsubCopyApplicant); });
    for (QLineEdit *edit : {token, level})
        connect(edit, &QLineEdit::returnPressed, this, [this] { redeem(Operation::SumsubReuse); });
    // A new token starts over at the safe default: a shortcut never copies by surprise.
    connect(token, &QLineEdit::textEdited, this, [this] { m_operation = Operation::SumsubReuse; });
}

QString SumsubRedeemForm::title()
{
    return tr("Redeem");
}

void SumsubRedeemForm::prefill(const kyc::TokenRequest &request)
{
    m_operation = request.operation();
    OperationForm::prefill(request);
}

void SumsubRedeemForm::redeem(Operation operation)
{
    m_operation = operation;
    Q_EMIT issueRequested();
}
