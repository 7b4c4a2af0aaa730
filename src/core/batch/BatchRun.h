#pragma once

#include "core/batch/BatchCsv.h"
#include "core/batch/BatchJournal.h"
#include "core/batch/BatchPacer.h"
#include "core/profiles/Profile.h"
#include "core/tokens/Outcome.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <optional>

namespace kyc {

class Issuer;

// One batch being sent: its rows through the Issuer (each recorded like every attempt, its note naming
// the batch and the row), paced by a BatchPacer, a few at a time. A 429 is sent again after its
// Retry-After (nothing was issued); a row whose outcome is in doubt is never sent again by itself. The
// GUI's batch table and the CLI's batch command are thin over this.
class BatchRun : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxInFlight = 4;
    // This many 429 answers in a row stop the batch; so do three rows in doubt in a row.
    static constexpr int kMaxRateLimitedInARow = 8;
    static constexpr int kMaxInDoubtInARow = 3;

    struct Row
    {
        BatchRowState state = BatchRowState::Waiting;
        bool earlier = false; // how it stands is from an earlier run of the batch: not sent in this one
        int attempts = 0;     // in this run (a 429 and its resend are two)
        std::optional<IssuedToken> token; // until it expires or is handed off (forgetToken)
        QString failureKind;              // failureKindKey() of the last failure
        QString message;                  // its headline, for people
        int httpStatus = 0;
        QString correlationId;
    };

    BatchRun(Issuer *issuer, const Profile &profile, BatchPlan plan, QString batchId,
             QObject *parent = nullptr);
    ~BatchRun() override;

    // Resuming: what an earlier run did. Its issued rows and its rows in doubt are not sent; of those in
    // doubt, retry names the ones the operator checked were not issued, which are sent again.
    void resumeFrom(const BatchJournal::Batch &earlier, const QSet<int> &retry = {});
    // Stop after every so many rows for the operator to release the next wave (0: one wave).
    void setWaveSize(int rows) { m_waveSize = rows; }
    // The rows a wave should have so that issuing it takes at most half the tokens' lifetime.
    static int waveSizeFor(qint64 lifetimeSecs, const RateLimit &limit);

    void start();
    // Sends no more rows; those in flight finish, then finished().
    void cancel();
    // Starts the next wave after waveFinished().
    void releaseWave();

    const QString &batchId() const { return m_batchId; }
    const BatchPlan &plan() const { return m_plan; }
    const Profile &profile() const { return m_profile; }
    const BatchPacer &pacer() const { return m_pacer; }
    int rowCount() const { return int(m_rows.size()); }
    const Row &row(int row) const { return m_rows.at(row - 1); } // 1-based
    int count(BatchRowState state) const;
    int toSend() const; // rows this run still has to send (waiting, or to be sent again)
    int waveCount() const;
    int wave() const { return m_wave; }
    // Seconds until the rows left are sent at the current pace (waits for the operator aside).
    qint64 remainingSecs() const;
    bool isRunning() const { return m_running; }
    bool isWaitingForWave() const { return m_waitingForWave; }
    // Why the batch stopped before its end (a refusal every row would meet, 429s without end, rows in
    // doubt); empty when it did not.
    const QString &stopReason() const { return m_stopReason; }
    bool wasCancelled() const { return m_cancelled; }

    // Hands a token off: it is wiped here.
    void forgetToken(int row);
    // Wipes the tokens that have expired; returns the rows that had one.
    QList<int> expireTokens(const QDateTime &now);

Q_SIGNALS:
    void rowChanged(int row);
    void waveFinished(int wave, int waves);
    void finished();

private:
    void pump();
    void sendRow(int row);
    void rowDone(int row, const Outcome &outcome);
    void stop(const QString &reason);
    void finishIfDone();
    qint64 nowMs() const { return m_clock.elapsed(); }

    Issuer *m_issuer;
    Profile m_profile;
    BatchPlan m_plan;
    QString m_batchId;
    BatchPacer m_pacer;
    QList<Row> m_rows;
    std::deque<int> m_queue; // rows to send, in order; a 429's row goes back to the front
    QElapsedTimer m_clock;
    QTimer m_timer;
    int m_inFlight = 0;
    int m_waveSize = 0;
    int m_rowsOfRun = 0; // the rows this run sends: its waves
    int m_wave = 1;
    int m_startedInWave = 0;
    bool m_waitingForWave = false;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_finished = false;
    int m_rateLimitedInARow = 0;
    int m_inDoubtInARow = 0;
    QString m_stopReason;
};

} // namespace kyc
