#pragma once

// Internal to models/io: the checks of one imported row, shared by the form and death importers (importrows.cpp).

#include "core/result.h"
#include "domain/citizenid.h"
#include "io/exceldamage.h"
#include "io/importfields.h"
#include "io/importrows.h"

#include <QCoreApplication>

#include <optional>

namespace certdesk::importdetail {

struct RowCheckTr
{
    Q_DECLARE_TR_FUNCTIONS(ImportRows)
};

// Collects every problem of one row so the clerk can fix the row in one go.
class RowCheck
{
public:
    RowCheck(const RawRow &row, const QList<ColumnSpec> &columns)
        : m_row(row), m_columns(columns), m_problems(row.problems)
    {}

    const QString &value(int col) const { return m_row.values.at(col); }
    const QString &name(int col) const { return m_columns.at(col).chinese; }
    // A bad cell is quoted back to help the clerk find it, but an ID number pasted into the wrong
    // column must not end up in a reason in full.
    QString shown(int col) const { return importdetail::maskIdNumbers(value(col)); }
    void add(const QString &problem) { m_problems.append(problem); }
    bool clean() const { return m_problems.isEmpty(); }
    RowError error() const { return {m_row.line, m_problems.join(QLatin1String("; "))}; }

    bool require(int col)
    {
        if (!value(col).isEmpty())
            return true;
        add(RowCheckTr::tr("%1 is required").arg(name(col)));
        return false;
    }

    std::optional<CitizenId> citizenId(int col, const QDate &today)
    {
        if (!require(col))
            return std::nullopt;
        // What Excel did to the column is the one thing worth saying; the ID checker's reason would mislead.
        QString damage = importdetail::idNumberDamage(name(col), value(col), m_row.numeric.value(col));
        auto id = damage.isEmpty() ? parseCitizenId(value(col), today) : Result<CitizenId>(Error());
        if (id)
            return id.value();
        if (damage.isEmpty() && id.error().code == ErrorCode::IdCheckDigit)
            damage = importdetail::idRoundingDamage(name(col), value(col));
        // The checker may quote the number back; a reason ends up in logs and on screen.
        add(!damage.isEmpty()
                ? damage
                : RowCheckTr::tr("%1 is invalid: %2").arg(name(col), importdetail::maskIdNumbers(id.error().message)));
        return std::nullopt;
    }

    QDate day(int col)
    {
        if (!require(col))
            return {};
        const QDate d = importdetail::parseDay(value(col));
        if (!d.isValid()) {
            add(RowCheckTr::tr("%1 \"%2\" is not a valid date (expected YYYY-MM-DD)").arg(name(col), shown(col)));
        }
        return d;
    }

    void postcode(int col)
    {
        optionalCode(col, &validatePostcode, importdetail::postcodeDamage(name(col), value(col)));
    }
    void phone(int col)
    {
        optionalCode(col, &validatePhone, importdetail::phoneDamage(name(col), value(col), m_row.numeric.value(col)));
    }

    void optionalCode(int col, Status (*validate)(const QString &), const QString &excelDamage)
    {
        if (value(col).isEmpty())
            return;
        if (!excelDamage.isEmpty())
            add(excelDamage);
        else if (auto st = validate(value(col)); !st)
            add(RowCheckTr::tr("%1 is invalid: %2").arg(name(col), st.error().message));
    }

private:
    const RawRow &m_row;
    const QList<ColumnSpec> &m_columns;
    QStringList m_problems;
};

} // namespace certdesk::importdetail
