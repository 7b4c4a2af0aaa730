#pragma once

#include "core/settings/Preferences.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

// The operator's preferences: the clipboard's clear time, the production question, the text of
// "Copy as message" and the team's history. OK stays disabled while the message or the history's URL
// cannot be used, and says why.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const kyc::Preferences &preferences, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    kyc::Preferences preferences() const;

private:
    void check();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};
