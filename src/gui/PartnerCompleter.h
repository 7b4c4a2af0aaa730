#pragma once

#include "core/tokens/Operation.h"

#include <QCompleter>

class QLineEdit;
class QStandardItemModel;
namespace kyc {
class PartnerBook;
}

// Completes a partner field from the address book: typing part of a name or an ID offers
// "Name — ID", and choosing one puts the ID in the field. The field also gets a "Save partner" action.
class PartnerCompleter : public QCompleter
{
    Q_OBJECT

public:
    PartnerCompleter(kyc::PartnerBook *book, kyc::Provider provider, QLineEdit *edit);

    QString pathFromIndex(const QModelIndex &index) const override;
    // Saves the field's ID under the name; returns what is wrong, or empty.
    QString saveCurrent(const QString &name);
    void refresh();
    // True while the key that chose a completion is still being handled (that Return does not issue).
    bool justChose() const { return m_justChose; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    kyc::PartnerBook *m_book;
    kyc::Provider m_provider;
    QLineEdit *m_edit;
    QStandardItemModel *m_model;
    bool m_justChose = false;
};
