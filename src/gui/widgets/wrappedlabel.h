#pragma once

#include <QFont>
#include <QLabel>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace dialoog {

// A word-wrapped label that remembers its sizes for its text. QLabel lays its whole
// text out again for every size a layout asks of it (a dozen times for a rich-text
// table each time a window opens); this one does so once for each width. The sizes are
// shared by every wrapped label with the same text, font and layout settings (a page's
// guidance is the same in every conversation window), so a window opened again does not
// lay those texts out at all. Its text format, alignment, margin and indent are set before
// it is first measured.
class WrappedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappedLabel)

public:
    explicit WrappedLabel(QWidget *parent = nullptr);
    WrappedLabel(const QString &text, QWidget *parent);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Sizes
    {
        std::optional<QSize> sizeHint;
        std::optional<QSize> minimumSizeHint;
        std::vector<std::pair<int, int>> heights; // width, height
    };

    // Finds the sizes again when what they were measured for has changed.
    Sizes &remembered() const;
    // Everything the sizes depend on.
    QString sizeKey() const;

    mutable bool m_known = false;
    mutable QString m_text;
    mutable QFont m_font;
    mutable std::shared_ptr<Sizes> m_sizes;
};

} // namespace dialoog
