#pragma once

#include "services/certification.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace certdesk {

// The forms in this center's list that belong to an ID number presented before any form was scanned.
// Choosing one (Enter / double-click) puts its number in the form field; its check code must still be typed.
class PersonFormsView : public QWidget
{
    Q_OBJECT

public:
    explicit PersonFormsView(QWidget *parent = nullptr);

    void setForms(const QString &idNo, const QList<FormView> &forms);
    void focusList();
    void clear();

Q_SIGNALS:
    void chosen(const QString &formNo);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseCurrent();

    QLabel *m_title;
    QTableWidget *m_table;
};

} // namespace certdesk
