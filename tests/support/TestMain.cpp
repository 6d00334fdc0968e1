// Catch2 main for every PCS Studio test binary. A QApplication exists before any test runs, on the
// offscreen platform unless QT_QPA_PLATFORM says otherwise (CTest's test discovery runs this binary
// at build time, where nothing else sets it).

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings, logs and default databases go to ~/.qttest, never to a real installation.
    QStandardPaths::setTestModeEnabled(true);
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pcs-studio-tests"));
    return Catch::Session().run(argc, argv);
}
