#include "domain/slot_grid.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace fd::core {

bool isWorkingDay(const Office& office, QDate day) {
    return day.isValid() && (office.workDays & (1 << (day.dayOfWeek() - 1))) != 0 &&
           !std::binary_search(office.closedDays.begin(), office.closedDays.end(), day);
}

SlotPlacement placeInSlotGrid(const Office& office, qint64 utcEpoch) {
    SlotPlacement p;
    const QTimeZone zone(office.timeZone.toUtf8());
    if (!zone.isValid()) {
        p.kind = SlotPlacement::Kind::BadTimeZone;
        return p;
    }
    const QDateTime local = QDateTime::fromSecsSinceEpoch(utcEpoch, zone);
    if (!isWorkingDay(office, local.date())) {
        p.kind = SlotPlacement::Kind::ClosedDay;
        return p;
    }
    const QTime t = local.time();
    const int minute = t.hour() * 60 + t.minute();
    if (minute < office.workStartMin || minute + office.slotMinutes > office.workEndMin) {
        p.kind = SlotPlacement::Kind::OutsideHours;
        return p;
    }
    if ((minute - office.workStartMin) % office.slotMinutes != 0 || t.second() != 0) {
        p.kind = SlotPlacement::Kind::NotSlotStart;
        return p;
    }
    p.slotStart = utcEpoch;
    p.slotEnd = utcEpoch + static_cast<qint64>(office.slotMinutes) * 60;
    return p;
}

std::vector<int> slotRows(const Office& office) {
    std::vector<int> rows;
    if (office.slotMinutes <= 0) {
        return rows;
    }
    for (int m = office.workStartMin; m + office.slotMinutes <= office.workEndMin; m += office.slotMinutes) {
        rows.push_back(m);
    }
    return rows;
}

std::vector<SlotTime> slotsOfDay(const Office& office, QDate day) {
    std::vector<SlotTime> daySlots;
    const QTimeZone zone(office.timeZone.toUtf8());
    if (!zone.isValid() || !isWorkingDay(office, day)) {
        return daySlots;
    }
    for (const int minute : slotRows(office)) {
        const qint64 start = QDateTime(day, QTime(minute / 60, minute % 60), zone).toSecsSinceEpoch();
        daySlots.push_back({start, start + static_cast<qint64>(office.slotMinutes) * 60, minute});
    }
    return daySlots;
}

QString officeLocalText(const Office& office, qint64 epoch) {
    return QDateTime::fromSecsSinceEpoch(epoch, QTimeZone(office.timeZone.toUtf8()))
        .toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

QString formatMinutes(int minutes) {
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace fd::core
