#include "gui/WelcomeDialog.h"

#include "gui/Icons.h"
#include "ui_WelcomeDialog.h"

#include <QCommandLinkButton>
#include <QPushButton>

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WelcomeDialog>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.4);
    m_ui->titleLabel->setFont(title);
    m_ui->titleLabel->setAccessibleName(m_ui->titleLabel->text());
    m_ui->demoCommandLinkButton->setDefault(true);
    connect(m_ui->addSumsubCommandLinkButton, &QCommandLinkButton::clicked, this,
            [this] { choose(Choice::AddSumsub); });
    connect(m_ui->addComplyCubeCommandLinkButton, &QCommandLinkButton::clicked, this,
            [this] { choose(Choice::AddComplyCube); });
    connect(m_ui->demoCommandLinkButton, &QCommandLinkButton::clicked, this,
            [this] { choose(Choice::Demo); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // However it closes (a choice, Close, Escape, the window's own button), the choice is told once.
    connect(this, &QDialog::finished, this, [this] { Q_EMIT chosen(m_choice); });
    m_ui->demoCommandLinkButton->setFocus(Qt::OtherFocusReason);
}

WelcomeDialog::~WelcomeDialog() = default;

void WelcomeDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}
