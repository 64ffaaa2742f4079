#pragma once

#include "store/paperstore.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace certdesk {

class Session;

// 纸质登记待复核 (issue 10 §1): list data that arrived for a paper registration's number but names another person.
// The supervisor reads each item and settles it with a note (audited through PaperFormService::resolveReview);
// nothing is ever merged here. Keyboard: ↑/↓ choose the item, Tab to the note, Enter settles.
class PaperReviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PaperReviewDialog(Session &session, QWidget *parent = nullptr);
    int openCount() const { return int(m_reviews.size()); }
    void reload();
    void settle();

private:
    void showMessage(const QString &text, bool error);

    Session &m_session;
    QList<PaperReview> m_reviews;
    QLabel *m_intro;
    QTableWidget *m_table;
    QLineEdit *m_note;
    QPushButton *m_settle;
    QLabel *m_message;
};

} // namespace certdesk
