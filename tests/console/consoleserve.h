#pragma once

// The console tests' county: a real `certdesk-county serve` process (shared by tst_console and tst_console_signin).

#include <QProcess>
#include <QRegularExpression>
#include <QString>

#include <memory>

namespace certdesk::countytest {

// `certdesk-county serve` as a child process; the port from its ready line.
struct Serve
{
    std::unique_ptr<QProcess> process;
    QString url;

    bool start(const QString &dir)
    {
        process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->start(QStringLiteral(CERTDESK_COUNTY_BIN),
                       {QStringLiteral("--data"), dir, QStringLiteral("serve"), QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:0")});
        QByteArray out;
        while (!out.contains('\n') && process->waitForReadyRead(30000))
            out += process->readAllStandardOutput();
        const auto m =
            QRegularExpression(QStringLiteral("listening on 127.0.0.1:(\\d+)")).match(QString::fromUtf8(out));
        if (!m.hasMatch())
            return false;
        url = QStringLiteral("https://127.0.0.1:") + m.captured(1);
        return true;
    }
    void stop()
    {
        if (process) {
            process->terminate();
            process->waitForFinished(10000);
        }
    }
    ~Serve() { stop(); }
};

} // namespace certdesk::countytest
