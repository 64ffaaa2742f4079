#pragma once

#include "uicontext.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace certdesk {

class Session;

// 工作量统计 for supervisors: a table per day × clerk from the same query as `certdesk-admin workload`.
class WorkloadPage : public QWidget
{
    Q_OBJECT

public:
    explicit WorkloadPage(UiContext &context, QWidget *parent = nullptr);
    void setSession(Session *session);
    void refresh();

private:
    void clearTable();
    void print();

    UiContext &m_context;
    Session *m_session = nullptr;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_message;
    QStandardItemModel *m_model;
    QTableView *m_table;
};

} // namespace certdesk
