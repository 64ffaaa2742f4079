#pragma once

#include "core/result.h"
#include "domain/certification.h"
#include "domain/types.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace certdesk {

class Session;

// Today's certifications at this desk (this database), newest first: current records only, a correction
// replacing the record it supersedes. Filter with a QSortFilterProxyModel over all columns.
class TodayModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        FormNo,
        Name,
        IdNo,
        Result,
        Clerk,
        Change,
        Note,
        Paper, // the paper: registered from paper, printed onto the original, retained (附表1) / returned (附表2)
        ColumnCount
    };
    static constexpr int RecordUuidRole = Qt::UserRole + 1;

    struct Row
    {
        CertificationRecord record;
        Person person;
    };

    explicit TodayModel(QObject *parent = nullptr);

    Status refresh(Session &session, const QDate &day);
    void clear(); // on lock: no personal data stays in memory for views
    const Row *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace certdesk
