#include "ToolSearch.h"

#include <QStringList>

namespace pcs::gui {

QString ToolSearch::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x2019) || c == QChar(0x2018))
            folded.append(u'\'');
        else
            folded.append(c);
    }
    return folded.toCaseFolded();
}

bool ToolSearch::matches(const MicroCoachingTool& tool, const QString& language, const QString& query)
{
    const QStringList words = fold(query).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    QStringList parts{tool.title.in(language), tool.summary.in(language)};
    for (const LocalizedText& prompt : tool.prompts)
        parts << prompt.in(language);
    const QString haystack = fold(parts.join(u'\n'));
    for (const QString& word : words)
        if (!haystack.contains(word))
            return false;
    return true;
}

} // namespace pcs::gui
