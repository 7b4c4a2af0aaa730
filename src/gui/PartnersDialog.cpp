#include "gui/PartnersDialog.h"

#include "core/profiles/Profile.h"
#include "core/tokens/OperationSpec.h"
#include "gui/Confirm.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

PartnersDialog::PartnersDialog(kyc::PartnerBook *book, QWidget *parent)
    : QDialog(parent)
    , m_book(book)
    , m_list(new QListWidget)
    , m_maxTtl(new QSpinBox)
    , m_level(new QLineEdit)
    , m_note(new QLineEdit)
    , m_status(new QLabel)
    , m_save(new QPushButton(tr("&Save rules")))
    , m_remove(new QPushButton(tr("&Remove partner")))
{
    setWindowTitle(tr("Partners"));
    m_list->setObjectName(u"partnersListWidget"_s);
    m_list->setAccessibleName(tr("Partners"));

    auto *rules = new QFormLayout;
    auto *operations = new QVBoxLayout;
    for (const kyc::OperationSpec &spec : kyc::operationSpecs()) {
        // Only the operations issued for a partner (an ID Connect access token is the operator's own).
        if (std::none_of(spec.fields.cbegin(), spec.fields.cend(),
                         [](kyc::Field f) { return kyc::specOf(f).kept == kyc::FieldSpec::Kept::Partner; }))
            continue;
        auto *box = new QCheckBox(kyc::operationDisplayName(spec.operation));
        box->setObjectName(QLatin1String(spec.key) + u"CheckBox"_s);
        m_operations.insert(spec.operation, box);
        operations->addWidget(box);
    }
    rules->addRow(new QLabel(tr("Takes:")), operations);
    auto *anyHint = new QLabel(tr("None ticked: any of its provider's operations."));
    anyHint->setTextFormat(Qt::PlainText);
    rules->addRow(QString(), anyHint);

    m_maxTtl->setObjectName(u"maxTtlSpinBox"_s);
    m_maxTtl->setRange(0, int(kyc::specOf(kyc::Operation::SumsubShareToken).maxTtlSecs));
    m_maxTtl->setSuffix(tr(" s"));
    m_maxTtl->setSpecialValueText(tr("no cap of its own"));
    m_maxTtl->setAccessibleName(tr("Longest TTL the partner takes"));
    auto *ttlLabel = new QLabel(tr("Longest &TTL:"));
    ttlLabel->setBuddy(m_maxTtl);
    rules->addRow(ttlLabel, m_maxTtl);
    m_level->setObjectName(u"levelNameLineEdit"_s);
    m_level->setPlaceholderText(tr("the level it redeems share tokens with, e.g. basic-kyc-level"));
    auto *levelLabel = new QLabel(tr("&Level name:"));
    levelLabel->setBuddy(m_level);
    rules->addRow(levelLabel, m_level);
    m_note->setObjectName(u"noteLineEdit"_s);
    m_note->setPlaceholderText(tr("anything the operators should know"));
    auto *noteLabel = new QLabel(tr("&Note:"));
    noteLabel->setBuddy(m_note);
    rules->addRow(noteLabel, m_note);
    m_status->setObjectName(u"partnersStatusLabel"_s);
    m_status->setTextFormat(Qt::PlainText); // a name or a note is text from outside
    m_status->setWordWrap(true);

    m_save->setObjectName(u"saveRulesPushButton"_s);
    m_remove->setObjectName(u"removePartnerPushButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_save);

    auto *right = new QVBoxLayout;
    right->addLayout(rules);
    right->addWidget(m_status);
    right->addStretch();
    right->addLayout(buttons);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list, 2);
    columns->addLayout(right, 3);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("What each partner takes. The console and kyc-share refuse a request against "
                      "it before anything is sent. Partners are added with the save button beside a "
                      "partner field."));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    layout->addLayout(columns);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &PartnersDialog::showSelected);
    connect(m_save, &QPushButton::clicked, this, &PartnersDialog::saveRules);
    connect(m_remove, &QPushButton::clicked, this, &PartnersDialog::removeSelected);
    reload();
    resize(760, 420);
}

void PartnersDialog::reload()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    m_partners.clear();
    for (const kyc::Provider provider : {kyc::Provider::Sumsub, kyc::Provider::ComplyCube}) {
        for (const kyc::Partner &p : m_book->partners(provider)) {
            m_partners.append(p);
            m_list->addItem(tr("%1 — %2").arg(p.displayName(), kyc::providerDisplayName(p.provider)));
        }
    }
    if (!m_partners.isEmpty())
        m_list->setCurrentRow(0);
    showSelected();
}

std::optional<kyc::Partner> PartnersDialog::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_partners.size() ? std::optional<kyc::Partner>(m_partners.at(row))
                                               : std::nullopt;
}

void PartnersDialog::select(kyc::Provider provider, const QString &id)
{
    for (int i = 0; i < m_partners.size(); ++i) {
        if (m_partners.at(i).provider == provider && m_partners.at(i).id == id)
            m_list->setCurrentRow(i);
    }
}

void PartnersDialog::showSelected()
{
    const std::optional<kyc::Partner> partner = selected();
    for (QWidget *w : std::initializer_list<QWidget *>{m_maxTtl, m_level, m_note, m_save, m_remove})
        w->setEnabled(partner.has_value());
    for (auto it = m_operations.cbegin(); it != m_operations.cend(); ++it) {
        const bool ofProvider = partner && kyc::providerOf(it.key()) == partner->provider;
        it.value()->setVisible(ofProvider || !partner);
        it.value()->setEnabled(ofProvider);
        it.value()->setChecked(ofProvider && partner->rules.operations.contains(it.key()));
    }
    m_maxTtl->setValue(partner ? int(partner->rules.maxTtlSecs) : 0);
    m_level->setText(partner ? partner->rules.levelName : QString());
    m_note->setText(partner ? partner->rules.note : QString());
    m_status->setText(partner ? QString()
                              : tr("No partners yet: save one with the button beside a partner field."));
}

void PartnersDialog::saveRules()
{
    const std::optional<kyc::Partner> partner = selected();
    if (!partner)
        return;
    kyc::PartnerRules rules;
    for (auto it = m_operations.cbegin(); it != m_operations.cend(); ++it) {
        if (it.value()->isEnabled() && it.value()->isChecked())
            rules.operations.append(it.key());
    }
    rules.maxTtlSecs = m_maxTtl->value();
    rules.levelName = m_level->text().trimmed();
    rules.note = m_note->text().trimmed();
    const QString problem = m_book->setRules(partner->provider, partner->id, rules);
    const int row = m_list->currentRow();
    if (problem.isEmpty())
        reload();
    m_list->setCurrentRow(row);
    m_status->setText(problem.isEmpty() ? tr("The rules of %1 are saved.").arg(partner->displayName())
                                        : problem);
}

void PartnersDialog::removeSelected()
{
    const std::optional<kyc::Partner> partner = selected();
    if (!partner ||
        !Confirm::ask(this, tr("Remove partner"),
                      tr("Remove %1 and its rules from the address book?").arg(partner->displayName()),
                      tr("&Remove")))
        return;
    m_book->remove(partner->provider, partner->id);
    reload();
}
