#pragma once

// Printing tests of the program: the main window with a PdfPrintDriver in place of the print preview.

#include "domain/certification.h"
#include "fixture.h"
#include "printing/pdfprintdriver.h"
#include "uiharness.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QPushButton;

namespace certdesk {
class TodayPage;
}

namespace certdesk::test {

// The text of a PDF (pdftotext), without blanks: wide headings and table cells come out spaced and wrapped.
QString pdfText(const QByteArray &pdf);
QString pdfFileText(const QString &path);
// A 120×120 PNG: a red ring on a transparent background, or on opaque white.
QByteArray ringPng(bool transparent);

// The main window over a center with `certified` forms certified on the fixture's day by the clerk
// (李经办), signed in as `user`, printing into a PdfPrintDriver. Users: clerk, admin2 (admin).
struct PrintDesk
{
    static constexpr const char *kClerk = "clerk";

    explicit PrintDesk(int certified, const QString &user = QString::fromLatin1(kClerk));

    // A key to the focus widget, far from the previous one (never a scanner burst).
    void press(int key, Qt::KeyboardModifiers mods = Qt::NoModifier);
    // Human typing into the line edit `name`, then Enter.
    void typeInto(const char *name, const QString &text);
    QString counterMessage() const;
    QPushButton *button(const char *name) const;
    TodayPage *today() const;
    void openToday(); // F3

    TestCenter center;
    QList<Form> forms;
    QList<CertificationRecord> records;
    PdfPrintDriver driver;
    std::unique_ptr<UiHarness> ui;
    bool signedIn = false;
};

} // namespace certdesk::test
