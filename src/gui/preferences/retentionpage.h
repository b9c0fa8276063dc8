#pragma once

#include "gui/preferences/preferencespage.h"

class QSpinBox;

namespace dialoog {

// Preferences → Data: how many years conversations are kept, and how many years after
// their leaving date the people who left (core/retention.h). A new period is asked once
// more before its first removal (Settings::retentionConfirmed, StoreOpener).
class RetentionPage final : public PreferencesPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionPage)

public:
    // Read-only, the period is shown but cannot be changed.
    explicit RetentionPage(bool readOnly, QWidget *parent = nullptr);

    QString title() const override;
    void load(const Settings &settings) override;
    void apply(Settings &settings) override;

private:
    QSpinBox *m_years;
    QSpinBox *m_leaverYears;
};

} // namespace dialoog
