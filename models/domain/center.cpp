#include "domain/center.h"

#include <QCoreApplication>
#include <QStringList>

namespace certdesk {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Center)
};

} // namespace

namespace {

QDate monthDay(int year, const QString &mmdd)
{
    const int month = mmdd.left(2).toInt();
    int day = mmdd.mid(3, 2).toInt();
    if (month == 2 && day == 29 && !QDate::isLeapYear(year))
        day = 28;
    return QDate(year, month, day);
}

} // namespace

QString policyKey(CyclePolicy p)
{
    return p == CyclePolicy::Fixed ? QStringLiteral("fixed") : QStringLiteral("rolling");
}

bool policyFromKey(const QString &key, CyclePolicy *out)
{
    if (key == QLatin1String("fixed"))
        *out = CyclePolicy::Fixed;
    else if (key == QLatin1String("rolling"))
        *out = CyclePolicy::Rolling;
    else
        return false;
    return true;
}

bool isValidMonthDay(const QString &mmdd)
{
    if (mmdd.size() != 5 || mmdd.at(2) != QLatin1Char('-'))
        return false;
    bool okMonth = false;
    bool okDay = false;
    const int month = mmdd.left(2).toInt(&okMonth);
    const int day = mmdd.mid(3, 2).toInt(&okDay);
    return okMonth && okDay && QDate(2000, month, day).isValid(); // 2000 is a leap year: 02-29 passes
}

Result<DateWindow> parseWindowSpec(const QString &spec, int year)
{
    const QStringList parts = spec.split(QStringLiteral(".."));
    if (parts.size() != 2 || !isValidMonthDay(parts[0]) || !isValidMonthDay(parts[1]))
        return Error::invalid(ErrorCode::Window, Tr::tr("The window must be written MM-DD..MM-DD, "
                                                        "for example 04-01..06-30."));
    DateWindow w{monthDay(year, parts[0]), monthDay(year, parts[1])};
    if (w.to < w.from)
        return Error::invalid(ErrorCode::Window, Tr::tr("The window ends before it starts."));
    return w;
}

DateWindow certificationWindow(const CenterConfig &center, int cycle, const QDate &dueDate)
{
    if (center.policy == CyclePolicy::Rolling)
        return {dueDate.addMonths(-12).addDays(1), dueDate};
    return {monthDay(cycle, center.windowStart), monthDay(cycle, center.windowEnd)};
}

QDate nextDueDate(const CenterConfig &center, const QDate &certifiedOn)
{
    if (center.policy == CyclePolicy::Rolling)
        return certifiedOn.addMonths(12);
    return monthDay(certifiedOn.year() + 1, center.windowEnd);
}

} // namespace certdesk
