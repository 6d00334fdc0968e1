#include "pcs/storage/Migration.h"

namespace pcs::storage {

const std::vector<Migration>& schemaMigrations()
{
    static const std::vector<Migration> migrations = {
        {1, QStringLiteral("Installation metadata, migration history and the append-only audit log"),
            QStringLiteral(R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE migration_history (
    version     INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at  TEXT NOT NULL,
    app_version TEXT NOT NULL
);

CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_subject ON audit_log(subject);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
)sql")},
        {2, QStringLiteral("Imported curriculum versions, kept unchanged once imported"),
            QStringLiteral(R"sql(
CREATE TABLE curriculum_versions (
    id             INTEGER PRIMARY KEY,
    package_id     TEXT NOT NULL,
    version        INTEGER NOT NULL CHECK (version > 0),
    released       TEXT NOT NULL,
    imported_at    TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    content        TEXT NOT NULL,
    UNIQUE (package_id, version)
);

CREATE TABLE curriculum_programs (
    version_id      INTEGER NOT NULL REFERENCES curriculum_versions(id),
    program_id      TEXT NOT NULL,
    position        INTEGER NOT NULL,
    title_en        TEXT NOT NULL,
    title_fr        TEXT NOT NULL,
    contact_minutes INTEGER NOT NULL,
    PRIMARY KEY (version_id, program_id)
) WITHOUT ROWID;

CREATE TABLE curriculum_tools (
    version_id INTEGER NOT NULL REFERENCES curriculum_versions(id),
    tool_id    TEXT NOT NULL,
    number     INTEGER NOT NULL,
    title_en   TEXT NOT NULL,
    title_fr   TEXT NOT NULL,
    PRIMARY KEY (version_id, tool_id)
) WITHOUT ROWID;

CREATE TABLE curriculum_items (
    version_id INTEGER NOT NULL REFERENCES curriculum_versions(id),
    item_id    TEXT NOT NULL,
    program_id TEXT NOT NULL,
    topic_id   TEXT NOT NULL,
    position   INTEGER NOT NULL,
    text_en    TEXT NOT NULL,
    text_fr    TEXT NOT NULL,
    PRIMARY KEY (version_id, item_id)
) WITHOUT ROWID;
CREATE INDEX curriculum_items_program ON curriculum_items(version_id, program_id, position);

CREATE TRIGGER curriculum_versions_immutable BEFORE UPDATE ON curriculum_versions
BEGIN
    SELECT RAISE(ABORT, 'an imported curriculum version never changes');
END;
CREATE TRIGGER curriculum_versions_kept BEFORE DELETE ON curriculum_versions
BEGIN
    SELECT RAISE(ABORT, 'an imported curriculum version is kept');
END;
CREATE TRIGGER curriculum_items_immutable BEFORE UPDATE ON curriculum_items
BEGIN
    SELECT RAISE(ABORT, 'an imported curriculum version never changes');
END;
)sql")},
    };
    return migrations;
}

int latestSchemaVersion()
{
    return schemaMigrations().back().version;
}

} // namespace pcs::storage
