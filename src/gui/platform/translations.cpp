#include "gui/platform/translations.h"

#include "services/settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dialoog {
namespace {

QTranslator *s_own = nullptr;
QTranslator *s_qt = nullptr;

QTranslator *load(const QLocale &locale, QObject *parent)
{
    auto *translator = new QTranslator(parent);
    if (translator->load(locale, QStringLiteral("dialoog"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

void installTranslations(QCoreApplication &app)
{
    const QString chosen = Settings().language();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QLocale::setDefault(locale);
    if ((s_own = load(locale, &app)))
        QCoreApplication::installTranslator(s_own);
    s_qt = new QTranslator(&app);
    if (s_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qt);
}

LanguageScope::LanguageScope(const QString &language)
{
    if (language.isEmpty())
        return;
    m_active = true;
    if (s_own)
        QCoreApplication::removeTranslator(s_own);
    QLocale::setDefault(QLocale(language));
    // English is the source language: no translator needed for it.
    if (language != QLatin1String("en") && (m_temporary = load(QLocale(language), nullptr)))
        QCoreApplication::installTranslator(m_temporary);
}

LanguageScope::~LanguageScope()
{
    if (!m_active)
        return;
    if (m_temporary) {
        QCoreApplication::removeTranslator(m_temporary);
        delete m_temporary;
    }
    if (s_own)
        QCoreApplication::installTranslator(s_own);
    const QString chosen = Settings().language();
    QLocale::setDefault(chosen.isEmpty() ? QLocale::system() : QLocale(chosen));
}

} // namespace dialoog
