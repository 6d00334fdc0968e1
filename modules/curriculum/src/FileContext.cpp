#include "FileContext.h"

namespace pcs::curriculum {

FileContext::FileContext(QString file, std::vector<Problem>& problems)
    : m_file(std::move(file))
    , m_problems(problems)
{ }

void FileContext::report(const QString& fieldPath, const QString& message)
{
    Problem problem;
    problem.file = m_file;
    problem.fieldPath = fieldPath;
    problem.message = message;
    m_problems.push_back(std::move(problem));
}

void FileContext::registerId(const QString& id, const QString& path)
{
    if (id.isEmpty())
        return;
    const auto found = m_ids.constFind(id);
    if (found != m_ids.constEnd()) {
        report(path, PackageLoader::tr("duplicate id \"%1\" (already used at %2)").arg(id, found.value()));
        return;
    }
    m_ids.insert(id, path);
}

} // namespace pcs::curriculum
