#pragma once

namespace pcs::app {

struct CommandContext;

// `pcs-studio demo`: fills a database named with --database with services::DemoData and says what
// it made, with the staff accounts' passwords (shown only then). It never touches the default
// database, and refuses one that already holds people or cohorts unless --into-existing is given.
class DemoCommands
{
public:
    static int run(const CommandContext& context);
};

} // namespace pcs::app
