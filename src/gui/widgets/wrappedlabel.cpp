#include "gui/widgets/wrappedlabel.h"

#include <QEvent>
#include <algorithm>

namespace dialoog {

WrappedLabel::WrappedLabel(QWidget *parent) : WrappedLabel(QString(), parent) {}

WrappedLabel::WrappedLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setWordWrap(true);
}

void WrappedLabel::checkRemembered() const
{
    if (m_known && text() == m_text && font() == m_font)
        return;
    m_known = true;
    m_text = text();
    m_font = font();
    m_sizeHint.reset();
    m_minimumSizeHint.reset();
    m_heights.clear();
}

QSize WrappedLabel::sizeHint() const
{
    checkRemembered();
    if (!m_sizeHint)
        m_sizeHint = QLabel::sizeHint();
    return *m_sizeHint;
}

QSize WrappedLabel::minimumSizeHint() const
{
    checkRemembered();
    if (!m_minimumSizeHint)
        m_minimumSizeHint = QLabel::minimumSizeHint();
    return *m_minimumSizeHint;
}

int WrappedLabel::heightForWidth(int width) const
{
    checkRemembered();
    const auto known = std::find_if(m_heights.begin(), m_heights.end(),
                                    [width](const auto &entry) { return entry.first == width; });
    if (known != m_heights.end())
        return known->second;
    const int height = QLabel::heightForWidth(width);
    // A window settles on a few widths; the oldest is forgotten beyond eight.
    if (m_heights.size() >= 8)
        m_heights.erase(m_heights.begin());
    m_heights.emplace_back(width, height);
    return height;
}

void WrappedLabel::changeEvent(QEvent *event)
{
    // What changes the sizes; a window becoming active (sent to every widget in it) does not.
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::ApplicationFontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
        m_known = false;
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace dialoog
