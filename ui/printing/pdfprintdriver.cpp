#include "pdfprintdriver.h"

#include "core/hardening.h"
#include "printing.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>

namespace certdesk {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PrintDriver)
};

} // namespace

namespace {

class PdfFileTarget final : public BatchTarget
{
public:
    PdfFileTarget(const QString &path, const QString &title) : m_file(path)
    {
        if (openPrivate(m_file)) // a PDF of forms holds names, ID numbers and addresses
            m_writer = printing::makePdfWriter(&m_file, title);
    }

    bool isOpen() const { return m_writer != nullptr; }
    QString errorString() const { return m_file.errorString(); }

    QPagedPaintDevice &device() override { return *m_writer; }
    Status commit() override
    {
        m_writer.reset(); // flushes nothing more: the painter has ended; the writer must not outlive the file
        if (!m_file.commit())
            return Error::io(ErrorCode::WriteFailed,
                             Tr::tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        return {};
    }
    void discard() override
    {
        m_writer.reset();
        m_file.cancelWriting(); // the temporary file goes; the target name was never created
    }
    QString destination() const override { return m_file.fileName(); }

private:
    QSaveFile m_file;
    std::unique_ptr<QPdfWriter> m_writer;
};

Result<QByteArray> renderToPdf(const QString &title, const RenderFn &render)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        auto writer = printing::makePdfWriter(&buffer, title);
        if (Status s = render(*writer); !s)
            return s.error();
    }
    return buffer.data();
}

} // namespace

Status PdfPrintDriver::print(QWidget *, const QString &title, const RenderFn &render)
{
    auto pdf = renderToPdf(title, render);
    if (!pdf)
        return pdf.error();
    documents.append({title, pdf.value(), QByteArray()});
    return {};
}

Status PdfPrintDriver::printWithPreview(QWidget *, const QString &title, const RenderFn &render,
                                        const RenderFn &preview)
{
    auto shown = renderToPdf(title, preview);
    if (!shown)
        return shown.error();
    auto pdf = renderToPdf(title, render);
    if (!pdf)
        return pdf.error();
    documents.append({title, pdf.value(), shown.value()});
    return {};
}

std::unique_ptr<BatchTarget> PdfPrintDriver::openBatch(QWidget *, const QString &title)
{
    if (batchPath.isEmpty())
        return nullptr;
    auto target = std::make_unique<PdfFileTarget>(batchPath, title);
    if (!target->isOpen())
        return nullptr;
    return target;
}

} // namespace certdesk
