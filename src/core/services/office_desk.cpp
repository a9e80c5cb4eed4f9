#include "services/office_desk.h"

#include "storage/catalog_repository.h"

#include <QDateTime>
#include <QTimeZone>

namespace fd::core {

namespace {

Error noOffice() {
    return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Choose an open office."), QStringLiteral("office"));
}

}  // namespace

Result<std::pair<qint64, qint64>> OfficeDesk::dayBounds(Id officeId, QDate day) {
    return whileReading([&]() -> Result<std::pair<qint64, qint64>> {
        const auto office = CatalogRepository(m_db).office(officeId);
        if (!office) {
            return noOffice();
        }
        const QTimeZone zone(office->timeZone.toUtf8());
        return std::make_pair(QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch(),
                              QDateTime(day.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch());
    });
}

Result<QDate> OfficeDesk::today(Id officeId) {
    return whileReading([&]() -> Result<QDate> {
        const auto office = CatalogRepository(m_db).office(officeId);
        if (!office) {
            return noOffice();
        }
        return QDateTime::fromSecsSinceEpoch(m_clock(), QTimeZone(office->timeZone.toUtf8())).date();
    });
}

Result<QString> OfficeDesk::timeZone(Id officeId) {
    return whileReading([&]() -> Result<QString> {
        const auto office = CatalogRepository(m_db).office(officeId);
        if (!office) {
            return noOffice();
        }
        return office->timeZone;
    });
}

Result<std::vector<DeskMeeting>> OfficeDesk::meetings(Id officeId, QDate day) {
    const auto bounds = dayBounds(officeId, day);
    if (!bounds) {
        return bounds.error();
    }
    return whileReading([&]() -> Result<std::vector<DeskMeeting>> {
        return OfficeDeskRepository(m_db).meetings(officeId, bounds->first, bounds->second);
    });
}

Result<std::vector<DeskMeeting>> OfficeDesk::unmarked(Id officeId) {
    const qint64 now = m_clock();
    return whileReading([&]() -> Result<std::vector<DeskMeeting>> {
        return OfficeDeskRepository(m_db).unmarked(officeId, now - static_cast<qint64>(kUnmarkedDays) * 86400,
                                                   now);
    });
}

Result<std::vector<FollowUpItem>> OfficeDesk::followUps(Id officeId) {
    return whileReading([&]() -> Result<std::vector<FollowUpItem>> {
        return OfficeDeskRepository(m_db).followUps(officeId, kListLimit);
    });
}

Result<std::vector<DeskDeal>> OfficeDesk::deals(Id officeId) {
    const qint64 since = m_clock() - static_cast<qint64>(kDealDays) * 86400;
    return whileReading([&]() -> Result<std::vector<DeskDeal>> {
        return OfficeDeskRepository(m_db).deals(officeId, since, kListLimit);
    });
}

Result<DeskDeal> OfficeDesk::deal(Id dealId) {
    return whileReading([&]() -> Result<DeskDeal> {
        auto d = OfficeDeskRepository(m_db).deal(dealId);
        if (!d) {
            return Error::make(ErrorCode::NotFound,
                               QT_TRANSLATE_NOOP("fd::core::Error", "The deal %1 does not exist."),
                               {QString::number(dealId)}, QStringLiteral("deal"));
        }
        return *d;
    });
}

Result<std::vector<CashLine>> OfficeDesk::payments(Id officeId, QDate day) {
    const auto bounds = dayBounds(officeId, day);
    if (!bounds) {
        return bounds.error();
    }
    return whileReading([&]() -> Result<std::vector<CashLine>> {
        return OfficeDeskRepository(m_db).payments(officeId, bounds->first, bounds->second);
    });
}

}  // namespace fd::core
