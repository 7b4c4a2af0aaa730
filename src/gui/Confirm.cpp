#include "gui/Confirm.h"

#include <QMessageBox>
#include <QPushButton>

std::optional<bool> Confirm::s_nextAnswer;
int Confirm::s_asked = 0;

bool Confirm::ask(QWidget *parent, const QString &title, const QString &text, const QString &yesText)
{
    ++s_asked;
    if (s_nextAnswer) {
        const bool answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText); // names and IDs the operator typed or pasted
    QPushButton *yes = box.addButton(yesText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel); // the safe choice is the default
    box.exec();
    return box.clickedButton() == yes;
}

void Confirm::warn(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void Confirm::setNextAnswer(std::optional<bool> answer)
{
    s_nextAnswer = answer;
}

int Confirm::askedCount()
{
    return s_asked;
}
