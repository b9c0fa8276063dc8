#include "gui/preferences/retentionpage.h"

#include "services/settings.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dialoog {

namespace {

QSpinBox *yearsBox(const QString &name, const QString &suffix, bool readOnly, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 50);
    box->setSuffix(suffix);
    box->setSpecialValueText(RetentionPage::tr("Keep all"));
    box->setEnabled(!readOnly);
    return box;
}

} // namespace

RetentionPage::RetentionPage(bool readOnly, QWidget *parent)
    : PreferencesPage(parent),
      m_years(yearsBox(QStringLiteral("retentionYears"), tr(" years"), readOnly, this)),
      m_leaverYears(
          yearsBox(QStringLiteral("leaverRetentionYears"), tr(" years ago"), readOnly, this))
{
    auto *explain = new QLabel(
        tr("When Dialoog starts, it removes conversations older than this, and everything "
           "about people who left longer ago than that, counted from the leaving date asked "
           "for when archiving (two years is common for personnel records). You are asked "
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
    form->addRow(tr("Remove people who &left more than:"), m_leaverYears);
    page->addLayout(form);
    page->addWidget(explain);
    page->addStretch();
    connect(m_years, &QSpinBox::valueChanged, this, &PreferencesPage::changed);
    connect(m_leaverYears, &QSpinBox::valueChanged, this, &PreferencesPage::changed);
}

QString RetentionPage::title() const
{
    return tr("Data");
}

void RetentionPage::load(const Settings &settings)
{
    m_years->setValue(settings.retentionYears());
    m_leaverYears->setValue(settings.leaverRetentionYears());
}

// Settings asks again before the first removal under a new period, for each rule.
void RetentionPage::apply(Settings &settings)
{
    settings.setRetentionYears(m_years->value());
    settings.setLeaverRetentionYears(m_leaverYears->value());
}

} // namespace dialoog
