#include "backuptab.h"

#include "backup/backuprunner.h"
#include "prompter.h"
#include "services/backupschedule.h"
#include "services/session.h"
#include "theme/theme.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace certdesk {

BackupTab::BackupTab(Session &session, Prompter &prompter, QWidget *parent)
    : QWidget(parent), m_session(session), m_prompter(prompter), m_folder(new QLineEdit(this)),
      m_keep(new QSpinBox(this)), m_last(new QLabel(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("backupTab"));
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_keep->setObjectName(QStringLiteral("backupKeep"));
    m_keep->setRange(1, 365);
    m_last->setObjectName(QStringLiteral("backupLast"));
    m_message->setObjectName(QStringLiteral("backupMessage"));
    m_message->setWordWrap(true);
    auto *choose = new QPushButton(tr("Choose…"), this);
    choose->setAutoDefault(false);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString folder = m_prompter.chooseFolder(this, tr("Backup folder"));
        if (!folder.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(folder));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    auto *form = new QFormLayout;
    form->addRow(tr("Backup folder (e.g. a USB stick):"), folderRow);
    form->addRow(tr("Backups to keep:"), m_keep);
    form->addRow(tr("Last backup:"), m_last);
    auto *note = new QLabel(tr("A backup holds the encrypted database and its key file; it opens only with a "
                               "password or the recovery code of this center. One is taken when the last desk of "
                               "the day signs out."),
                            this);
    note->setWordWrap(true);
    auto *saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("saveBackupButton"));
    saveButton->setAutoDefault(false);
    connect(saveButton, &QPushButton::clicked, this, &BackupTab::save);
    auto *now = new QPushButton(tr("Back up now"), this);
    now->setObjectName(QStringLiteral("backupNowButton"));
    now->setAutoDefault(false);
    connect(now, &QPushButton::clicked, this, &BackupTab::backUpNow);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(saveButton);
    buttons->addWidget(now);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addLayout(buttons);
    load();
}

void BackupTab::load()
{
    auto settings = BackupSchedule::load(m_session);
    if (!settings) {
        showMessage(settings.error().message, true);
        return;
    }
    m_folder->setText(QDir::toNativeSeparators(settings->folder));
    m_keep->setValue(settings->keep);
    auto last = BackupSchedule::lastBackup(m_session);
    m_last->setText(last && last->isValid() ? last->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                            : tr("never"));
}

bool BackupTab::save()
{
    BackupSettings settings;
    settings.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    settings.keep = m_keep->value();
    if (auto s = BackupSchedule::save(m_session, settings); !s) {
        showMessage(s.error().message, true);
        return false;
    }
    showMessage(tr("Saved."), false);
    return true;
}

void BackupTab::backUpNow()
{
    if (!save())
        return;
    auto manifest = BackupRunner::run(this, m_session);
    if (!manifest) {
        showMessage(manifest.error().message, true);
        return;
    }
    load();
    showMessage(tr("Backup written: %1 forms, %2 certifications.").arg(manifest->forms).arg(manifest->certifications),
                false);
    Q_EMIT backedUp();
}

void BackupTab::showMessage(const QString &text, bool error)
{
    theme::setTone(m_message, error ? theme::Tone::Error : theme::Tone::Ok);
    m_message->setText(text);
}

} // namespace certdesk
