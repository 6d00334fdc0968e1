#pragma once

#include "pcs/domain/curriculum/MicroCoachingTool.h"
#include "pcs/domain/curriculum/Program.h"

#include <QCoreApplication>
#include <QString>
#include <QTime>

namespace pcs::gui {

// How the curriculum workspace words times, lengths and names. Times follow the curriculum
// language (Canadian English or French); the words around them follow the interface language.
class CurriculumFormat
{
    Q_DECLARE_TR_FUNCTIONS(pcs::gui::CurriculumFormat)

public:
    static QString time(QTime time, const QString& language);
    static QString timeRange(QTime start, QTime end, const QString& language);
    // "45 min", "1 h", "3 h 30 min".
    static QString length(int minutes);
    // "18 contact hours", "7.5 contact hours".
    static QString contactHours(int minutes);
    static QString kind(WorkshopKind kind);
    // "1. Understanding Behaviour"
    static QString toolLabel(const MicroCoachingTool& tool, const QString& language);
};

} // namespace pcs::gui
