#include "CurriculumFormat.h"

#include <QLocale>

namespace pcs::gui {

QString CurriculumFormat::time(QTime time, const QString& language)
{
    const QLocale locale(language == QLatin1String("fr") ? QStringLiteral("fr_CA") : QStringLiteral("en_CA"));
    return locale.toString(time, QLocale::ShortFormat);
}

QString CurriculumFormat::timeRange(QTime start, QTime end, const QString& language)
{
    return tr("%1 – %2", "time range").arg(time(start, language), time(end, language));
}

QString CurriculumFormat::length(int minutes)
{
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString CurriculumFormat::contactHours(int minutes)
{
    const double hours = minutes / 60.0;
    return tr("%1 contact hours").arg(QLocale().toString(hours, 'g', 4));
}

QString CurriculumFormat::kind(WorkshopKind kind)
{
    switch (kind) {
    case WorkshopKind::Day:
        return tr("Day");
    case WorkshopKind::HalfDay:
        return tr("Half day");
    case WorkshopKind::Block:
        return tr("Block");
    }
    return {};
}

QString CurriculumFormat::toolLabel(const MicroCoachingTool& tool, const QString& language)
{
    return QStringLiteral("%1. %2").arg(tool.number).arg(tool.title.in(language));
}

} // namespace pcs::gui
