#pragma once

#include <QObject>

class QSocketNotifier;

namespace kyc::cli {

// SIGINT and SIGTERM as a Qt signal, for a command that stops in good order (a batch lets the rows in
// flight finish and records them). The first of them is delivered as stopRequested(); a second one ends
// the process at once, as it would without this. Restored when destroyed.
class StopSignals : public QObject
{
    Q_OBJECT

public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

Q_SIGNALS:
    void stopRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace kyc::cli
