#include "restoredialog.h"

#include "qt/background.h"
#include "services/backup.h"
#include "theme/theme.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace certdesk {

RestoreDialog::RestoreDialog(UiContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_summary(new QLabel(this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_restore(new QPushButton(tr("Restore"), this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from a backup"));
    m_summary->setObjectName(QStringLiteral("restoreSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Choose a backup file (certdesk-….cdbak)."));
    m_user->setObjectName(QStringLiteral("restoreUser"));
    m_password->setObjectName(QStringLiteral("restorePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("restoreMessage"));
    m_message->setWordWrap(true);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);
    auto *choose = new QPushButton(tr("Choose backup file…"), this);
    choose->setObjectName(QStringLiteral("restoreChooseButton"));
    connect(choose, &QPushButton::clicked, this, &RestoreDialog::chooseFile);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::restore);
    auto *form = new QFormLayout;
    form->addRow(tr("Account in the backup:"), m_user);
    form->addRow(tr("Its password or recovery code:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(choose);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(640, 360);
}

void RestoreDialog::chooseFile()
{
    const QString path =
        m_context.prompter.openFile(this, tr("Restore from a backup"), tr("CertDesk backups (*.cdbak)"));
    if (path.isEmpty())
        return;
    auto manifest = BackupService::readManifest(path);
    if (!manifest) {
        m_file.clear();
        m_restore->setEnabled(false);
        showMessage(manifest.error().message, true);
        return;
    }
    m_file = path;
    m_restore->setEnabled(true);
    m_summary->setText(tr("Center %1 %2, taken %3 by %4: %5 forms, %6 certifications.")
                           .arg(manifest->centerCode, manifest->centerName,
                                manifest->createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                manifest->createdBy)
                           .arg(manifest->forms)
                           .arg(manifest->certifications));
    showMessage(QString(), false);
    if (m_user->text().isEmpty())
        m_user->setText(manifest->createdBy);
}

void RestoreDialog::restore()
{
    if (m_file.isEmpty() || m_user->text().trimmed().isEmpty())
        return;
    setEnabled(false);
    showMessage(tr("Restoring and verifying…"), false);
    std::optional<Result<BackupManifest>> outcome;
    const QString file = m_file;
    const QString db = m_context.dbPath;
    const QString user = m_user->text().trimmed();
    QString password = m_password->text();
    const Clock &clock = m_context.clock;
    // Unpacking and verifying a big database takes seconds: off the GUI thread, which keeps painting. The dialog
    // waits here (a nested loop) until the work is done, so the work may read these locals.
    QEventLoop loop;
    BackgroundJob *job = runInBackground(
        this, [&](JobControl &) { return BackupService::restore(file, db, user, password, clock); },
        [&outcome, &loop](Result<BackupManifest> result) {
            outcome.emplace(std::move(result));
            loop.quit();
        });
    connect(job, &QObject::destroyed, &loop, &QEventLoop::quit);
    loop.exec();
    password.fill(QLatin1Char('\0'));
    m_password->clear();
    setEnabled(true);
    if (!outcome)
        return; // the dialog is going away
    if (!outcome->ok()) {
        showMessage(outcome->error().message, true);
        return;
    }
    m_restoredUser = user;
    accept();
}

void RestoreDialog::showMessage(const QString &text, bool error)
{
    theme::setTone(m_message, error ? theme::Tone::Error : theme::Tone::None);
    m_message->setText(text);
}

} // namespace certdesk
