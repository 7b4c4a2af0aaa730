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

    // Values out of range, or a template ShareMessage refuses, are read as their defaults.
    static Preferences load(const QSettings &settings);
    void save(QSettings *settings) const;
};

} // namespace kyc
