#pragma once

#include <QDate>

namespace fd::core {

class Database;

/// The marks a real company forgets, planted in a finished demo history so Data health has
/// something to show: a share of each kind, chosen by id (the same for a seed, whichever way the
/// demo was written), with every lead's milestones refreshed and the audit lines of marks that
/// are no longer there removed. `end` is the history's last moment.
void plantDemoGaps(Database& db, qint64 end);

/// The marketer's forgotten figures: two days of a paid channel's spend and three days of a
/// channel's visitors, in the last month before `endDay`.
void plantDemoFigureGaps(Database& db, QDate endDay);

}  // namespace fd::core
