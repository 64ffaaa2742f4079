#pragma once

#include "core/result.h"
#include "printing/printactions.h"
#include "uicontext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

namespace certdesk {

class CorrectionDialog;
class DayBatch;
class RecordDetails;
class Session;
class TodayModel;

// Every certification done at this desk today, searchable by name, ID or form number; open one to view,
// reprint (补打) or correct it; print all of the day's stamped forms in one job (a correction needs a reason; the old
// record stays in history).
class TodayPage : public QWidget
{
    Q_OBJECT

public:
    explicit TodayPage(UiContext &context, QWidget *parent = nullptr);
    void setSession(Session *session); // nullptr: cleared
    void refresh();
    // Ctrl+B: every stamped form certified today, in one job (todayprint.cpp).
    void printDay();
    // Ctrl+H: makes the next handover batch (移交清单) and prints it; with nothing retained since, prints the last
    // batch again (todayhandover.cpp).
    void printHandover();
    DayBatch *batch() const { return m_batch; }

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
    void reprint(printactions::Document document);
    void batchFinished(const Status &status, const QString &destination);
    void showMessage(const QString &text, bool error);

    UiContext &m_context;
    Session *m_session = nullptr;
    TodayModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QLabel *m_count;
    QLabel *m_message;
    QPushButton *m_printDay;
    DayBatch *m_batch = nullptr;
    QTableView *m_table;
    RecordDetails *m_details;
    CorrectionDialog *m_correction;
};

} // namespace certdesk
