#pragma once

#include "printdriver.h"

#include <QByteArray>
#include <QList>

namespace certdesk {

// A driver without dialogs: each document becomes a PDF kept in memory, and a batch goes to a file written
// atomically (QSaveFile: a cancelled or failed batch leaves no file). Used by the tests in place of the
// printer, and wherever a PDF is wanted instead of paper.
class PdfPrintDriver final : public PrintDriver
{
public:
    struct Document
    {
        QString title;
        QByteArray pdf;
        QByteArray previewPdf; // what the preview showed, when it differs from what was printed
    };

    Status print(QWidget *parent, const QString &title, const RenderFn &render) override;
    Status printWithPreview(QWidget *parent, const QString &title, const RenderFn &render,
                            const RenderFn &preview) override;
    std::unique_ptr<BatchTarget> openBatch(QWidget *parent, const QString &title) override;

    QList<Document> documents; // every document printed, oldest first
    QString batchPath;         // where a batch goes; empty: openBatch answers "cancelled"
};

} // namespace certdesk
