#pragma once

#include "pcs/domain/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pcs::services {

// The random secret of this installation that learner PINs are hashed with (storage::LearnerPinStore),
// kept outside the database so that a copy of the database alone does not give the PINs away.
//
// It lives beside the settings, in <AppConfigLocation>/pin.key (e.g. ~/.config/pcs-studio/pin.key):
// 64 hexadecimal digits, mode 0600 in a 0700 folder, made on first use. A key file that is damaged is
// never replaced (PINs set with it could no longer be checked): it is reported, and PINs wait until
// it is repaired or removed.
class InstallationKey
{
    Q_DECLARE_TR_FUNCTIONS(pcs::services::InstallationKey)

public:
    static QString defaultPath();
    // Reads the key at `path`, making it first when there is none, and tightens a key file that
    // others can read to 0600.
    static Result<QByteArray> loadOrCreate(const QString& path = defaultPath());
    // loadOrCreate, then hands the key to storage::LearnerPinStore for every store of the process.
    static Result<void> install(const QString& path = defaultPath());
};

} // namespace pcs::services
