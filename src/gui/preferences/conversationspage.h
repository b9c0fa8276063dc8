#pragma once

#include "gui/preferences/preferencespage.h"

class QSpinBox;
class QTimeEdit;

namespace dialoog {

// Preferences → Conversations: the rhythm new employees start with, the check-in rhythm
// of everyone on the default, the planned
// length shown beside the clock, and the time and length of calendar invites.
class ConversationsPage final : public PreferencesPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationsPage)

public:
    explicit ConversationsPage(QWidget *parent = nullptr);

    QString title() const override;
    void load(const Settings &settings) override;
    void apply(Settings &settings) override;

private:
    QSpinBox *m_rhythm;
    QSpinBox *m_checkIn;
    QSpinBox *m_planned;
    QTimeEdit *m_inviteStart;
    QSpinBox *m_inviteLength;
};

} // namespace dialoog
