#pragma once

#include <QString>

#include <optional>

class QWidget;

// A yes/no question to the operator; tests set the next answer instead of clicking.
class Confirm
{
public:
    static bool ask(QWidget *parent, const QString &title, const QString &text, const QString &yesText);
    // A warning whose text is shown as it is, never as HTML (it may hold a path, an ID or a vendor's words).
    static void warn(QWidget *parent, const QString &title, const QString &text);
    // The answer the next ask() gives without showing anything (tests).
    static void setNextAnswer(std::optional<bool> answer);
    static int askedCount(); // how often ask() was called (tests)

private:
    static std::optional<bool> s_nextAnswer;
    static int s_asked;
};
