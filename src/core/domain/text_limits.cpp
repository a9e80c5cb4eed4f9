#include "domain/text_limits.h"

#include "domain/entities.h"

namespace fd::core {

namespace {

bool isControl(QChar c) {
    const char16_t u = c.unicode();
    if (u == u'\t' || u == u'\n' || u == u'\r') {
        return false;
    }
    return u < 0x20 || (u >= 0x7f && u <= 0x9f);
}

}  // namespace

int maxLength(TextKind kind) {
    switch (kind) {
        case TextKind::Name:
            return 200;
        case TextKind::Email:
            return 254;  // the longest address mail systems deliver
        case TextKind::ExternalId:
            return 100;
        case TextKind::Note:
            return 10000;
        case TextKind::CatalogName:
            return 100;
        case TextKind::Utm:
            return 500;
        case TextKind::Phone:
            return 50;
        case TextKind::Address:
            return 300;
    }
    return 200;
}

qsizetype controlCharacterAt(const QString& text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isControl(text.at(i))) {
            return i;
        }
    }
    return -1;
}

std::optional<Error> textError(TextKind kind, const QString& text, const QString& field) {
    if (controlCharacterAt(text) >= 0) {
        return Error::make(ErrorCode::InvalidInput,
                           QT_TRANSLATE_NOOP("fd::core::Error",
                                             "The text contains a control character (such as NUL); type "
                                             "or copy it again."),
                           {}, field);
    }
    if (text.size() > maxLength(kind)) {
        return Error::make(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("fd::core::Error", "The text is %1 characters long; at most %2 are kept here."),
            {QString::number(text.size()), QString::number(maxLength(kind))}, field);
    }
    return std::nullopt;
}

std::optional<Error> campaignTextError(const Campaign& campaign) {
    if (std::optional<Error> e =
            textError(TextKind::CatalogName, campaign.name, QStringLiteral("campaign"))) {
        return e;
    }
    for (const auto& [text, field] :
         {std::pair{&campaign.utmSource, "utm_source"}, std::pair{&campaign.utmMedium, "utm_medium"},
          std::pair{&campaign.utmCampaign, "utm_campaign"}}) {
        if (std::optional<Error> e = textError(TextKind::Utm, *text, QString::fromLatin1(field))) {
            return e;
        }
    }
    return std::nullopt;
}

QString withoutControlCharacters(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isControl(c)) {
            out += c;
        }
    }
    return out;
}

}  // namespace fd::core
