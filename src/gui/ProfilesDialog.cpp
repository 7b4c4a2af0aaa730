#include "gui/ProfilesDialog.h"

#include "core/issuing/Issuer.h"
#include "core/profiles/ProfileStore.h"
#include "core/secrets/SecretStore.h"
#include "core/tokens/Outcome.h"
#include "core/tokens/Validators.h"
#include "gui/Confirm.h"
#include "gui/Style.h"
#include "ui_ProfilesDialog.h"

#include <QFileDialog>
#include <QPointer>
#include <QUuid>

using namespace Qt::StringLiterals;
using kyc::Profile;
using kyc::Provider;
using kyc::Secret;
using kyc::Validators;

ProfilesDialog::ProfilesDialog(kyc::ProfileStore *store, kyc::SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfilesDialog>())
    , m_store(store)
    , m_secrets(secrets)
{
    m_ui->setupUi(this);
    m_ui->problemLabel->hide();
    QPalette p = m_ui->problemLabel->palette();
    p.setColor(QPalette::WindowText, Style::errorColor(palette()));
    m_ui->problemLabel->setPalette(p);
    m_ui->profilesListWidget->setMinimumWidth(200);
    m_ui->splitLayout->setStretch(0, 2);
    m_ui->splitLayout->setStretch(1, 3);
    resize(780, 440);

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->profilesListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const std::optional<Profile> profile =
            m_store->findById(m_ui->profilesListWidget->item(row)->data(Qt::UserRole).toString());
        if (profile)
            showProfile(*profile);
    });
    connect(m_ui->addPushButton, &QPushButton::clicked, this, [this] { startNew(Provider::Sumsub); });
    connect(m_ui->duplicatePushButton, &QPushButton::clicked, this, &ProfilesDialog::duplicate);
    connect(m_ui->removePushButton, &QPushButton::clicked, this, &ProfilesDialog::removeSelected);
    connect(m_ui->savePushButton, &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(m_ui->testPushButton, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(m_ui->sessionPushButton, &QPushButton::clicked, this, &ProfilesDialog::keepForThisSession);
    m_ui->sessionPushButton->hide();
    m_ui->testPushButton->setVisible(false);
    m_ui->checkLabel->hide();
    connect(m_ui->browseCaPushButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("CA certificate"), {}, tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_ui->caFileLineEdit->setText(file);
    });
    connect(m_ui->providerComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->baseUrlLineEdit->setText(Profile::defaultBaseUrl(fromFields().provider).toString());
        updateForProvider();
    });
    connect(m_ui->environmentComboBox, &QComboBox::activated, this, [this] { m_environmentChosen = true; });
    connect(m_ui->secret1LineEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        // The key's prefix suggests the environment until the operator chooses one.
        if (m_current.id.isEmpty() && !m_environmentChosen) {
            const bool sandbox =
                Profile::environmentOfKey(fromFields().provider, text) == kyc::Environment::Sandbox;
            m_ui->environmentComboBox->setCurrentIndex(sandbox ? 0 : 1);
        }
    });
    for (auto [button, edit] : {std::pair{m_ui->reveal1ToolButton, m_ui->secret1LineEdit},
                                std::pair{m_ui->reveal2ToolButton, m_ui->secret2LineEdit}}) {
        connect(button, &QToolButton::toggled, edit, [edit = edit, button = button](bool shown) {
            edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
            button->setText(shown ? tr("Hide") : tr("Show"));
        });
    }
    reload({});
    if (m_store->profiles().isEmpty())
        startNew(Provider::Sumsub);
}

ProfilesDialog::~ProfilesDialog()
{
    m_ui->secret1LineEdit->clear();
    m_ui->secret2LineEdit->clear();
}

void ProfilesDialog::reload(const QString &selectId)
{
    QSignalBlocker block(m_ui->profilesListWidget);
    m_ui->profilesListWidget->clear();
    int selectRow = -1;
    for (const Profile &p : m_store->profiles()) {
        auto *item = new QListWidgetItem(tr("%1\n%2 · %3")
                                             .arg(p.name, kyc::providerDisplayName(p.provider),
                                                  kyc::environmentDisplayName(p.environment)));
        item->setData(Qt::UserRole, p.id);
        m_ui->profilesListWidget->addItem(item);
        if (p.id == selectId)
            selectRow = m_ui->profilesListWidget->count() - 1;
    }
    m_ui->removePushButton->setEnabled(m_ui->profilesListWidget->count() > 0);
    m_ui->duplicatePushButton->setEnabled(m_ui->profilesListWidget->count() > 0);
    if (selectRow >= 0) {
        m_ui->profilesListWidget->setCurrentRow(selectRow);
        showProfile(*m_store->findById(selectId));
    }
}

void ProfilesDialog::selectProfile(const QString &id)
{
    reload(id);
}

void ProfilesDialog::setIssuer(kyc::Issuer *issuer)
{
    m_issuer = issuer;
    m_ui->testPushButton->setVisible(issuer != nullptr);
}

void ProfilesDialog::testConnection()
{
    Profile p = fromFields();
    if (const QString problem = Validators::checkBaseUrl(p.baseUrl.toString()); !problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    // The secrets typed here, or else the stored ones.
    std::optional<kyc::Credentials> typed;
    if (!m_ui->secret1LineEdit->text().trimmed().isEmpty()) {
        kyc::Credentials c;
        if (p.provider == Provider::Sumsub) {
            c.sumsubAppToken = m_ui->secret1LineEdit->text().trimmed();
            c.sumsubSecretKey = m_ui->secret2LineEdit->text().trimmed();
        } else {
            c.complyCubeApiKey = m_ui->secret1LineEdit->text().trimmed();
        }
        typed = c;
    } else if (p.id.isEmpty()) {
        showProblem(tr("Enter the secrets to test them."));
        return;
    }
    showProblem({});
    m_ui->checkLabel->setText(tr("Testing…"));
    m_ui->checkLabel->show();
    m_ui->testPushButton->setEnabled(false);
    QPointer<ProfilesDialog> guard(this);
    m_issuer->checkConnection(p, typed, [guard, p](const kyc::ConnectionCheckResult &r) {
        if (!guard)
            return;
        guard->m_ui->testPushButton->setEnabled(true);
        const QString clock = r.clockSkewSecs ? kyc::Outcome::describeClock(*r.clockSkewSecs) : QString();
        if (r.ok) {
            guard->m_ui->checkLabel->setText(tr("✓ Connected: the credentials work. %1").arg(clock));
            return;
        }
        guard->m_ui->checkLabel->clear();
        guard->m_ui->checkLabel->hide();
        QString text = kyc::Outcome::headline(r.failure) + u' ' + kyc::Outcome::advice(r.failure);
        if (r.failure.httpStatus != 0)
            text += tr(" (HTTP %1%2)")
                        .arg(r.failure.httpStatus)
                        .arg(r.failure.providerCode.isEmpty()
                                 ? QString()
                                 : tr(", error code %1").arg(r.failure.providerCode));
        if (!r.failure.correlationId.isEmpty())
            text += tr(" Correlation ID: %1").arg(r.failure.correlationId);
        guard->showProblem(text);
    });
}

void ProfilesDialog::showProfile(const Profile &p)
{
    m_current = p;
    m_environmentChosen = !p.id.isEmpty();
    {
        QSignalBlocker block(m_ui->providerComboBox);
        m_ui->providerComboBox->setCurrentIndex(p.provider == Provider::ComplyCube ? 1 : 0);
    }
    m_ui->providerComboBox->setEnabled(p.id.isEmpty()); // an account's provider does not change
    m_ui->nameLineEdit->setText(p.name);
    m_ui->environmentComboBox->setCurrentIndex(p.environment == kyc::Environment::Production ? 1 : 0);
    m_ui->baseUrlLineEdit->setText(p.baseUrl.toString());
    m_ui->caFileLineEdit->setText(p.caFile);
    m_ui->timeoutSpinBox->setValue(p.timeoutMs / 1000);
    m_ui->secret1LineEdit->clear();
    m_ui->secret2LineEdit->clear();
    const QString stored = tr("stored in the keychain; type to replace");
    m_ui->secret1LineEdit->setPlaceholderText(p.id.isEmpty() ? QString() : stored);
    m_ui->secret2LineEdit->setPlaceholderText(p.id.isEmpty() ? QString() : stored);
    m_ui->problemLabel->hide();
    m_ui->checkLabel->hide();
    updateForProvider();
}

void ProfilesDialog::updateForProvider()
{
    const bool sumsub = fromFields().provider == Provider::Sumsub;
    m_ui->secret1Label->setText(sumsub ? tr("App &token:") : tr("API &key:"));
    m_ui->secret1LineEdit->setAccessibleName(sumsub ? tr("App token") : tr("API key"));
    m_ui->secret2Label->setVisible(sumsub);
    m_ui->secret2LineEdit->setVisible(sumsub);
    m_ui->reveal2ToolButton->setVisible(sumsub);
}

void ProfilesDialog::startNew(Provider provider)
{
    Profile p;
    p.provider = provider;
    p.baseUrl = Profile::defaultBaseUrl(provider);
    m_ui->profilesListWidget->clearSelection();
    showProfile(p);
    m_ui->nameLineEdit->setFocus(Qt::OtherFocusReason);
}

Profile ProfilesDialog::fromFields() const
{
    Profile p = m_current;
    p.name = m_ui->nameLineEdit->text();
    p.provider = m_ui->providerComboBox->currentIndex() == 1 ? Provider::ComplyCube : Provider::Sumsub;
    p.environment = m_ui->environmentComboBox->currentIndex() == 1 ? kyc::Environment::Production
                                                                   : kyc::Environment::Sandbox;
    p.baseUrl = QUrl(m_ui->baseUrlLineEdit->text().trimmed());
    p.caFile = m_ui->caFileLineEdit->text().trimmed();
    p.timeoutMs = m_ui->timeoutSpinBox->value() * 1000;
    return p;
}

void ProfilesDialog::duplicate()
{
    Profile copy = fromFields();
    copy.id.clear();
    copy.name = tr("%1 (copy)").arg(copy.name);
    showProfile(copy); // secrets are not copied: they are typed again for the new account
    m_ui->profilesListWidget->clearSelection();
    m_ui->nameLineEdit->setFocus(Qt::OtherFocusReason);
    m_ui->nameLineEdit->selectAll();
}

void ProfilesDialog::showProblem(const QString &message)
{
    m_ui->problemLabel->setText(message);
    m_ui->problemLabel->setVisible(!message.isEmpty());
}

void ProfilesDialog::save()
{
    const Profile p = fromFields();
    if (const QString problem = m_store->check(p); !problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    const QList<Secret> required = Profile::requiredSecrets(p.provider);
    const QStringList typed{m_ui->secret1LineEdit->text().trimmed(), m_ui->secret2LineEdit->text().trimmed()};
    QList<std::pair<Secret, QString>> secrets;
    for (qsizetype i = 0; i < required.size(); ++i)
        secrets.append({required.at(i), typed.at(i)});
    const bool anyTyped =
        std::any_of(secrets.cbegin(), secrets.cend(), [](const auto &s) { return !s.second.isEmpty(); });
    const bool allTyped =
        std::all_of(secrets.cbegin(), secrets.cend(), [](const auto &s) { return !s.second.isEmpty(); });
    if ((p.id.isEmpty() || anyTyped) && !allTyped) {
        showProblem(p.provider == Provider::Sumsub ? tr("Enter both the app token and the secret key.")
                                                   : tr("Enter the API key."));
        return;
    }
    Profile toSave = p;
    if (toSave.id.isEmpty())
        toSave.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_ui->savePushButton->setEnabled(false);
    m_ui->sessionPushButton->hide();
    storeSecretsThenSave(m_secrets, toSave, anyTyped ? secrets : QList<std::pair<Secret, QString>>{});
}

void ProfilesDialog::keepForThisSession()
{
    m_ui->sessionPushButton->hide();
    showProblem({});
    storeSecretsThenSave(m_session, m_pendingProfile, m_pendingSecrets);
    for (auto &s : m_pendingSecrets)
        s.second.fill(QChar(u'\0'));
    m_pendingSecrets.clear();
    m_ui->checkLabel->setText(
        tr("The secrets are kept in memory until the console quits; they are not saved. "
           "You will be asked for them again next time."));
    m_ui->checkLabel->show();
}

void ProfilesDialog::storeSecretsThenSave(kyc::SecretStore *store, const Profile &profile,
                                          QList<std::pair<Secret, QString>> secrets)
{
    if (secrets.isEmpty()) {
        m_store->save(profile);
        m_ui->savePushButton->setEnabled(true);
        m_ui->secret1LineEdit->clear();
        m_ui->secret2LineEdit->clear();
        reload(profile.id);
        Q_EMIT profilesChanged();
        return;
    }
    const QList<std::pair<Secret, QString>> all = secrets;
    const auto [secret, value] = secrets.takeFirst();
    store->write(
        profile.secretKey(secret), value, [this, store, profile, secrets, all](const kyc::SecretResult &r) {
            if (r.error != kyc::SecretError::None) {
                m_ui->savePushButton->setEnabled(true);
                showProblem(tr("The profile was not saved: %1").arg(r.message));
                const bool noKeychain =
                    r.error == kyc::SecretError::NoKeychain || r.error == kyc::SecretError::AccessDenied;
                if (noKeychain && m_session && store != m_session) { // the operator may choose memory instead
                    m_pendingProfile = profile;
                    m_pendingSecrets = all;
                    m_ui->sessionPushButton->show();
                }
                return;
            }
            storeSecretsThenSave(store, profile, secrets);
        });
}

void ProfilesDialog::removeSelected()
{
    if (m_current.id.isEmpty())
        return;
    if (!Confirm::ask(
            this, tr("Remove profile"),
            tr("Remove the profile \"%1\" and delete its secrets from the keychain?").arg(m_current.name),
            tr("&Remove")))
        return;
    const Profile removed = m_current;
    for (const Secret s : Profile::allSecrets())
        m_secrets->remove(removed.secretKey(s), [](const kyc::SecretResult &) {});
    m_store->remove(removed.id);
    reload({});
    if (m_store->profiles().isEmpty())
        startNew(Provider::Sumsub);
    else
        m_ui->profilesListWidget->setCurrentRow(0);
    Q_EMIT profilesChanged();
}
