#pragma once

#include <QDateTime>
#include <QString>

namespace pcs::exchange {

// One session as a calendar program shows it. `start` and `end` are either wall-clock times in
// America/Toronto (Qt::LocalTime: the session's date and times as planned) or any QDateTime with a
// time zone, UTC or an offset, which is converted to America/Toronto.
struct CalendarEvent {
    QString uid; // stable across exports, so that calendar programs update rather than duplicate
    QDateTime start;
    QDateTime end;
    QString summary;
    QString location;
    QString description;
};

} // namespace pcs::exchange
