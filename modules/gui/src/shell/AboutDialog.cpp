#include "AboutDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "pcs/storage/Database.h"

namespace pcs::gui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("about-dialog"));
    setWindowTitle(tr("About PCS Studio"));
    setAccessibleName(tr("About PCS Studio"));
    resize(560, 440);

    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("About sections"));
    tabs->tabBar()->setAccessibleName(tr("About sections"));

    auto* about = new QTextBrowser(tabs);
    about->setObjectName(QStringLiteral("about-text"));
    about->setAccessibleName(tr("About PCS Studio"));
    about->setOpenExternalLinks(false);
    about->setHtml(aboutText());
    tabs->addTab(about, tr("&About"));

    auto* licences = new QTextBrowser(tabs);
    licences->setObjectName(QStringLiteral("licences-text"));
    licences->setAccessibleName(tr("Licences"));
    licences->setHtml(licencesText());
    tabs->addTab(licences, tr("&Licences"));
    layout->addWidget(tabs);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString AboutDialog::aboutText()
{
    return QStringLiteral("<h2>PCS Studio %1</h2><p>%2</p><p>%3</p><p>%4</p>")
        .arg(QStringLiteral(PCS_VERSION),
            tr("Runs the Person-Centric Strategies professional development series end to end: "
               "curriculum, cohorts, self-assessments, SAW plans and reports, on one computer, "
               "without a network."),
            tr("Built with Qt %1 and SQLite %2.")
                .arg(QString::fromLatin1(qVersion()), storage::Database::sqliteVersion()),
            tr("Copyright © 2026 the PCS Studio developers. PCS Studio is free software under the "
               "GNU General Public License, version 3 or later."));
}

QString AboutDialog::licencesText()
{
    return QStringLiteral("<p><b>PCS Studio</b>: GNU GPL 3.0 or later.</p>"
                          "<p><b>Qt</b> (Core, GUI, Widgets, PDF, SVG, Charts): GNU LGPL 3.0 and GPL 3.0; "
                          "Qt Charts under GPL 3.0.</p>"
                          "<p><b>SQLite</b>: public domain.</p>"
                          "<p><b>SQLiteC++</b>: MIT licence.</p>"
                          "<p><b>spdlog</b> and <b>{fmt}</b>: MIT licence.</p>"
                          "<p><b>Catch2</b> (tests only): Boost Software Licence 1.0.</p>")
        + u"<p>" + tr("The full licence texts are in the LICENSE file shipped with PCS Studio.") + u"</p>";
}

} // namespace pcs::gui
