#include "qt/todaymodel.h"

#include "services/session.h"
#include "sessionaccess.h"
#include "store/certstore.h"
#include "store/formstore.h"

#include <algorithm>

namespace certdesk {

TodayModel::TodayModel(QObject *parent) : QAbstractTableModel(parent) {}

Status TodayModel::refresh(Session &session, const QDate &day)
{
    auto records = certificationsBetween(SessionAccess::db(session), day, day, true);
    if (!records)
        return records.error();
    QList<Row> rows;
    for (const CertificationRecord &r : records.value()) {
        auto form = findFormByNo(SessionAccess::db(session), r.formNo);
        if (!form)
            return form.error();
        rows.append({r, form->has_value() ? form->value().form.person : Person()});
    }
    std::reverse(rows.begin(), rows.end());
    beginResetModel();
    m_rows = rows;
    endResetModel();
    return {};
}

void TodayModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const TodayModel::Row *TodayModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int TodayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TodayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    const Row *row = rowAt(index.row());
    if (!row)
        return {};
    const CertificationRecord &r = row->record;
    if (role == RecordUuidRole)
        return r.uuid;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return r.certifiedAt.toLocalTime().toString(QStringLiteral("HH:mm"));
    case FormNo:
        return r.formNo;
    case Name:
        return row->person.name;
    case IdNo:
        return row->person.idNo;
    case Result:
        return r.alive ? tr("Alive") : tr("Deceased");
    case Clerk:
        return r.clerkName;
    case Change:
        return r.change.isEmpty() ? QString() : tr("Changed");
    case Note:
        if (!r.supersedes.isEmpty())
            return tr("Corrected");
        return r.overrideBy.isEmpty() ? QString() : tr("Override");
    case Paper: {
        QStringList parts;
        if (r.source == QLatin1String("paper"))
            parts << tr("Paper registration");
        if (r.overlayPrintedAt.isValid())
            parts << tr("Printed onto original");
        if (r.variant == FormVariant::Mail)
            parts << (r.returnedAt.isValid() ? tr("Returned for mailing") : tr("To hand back for mailing"));
        else
            parts << (r.retainedAt.isValid() ? tr("Retained") : tr("Not yet retained"));
        return parts.join(QStringLiteral(" · "));
    }
    default:
        return {};
    }
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case FormNo:
        return tr("Form number");
    case Name:
        return tr("Name");
    case IdNo:
        return tr("ID number");
    case Result:
        return tr("Result");
    case Clerk:
        return tr("Clerk");
    case Change:
        return tr("Info change");
    case Note:
        return tr("Note");
    case Paper:
        return tr("Paper form");
    default:
        return {};
    }
}

} // namespace certdesk
