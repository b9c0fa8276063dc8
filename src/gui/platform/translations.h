#pragma once

#include <QString>

class QCoreApplication;
class QTranslator;

namespace dialoog {

// Loads Dialoog's and Qt's own translations for the language of the system, or the one
// chosen in Settings → Preferences → General (takes effect at the next start).
void installTranslations(QCoreApplication &app);

// For the length of a scope, texts come out in `language` ("en", "nl"; empty: unchanged):
// a manager may work in English and print a summary in Dutch.
class LanguageScope final
{
public:
    explicit LanguageScope(const QString &language);
    ~LanguageScope();
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

private:
    bool m_active = false;
    QTranslator *m_temporary = nullptr;
};

} // namespace dialoog
