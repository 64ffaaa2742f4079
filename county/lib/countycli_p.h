#pragma once

// Internal to the county CLI: the parsed invocation shared by the command bodies (countycommands.cpp).

#include "countycli.h"
#include "countyconfig.h"
#include "countydb.h"

#include <QMultiHash>
#include <QStringList>

#include <memory>

namespace certdesk::county {

struct Invocation
{
    Q_DECLARE_TR_FUNCTIONS(CountyCli)

public:
    CliIo &io;
    DataDir dir;
    QStringList words;                 // command words and positional arguments
    QMultiHash<QString, QString> opts; // option name → values
    bool json = false;

    bool has(const QString &name) const { return opts.contains(name); }
    QString value(const QString &name) const { return opts.value(name); }
    QStringList values(const QString &name) const;

    int fail(const Error &e);
    int usage(const QString &message);
    // The database of an initialised DIR (reads the PostgreSQL password line first if --db-password-stdin).
    std::unique_ptr<CountyDb> openDb(CountyConfig *config, int *exitCode);
    void printJson(const QJsonObject &o);
};

int cmdInit(Invocation &c);
int cmdEnroll(Invocation &c);
int cmdRevoke(Invocation &c);
int cmdImport(Invocation &c);
int cmdWithdraw(Invocation &c);
int cmdServe(Invocation &c);
int cmdWorkload(Invocation &c);
int cmdExportFeedback(Invocation &c);
int cmdConflicts(Invocation &c);
int cmdExportMailed(Invocation &c);
int cmdReview(Invocation &c);
int cmdHandoverReceive(Invocation &c);
int cmdHandoverList(Invocation &c);
int cmdPrintInstitutions(Invocation &c);

bool validCode(const QString &code);
Result<QDate> parseDateOption(const QString &text);

} // namespace certdesk::county
