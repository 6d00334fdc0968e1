#pragma once

#include "pcs/domain/curriculum/CurriculumPackage.h"

#include <QCoreApplication>
#include <QString>
#include <QTime>
#include <QUrl>

namespace pcs::gui {

// The details pane of the Programs view, as HTML for a QTextBrowser. Every curriculum text is
// escaped; tools are links ("tool:<id>") that open the tool in the tool library.
class CurriculumHtml
{
    Q_DECLARE_TR_FUNCTIONS(pcs::gui::CurriculumHtml)

public:
    static QString program(const Program& program, const CurriculumPackage& package, const QString& language);
    static QString workshop(
        const Workshop& workshop, const CurriculumPackage& package, const QString& language);
    static QString block(
        const AgendaBlock& block, QTime start, const CurriculumPackage& package, const QString& language);

    static QUrl toolUrl(const QString& toolId);
    // The tool id of a "tool:" link; empty for any other link.
    static QString toolId(const QUrl& url);
};

} // namespace pcs::gui
