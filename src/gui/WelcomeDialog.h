#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class WelcomeDialog;
}

// The first start with no account: add a Sumsub or a ComplyCube profile, or explore in demo mode.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        None, // closed: the main window alone, with its notice
        AddSumsub,
        AddComplyCube,
        Demo,
    };
    Q_ENUM(Choice)

    explicit WelcomeDialog(QWidget *parent = nullptr);
    ~WelcomeDialog() override;

    Choice choice() const { return m_choice; }

Q_SIGNALS:
    void chosen(WelcomeDialog::Choice choice);

private:
    void choose(Choice choice);

    std::unique_ptr<Ui::WelcomeDialog> m_ui;
    Choice m_choice = Choice::None;
};
