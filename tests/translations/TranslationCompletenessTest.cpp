// translations/pcs-studio_fr.ts must be complete: lupdate run over today's sources into a copy of
// it finds no string without a French translation, and every translation keeps the placeholders
// (%1, %2, ...) and keyboard accelerators of its source.

#include "TestPaths.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
    QString type; // "", "unfinished", "vanished", "obsolete"
};

QList<Message> readTs(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name") && current.source.isNull())
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                current = Message{context, QString(), QString(), QString()};
            else if (xml.name() == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
            current = Message{};
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (const auto& match : pattern.globalMatch(text))
        found.insert(match.captured(0));
    return found;
}

bool hasAccelerator(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("&[^&\\s]"));
    return pattern.match(text).hasMatch();
}

} // namespace

TEST_CASE("The French translation covers every string of the sources")
{
    const QString sourceDir = QString::fromUtf8(pcs::test::kSourceDir);
    const QString committed = sourceDir + QStringLiteral("/translations/pcs-studio_fr.ts");
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("pcs-studio_fr.ts"));
    REQUIRE(QFile::copy(committed, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // The same include paths as the build's update_translations target, so that lupdate resolves
    // every tr() context the same way.
    QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
        QStringLiteral("none"), QStringLiteral("-extensions"), QStringLiteral("cpp,h")};
    arguments << QStringLiteral("-I") + sourceDir + QStringLiteral("/app");
    for (const QString& module :
        QDir(sourceDir + QStringLiteral("/modules")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        arguments << QStringLiteral("-I") + sourceDir + QStringLiteral("/modules/") + module
                + QStringLiteral("/include");
        arguments << QStringLiteral("-I") + sourceDir + QStringLiteral("/modules/") + module
                + QStringLiteral("/src");
    }
    arguments << sourceDir + QStringLiteral("/app") << sourceDir + QStringLiteral("/modules")
              << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QString::fromUtf8(pcs::test::kLupdate), arguments);
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(QString::fromUtf8(lupdate.readAll()).toStdString());
    REQUIRE(lupdate.exitCode() == 0);

    const QList<Message> messages = readTs(copy);
    REQUIRE(messages.size() >= 50);
    QStringList problems;
    for (const Message& message : messages) {
        const QString where = message.context + QStringLiteral(": \"") + message.source + u'"';
        if (!message.type.isEmpty())
            problems << message.type + QStringLiteral(" — ") + where;
        else if (message.translation.trimmed().isEmpty())
            problems << QStringLiteral("empty — ") + where;
        else if (placeholders(message.source) != placeholders(message.translation))
            problems << QStringLiteral("placeholders differ — ") + where;
        else if (hasAccelerator(message.source) != hasAccelerator(message.translation))
            problems << QStringLiteral("accelerator missing — ") + where;
    }
    INFO("Run the update_translations target, then translate:\n" << problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("The translation check notices an unfinished entry")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("probe.ts"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="fr_CA"><context><name>Probe</name>
<message><source>Open %1</source><translation type="unfinished"></translation></message>
<message><source>Close %1</source><translation>Fermer %2</translation></message>
</context></TS>)");
    file.close();
    const QList<Message> messages = readTs(path);
    REQUIRE(messages.size() == 2);
    CHECK(messages[0].type == QStringLiteral("unfinished"));
    CHECK(placeholders(messages[1].source) != placeholders(messages[1].translation));
    CHECK(messages[1].context == QStringLiteral("Probe"));
}
