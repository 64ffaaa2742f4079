#pragma once

#include "qt/todaymodel.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;

namespace certdesk {

// The full record behind one row of today's list, with its actions: correct, reprint the form or the receipt.
class RecordDetails : public QFrame
{
    Q_OBJECT

public:
    explicit RecordDetails(QWidget *parent = nullptr);

    void showRow(const TodayModel::Row &row);
    void clear(); // on lock and when the shown record left the list
    const std::optional<TodayModel::Row> &row() const { return m_row; }
    QPushButton *correctButton() const { return m_correct; }
    // The role decides; the button only mirrors it so nobody is invited to an action that will be refused.
    void setCorrectAllowed(bool allowed);

Q_SIGNALS:
    void correctRequested();
    void reprintRequested();        // F8 or Ctrl+P: the stamped form, marked 补打
    void reprintReceiptRequested(); // Ctrl+Shift+P

private:
    QLabel *addField(const char *objectName, const QString &label);

    std::optional<TodayModel::Row> m_row;
    bool m_correctAllowed = true;
    QLabel *m_placeholder;
    QWidget *m_fields;
    QList<QLabel *> m_values;
    QLabel *m_formNo;
    QLabel *m_person;
    QLabel *m_result;
    QLabel *m_method;
    QLabel *m_clerk;
    QLabel *m_time;
    QLabel *m_change;
    QLabel *m_remark;
    QLabel *m_correction;
    QLabel *m_override;
    QPushButton *m_correct;
    QPushButton *m_reprint;
    QPushButton *m_receipt;
};

} // namespace certdesk
