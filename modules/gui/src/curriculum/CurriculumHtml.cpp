#include "CurriculumHtml.h"

#include "CurriculumFormat.h"

namespace pcs::gui {
namespace {

const QString kToolScheme = QStringLiteral("tool");

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Paragraphs of a curriculum text (blank lines separate them).
QString paragraphs(const QString& text)
{
    QString html;
    for (const QString& paragraph : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(paragraph.trimmed()).replace(u'\n', QStringLiteral("<br>")));
    return html;
}

QString row(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\" style=\"padding-right:12px\">%1</th>"
                          "<td valign=\"top\">%2</td></tr>")
        .arg(esc(label), valueHtml);
}

QString heading(const QString& title, const QString& subtitle = {})
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(title));
    if (!subtitle.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(subtitle));
    return html;
}

QString toolLinks(const QStringList& toolIds, const CurriculumPackage& package, const QString& language)
{
    QStringList links;
    for (const QString& id : toolIds) {
        if (const MicroCoachingTool* tool = package.tool(id))
            links << QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(esc(CurriculumHtml::toolUrl(id).toString()),
                             esc(CurriculumFormat::toolLabel(*tool, language)));
        else
            links << esc(id);
    }
    return links.join(QStringLiteral("<br>"));
}

QString topicTitles(const QStringList& topicIds, const CurriculumPackage& package, const QString& language)
{
    QStringList titles;
    for (const QString& id : topicIds) {
        const Topic* topic = package.topic(id);
        titles << esc(topic ? topic->title.in(language) : id);
    }
    return titles.join(QStringLiteral("<br>"));
}

// A list of topics with their descriptions.
QString topicList(const QStringList& topicIds, const CurriculumPackage& package, const QString& language)
{
    QString html = QStringLiteral("<ul>");
    for (const QString& id : topicIds) {
        if (const Topic* topic = package.topic(id))
            html += QStringLiteral("<li><b>%1</b> — %2</li>")
                        .arg(esc(topic->title.in(language)), esc(topic->description.in(language)));
        else
            html += QStringLiteral("<li>%1</li>").arg(esc(id));
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

QUrl CurriculumHtml::toolUrl(const QString& toolId)
{
    QUrl url;
    url.setScheme(kToolScheme);
    url.setPath(toolId);
    return url;
}

QString CurriculumHtml::toolId(const QUrl& url)
{
    return url.scheme() == kToolScheme ? url.path() : QString();
}

QString CurriculumHtml::program(
    const Program& program, const CurriculumPackage& package, const QString& language)
{
    QString html = heading(program.title.in(language), program.tagline.in(language));
    html += QStringLiteral("<table cellspacing=\"4\">");
    html += row(tr("Audience"), esc(program.audience.in(language)));
    html += row(tr("Delivery method"), esc(program.deliveryMethod.in(language)));
    html += row(tr("Duration"), esc(program.durationLabel.in(language)));
    html += row(tr("Planned contact time"), esc(CurriculumFormat::contactHours(program.contactMinutes())));
    if (program.coFacilitation)
        html += row(tr("Co-facilitation"), esc(tr("Learners co-facilitate parts of this program.")));
    html += QStringLiteral("</table>");

    html
        += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Overview"))) + paragraphs(program.overview.in(language));
    html += QStringLiteral("<h3>%1</h3><ol>").arg(esc(tr("Learning objectives")));
    for (const LearningObjective& objective : program.objectives)
        html += QStringLiteral("<li>%1</li>").arg(esc(objective.text.in(language)));
    html += QStringLiteral("</ol>");
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Topics")))
        + topicList(program.topics, package, language);

    html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Workshops")));
    for (const Workshop& workshop : program.workshops)
        html += QStringLiteral("<li>%1 — %2, %3</li>")
                    .arg(esc(workshop.title.in(language)), esc(CurriculumFormat::kind(workshop.kind)),
                        esc(CurriculumFormat::length(workshop.totalMinutes())));
    return html + QStringLiteral("</ul>");
}

QString CurriculumHtml::workshop(
    const Workshop& workshop, const CurriculumPackage& package, const QString& language)
{
    const QTime start = workshop.defaultStart;
    const QTime end = start.addSecs(workshop.totalMinutes() * 60);
    QString html = heading(workshop.title.in(language));
    html += QStringLiteral("<table cellspacing=\"4\">");
    html += row(tr("Kind"), esc(CurriculumFormat::kind(workshop.kind)));
    html += row(tr("Default time"), esc(CurriculumFormat::timeRange(start, end, language)));
    html += row(tr("Length"), esc(CurriculumFormat::length(workshop.totalMinutes())));
    html += row(tr("Contact time"), esc(CurriculumFormat::length(workshop.contactMinutes())));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Agenda")));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>");
    for (const QString& column : {tr("Start"), tr("Block"), tr("Length"), tr("Topics"), tr("Tools")})
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(column));
    html += QStringLiteral("</tr>");
    const std::vector<QTime> starts = workshop.blockStarts(start);
    for (std::size_t i = 0; i < workshop.blocks.size(); ++i) {
        const AgendaBlock& block = workshop.blocks[i];
        QString title = esc(block.title.in(language));
        if (block.isBreak)
            title = QStringLiteral("<i>%1 (%2)</i>").arg(title, esc(tr("break")));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(esc(CurriculumFormat::time(starts[i], language)), title,
                        esc(CurriculumFormat::length(block.minutes)),
                        topicTitles(block.topics, package, language),
                        toolLinks(block.tools, package, language));
    }
    return html + QStringLiteral("</table>");
}

QString CurriculumHtml::block(
    const AgendaBlock& block, QTime start, const CurriculumPackage& package, const QString& language)
{
    QString html = heading(block.title.in(language));
    html += QStringLiteral("<table cellspacing=\"4\">");
    html += row(tr("Planned start"), esc(CurriculumFormat::time(start, language)));
    html += row(tr("Length"), esc(CurriculumFormat::length(block.minutes)));
    if (block.isBreak)
        html += row(tr("Break"), esc(tr("Counts in the day’s length, not in contact time.")));
    html += QStringLiteral("</table>");
    if (!block.notes.in(language).trimmed().isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Facilitator notes")))
            + paragraphs(block.notes.in(language));
    if (!block.topics.isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Topics")))
            + topicList(block.topics, package, language);
    if (!block.tools.isEmpty())
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(esc(tr("MicroCoaching tools")), toolLinks(block.tools, package, language));
    return html;
}

} // namespace pcs::gui
