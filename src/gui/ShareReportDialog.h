#pragma once

#include "core/history/ShareReport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

// History > Shares report…: every share of one applicant, or everything given to one partner, from the
// history in use (in team mode, the team's), with who asked and who approved; exported to CSV or JSON for
// a data subject's request or a regulator's.
class ShareReportDialog : public QDialog
{
    Q_OBJECT

public:
    ShareReportDialog(const kyc::HistoryStore *store, QWidget *parent = nullptr);
    ~ShareReportDialog() override;

    // Applicant (false) or partner (true), and the ID: fills both in and shows the rows.
    void report(bool partner, const QString &id);
    const QList<kyc::ShareReport::Row> &rows() const { return m_rows; }
    bool exportTo(const QString &path, QString *error) const;

private:
    void run();

    const kyc::HistoryStore *m_store;
    QList<kyc::ShareReport::Row> m_rows;
    QComboBox *m_kindComboBox;
    QLineEdit *m_idLineEdit;
    QPushButton *m_showButton;
    QLabel *m_summaryLabel;
    QTreeWidget *m_list;
    QPushButton *m_exportButton;
};
