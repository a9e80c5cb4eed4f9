#pragma once

#include "domain/entities.h"

namespace fd::core {

/// Where a moment falls in an office's slot grid (its working days and hours, in the
/// office's own time zone, cut into slots of slotMinutes from the opening time).
struct SlotPlacement {
    enum class Kind { Ok, ClosedDay, OutsideHours, NotSlotStart, BadTimeZone };
    Kind kind = Kind::Ok;
    qint64 slotStart = 0;  ///< UTC epoch of the slot's start (when kind is Ok)
    qint64 slotEnd = 0;
};

SlotPlacement placeInSlotGrid(const Office& office, qint64 utcEpoch);

/// "HH:MM" of minutes after midnight.
QString formatMinutes(int minutes);

}  // namespace fd::core
