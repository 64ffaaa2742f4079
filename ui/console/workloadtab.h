#pragma once

// 每日工作量: a date range (default this week), by the day the work was done or the day it reached the county, for
// the county or one center; stacked bars per day (alive / deceased / information changes) with the numbers in a
// table beside them, the clerks (full names) of the chosen scope below, and the printed 工作量统计 (printing/).

#include "barchart.h"
#include "consoledata.h"
#include "consoleseams.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QRadioButton;
class QTableWidget;

namespace certdesk::console {

class WorkloadTab : public QWidget
{
    Q_OBJECT

public:
    WorkloadTab(ConsoleSeams seams, QWidget *parent = nullptr);

    void setCenters(const QList<std::pair<QString, QString>> &codeAndName);
    void setWorkload(const WorkloadData &w);
    // What the printed report names: the county (code, name) and who printed it.
    void setPrintIdentity(const QString &countyCode, const QString &countyName, const QString &printedBy)
    {
        m_countyCode = countyCode;
        m_countyName = countyName;
        m_printedBy = printedBy;
    }

    // The current choice, as the request wants it.
    QDate from() const;
    QDate to() const;
    QString center() const; // empty: the county
    bool byArrival() const;
    void choose(const QDate &from, const QDate &to, const QString &center, bool byArrival);

    const WorkloadData &workload() const { return m_data; }
    BarChart *chart() const { return m_chart; }
    QTableWidget *daysTable() const { return m_days; }
    QTableWidget *clerksTable() const { return m_clerks; }
    // Writes the printed report of the shown data to `path` (0600). False when there is nothing or it failed.
    bool printTo(const QString &path);
    // Writes the shown rows as an .xlsx workbook (0600), as `certdesk-county workload --out FILE.xlsx`.
    bool exportTo(const QString &path);

Q_SIGNALS:
    void requested(); // the user changed the range, the scope or the toggle

private:
    void print();
    void exportWorkbook();

    ConsoleSeams m_seams;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_center = nullptr;
    QRadioButton *m_byWork = nullptr;
    QRadioButton *m_byArrival = nullptr;
    QLabel *m_caption = nullptr;
    BarChart *m_chart = nullptr;
    QTableWidget *m_days = nullptr;
    QTableWidget *m_clerks = nullptr;
    WorkloadData m_data;
    QString m_countyCode;
    QString m_countyName;
    QString m_printedBy;
};

} // namespace certdesk::console
