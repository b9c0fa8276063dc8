#include "gui/preferences/conversationspage.h"

#include "services/settings.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTimeEdit>

namespace dialoog {

namespace {
QSpinBox *spinBox(const char *name, int minimum, int maximum, int step, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(minimum, maximum);
    box->setSingleStep(step);
    return box;
}
} // namespace

ConversationsPage::ConversationsPage(QWidget *parent)
    : PreferencesPage(parent), m_rhythm(spinBox("defaultRhythm", 1, 104, 1, this)),
      m_checkIn(spinBox("defaultCheckIn", 1, 52, 1, this)),
      m_planned(spinBox("plannedLength", 0, 480, 5, this)), m_inviteStart(new QTimeEdit(this)),
      m_inviteLength(spinBox("inviteLength", 5, 480, 5, this))
{
    m_rhythm->setSuffix(tr(" weeks"));
    m_checkIn->setSuffix(tr(" weeks"));
    m_planned->setSuffix(tr(" min"));
    m_planned->setSpecialValueText(tr("Not shown"));
    m_planned->setToolTip(
        tr("Shown beside the clock, split over the four phases; it never interrupts."));
    m_inviteStart->setObjectName(QStringLiteral("inviteStart"));
    m_inviteStart->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
    m_inviteLength->setSuffix(tr(" min"));
    auto *rhythmNote = new QLabel(
        tr("For people you add from now on; each employee keeps their own rhythm."), this);
    rhythmNote->setWordWrap(true);
    // A tooltip, not a second note under the field: at 150 % the page had no room for it.
    m_checkIn->setToolTip(tr("For everyone whose own check-in rhythm is the default, at once. A "
                             "development conversation counts as contact too."));

    auto *form = PreferencesPage::form(this);
    form->addRow(tr("Default &rhythm:"), m_rhythm);
    // Across the whole row: beside the label column, it took a third line at 150 % and was
    // squeezed once the check-in rhythm's row came.
    form->addRow(rhythmNote);
    form->addRow(tr("Default check-&in rhythm:"), m_checkIn);
    form->addRow(tr("&Planned length:"), m_planned);
    auto *invites = new QGroupBox(tr("Calendar invites"), this);
    auto *inviteForm = new QFormLayout(invites);
    inviteForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    inviteForm->addRow(tr("&Starts at:"), m_inviteStart);
    inviteForm->addRow(tr("&Length:"), m_inviteLength);
    form->addRow(invites);

    for (QSpinBox *box : {m_rhythm, m_checkIn, m_planned, m_inviteLength})
        connect(box, &QSpinBox::valueChanged, this, &PreferencesPage::changed);
    connect(m_inviteStart, &QTimeEdit::timeChanged, this, &PreferencesPage::changed);
}

QString ConversationsPage::title() const
{
    return tr("Conversations");
}

void ConversationsPage::load(const Settings &settings)
{
    m_rhythm->setValue(settings.defaultRhythmWeeks());
    m_checkIn->setValue(settings.defaultCheckInWeeks());
    m_planned->setValue(settings.plannedMinutes());
    m_inviteStart->setTime(settings.inviteStartTime());
    m_inviteLength->setValue(settings.inviteMinutes());
}

void ConversationsPage::apply(Settings &settings)
{
    settings.setDefaultRhythmWeeks(m_rhythm->value());
    settings.setDefaultCheckInWeeks(m_checkIn->value());
    settings.setPlannedMinutes(m_planned->value());
    settings.setInviteStartTime(m_inviteStart->time());
    settings.setInviteMinutes(m_inviteLength->value());
}

} // namespace dialoog
