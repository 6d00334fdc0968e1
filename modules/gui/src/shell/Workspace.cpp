#include "pcs/gui/Workspace.h"

#include <QCoreApplication>

namespace pcs::gui {

QString workspaceTitle(Workspace workspace)
{
    switch (workspace) {
    case Workspace::Curriculum:
        return QCoreApplication::translate("pcs::gui::Workspace", "Curriculum");
    case Workspace::Cohorts:
        return QCoreApplication::translate("pcs::gui::Workspace", "Cohorts");
    case Workspace::SelfAssessment:
        return QCoreApplication::translate("pcs::gui::Workspace", "Self-assessment");
    case Workspace::Reports:
        return QCoreApplication::translate("pcs::gui::Workspace", "Reports");
    case Workspace::Settings:
        return QCoreApplication::translate("pcs::gui::Workspace", "Settings");
    }
    return {};
}

QString workspaceDescription(Workspace workspace)
{
    switch (workspace) {
    case Workspace::Curriculum:
        return QCoreApplication::translate("pcs::gui::Workspace",
            "Programs, workshops and topics of the PCS series, and the 13 MicroCoaching job aids.");
    case Workspace::Cohorts:
        return QCoreApplication::translate("pcs::gui::Workspace",
            "Deliveries of a program: facilitators, roster, sessions, attendance and contact hours.");
    case Workspace::SelfAssessment:
        return QCoreApplication::translate("pcs::gui::Workspace",
            "Pre- and post-learning self-assessments on a shared laptop, and SAW plans.");
    case Workspace::Reports:
        return QCoreApplication::translate(
            "pcs::gui::Workspace", "Learner and cohort progress, certificates and sign-in sheets as PDF.");
    case Workspace::Settings:
        return QCoreApplication::translate(
            "pcs::gui::Workspace", "Language, database, backups and the log of this installation.");
    }
    return {};
}

QString workspaceKey(Workspace workspace)
{
    switch (workspace) {
    case Workspace::Curriculum:
        return QStringLiteral("curriculum");
    case Workspace::Cohorts:
        return QStringLiteral("cohorts");
    case Workspace::SelfAssessment:
        return QStringLiteral("self-assessment");
    case Workspace::Reports:
        return QStringLiteral("reports");
    case Workspace::Settings:
        return QStringLiteral("settings");
    }
    return {};
}

} // namespace pcs::gui
