#pragma once

#include "uicontext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

namespace certdesk {

class CorrectionDialog;
class RecordDetails;
class Session;
class TodayModel;

// Every certification done at this desk today, searchable by name, ID or form number; open one to view,
// reprint or correct it (a correction needs a reason; the old record stays in history).
class TodayPage : public QWidget
{
    Q_OBJECT

public:
    explicit TodayPage(UiContext &context, QWidget *parent = nullptr);
    void setSession(Session *session); // nullptr: cleared
    void refresh();

Q_SIGNALS:
    void recordsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void openRow(const QModelIndex &proxyIndex);
    void openCorrection();
    void onCorrected(const QString &newUuid);
    void selectUuid(const QString &uuid);
    void updateCount();
    void resizeColumns();

    UiContext &m_context;
    Session *m_session = nullptr;
    TodayModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QLabel *m_count;
    QLabel *m_message;
    QTableView *m_table;
    RecordDetails *m_details;
    CorrectionDialog *m_correction;
};

} // namespace certdesk
