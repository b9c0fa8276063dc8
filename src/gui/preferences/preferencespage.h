#pragma once

#include <QWidget>

class QFormLayout;

namespace dialoog {

class Settings;

// One page of Settings → Preferences: shows what Settings holds and, on Apply or OK,
// writes what was chosen back. Nothing is written before that, so Cancel changes nothing.
class PreferencesPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesPage)

public:
    using QWidget::QWidget;

    // The page's name in the list beside it.
    virtual QString title() const = 0;
    virtual void load(const Settings &settings) = 0;
    virtual void apply(Settings &settings) = 0;

protected:
    // The layout of a page: a form, flush with the list of pages, its fields only as
    // wide as they need unless they are for text.
    static QFormLayout *form(QWidget *page);

signals:
    // Something on the page differs from what was loaded or last applied.
    void changed();
};

} // namespace dialoog
