#include "synctab.h"

#include "prompter.h"
#include "qt/background.h"
#include "services/session.h"
#include "sync/escrowdeposit.h"
#include "sync/httptransport.h"
#include "sync/syncsettings.h"
#include "theme/theme.h"

#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk {

SyncTab::SyncTab(Session &session, Prompter &prompter, QWidget *parent)
    : QWidget(parent), m_session(session), m_prompter(prompter), m_server(new QLineEdit(this)),
      m_bundle(new QLineEdit(this)), m_browse(new QPushButton(tr("Choose…"), this)), m_password(new QLineEdit(this)),
      m_save(new QPushButton(tr("Import and save"), this)), m_current(new QLabel(this)),
      m_escrow(new QPushButton(tr("Escrow the key to the county"), this)), m_message(new QLabel(this))
{
    m_escrow->setObjectName(QStringLiteral("syncEscrow"));
    m_escrow->setToolTip(tr("Wraps this database's key to the county's escrow key, so the county can reopen the "
                            "database if every password and the recovery code are lost."));
    setObjectName(QStringLiteral("syncTab"));
    m_server->setObjectName(QStringLiteral("syncServer"));
    m_bundle->setObjectName(QStringLiteral("syncBundle"));
    m_browse->setObjectName(QStringLiteral("syncBrowse"));
    m_password->setObjectName(QStringLiteral("syncBundlePassword"));
    m_save->setObjectName(QStringLiteral("syncSave"));
    m_current->setObjectName(QStringLiteral("syncCurrent"));
    m_message->setObjectName(QStringLiteral("syncTabMessage"));
    m_server->setPlaceholderText(QStringLiteral("https://county.example:8443"));
    m_password->setEchoMode(QLineEdit::Password);
    m_current->setWordWrap(true);
    m_message->setWordWrap(true);

    auto *file = new QHBoxLayout;
    file->addWidget(m_bundle, 1);
    file->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("County server:"), m_server);
    form->addRow(tr("Center certificate (.p12):"), file);
    form->addRow(tr("Bundle password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_current);
    layout->addLayout(form);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    layout->addWidget(m_escrow, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = m_prompter.openFile(this, tr("Center certificate"), tr("PKCS#12 bundle (*.p12 *.pfx)"));
        if (!path.isEmpty())
            m_bundle->setText(path);
    });
    connect(m_save, &QPushButton::clicked, this, &SyncTab::save);
    connect(m_escrow, &QPushButton::clicked, this, &SyncTab::escrow);
    load();
}

void SyncTab::load()
{
    auto c = SyncSettings(m_session).credentials();
    if (!c) {
        m_current->setText(c.error().message);
        return;
    }
    m_escrow->setEnabled(c->has_value() && m_session.require(Permission::ManageAccounts).ok());
    if (!c->has_value()) {
        m_current->setText(tr("Sync is not configured: this desk works offline."));
        return;
    }
    const SyncCredentials &cred = c->value();
    m_server->setText(cred.server.toString());
    m_current->setText(tr("Server %1; certificate %2 valid until %3, issued by %4; configured by %5 on %6.")
                           .arg(cred.server.toString(),
                                cred.certificate.subjectInfo(QSslCertificate::CommonName).value(0),
                                cred.certificate.expiryDate().toLocalTime().toString(QStringLiteral("yyyy-MM-dd")),
                                cred.ca.value(0).subjectInfo(QSslCertificate::CommonName).value(0), cred.configuredBy,
                                cred.configuredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

bool SyncTab::save()
{
    QFile file(m_bundle->text().trimmed());
    if (m_bundle->text().trimmed().isEmpty() || !file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Choose the center's certificate bundle (.p12) first."), true);
        return false;
    }
    const QByteArray bundle = file.readAll();
    QString password = m_password->text();
    const Status s = SyncSettings(m_session).configure(m_server->text(), bundle, password);
    password.fill(QLatin1Char('\0'));
    m_password->clear();
    if (!s) {
        showMessage(s.error().message, true);
        return false;
    }
    showMessage(tr("Saved. The certificate is now inside the encrypted database; the .p12 file is no longer "
                   "needed here."),
                false);
    load();
    Q_EMIT configured();
    return true;
}

void SyncTab::escrow()
{
    if (m_escrowJob)
        return;
    auto credentials = SyncSettings(m_session).credentials();
    auto copy = m_session.reopen();
    if (!credentials || !credentials->has_value() || !copy) {
        showMessage(!credentials ? credentials.error().message
                    : !copy      ? copy.error().message
                                 : tr("Sync is not configured: this desk works offline."),
                    true);
        Q_EMIT escrowFinished(false);
        return;
    }
    m_escrow->setEnabled(false);
    showMessage(tr("Escrowing the key to the county…"), false);
    m_escrowJob = runInBackground(
        this,
        [session = std::shared_ptr<Session>(std::move(copy).value()),
         cred = credentials->value()](JobControl &) -> Result<EscrowDeposit> {
            HttpTransport transport(cred);
            return EscrowService::deposit(*session, transport);
        },
        [this](Result<EscrowDeposit> r) {
            m_escrow->setEnabled(true);
            if (r)
                // The session's key file is re-read at the next sign-in; nothing else here holds the slot.
                showMessage(tr("The database key is escrowed to the county (key %1).").arg(r->keyId.left(16)), false);
            else
                showMessage(r.error().message, true);
            Q_EMIT escrowFinished(r.ok());
        });
}

void SyncTab::showMessage(const QString &text, bool error)
{
    theme::setTone(m_message, error ? theme::Tone::Error : theme::Tone::None);
    m_message->setText(text);
}

} // namespace certdesk
