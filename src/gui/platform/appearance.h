#pragma once

#include <QString>

namespace dialoog {

// The look of the application: "" follows the system; "dark" and "high-contrast" are
// palettes of our own, on the Fusion style that honours every palette role.
void applyAppearance(const QString &name);

} // namespace dialoog
