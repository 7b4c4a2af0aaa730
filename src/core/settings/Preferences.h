#pragma once

#include <QString>

class QSettings;

namespace kyc {

// What the operator can change in Preferences, kept in the same QSettings as the profiles (group
// "preferences"). Nothing in it is secret.
struct Preferences
{
    static constexpr int kDefaultClearClipboardSecs = 30;
    static constexpr int kMinClearClipboardSecs = 5;
    static constexpr int kMaxClearClipboardSecs = 600;

    // How long a copied token stays on the clipboard.
    int clearClipboardSecs = kDefaultClearClipboardSecs;
    // What "Copy as message" copies; see ShareMessage for the placeholders.
    QString messageTemplate;
    // Ask before issuing with a production profile.
    bool confirmProduction = true;
    // A team's history (HistoryLocation's URL); empty: this computer's own SQLite history. Read at start,
    // by the console and the CLI alike; KYC_SHARE_HISTORY_URL and --history-url come before it.
    QString historyUrl;

    // Values out of range, or a template ShareMessage refuses, are read as their defaults. (A history URL
    // is read as it is: where it is wrong, the console and the CLI say so rather than use another.)
    static Preferences load(const QSettings &settings);
    void save(QSettings *settings) const;
};

} // namespace kyc
