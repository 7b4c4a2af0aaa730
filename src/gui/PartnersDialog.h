#pragma once

#include "core/partners/PartnerBook.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

// File > Partners…: the address book's partners and their rules (the operations each takes, its longest
// TTL, the level it redeems with, a note), which the console and the CLI apply before sending.
class PartnersDialog : public QDialog
{
    Q_OBJECT

public:
    PartnersDialog(kyc::PartnerBook *book, QWidget *parent = nullptr);
    // Selects the partner, as the list shows it, if it is there.
    void select(kyc::Provider provider, const QString &id);

private:
    void reload();
    void showSelected();
    void saveRules();
    void removeSelected();
    std::optional<kyc::Partner> selected() const;

    kyc::PartnerBook *m_book;
    QList<kyc::Partner> m_partners; // as the list shows them
    QListWidget *m_list;
    QMap<kyc::Operation, QCheckBox *> m_operations;
    QSpinBox *m_maxTtl;
    QLineEdit *m_level;
    QLineEdit *m_note;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_remove;
};
