#include "gui/PartnerCompleter.h"

#include "core/partners/PartnerBook.h"
#include "gui/Confirm.h"

#include <QAbstractItemView>
#include <QAction>
#include <QEvent>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimer>

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

PartnerCompleter::PartnerCompleter(kyc::PartnerBook *book, kyc::Provider provider, QLineEdit *edit)
    : QCompleter(edit)
    , m_book(book)
    , m_provider(provider)
    , m_edit(edit)
    , m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
    edit->setCompleter(this);
    edit->installEventFilter(this); // another form may have saved a partner since
    refresh();

    QAction *save = edit->addAction(edit->style()->standardIcon(QStyle::SP_DialogSaveButton),
                                    QLineEdit::TrailingPosition);
    save->setObjectName(QStringLiteral("savePartnerAction"));
    save->setText(tr("Save partner…"));
    save->setToolTip(tr("Save this partner in the address book, under a name"));
    connect(save, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString current = m_book->nameFor(m_provider, m_edit->text().trimmed());
        const QString name = QInputDialog::getText(m_edit->window(), tr("Save partner"),
                                                   tr("Name for %1:").arg(m_edit->text().trimmed()),
                                                   QLineEdit::Normal, current, &ok);
        if (!ok)
            return;
        if (const QString problem = saveCurrent(name); !problem.isEmpty())
            Confirm::warn(m_edit->window(), tr("Save partner"), problem);
    });
}

bool PartnerCompleter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusIn)
        refresh();
    // The popup hands the Return that chose a completion on to the field, which would issue.
    // (The popup is the one item view this completer watches; popup() itself would create one.)
    const auto *view = qobject_cast<QAbstractItemView *>(watched);
    if (view && view->isVisible() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_justChose = true;
            QTimer::singleShot(0, this, [this] { m_justChose = false; });
        }
    }
    return QCompleter::eventFilter(watched, event);
}

QString PartnerCompleter::pathFromIndex(const QModelIndex &index) const
{
    return index.data(kIdRole).toString();
}

QString PartnerCompleter::saveCurrent(const QString &name)
{
    const QString problem = m_book->save({m_provider, name, m_edit->text(), {}}); // its rules stay
    if (problem.isEmpty())
        refresh();
    return problem;
}

void PartnerCompleter::refresh()
{
    m_model->clear();
    for (const kyc::Partner &p : m_book->partners(m_provider)) {
        auto *item = new QStandardItem(tr("%1 — %2").arg(p.name, p.id));
        item->setData(p.id, kIdRole);
        m_model->appendRow(item);
    }
}
