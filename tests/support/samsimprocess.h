#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace certdesk::test {

// certdesk-samsim as a child process with its control channel: start() waits for "ready PATH", command() writes
// one control line and waits (running the event loop, so readers in this thread keep working) for its answer.
class SamSimProcess
{
public:
    explicit SamSimProcess(QString binary);
    ~SamSimProcess();

    bool start(const QStringList &args = {});
    // The answer line ("ok …", "error …", "ready …"); empty after 10 s without one.
    QString command(const QString &line);
    QString link() const { return m_link; }
    // The simulator's command counters, e.g. stat("read").
    int stat(const QString &name);

private:
    QString nextLine(int timeoutMs);

    QString m_binary;
    QTemporaryDir m_dir;
    QString m_link;
    QProcess m_process;
    QByteArray m_pending;
};

} // namespace certdesk::test
