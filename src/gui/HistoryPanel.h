#pragma once

#include "core/history/HistoryStore.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class Clipboard;
class HistoryModel;
namespace kyc {
class Issuer;
}
namespace Ui {
class HistoryPanel;
}

// The history in the main window: find (Ctrl+F), filters by provider and operation, outcome and period,
// sortable columns, a live remaining time, and per row Copy token (while it lives in this session),
// Copy correlation ID, Issue again and Export.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    HistoryPanel(kyc::Issuer *issuer, Clipboard *clipboard, QWidget *parent = nullptr);
    ~HistoryPanel() override;

    HistoryModel *model() const { return m_model; }
    void focusFilter();
    // The token of a row while it lives; empty when it has expired or came from another session.
    QString liveTokenAt(int row) const;
    void copyTokenAt(int row);
    void copyCorrelationIdAt(int row);
    void issueAgainAt(int row);
    bool exportTo(const QString &path, QString *error);
    // The filter the controls describe, with the period's bounds in UTC.
    kyc::HistoryFilter currentFilter() const;

Q_SIGNALS:
    void issueAgainRequested(const kyc::HistoryEntry &entry);

private:
    void applyFilter();
    void updatePeriodControls();
    void showMenu(const QPoint &pos);

    std::unique_ptr<Ui::HistoryPanel> m_ui;
    kyc::Issuer *m_issuer;
    Clipboard *m_clipboard;
    HistoryModel *m_model;
    QTimer m_filterDelay;
    QTimer m_tick;
};
