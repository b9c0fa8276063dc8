#include "gui/preferences/generalpage.h"

#include "gui/platform/appearance.h"
#include "gui/platform/textfit.h"
#include "services/settings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace dialoog {

namespace {
void select(QComboBox *box, const QString &value)
{
    box->setCurrentIndex(std::max(0, box->findData(value)));
}
} // namespace

GeneralPage::GeneralPage(QWidget *parent)
    : PreferencesPage(parent), m_name(new QLineEdit(this)), m_role(new QLineEdit(this)),
      m_language(new QComboBox(this)), m_appearance(new QComboBox(this))
{
    m_name->setObjectName(QStringLiteral("managerName"));
    m_name->setPlaceholderText(tr("As it appears on summaries"));
    m_role->setObjectName(QStringLiteral("managerRole"));
    m_role->setPlaceholderText(tr("Optional, e.g. Team lead"));
    m_language->setObjectName(QStringLiteral("language"));
    // The languages are named in themselves, so that someone who cannot read the
    // current one still finds their own.
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_appearance->setObjectName(QStringLiteral("appearance"));
    m_appearance->addItem(tr("As the system"), QString());
    m_appearance->addItem(tr("Dark"), QStringLiteral("dark"));
    m_appearance->addItem(tr("High contrast"), QStringLiteral("high-contrast"));
    auto *languageNote = new QLabel(tr("The language changes when Dialoog starts again."), this);
    languageNote->setWordWrap(true);

    auto *form = PreferencesPage::form(this);
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("Your &role:"), m_role);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    form->addRow(tr("&Appearance:"), m_appearance);
    fitLineEdit(m_name, {sampleFullName()});

    connect(m_name, &QLineEdit::textEdited, this, &PreferencesPage::changed);
    connect(m_role, &QLineEdit::textEdited, this, &PreferencesPage::changed);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesPage::changed);
    connect(m_appearance, &QComboBox::currentIndexChanged, this, &PreferencesPage::changed);
}

QString GeneralPage::title() const
{
    return tr("General");
}

void GeneralPage::load(const Settings &settings)
{
    m_name->setText(settings.managerName());
    m_role->setText(settings.managerRole());
    select(m_language, settings.language());
    select(m_appearance, settings.appearance());
}

void GeneralPage::apply(Settings &settings)
{
    settings.setManagerName(m_name->text().trimmed());
    settings.setManagerRole(m_role->text().trimmed());
    settings.setLanguage(m_language->currentData().toString());
    const QString appearance = m_appearance->currentData().toString();
    if (appearance != settings.appearance()) {
        settings.setAppearance(appearance);
        applyAppearance(appearance);
    }
}

} // namespace dialoog
