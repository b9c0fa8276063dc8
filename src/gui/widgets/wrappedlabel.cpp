#include "gui/widgets/wrappedlabel.h"

#include <QEvent>
#include <algorithm>
#include <array>
#include <unordered_map>

namespace dialoog {

WrappedLabel::WrappedLabel(QWidget *parent) : WrappedLabel(QString(), parent) {}

WrappedLabel::WrappedLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setWordWrap(true);
}

namespace {
// Sizes by everything they depend on; emptied now and then, labels keep what they hold.
std::unordered_map<QString, std::shared_ptr<void>> &sharedSizes()
{
    static std::unordered_map<QString, std::shared_ptr<void>> sizes;
    return sizes;
}
constexpr std::size_t kMostShared = 256;
} // namespace

QString WrappedLabel::sizeKey() const
{
    // Appended piece by piece: a chain of QString::arg scans the whole key again for each
    // number, and this runs for every label of a window that opens.
    const QMargins m = contentsMargins();
    const std::array<qlonglong, 11> numbers = {int(textFormat()),
                                               int(alignment()),
                                               margin(),
                                               indent(),
                                               m.left(),
                                               m.top(),
                                               m.right(),
                                               m.bottom(),
                                               int(layoutDirection()),
                                               qlonglong(quintptr(style())),
                                               m_text.size()};
    QString key = m_font.key();
    key.reserve(key.size() + int(numbers.size()) * 8 + m_text.size());
    for (const qlonglong n : numbers) {
        key += QLatin1Char('|');
        key += QString::number(n);
    }
    key += QLatin1Char('|');
    key += m_text;
    return key;
}

WrappedLabel::Sizes &WrappedLabel::remembered() const
{
    if (m_known && m_sizes && text() == m_text && font() == m_font)
        return *m_sizes;
    m_known = true;
    m_text = text();
    m_font = font();
    auto &shared = sharedSizes();
    if (shared.size() >= kMostShared)
        shared.clear();
    std::shared_ptr<void> &sizes = shared[sizeKey()];
    if (!sizes)
        sizes = std::make_shared<Sizes>();
    m_sizes = std::static_pointer_cast<Sizes>(sizes);
    return *m_sizes;
}

QSize WrappedLabel::sizeHint() const
{
    Sizes &sizes = remembered();
    if (!sizes.sizeHint)
        sizes.sizeHint = QLabel::sizeHint();
    return *sizes.sizeHint;
}

QSize WrappedLabel::minimumSizeHint() const
{
    Sizes &sizes = remembered();
    if (!sizes.minimumSizeHint)
        sizes.minimumSizeHint = QLabel::minimumSizeHint();
    return *sizes.minimumSizeHint;
}

int WrappedLabel::heightForWidth(int width) const
{
    Sizes &sizes = remembered();
    const auto known = std::find_if(sizes.heights.begin(), sizes.heights.end(),
                                    [width](const auto &entry) { return entry.first == width; });
    if (known != sizes.heights.end())
        return known->second;
    const int height = QLabel::heightForWidth(width);
    // A window settles on a few widths; the oldest is forgotten beyond eight.
    if (sizes.heights.size() >= 8)
        sizes.heights.erase(sizes.heights.begin());
    sizes.heights.emplace_back(width, height);
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
