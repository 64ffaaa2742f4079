// The UI is Chinese first: every string lupdate finds in the sources must have a finished zh_CN
// translation in the committed .ts file, the embedded catalogue must answer every one of them at run time, and
// the sources use one translation idiom, the one lupdate and the program agree on (tst_ui_zhcn and
// tst_messages_zhcn check the screens and messages themselves).
#include "translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
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
    QString translation;
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
            current.translation = text;
            out.append(current);
        }
    }
    return out;
}

// The product sources, for the idiom checks.
QStringList productSources(const QString &root)
{
    QStringList files;
    for (const char *sub : {"models", "ui", "printing", "app", "county", "tools"}) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(sub), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    return files;
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
        // The same include paths as the update_translations target: lupdate finds a class's context through its
        // header (tst_translations would otherwise see other contexts than the committed file).
        for (const char *inc : {"models", "ui", "printing", "county/lib", "app"})
            args << QStringLiteral("-I") << root + QLatin1Char('/') + QLatin1String(inc);
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
            // A file-local `struct Tr` that lupdate could not resolve (a Tr::tr inside a class's member function):
            // the program would look the string up under the struct's declared context, lupdate filed it here.
            QVERIFY2(m.context != QLatin1String("Tr"),
                     qPrintable(QStringLiteral("lupdate cannot resolve Tr::tr for \"%1\": declare the context in the "
                                               "class (Q_DECLARE_TR_FUNCTIONS) and use tr()")
                                    .arg(m.source)));
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

    // Every finished entry of the committed file is answered by the embedded catalogue at run time, under the
    // context lupdate filed it (the context the program must use).
    void everyTranslationIsAnsweredAtRunTime()
    {
        QCOMPARE(certdesk::installTranslations(QLocale(QLocale::Chinese, QLocale::China)), QStringLiteral("zh_CN"));
        const QList<Message> committed =
            readTs(QStringLiteral(CERTDESK_SOURCE_DIR) + QStringLiteral("/translations/certdesk_zh_CN.ts"));
        QVERIFY(committed.size() > 50);
        QStringList notAnswered;
        for (const Message &m : committed) {
            if (m.numerus || !m.finished)
                continue;
            const QString got =
                QCoreApplication::translate(m.context.toUtf8().constData(), m.source.toUtf8().constData());
            if (got != m.translation)
                notAnswered << m.context + QStringLiteral(": ") + m.source + QStringLiteral(" -> ") + got;
        }
        QVERIFY2(notAnswered.isEmpty(), qPrintable(QStringLiteral("not translated at run time:\n  ") +
                                                   notAnswered.mid(0, 20).join(QStringLiteral("\n  "))));
    }

    // One idiom: tr() of a class (Q_OBJECT or Q_DECLARE_TR_FUNCTIONS), or in free functions the
    // file-local `struct Tr { Q_DECLARE_TR_FUNCTIONS(Context) };`. No hand-made tr helpers, no
    // QCoreApplication::translate with a context typed by hand: those are how runtime and lupdate came apart.
    void oneTranslationIdiom()
    {
        static const QRegularExpression handMade(QStringLiteral("QString\\s+tr\\s*\\(\\s*const\\s+char"));
        QStringList offences;
        const QString root = QStringLiteral(CERTDESK_SOURCE_DIR);
        const QStringList files = productSources(root);
        QVERIFY(files.size() > 100);
        for (const QString &path : files) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            const QString name = path.mid(root.size() + 1);
            if (text.contains(QLatin1String("QCoreApplication::translate(")))
                offences << name + QStringLiteral(": QCoreApplication::translate");
            if (text.contains(handMade))
                offences << name + QStringLiteral(": a hand-made tr() helper");
        }
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
