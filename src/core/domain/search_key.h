#pragma once

#include <QString>

namespace fd::core {

/// The text a contact is found by: name, phone digits and email, case-folded with
/// Unicode rules (so "ИВАНОВ" finds "иванов", which SQLite's lower() cannot do) and
/// with "ё" read as "е".
QString makeSearchKey(const QString& name, const QString& phone, const QString& email);
/// The same folding for what the user types in a search box.
QString foldForSearch(const QString& text);

}  // namespace fd::core
