#pragma once

// Which column of a file each import field is read from: the presets (FunnelDesk's own field
// names, a Bitrix24 leads export, an amoCRM deals export) and the user's field=column mapping.
// The public entry points (importFields, importColumns) are declared in data_import.h.

#include "services/data_import.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace fd::core {

/// Field -> the columns it is read from, in order of preference.
using ImportColumns = QMap<QString, QList<int>>;

/// The fields without which a row of the kind cannot be stored.
QStringList requiredImportFields(ImportKind kind);

}  // namespace fd::core
