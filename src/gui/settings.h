#pragma once

#include <QByteArray>
#include <QSettings>

namespace dialoog {

// The user's preferences, typed; one place that knows the QSettings keys.
class Settings final
{
public:
    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    QByteArray mainSplitterState() const;
    void setMainSplitterState(const QByteArray &state);
    bool showArchived() const;
    void setShowArchived(bool show);

private:
    QSettings m_settings;
};

} // namespace dialoog
