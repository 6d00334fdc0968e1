#include "AppProcess.h"

#include "TestPaths.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace pcs::test {

AppRun runApp(const QTemporaryDir& home, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QString::fromUtf8(kAppBinary), arguments);
    REQUIRE(process.waitForFinished(timeoutMs));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

QString demoFirstCohort(const QTemporaryDir& home, const QString& database, int learners)
{
    const auto demo = runApp(home,
        {QStringLiteral("demo"), QStringLiteral("-d"), database, QStringLiteral("--learners"),
            QString::number(learners)});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    const auto list = runApp(home,
        {QStringLiteral("cohort"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("-d"),
            database});
    REQUIRE(list.exitCode == 0);
    const QString cohort = QJsonDocument::fromJson(list.out.toUtf8())
                               .array()
                               .first()
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
    REQUIRE_FALSE(cohort.isEmpty());
    return cohort;
}

} // namespace pcs::test
