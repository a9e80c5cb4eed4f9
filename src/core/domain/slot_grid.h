#pragma once

#include "domain/entities.h"

#include <QDate>

#include <vector>

namespace fd::core {

/// Where a moment falls in an office's slot grid (its working days and hours, in the
/// office's own time zone, cut into slots of slotMinutes from the opening time).
struct SlotPlacement {
    enum class Kind { Ok, ClosedDay, OutsideHours, NotSlotStart, BadTimeZone };
    Kind kind = Kind::Ok;
    qint64 slotStart = 0;  ///< UTC epoch of the slot's start (when kind is Ok)
    qint64 slotEnd = 0;
};

/// Whether the office works on that local calendar day: one of its working weekdays and not
/// one of its closed days.
bool isWorkingDay(const Office& office, QDate day);

SlotPlacement placeInSlotGrid(const Office& office, qint64 utcEpoch);

/// The slots of one local calendar day of the office: [start, end) in UTC epoch seconds.
/// Empty on a closed day or with an unknown time zone.
struct SlotTime {
    qint64 start = 0;
    qint64 end = 0;
    int localMinute = 0;  ///< the start in minutes after the office's local midnight
};
std::vector<SlotTime> slotsOfDay(const Office& office, QDate day);

/// The local start minutes of every slot row in the office's working day.
std::vector<int> slotRows(const Office& office);

/// One slot of the booking grid.
struct SlotCell {
    enum class State { Free, Full, Past, Closed };
    State state = State::Closed;
    qint64 start = 0;
    qint64 end = 0;
    int capacity = 0;
    int taken = 0;  ///< seats held by scheduled, confirmed and arrived meetings
};

/// An office's slots over consecutive days: rows are the slot times of the working day,
/// columns the days.
struct SlotGrid {
    Office office;
    std::vector<QDate> days;
    std::vector<int> rowMinutes;
    std::vector<SlotCell> cells;  ///< day-major: cells[day * rowMinutes.size() + row]

    const SlotCell& cell(int day, int row) const {
        return cells[static_cast<size_t>(day) * rowMinutes.size() + static_cast<size_t>(row)];
    }
};

/// "dd.MM.yyyy HH:mm" of a moment in the office's time zone.
QString officeLocalText(const Office& office, qint64 epoch);

/// "HH:MM" of minutes after midnight.
QString formatMinutes(int minutes);

}  // namespace fd::core
