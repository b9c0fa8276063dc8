#include "gui/preferences/retentionpage.h"

#include "services/settings.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dialoog {

RetentionPage::RetentionPage(bool readOnly, QWidget *parent)
    : PreferencesPage(parent), m_years(new QSpinBox(this))
{
    m_years->setObjectName(QStringLiteral("retentionYears"));
    m_years->setRange(0, 50);
    m_years->setSuffix(tr(" years"));
    m_years->setSpecialValueText(tr("Keep all"));
    m_years->setEnabled(!readOnly);
    auto *explain = new QLabel(
        tr("When Dialoog starts, it removes conversations older than this. You are asked "
           "once before the first removal; a backup is made each time."),
        this);
    explain->setWordWrap(true);
    // The explanation under the form, not in it: a form row spanning both columns is not
    // given the height its wrapped text needs at every font size.
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Remove conversations older than:"), m_years);
    page->addLayout(form);
    page->addWidget(explain);
    page->addStretch();
    connect(m_years, &QSpinBox::valueChanged, this, &PreferencesPage::changed);
}

QString RetentionPage::title() const
{
    return tr("Data");
}

void RetentionPage::load(const Settings &settings)
{
    m_years->setValue(settings.retentionYears());
}

// Settings asks again before the first removal under a new period.
void RetentionPage::apply(Settings &settings)
{
    settings.setRetentionYears(m_years->value());
}

} // namespace dialoog
