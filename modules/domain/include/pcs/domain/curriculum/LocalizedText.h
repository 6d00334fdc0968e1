#pragma once

#include <QString>

namespace pcs {

// A text every curriculum field carries in English and French.
struct LocalizedText {
    QString en;
    QString fr;

    // The text in `language` ("fr" gives French, anything else English); falls back to the other
    // language when that one is empty.
    QString in(const QString& language) const;
    bool complete() const { return !en.trimmed().isEmpty() && !fr.trimmed().isEmpty(); }

    friend bool operator==(const LocalizedText&, const LocalizedText&) = default;
};

} // namespace pcs
