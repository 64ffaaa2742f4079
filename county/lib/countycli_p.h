#pragma once

// Internal to the county CLI: the invocation shared by the command bodies (countycommands*.cpp).

#include "countycli.h"
#include "countyconfig.h"
#include "countydb.h"

#include <QStringList>

#include <memory>

namespace certdesk::county {

class Invocation : public cli::Invocation
{
    Q_DECLARE_TR_FUNCTIONS(CountyCli)

public:
    Invocation(QTextStream &output, QTextStream &errors, cli::SecretReader &secretReader)
        : cli::Invocation(output, errors), secrets(secretReader)
    {}

    cli::SecretReader &secrets;
    DataDir dir;

    // With --db-password-stdin, the PostgreSQL password line (first on stdin); otherwise an empty password.
    bool databasePassword(QString *password, int *exitCode);
    // The help line of --db-password-stdin (a member: lupdate files its context like the commands' messages).
    static QString globalOptionsHelp();
    // The database of an initialised DIR.
    std::unique_ptr<CountyDb> openDb(CountyConfig *config, int *exitCode);
};

using Command = cli::BasicCommand<Invocation>;

int cmdInit(Invocation &c);
int cmdEnroll(Invocation &c);
int cmdRevoke(Invocation &c);
int cmdEnrollSupervisor(Invocation &c);
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
int cmdServerCert(Invocation &c); // countycommands_pki.cpp
int cmdRenew(Invocation &c);
int cmdEscrowInit(Invocation &c); // countycommands_escrow.cpp
int cmdEscrowRecover(Invocation &c);
int cmdEscrowLog(Invocation &c);

bool validCode(const QString &code);

} // namespace certdesk::county
