#include "samsimprocess.h"

#include <QDeadlineTimer>
#include <QTest>

namespace certdesk::test {

SamSimProcess::SamSimProcess(QString binary) : m_binary(std::move(binary))
{
    m_link = m_dir.filePath(QStringLiteral("ttySIM"));
}

SamSimProcess::~SamSimProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.closeWriteChannel(); // end of input quits the simulator
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool SamSimProcess::start(const QStringList &args)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(m_binary, QStringList{QStringLiteral("--link"), m_link} + args);
    if (!m_process.waitForStarted(5000))
        return false;
    return nextLine(10000) == QStringLiteral("ready ") + m_link;
}

QString SamSimProcess::nextLine(int timeoutMs)
{
    QString line;
    (void)QTest::qWaitFor(
        [&] {
            m_pending.append(m_process.readAllStandardOutput());
            const qsizetype nl = m_pending.indexOf('\n');
            if (nl < 0)
                return m_process.state() == QProcess::NotRunning;
            line = QString::fromUtf8(m_pending.left(nl));
            m_pending.remove(0, nl + 1);
            return true;
        },
        timeoutMs);
    return line;
}

QString SamSimProcess::command(const QString &line)
{
    m_process.write(line.toUtf8() + '\n');
    return nextLine(10000);
}

int SamSimProcess::stat(const QString &name)
{
    const QString answer = command(QStringLiteral("stats"));
    for (const QString &word : answer.split(QLatin1Char(' ')))
        if (word.startsWith(name + QLatin1Char('=')))
            return word.mid(name.size() + 1).toInt();
    return -1;
}

} // namespace certdesk::test
