#pragma once

#include "core/result.h"

#include <QDate>
#include <QString>

namespace certdesk {

enum class CyclePolicy
{
    Fixed,  // 人社厅发〔2012〕97号: 4月1日–6月30日 of the cycle year (dates configurable)
    Rolling // 2018 rule: once within 12 months; the window is the 12 months up to the form's due date
};

QString policyKey(CyclePolicy p); // "fixed" / "rolling"
bool policyFromKey(const QString &key, CyclePolicy *out);

// The center's details; the last five are the 附件2 columns (机构名称 = name).
struct CenterConfig
{
    QString code;
    QString name;
    CyclePolicy policy = CyclePolicy::Fixed;
    QString windowStart = QStringLiteral("04-01"); // MM-DD
    QString windowEnd = QStringLiteral("06-30");   // MM-DD
    QString address;
    QString contact;
    QString department;
    QString title;
    QString phone;
    int idleLockMinutes = 5;
};

struct DateWindow
{
    QDate from;
    QDate to;
    bool contains(const QDate &d) const { return d >= from && d <= to; }
};

// Parses "MM-DD..MM-DD"; the end must not come before the start. Error code "window".
Result<DateWindow> parseWindowSpec(const QString &spec, int year = 2000);
// A real MM-DD (02-29 allowed; it is clamped to 02-28 in common years).
bool isValidMonthDay(const QString &mmdd);

// When a form of `cycle` with `dueDate` may be certified under the center's policy.
DateWindow certificationWindow(const CenterConfig &center, int cycle, const QDate &dueDate);
// The next due date after a certification on `certifiedOn` (printed on the pensioner's receipt).
QDate nextDueDate(const CenterConfig &center, const QDate &certifiedOn);

} // namespace certdesk
