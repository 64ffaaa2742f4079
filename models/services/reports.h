#pragma once

#include "core/result.h"
#include "domain/certification.h"
#include "domain/workload.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace certdesk {

class Session;

enum class ExportFormat
{
    Csv,
    Json,
    Xlsx // one worksheet, the CSV's columns; ID and phone numbers as text (sheet/spreadsheet.h)
};

// Certification results and workload for a date range. Exports are audited: they carry personal data.
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)

public:
    explicit ReportService(Session &session) : m_session(session) {}

    // Current (not superseded) records certified in [from, to]; format in docs/formats.md.
    Result<QByteArray> exportResults(const QDate &from, const QDate &to, ExportFormat format);
    Result<QList<WorkloadRow>> workload(const QDate &from, const QDate &to);
    // The progress line of this center: the forms of the cycle of today's year (domain/workload.h says what is due).
    Result<CycleProgress> progress();

    static QStringList exportColumns();

private:
    Status checkRange(const QDate &from, const QDate &to) const;

    Session &m_session;
};

} // namespace certdesk
