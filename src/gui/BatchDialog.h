#pragma once

#include "core/batch/BatchCsv.h"
#include "core/batch/BatchJournal.h"
#include "core/profiles/Profile.h"

#include <QDialog>
#include <QHash>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class BatchTableModel;
class Clipboard;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTreeWidget;

namespace kyc {
class BatchRun;
class Issuer;
class PartnerBook;
} // namespace kyc

// Operation > Issue a batch…: a CSV's rows issued at the vendor's pace, through the same Issuer and
// history as a form (core's BatchRun). First the CSV is checked whole (every bad row listed by line and
// field, nothing sent); then the table shows each row's status, with progress and the time left; each
// issued row's token can be copied, alone or as a message, or all of them as CSV for the partner; the
// tokens live in memory only, until they expire. A CSV sent before is resumed by its batch ID, so nothing
// issued is issued again. A batch longer than its tokens live goes in waves the operator releases.
class BatchDialog : public QDialog
{
    Q_OBJECT

public:
    struct Services
    {
        kyc::Issuer *issuer;
        std::function<kyc::Profile(kyc::Provider)> profileFor; // the window's choice per provider
        kyc::PartnerBook *partners;
        Clipboard *clipboard;
        QString messageTemplate;
    };
    BatchDialog(const Services &services, kyc::Operation operation, QWidget *parent = nullptr);
    ~BatchDialog() override;

    // What a test drives, as the operator would.
    void setCsvFile(const QString &path);
    bool check(); // true when every row passed
    void start(); // after a check that passed
    void stop();
    void releaseWave();
    void copyToken();   // the selected row's
    void copyMessage(); // the selected row's, as the Preferences' message
    void copyAllAsCsv();
    kyc::BatchRun *run() const { return m_run.get(); }
    bool isRunning() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void operationChanged();
    void inputChanged();
    void showProblems(const kyc::BatchPlan &plan);
    void updateProgress();
    void updateButtons();
    void runFinished();
    void tick();
    int selectedRow() const; // 1-based; 0 when none
    QString partnerName(const QString &id) const;

    Services m_services;
    std::optional<kyc::BatchPlan> m_plan;
    std::optional<kyc::BatchJournal::Batch> m_earlier;
    std::unique_ptr<kyc::BatchRun> m_run;
    BatchTableModel *m_model;
    QTimer m_ticker;
    int m_waveSize = 0;
    bool m_closeWhenStopped = false;

    QComboBox *m_operationComboBox = nullptr;
    QLineEdit *m_fileLineEdit = nullptr;
    QPushButton *m_chooseButton = nullptr;
    QHash<kyc::Field, QLineEdit *> m_defaults;
    QHash<kyc::Field, QLabel *> m_defaultLabels;
    QLineEdit *m_reasonLineEdit = nullptr;
    QPushButton *m_checkButton = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTreeWidget *m_problemsTree = nullptr;
    QCheckBox *m_wavesCheckBox = nullptr;
    QCheckBox *m_resumeCheckBox = nullptr;
    QCheckBox *m_retryDoubtCheckBox = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_releaseButton = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_progressLabel = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_messageButton = nullptr;
    QPushButton *m_copyAllButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QStackedWidget *m_stack = nullptr;
};
