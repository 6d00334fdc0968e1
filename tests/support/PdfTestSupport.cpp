#include "PdfTestSupport.h"

#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>

namespace pcs::test {

QString pageText(QPdfDocument& document, int page)
{
    return document.getAllText(page).text();
}

QString allText(QPdfDocument& document)
{
    QString text;
    for (int page = 0; page < document.pageCount(); ++page)
        text += pageText(document, page) + u'\n';
    return text;
}

QString fileText(const QString& path)
{
    QPdfDocument document;
    return document.load(path) == QPdfDocument::Error::None ? allText(document) : QString();
}

bool holds(const QString& text, const QString& expected)
{
    return text.simplified().contains(expected.simplified());
}

QString lineStartingWith(const QString& text, const QString& start)
{
    for (const QString& line : text.split(QRegularExpression(QStringLiteral("[\r\n]+")), Qt::SkipEmptyParts))
        if (line.startsWith(start))
            return line.simplified();
    return {};
}

QString qpdfCheck(const QString& path, int* exitCode)
{
    QProcess qpdf;
    qpdf.setProcessChannelMode(QProcess::MergedChannels);
    qpdf.start(QStringLiteral("/usr/bin/qpdf"), {QStringLiteral("--check"), path});
    if (!qpdf.waitForFinished(60000))
        return QStringLiteral("qpdf did not finish");
    *exitCode = qpdf.exitStatus() == QProcess::NormalExit ? qpdf.exitCode() : -1;
    return QString::fromUtf8(qpdf.readAll());
}

} // namespace pcs::test
