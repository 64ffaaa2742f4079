// The UI is Chinese first: every string lupdate finds in the sources must have a finished zh_CN
// translation in the committed .ts file, and the embedded catalogue must load.
#include "translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool finished = false;
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QFile f(path);
    QList<Message> out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current =
                Message{context, {}, false, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            current.finished = type.isEmpty() && !text.trimmed().isEmpty();
            out.append(current);
        }
    }
    return out;
}

QString key(const Message &m)
{
    return m.context + QLatin1Char('\x1f') + m.source;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySourceStringIsTranslated()
    {
        const QString root = QStringLiteral(CERTDESK_SOURCE_DIR);
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_zh_CN.ts"));
        QStringList args;
        for (const char *sub : {"models", "ui", "printing", "app", "county"})
            if (QDir(root + QLatin1Char('/') + QLatin1String(sub)).exists())
                args << root + QLatin1Char('/') + QLatin1String(sub);
        args << QStringLiteral("-locations") << QStringLiteral("none") << QStringLiteral("-ts") << fresh;
        QProcess lupdate;
        lupdate.start(QStringLiteral(CERTDESK_LUPDATE), args);
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const QList<Message> found = readTs(fresh);
        QVERIFY2(found.size() > 50, "lupdate found suspiciously few strings");

        const QList<Message> committed = readTs(root + QStringLiteral("/translations/certdesk_zh_CN.ts"));
        QHash<QString, Message> byKey;
        for (const Message &m : committed)
            byKey.insert(key(m), m);
        QStringList missing;
        QStringList unfinished;
        for (const Message &m : found) {
            auto it = byKey.constFind(key(m));
            if (it == byKey.constEnd())
                missing << m.context + QStringLiteral(": ") + m.source;
            else if (!it->finished)
                unfinished << m.context + QStringLiteral(": ") + m.source;
        }
        if (!missing.isEmpty() || !unfinished.isEmpty())
            qWarning().noquote() << "missing:" << missing.size() << "\n  "
                                 << missing.mid(0, 20).join(QStringLiteral("\n  "))
                                 << "\nunfinished:" << unfinished.size() << "\n  "
                                 << unfinished.mid(0, 20).join(QStringLiteral("\n  "));
        QVERIFY2(missing.isEmpty(),
                 "strings missing from translations/certdesk_zh_CN.ts (run the update_translations target)");
        QVERIFY2(unfinished.isEmpty(), "unfinished zh_CN translations");
    }

    void embeddedCatalogueLoads()
    {
        QCOMPARE(certdesk::installTranslations(QLocale(QLocale::Chinese, QLocale::China)), QStringLiteral("zh_CN"));
        QCOMPARE(QCoreApplication::translate("ReportService", "The date range must be two dates, the second not "
                                                              "before the first.")
                     .isEmpty(),
                 false);
        QVERIFY(QCoreApplication::translate("CertificationService", "An override needs a reason.") !=
                QStringLiteral("An override needs a reason."));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
