#pragma once

#include "core/result.h"
#include "io/importrows.h"
#include "io/textdecode.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace certdesk {

class Session;

enum class ImportKind
{
    Forms,
    Deaths
};

struct ImportReport
{
    int rows = 0;           // rows in the file
    int added = 0;          // new rows stored
    int unchanged = 0;      // rows already stored with the same content
    int linked = 0;         // forms matching a paper registration of the same person (now linked to it)
    int flagged = 0;        // forms whose number a paper registration holds for another person: held for review
    QList<RowError> errors; // non-empty: nothing was imported
    bool accepted() const { return errors.isEmpty(); }
};

// Called every few hundred rows with (done, total); returning false cancels (nothing is imported).
using ImportProgress = std::function<bool(int done, int total)>;

// One import is one transaction: any bad row (or a form number already stored with other data) and
// nothing is imported; the same file imported again changes nothing and writes nothing.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    explicit ImportService(Session &session) : m_session(session) {}

    // CSV, JSON, .xlsx or .xls (sheet/importfile.h): `sheet` names the worksheet of a spreadsheet (empty: the first).
    Result<ImportReport> importFile(ImportKind kind, const QString &path, TextEncoding encoding,
                                    const ImportProgress &progress = {}, const QString &sheet = {});
    Result<ImportReport> importBytes(ImportKind kind, const QByteArray &bytes, const QString &fileName,
                                     TextEncoding encoding, const ImportProgress &progress = {},
                                     const QString &sheet = {});

private:
    template<class Row>
    Result<ImportReport> store(ImportKind kind, const ParsedRows<Row> &parsed, const QByteArray &bytes,
                               const QString &fileName, const ImportProgress &progress);

    Session &m_session;
};

} // namespace certdesk
