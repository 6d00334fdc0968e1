#include "pcs/storage/Migration.h"

#include "AuditChain.h"

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
        {3, QStringLiteral("Organizations, people, cohorts, sessions, rosters and attendance"),
            QStringLiteral(R"sql(
CREATE TABLE organizations (
    id   TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'other'
) WITHOUT ROWID;
CREATE UNIQUE INDEX organizations_name ON organizations(name COLLATE NOCASE);

CREATE TABLE people (
    id                 TEXT PRIMARY KEY NOT NULL,
    first_name         TEXT NOT NULL,
    last_name          TEXT NOT NULL,
    email              TEXT NOT NULL DEFAULT '',
    organization_id    TEXT REFERENCES organizations(id),
    role               TEXT NOT NULL DEFAULT '',
    preferred_language TEXT NOT NULL DEFAULT 'en' CHECK (preferred_language IN ('en', 'fr')),
    search_key         TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    CHECK (first_name <> '' OR last_name <> '')
) WITHOUT ROWID;
CREATE INDEX people_name ON people(last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX people_organization ON people(organization_id);

CREATE TABLE cohorts (
    id                    TEXT PRIMARY KEY NOT NULL,
    program_id            TEXT NOT NULL,
    curriculum_version_id INTEGER NOT NULL REFERENCES curriculum_versions(id),
    title                 TEXT NOT NULL,
    location              TEXT NOT NULL DEFAULT '',
    start_date            TEXT NOT NULL,
    status                TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'running', 'completed')),
    completion_percent    INTEGER NOT NULL DEFAULT 80 CHECK (completion_percent BETWEEN 1 AND 100),
    created_at            TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX cohorts_start ON cohorts(start_date);

CREATE TABLE cohort_facilitators (
    cohort_id TEXT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id),
    position  INTEGER NOT NULL,
    PRIMARY KEY (cohort_id, person_id)
) WITHOUT ROWID;

CREATE TABLE cohort_learners (
    cohort_id TEXT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id),
    added_at  TEXT NOT NULL,
    PRIMARY KEY (cohort_id, person_id)
) WITHOUT ROWID;
CREATE INDEX cohort_learners_person ON cohort_learners(person_id);

CREATE TABLE cohort_sessions (
    id              TEXT PRIMARY KEY NOT NULL,
    cohort_id       TEXT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    workshop_id     TEXT NOT NULL,
    position        INTEGER NOT NULL,
    date            TEXT NOT NULL,
    start_time      TEXT NOT NULL,
    end_time        TEXT NOT NULL,
    place           TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    contact_minutes INTEGER NOT NULL CHECK (contact_minutes >= 0)
) WITHOUT ROWID;
CREATE INDEX cohort_sessions_cohort ON cohort_sessions(cohort_id, position);

CREATE TABLE attendance (
    session_id     TEXT NOT NULL REFERENCES cohort_sessions(id) ON DELETE CASCADE,
    person_id      TEXT NOT NULL REFERENCES people(id),
    status         TEXT NOT NULL CHECK (status IN ('present', 'late', 'left-early', 'absent', 'excused')),
    minutes_missed INTEGER NOT NULL DEFAULT 0 CHECK (minutes_missed >= 0),
    recorded_at    TEXT NOT NULL,
    PRIMARY KEY (session_id, person_id)
) WITHOUT ROWID;
)sql")},
        {4, QStringLiteral("A session's own agenda, when the facilitator changed the workshop's blocks"),
            QStringLiteral(R"sql(
ALTER TABLE cohort_sessions ADD COLUMN agenda TEXT NOT NULL DEFAULT '';
)sql")},
        {5, QStringLiteral("Staff accounts with roles and Argon2id password hashes"), QStringLiteral(R"sql(
CREATE TABLE accounts (
    id                  TEXT PRIMARY KEY NOT NULL,
    user_name           TEXT NOT NULL CHECK (trim(user_name) <> ''),
    user_key            TEXT NOT NULL,
    display_name        TEXT NOT NULL,
    role                TEXT NOT NULL CHECK (role IN ('administrator', 'facilitator', 'trainer')),
    person_id           TEXT REFERENCES people(id),
    password_hash       TEXT NOT NULL CHECK (password_hash <> ''),
    failed_attempts     INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    last_failure_at     TEXT,
    disabled            INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at          TEXT NOT NULL,
    password_changed_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE UNIQUE INDEX accounts_user_key ON accounts(user_key);
CREATE INDEX accounts_person ON accounts(person_id);
)sql")},
        {6,
            QStringLiteral(
                "Self-assessment windows, progress and answers, learner PINs, SAW plans and follow-ups"),
            QStringLiteral(R"sql(
CREATE TABLE assessment_windows (
    id           TEXT PRIMARY KEY NOT NULL,
    cohort_id    TEXT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    phase        TEXT NOT NULL CHECK (phase IN ('pre', 'post')),
    opened_at    TEXT NOT NULL,
    opened_by    TEXT NOT NULL,
    closed_at    TEXT,
    closed_by    TEXT,
    uses_pins    INTEGER NOT NULL DEFAULT 0 CHECK (uses_pins IN (0, 1)),
    collect_then INTEGER NOT NULL DEFAULT 0 CHECK (collect_then IN (0, 1)),
    CHECK (collect_then = 0 OR phase = 'post'),
    CHECK ((closed_at IS NULL) = (closed_by IS NULL))
) WITHOUT ROWID;
-- At most one open window per cohort and phase.
CREATE UNIQUE INDEX assessment_windows_open ON assessment_windows(cohort_id, phase) WHERE closed_at IS NULL;

CREATE TRIGGER assessment_windows_stay_closed BEFORE UPDATE ON assessment_windows
WHEN OLD.closed_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a closed assessment window stays closed');
END;

CREATE TABLE assessment_progress (
    cohort_id    TEXT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    person_id    TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    phase        TEXT NOT NULL CHECK (phase IN ('pre', 'post')),
    state        TEXT NOT NULL CHECK (state IN ('in-progress', 'submitted')),
    page         INTEGER NOT NULL DEFAULT 0 CHECK (page >= 0),
    started_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    submitted_at TEXT,
    PRIMARY KEY (cohort_id, person_id, phase),
    CHECK ((state = 'submitted') = (submitted_at IS NOT NULL))
) WITHOUT ROWID;

CREATE TABLE assessment_answers (
    cohort_id       TEXT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    person_id       TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    phase           TEXT NOT NULL CHECK (phase IN ('pre', 'post')),
    item_id         TEXT NOT NULL,
    competence      INTEGER CHECK (competence IS NULL OR (typeof(competence) = 'integer' AND competence BETWEEN 0 AND 10)),
    desire          INTEGER CHECK (desire IS NULL OR (typeof(desire) = 'integer' AND desire BETWEEN 0 AND 10)),
    then_competence INTEGER CHECK (then_competence IS NULL OR (typeof(then_competence) = 'integer' AND then_competence BETWEEN 0 AND 10)),
    comment         TEXT NOT NULL DEFAULT '',
    answered_at     TEXT NOT NULL,
    PRIMARY KEY (cohort_id, person_id, phase, item_id)
) WITHOUT ROWID;

-- Learners answer only while a window is open for their cohort and phase, only while on the
-- cohort's roster and only until they submit; then-ratings only when the open window collects them.
-- Staff reopening a submitted assessment (submitted -> in-progress) needs an open window too.
-- Deleting is not guarded: a cohort deleted or a person erased takes their answers along.
CREATE TRIGGER assessment_progress_window_insert BEFORE INSERT ON assessment_progress
BEGIN
    SELECT RAISE(ABORT, 'the self-assessment window is closed')
    WHERE NOT EXISTS (SELECT 1 FROM assessment_windows w WHERE w.cohort_id = NEW.cohort_id
                      AND w.phase = NEW.phase AND w.closed_at IS NULL);
    SELECT RAISE(ABORT, 'the learner is not on the roster of this cohort')
    WHERE NOT EXISTS (SELECT 1 FROM cohort_learners l WHERE l.cohort_id = NEW.cohort_id
                      AND l.person_id = NEW.person_id);
END;
CREATE TRIGGER assessment_progress_window_update BEFORE UPDATE ON assessment_progress
BEGIN
    SELECT RAISE(ABORT, 'the self-assessment window is closed')
    WHERE NOT EXISTS (SELECT 1 FROM assessment_windows w WHERE w.cohort_id = NEW.cohort_id
                      AND w.phase = NEW.phase AND w.closed_at IS NULL)
       OR NOT EXISTS (SELECT 1 FROM assessment_windows w WHERE w.cohort_id = OLD.cohort_id
                      AND w.phase = OLD.phase AND w.closed_at IS NULL);
    SELECT RAISE(ABORT, 'the self-assessment is submitted already')
    WHERE OLD.state = 'submitted' AND NEW.state = 'submitted';
END;

CREATE TRIGGER assessment_answers_window_insert BEFORE INSERT ON assessment_answers
BEGIN
    SELECT RAISE(ABORT, 'the self-assessment window is closed')
    WHERE NOT EXISTS (SELECT 1 FROM assessment_windows w WHERE w.cohort_id = NEW.cohort_id
                      AND w.phase = NEW.phase AND w.closed_at IS NULL);
    SELECT RAISE(ABORT, 'the learner is not on the roster of this cohort')
    WHERE NOT EXISTS (SELECT 1 FROM cohort_learners l WHERE l.cohort_id = NEW.cohort_id
                      AND l.person_id = NEW.person_id);
    SELECT RAISE(ABORT, 'the self-assessment is submitted already')
    WHERE EXISTS (SELECT 1 FROM assessment_progress p WHERE p.cohort_id = NEW.cohort_id
                  AND p.person_id = NEW.person_id AND p.phase = NEW.phase AND p.state = 'submitted');
    SELECT RAISE(ABORT, 'this window does not collect then-ratings')
    WHERE NEW.then_competence IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM assessment_windows w WHERE w.cohort_id = NEW.cohort_id
                      AND w.phase = NEW.phase AND w.closed_at IS NULL AND w.collect_then = 1);
END;
CREATE TRIGGER assessment_answers_window_update BEFORE UPDATE ON assessment_answers
BEGIN
    SELECT RAISE(ABORT, 'the self-assessment window is closed')
    WHERE NOT EXISTS (SELECT 1 FROM assessment_windows w WHERE w.cohort_id = NEW.cohort_id
                      AND w.phase = NEW.phase AND w.closed_at IS NULL)
       OR NOT EXISTS (SELECT 1 FROM assessment_windows w WHERE w.cohort_id = OLD.cohort_id
                      AND w.phase = OLD.phase AND w.closed_at IS NULL);
    SELECT RAISE(ABORT, 'the self-assessment is submitted already')
    WHERE EXISTS (SELECT 1 FROM assessment_progress p WHERE p.state = 'submitted'
                  AND ((p.cohort_id = NEW.cohort_id AND p.person_id = NEW.person_id AND p.phase = NEW.phase)
                    OR (p.cohort_id = OLD.cohort_id AND p.person_id = OLD.person_id AND p.phase = OLD.phase)));
    SELECT RAISE(ABORT, 'this window does not collect then-ratings')
    WHERE NEW.then_competence IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM assessment_windows w WHERE w.cohort_id = NEW.cohort_id
                      AND w.phase = NEW.phase AND w.closed_at IS NULL AND w.collect_then = 1);
END;

CREATE TABLE learner_pins (
    person_id       TEXT PRIMARY KEY NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    pin_hash        TEXT NOT NULL CHECK (pin_hash LIKE '$argon2id$%'),
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    last_failure_at TEXT,
    set_at          TEXT NOT NULL,
    set_by          TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE saw_plan_entries (
    id          TEXT PRIMARY KEY NOT NULL,
    cohort_id   TEXT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    person_id   TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    topic_id    TEXT NOT NULL CHECK (topic_id <> ''),
    position    INTEGER NOT NULL CHECK (position > 0),
    fields_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(fields_json) AND json_type(fields_json) = 'object'),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (cohort_id, person_id, topic_id)
) WITHOUT ROWID;

-- Recorded follow-ups only: the planned ones are computed from the anchor date (the post
-- assessment's submission, else the cohort's last session) until someone records them.
CREATE TABLE follow_ups (
    id          TEXT PRIMARY KEY NOT NULL,
    cohort_id   TEXT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    person_id   TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    day_offset  INTEGER NOT NULL CHECK (day_offset > 0),
    due_date    TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('not-started', 'started', 'applied')),
    reflection  TEXT NOT NULL DEFAULT '',
    next_step   TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    UNIQUE (cohort_id, person_id, day_offset)
) WITHOUT ROWID;
)sql")},
        {7, QStringLiteral("Certificates of completion with their verification codes"), QStringLiteral(R"sql(
CREATE TABLE certificates (
    code           TEXT PRIMARY KEY NOT NULL CHECK (length(code) = 12),
    cohort_id      TEXT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    person_id      TEXT NOT NULL REFERENCES people(id),
    learner_name   TEXT NOT NULL,
    program_title  TEXT NOT NULL,
    cohort_title   TEXT NOT NULL,
    contact_minutes INTEGER NOT NULL CHECK (contact_minutes >= 0),
    start_date     TEXT NOT NULL,
    end_date       TEXT NOT NULL,
    issued_at      TEXT NOT NULL,
    issued_by      TEXT NOT NULL,
    UNIQUE (cohort_id, person_id)
) WITHOUT ROWID;
)sql")},
        {8,
            QStringLiteral("Tamper evidence: the audit log becomes a hash chain; no INSERT OR REPLACE "
                           "over audit entries or imported curriculum versions"),
            QStringLiteral(R"sql(
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN entry_hash TEXT;

-- A chained entry never changes. The one update ever allowed gives an entry written before this
-- migration its place in the chain (done once, by this migration, in the same transaction).
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN OLD.entry_hash IS NOT NULL OR NEW.entry_hash IS NULL OR NEW.id IS NOT OLD.id
  OR NEW.at IS NOT OLD.at OR NEW.actor IS NOT OLD.actor OR NEW.action IS NOT OLD.action
  OR NEW.subject IS NOT OLD.subject OR NEW.details IS NOT OLD.details
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Every new entry continues the chain (AuditChain.cpp computes the hashes).
CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log
WHEN NEW.entry_hash IS NULL OR length(NEW.entry_hash) <> 64
  OR NEW.id <= coalesce((SELECT max(id) FROM audit_log), 0)
  OR NEW.prev_hash IS NOT coalesce((SELECT entry_hash FROM audit_log ORDER BY id DESC LIMIT 1), '')
BEGIN
    SELECT RAISE(ABORT, 'an audit entry must continue the hash chain of the audit log');
END;
-- INSERT OR REPLACE deletes the row it replaces without firing DELETE triggers
-- (recursive_triggers is off); a BEFORE INSERT trigger still sees that row. SQLite runs the
-- newest trigger first, so a replaced entry is refused as such.
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER curriculum_versions_no_replace BEFORE INSERT ON curriculum_versions
WHEN EXISTS (SELECT 1 FROM curriculum_versions
             WHERE id = NEW.id OR (package_id = NEW.package_id AND version = NEW.version))
BEGIN
    SELECT RAISE(ABORT, 'an imported curriculum version never changes');
END;
CREATE TRIGGER curriculum_programs_no_replace BEFORE INSERT ON curriculum_programs
WHEN EXISTS (SELECT 1 FROM curriculum_programs
             WHERE version_id = NEW.version_id AND program_id = NEW.program_id)
BEGIN
    SELECT RAISE(ABORT, 'an imported curriculum version never changes');
END;
CREATE TRIGGER curriculum_programs_immutable BEFORE UPDATE ON curriculum_programs
BEGIN
    SELECT RAISE(ABORT, 'an imported curriculum version never changes');
END;
CREATE TRIGGER curriculum_programs_kept BEFORE DELETE ON curriculum_programs
BEGIN
    SELECT RAISE(ABORT, 'an imported curriculum version is kept');
END;
CREATE TRIGGER curriculum_tools_no_replace BEFORE INSERT ON curriculum_tools
WHEN EXISTS (SELECT 1 FROM curriculum_tools WHERE version_id = NEW.version_id AND tool_id = NEW.tool_id)
BEGIN
    SELECT RAISE(ABORT, 'an imported curriculum version never changes');
END;
CREATE TRIGGER curriculum_tools_immutable BEFORE UPDATE ON curriculum_tools
BEGIN
    SELECT RAISE(ABORT, 'an imported curriculum version never changes');
END;
CREATE TRIGGER curriculum_tools_kept BEFORE DELETE ON curriculum_tools
BEGIN
    SELECT RAISE(ABORT, 'an imported curriculum version is kept');
END;
CREATE TRIGGER curriculum_items_no_replace BEFORE INSERT ON curriculum_items
WHEN EXISTS (SELECT 1 FROM curriculum_items WHERE version_id = NEW.version_id AND item_id = NEW.item_id)
BEGIN
    SELECT RAISE(ABORT, 'an imported curriculum version never changes');
END;
CREATE TRIGGER curriculum_items_kept BEFORE DELETE ON curriculum_items
BEGIN
    SELECT RAISE(ABORT, 'an imported curriculum version is kept');
END;
)sql"),
            &chainUnchainedAuditEntries},
    };
    return migrations;
}

int latestSchemaVersion()
{
    return schemaMigrations().back().version;
}

} // namespace pcs::storage
