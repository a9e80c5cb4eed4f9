#pragma once

#include <QString>

namespace fd::app {

/// What became of a number to call.
enum class DialOutcome {
    Handed,  ///< given to the system's tel: handler (a softphone such as MicroSIP or Zoiper)
    Copied,  ///< no handler: the number is on the clipboard, to paste into a phone
};

/// Calls `phoneE164` (+79991234567) through the system's tel: handler; where there is none,
/// copies the number to the clipboard instead.
DialOutcome dialPhone(const QString& phoneE164);

/// What the status bar says after dialing.
QString dialMessage(DialOutcome outcome, const QString& shownPhone);

/// Whether `text` is a whole number to dial: "+" and 7–15 digits (a masked number is not).
bool isDialable(const QString& text);

}  // namespace fd::app
