#pragma once

#include "domain/result.h"

#include <QString>

#include <optional>

namespace fd::core {

/// The kinds of text FunnelDesk stores, each with the longest it keeps (docs: the user guide's
/// "Your data"). Longer text is refused with the field named, never cut silently.
enum class TextKind {
    Name,         ///< a person's or client's name
    Email,        ///< an e-mail address
    ExternalId,   ///< an id in another CRM
    Note,         ///< a lead's note, a call's or meeting's comment (several lines)
    CatalogName,  ///< a channel, campaign, office, reason or position name
    Utm,          ///< a UTM tag
    Phone,        ///< a phone number as typed
    Address,      ///< an office's address
};

/// The most characters a text of `kind` may have.
int maxLength(TextKind kind);

/// The position of the first control character in `text` (tabs and line breaks are text, the
/// rest of C0, DEL and C1 are not), or -1.
qsizetype controlCharacterAt(const QString& text);

/// Why `text` cannot be stored as `kind` in `field` (a control character, or longer than
/// maxLength); none when it can.
std::optional<Error> textError(TextKind kind, const QString& text, const QString& field);

/// The same for a campaign's name and UTM tags, the first that cannot be stored.
std::optional<Error> campaignTextError(const struct Campaign& campaign);

/// `text` without its control characters (what a search box searches for).
QString withoutControlCharacters(const QString& text);

}  // namespace fd::core
