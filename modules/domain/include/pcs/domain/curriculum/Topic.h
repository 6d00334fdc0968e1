#pragma once

#include "pcs/domain/curriculum/LocalizedText.h"

#include <QStringList>

namespace pcs {

// A competency: what a self-assessment item rates and an agenda block covers.
struct Topic {
    QString id;
    LocalizedText title;
    LocalizedText description;
    QStringList tools; // the MicroCoaching tools that serve it
    friend bool operator==(const Topic&, const Topic&) = default;
};

} // namespace pcs
