#pragma once

#include "domain/entities.h"

#include <optional>
#include <vector>

namespace fd::core {

class Database;

/// The four lists of a call-center operator's queue.
enum class QueueTab { NewLeads, Callbacks, Confirmations, NoShows };
constexpr int kQueueTabCount = 4;

/// Whose queue and which moments bound it. Every list holds the leads nobody has taken
/// yet and the operator's own.
struct QueueScope {
    Id operatorId = 0;
    qint64 now = 0;
    qint64 confirmUntil = 0;  ///< meetings to confirm start in [now, confirmUntil)
    /// Where an office's own bound comes earlier: a JSON array of {"office": id, "until": epoch}
    /// (the end of that office's next working day); offices not in it use confirmUntil.
    QString confirmUntilByOffice = QStringLiteral("[]");
    qint64 noShowSince = 0;  ///< no-shows at or after this moment are still worth rebooking
    qint64 slaDeadline = 0;  ///< new leads created before this are past the first-call SLA
};

/// One row of a queue list.
struct QueueItem {
    Id leadId = 0;
    OptId meetingId;  ///< the meeting to confirm, or the missed one
    OptId taskId;     ///< the callback task
    QString name;
    QString phoneE164;
    QString phoneRaw;
    QString channel;
    QString campaign;
    QString office;
    QString officeZone;  ///< IANA id: a meeting's time is the office's local time
    qint64 createdAt = 0;
    qint64 at = 0;  ///< what the list is about: the request, the callback, the meeting, the no-show
    LeadStatus status = LeadStatus::New;
    int calls = 0;
    OptId operatorId;  ///< who works the lead; none for a new lead nobody has taken

    bool operator==(const QueueItem&) const = default;
};

struct QueueCounts {
    qint64 tab[kQueueTabCount] = {0, 0, 0, 0};
    qint64 overSla = 0;  ///< new leads waiting longer than the first-call SLA

    qint64 of(QueueTab t) const { return tab[static_cast<int>(t)]; }
};

/// Reads the operator's queue. Every list is an index range: new leads by status and
/// creation time, callbacks by open task and due time, meetings by status and start.
class QueueRepository final {
public:
    explicit QueueRepository(Database& db) : m_db(db) {}

    QueueCounts counts(const QueueScope& scope);
    /// The first `limit` items of the list, in working order (oldest request, earliest
    /// callback, earliest meeting, latest no-show first).
    std::vector<QueueItem> items(QueueTab tab, const QueueScope& scope, int limit);
    /// Gives the operator the oldest new lead nobody has (its operator set to them) and returns
    /// it, or nothing when none is left. Atomic: operators claiming at the same moment on a
    /// server each get a different lead (rows another seat is claiming are skipped, not waited for).
    std::optional<Id> claimNewLead(Id operatorId, qint64 at);
    /// Gives the operator this lead when nobody has it yet; whether it is theirs now (false: another
    /// operator has it). One statement: of two operators taking it at once, one gets it.
    bool claimLead(Id leadId, Id operatorId, qint64 at);

private:
    Database& m_db;
};

}  // namespace fd::core
