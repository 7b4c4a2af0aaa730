#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A private PostgreSQL server for a test, from Debian's postgresql package: initdb in a temporary folder,
// started with pg_ctl on a free loopback port, trusting every local connection (no passwords in tests),
// and stopped (its folder removed) when the object goes. As root, the server runs as the system's
// "postgres" account, since PostgreSQL refuses to run as root.
class PostgresServer
{
public:
    static constexpr const char *kAdmin = "kyc_admin"; // the superuser initdb creates

    PostgresServer() = default;
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // Before start(): serve TLS too, with this certificate and key (PEM files; copied into the server's
    // folder, private to it, as PostgreSQL requires).
    void useTls(const QString &certificate, const QString &key);
    // Before start(): more server settings ("shared_buffers=1GB"), and whether commits wait for the disk
    // (the tests' default is fsync=off: a benchmark of writes wants it on).
    void setSettings(const QStringList &settings, bool durable);
    // False with *error saying why (no initdb, no free port, a server that did not start).
    bool start(QString *error);
    void stop();
    // Starts the stopped server again, on the same data and port (a server that went away and came back).
    bool restart(QString *error);
    int port() const { return m_port; }
    // postgresql://ROLE@127.0.0.1:PORT/DATABASE
    QString url(const QString &role, const QString &database) const;
    // Runs SQL with psql as the role, in the database; false with *error (psql's message) when it fails.
    // *output: what psql printed (unaligned, tuples only).
    bool sql(const QString &statement, const QString &role, const QString &database,
             QString *output = nullptr, QString *error = nullptr) const;

    // A program of the server's installation: initdb, pg_ctl, psql.
    QString binary(const QString &name) const;

    // What psql prints for a statement (unaligned, tuples only), as the administrator unless another role
    // is named; on failure, empty, and psql's message as a warning in the test's output.
    QString query(const QString &statement, const QString &database,
                  const QString &role = QString::fromLatin1(kAdmin)) const;

private:
    bool run(const QString &program, const QStringList &arguments, QString *error) const;
    bool launch(QString *error);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_running = false;
    bool m_asPostgres = false;
    QStringList m_settings;
    bool m_durable = false;
    QString m_tlsCertificate;
    QString m_tlsKey;
};
