#pragma once

// A small tmpfs for disk-full tests (header-only: the county tests use it too). Mounting needs root, as the tests
// and CI run here; where it is refused the test fails with the reason (it must not pass without having filled a
// disk). fill() takes every free byte but `leave`; release() gives it all back.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStorageInfo>
#include <QTemporaryDir>

namespace certdesk::test {

class Tmpfs
{
public:
    bool mount(int megabytes, QString *why)
    {
        QProcess p;
        p.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=%1m,mode=0700").arg(megabytes), QStringLiteral("tmpfs"), m_dir.path()});
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            *why = QStringLiteral("cannot mount a tmpfs (root needed): ") +
                   QString::fromLocal8Bit(p.readAllStandardError()).trimmed() + p.errorString();
            return false;
        }
        m_mounted = true;
        return true;
    }
    ~Tmpfs()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
    }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    qint64 freeBytes() const { return QStorageInfo(m_dir.path()).bytesFree(); }

    // Writes a filler file until the disk is full, then gives back `leave` bytes.
    bool fill(qint64 leave = 0)
    {
        QFile f(filePath(QStringLiteral("filler")));
        if (!f.open(QIODevice::Append))
            return false;
        const QByteArray chunk(4096, '\x5a');
        while (f.write(chunk) == chunk.size() && f.flush()) {
        }
        f.close();
        return leave == 0 || f.resize(qMax<qint64>(0, f.size() - leave));
    }
    void release() { QFile::remove(filePath(QStringLiteral("filler"))); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

} // namespace certdesk::test
