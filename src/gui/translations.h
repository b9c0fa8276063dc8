#pragma once

class QCoreApplication;

namespace dialoog {

// Loads Dialoog's and Qt's own translations for the language of the system, or the one
// chosen in Settings → Language (takes effect at the next start).
void installTranslations(QCoreApplication &app);

} // namespace dialoog
