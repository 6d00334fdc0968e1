#include "ManifestParser.h"

#include "ObjectReader.h"
#include "SourceFile.h"

#include <QRegularExpression>

namespace pcs::curriculum {

namespace {

QDate parseDate(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace

bool ManifestParser::parse(
    FileContext& context, const QJsonObject& root, CurriculumPackage& package, PackageFiles& files)
{
    // An unknown format may have other fields and rules: say only that.
    const QJsonValue formatValue = root.value(u"format");
    if (formatValue.isDouble() && formatValue.toDouble() != kFormat) {
        context.report(QStringLiteral("format"),
            PackageLoader::tr("unsupported package format %1; this version of PCS Studio reads format %2")
                .arg(formatValue.toVariant().toString())
                .arg(kFormat));
        return false;
    }

    const ObjectReader manifest(context, root, {},
        {u"format", u"id", u"version", u"released", u"languages", u"title", u"description", u"files"});
    if (const auto format = manifest.integer(u"format"))
        package.format = *format;
    package.id = manifest.id();
    if (const auto version = manifest.positiveInteger(u"version"))
        package.version = *version;
    if (const auto released = manifest.string(u"released")) {
        package.released = parseDate(*released);
        if (!package.released.isValid())
            context.report(manifest.pathOf(u"released"),
                PackageLoader::tr("\"%1\" is not a valid date (YYYY-MM-DD)").arg(*released));
    }
    if (const auto languages = manifest.array(u"languages")) {
        const QJsonArray expected{QStringLiteral("en"), QStringLiteral("fr")};
        if (*languages != expected)
            context.report(manifest.pathOf(u"languages"),
                PackageLoader::tr("must be %1").arg(QStringLiteral("[\"en\", \"fr\"]")));
    }
    package.title = manifest.text(u"title");
    package.description = manifest.text(u"description");

    const auto filesValue = manifest.required(u"files");
    if (!filesValue)
        return true;
    const ObjectReader fileList(context, *filesValue, manifest.pathOf(u"files"),
        {u"programs", u"topics", u"tools", u"assessment", u"templates"});
    const auto path = [&](QStringView key, QString& target) {
        const auto value = fileList.string(key);
        if (!value)
            return;
        if (!SourceFile::isPackagePath(*value)) {
            context.report(fileList.pathOf(key),
                PackageLoader::tr("must be a path inside the package, relative to the manifest"));
            return;
        }
        target = *value;
    };
    path(u"programs", files.programs);
    path(u"topics", files.topics);
    path(u"tools", files.tools);
    path(u"assessment", files.assessment);
    path(u"templates", files.templates);
    return true;
}

} // namespace pcs::curriculum
