// The OS keychain for real: QtKeychain against the gnome-keyring that scripts/test starts in a
// private D-Bus session (with HOME and XDG folders in a throwaway directory).
#include "core/secrets/KeychainSecretStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace kyc;

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storeReadOverwriteDelete();
    void keysDoNotCollide();
    void deletingWhatIsNotThereIsFine();

private:
    SecretResult wait(const std::function<void(SecretStore::Done)> &call);
    QString key(const QString &name) const { return u"test/"_s + m_run + u'/' + name; }

    KeychainSecretStore m_store;
    QString m_run = QUuid::createUuid().toString(QUuid::WithoutBraces);
};

SecretResult TestKeychain::wait(const std::function<void(SecretStore::Done)> &call)
{
    std::optional<SecretResult> result;
    call([&result](const SecretResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        qWarning("the keychain did not answer within 20 s");
    return result ? *result : SecretResult{SecretError::Other, std::nullopt, u"no answer"_s};
}

void TestKeychain::initTestCase()
{
    const SecretResult r = wait([this](auto done) { m_store.write(key(u"probe"_s), u"x"_s, done); });
    QVERIFY2(
        r.error == SecretError::None,
        qPrintable(u"No usable keychain (%1). Run the tests through ./scripts/test, which starts a private "
                   "gnome-keyring in its own D-Bus session."_s.arg(r.message)));
    wait([this](auto done) { m_store.remove(key(u"probe"_s), done); });
}

void TestKeychain::storeReadOverwriteDelete()
{
    const QString k = key(u"sumsub-secret-key"_s);
    QCOMPARE(wait([&](auto done) { m_store.write(k, u"made-up secret ü €"_s, done); }).error,
             SecretError::None);
    SecretResult read = wait([&](auto done) { m_store.read(k, done); });
    QCOMPARE(read.error, SecretError::None);
    QCOMPARE(read.value.value_or(QString()), u"made-up secret ü €"_s);

    QCOMPARE(wait([&](auto done) { m_store.write(k, u"another made-up secret"_s, done); }).error,
             SecretError::None);
    QCOMPARE(wait([&](auto done) { m_store.read(k, done); }).value.value_or(QString()),
             u"another made-up secret"_s);

    QCOMPARE(wait([&](auto done) { m_store.remove(k, done); }).error, SecretError::None);
    read = wait([&](auto done) { m_store.read(k, done); });
    QCOMPARE(read.error, SecretError::NotFound);
    QVERIFY(!read.value.has_value());
}

void TestKeychain::keysDoNotCollide()
{
    QCOMPARE(wait([&](auto done) { m_store.write(key(u"a/app-token"_s), u"one"_s, done); }).error,
             SecretError::None);
    QCOMPARE(wait([&](auto done) { m_store.write(key(u"b/app-token"_s), u"two"_s, done); }).error,
             SecretError::None);
    QCOMPARE(wait([&](auto done) { m_store.read(key(u"a/app-token"_s), done); }).value.value_or(QString()),
             u"one"_s);
    QCOMPARE(wait([&](auto done) { m_store.read(key(u"b/app-token"_s), done); }).value.value_or(QString()),
             u"two"_s);
    wait([&](auto done) { m_store.remove(key(u"a/app-token"_s), done); });
    QCOMPARE(wait([&](auto done) { m_store.read(key(u"b/app-token"_s), done); }).value.value_or(QString()),
             u"two"_s);
    wait([&](auto done) { m_store.remove(key(u"b/app-token"_s), done); });
}

void TestKeychain::deletingWhatIsNotThereIsFine()
{
    QCOMPARE(wait([&](auto done) { m_store.remove(key(u"never-written"_s), done); }).error,
             SecretError::None);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
