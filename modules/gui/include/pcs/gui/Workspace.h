#pragma once

#include <QString>

#include <array>

namespace pcs::gui {

// The workspaces of the sidebar, in their order.
enum class Workspace { Curriculum, Cohorts, SelfAssessment, Reports, Settings };

inline constexpr std::array<Workspace, 5> kWorkspaces = {Workspace::Curriculum, Workspace::Cohorts,
    Workspace::SelfAssessment, Workspace::Reports, Workspace::Settings};

QString workspaceTitle(Workspace workspace);
QString workspaceDescription(Workspace workspace);
// Stable, untranslated name used for object names and tests, e.g. "curriculum".
QString workspaceKey(Workspace workspace);

} // namespace pcs::gui
