#include "printdesk.h"

#include "services/certification.h"
#include "today/todaypage.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace certdesk::test {

QString pdfText(const QByteArray &pdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.pdf"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
        return QString();
    f.close();
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return QString();
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    return QString::fromUtf8(p.readAllStandardOutput()).remove(blanks);
}

QString pdfFileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? pdfText(f.readAll()) : QString();
}

QByteArray ringPng(bool transparent)
{
    QImage image(120, 120, transparent ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    image.fill(transparent ? Qt::transparent : Qt::white);
    QPainter p(&image);
    p.setPen(QPen(Qt::red, 6));
    p.drawEllipse(10, 10, 100, 100);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

PrintDesk::PrintDesk(int certified, const QString &user)
{
    const QString clerk = QString::fromLatin1(kClerk);
    center.addUser(clerk, Role::Clerk, QStringLiteral("李经办"));
    center.addUser(QStringLiteral("admin2"), Role::Admin, QStringLiteral("管理员"));
    forms = center.seedForms(qMax(certified + 2, 4));
    if (certified > 0) {
        auto session = center.open(clerk);
        for (int i = 0; i < certified; ++i) {
            CertifyRequest r{forms[i].formNo, forms[i].checkCode, forms[i].person.idNo};
            auto record = CertificationService(*session).certify(r);
            if (!record)
                qFatal("certify failed: %s", qPrintable(record.error().message));
            records << record.value();
        }
    }
    ui = std::make_unique<UiHarness>(center);
    ui->context.printDriver = &driver;
    signedIn = ui->signIn(user);
}

void PrintDesk::press(int key, Qt::KeyboardModifiers mods)
{
    ui->nowMs += 400;
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : ui->window.get();
    QTest::keyClick(target, Qt::Key(key), mods);
}

void PrintDesk::typeInto(const char *name, const QString &text)
{
    auto *edit = ui->find<QLineEdit>(name);
    edit->clear();
    edit->setFocus();
    ui->typeSlowly(text);
    press(Qt::Key_Return);
}

QString PrintDesk::counterMessage() const
{
    return ui->find<QLabel>("counterMessage")->text();
}

QPushButton *PrintDesk::button(const char *name) const
{
    return ui->find<QPushButton>(name);
}

TodayPage *PrintDesk::today() const
{
    return ui->find<TodayPage>("todayPage");
}

void PrintDesk::openToday()
{
    press(Qt::Key_F3);
    QTRY_VERIFY(today()->isVisible());
}

} // namespace certdesk::test
