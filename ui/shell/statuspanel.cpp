#include "statuspanel.h"

#include "services/backupschedule.h"
#include "services/session.h"
#include "theme/theme.h"

#include <QHBoxLayout>
#include <QLabel>

namespace certdesk {

StatusPanel::StatusPanel(QWidget *parent)
    : QWidget(parent), m_clerk(new QLabel(this)), m_center(new QLabel(this)), m_window(new QLabel(this)),
      m_sync(new QLabel(this)), m_backup(new QLabel(this))
{
    m_backup->setObjectName(QStringLiteral("statusBackup"));
    m_clerk->setObjectName(QStringLiteral("statusClerk"));
    m_center->setObjectName(QStringLiteral("statusCenter"));
    m_window->setObjectName(QStringLiteral("statusWindow"));
    m_sync->setObjectName(QStringLiteral("statusSync"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(18);
    // On a 1366×768 counter screen the long sync line must give way, never the clerk, the center's name or the
    // window: those keep their full width; the sync line takes what is left (clipped, whole in its tooltip).
    for (QLabel *l : {m_clerk, m_center, m_window}) {
        l->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
        layout->addWidget(l);
    }
    m_backup->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    layout->addWidget(m_backup);
    m_sync->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_sync->setMinimumWidth(120);
    m_sync->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_sync, 1);
    showSession(nullptr, {});
}

void StatusPanel::showSync(const QString &line)
{
    m_sync->setText(line);
    m_sync->setToolTip(line);
}

void StatusPanel::showBackup(const QDateTime &last, const QDateTime &now)
{
    const bool stale = BackupSchedule::isStale(last, now);
    // Amber, not red: nothing is wrong yet, but the only copy of the day's work is the one on this disk.
    theme::setTone(m_backup, stale ? theme::Tone::Warning : theme::Tone::None);
    if (!last.isValid()) {
        m_backup->setText(tr("No backup yet"));
        return;
    }
    const qint64 hours = last.secsTo(now) / 3600;
    if (hours < 24)
        m_backup->setText(tr("Last backup: %n hour(s) ago", nullptr, int(qMax<qint64>(hours, 0))));
    else
        m_backup->setText(tr("Last backup: %n day(s) ago", nullptr, int(hours / 24)));
}

void StatusPanel::showSession(const Session *session, const QDate &today)
{
    if (!session) {
        // Whether sync is configured is in the encrypted database, closed now; what is true either way is that a
        // locked desk does not sync (the worker stops at lock). Signed in, MainWindow shows the sync line.
        showSync(tr("Locked: not syncing"));
        m_backup->clear();
        theme::clearTone(m_backup);
        m_clerk->setText(tr("Locked"));
        m_center->clear();
        m_window->clear();
        return;
    }
    m_clerk->setText(tr("Clerk: %1").arg(session->account().fullName));
    m_center->setText(tr("Center: %1 (%2)").arg(session->center().name, session->center().code));
    const CenterConfig &c = session->center();
    if (c.policy == CyclePolicy::Rolling) {
        m_window->setText(tr("Cycle: rolling, 12 months up to each form's due date"));
        return;
    }
    const DateWindow w = certificationWindow(c, today.year(), today);
    if (w.contains(today))
        m_window->setText(tr("Window %1 – %2, %n day(s) left", nullptr, int(today.daysTo(w.to)) + 1)
                              .arg(w.from.toString(QStringLiteral("M/d")), w.to.toString(QStringLiteral("M/d"))));
    else if (today < w.from)
        m_window->setText(tr("Window %1 – %2, opens in %n day(s)", nullptr, int(today.daysTo(w.from)))
                              .arg(w.from.toString(QStringLiteral("M/d")), w.to.toString(QStringLiteral("M/d"))));
    else
        m_window->setText(tr("Window %1 – %2 closed for this year")
                              .arg(w.from.toString(QStringLiteral("M/d")), w.to.toString(QStringLiteral("M/d"))));
}

} // namespace certdesk
