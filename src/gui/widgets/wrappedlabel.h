#pragma once

#include <QFont>
#include <QLabel>
#include <optional>
#include <utility>
#include <vector>

namespace dialoog {

// A word-wrapped label that remembers its sizes for its text. QLabel lays its whole
// text out again for every size a layout asks of it (a dozen times for a rich-text
// table each time a window opens); this one does so once for each width. Its text format
// is set before it is first shown.
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
    // Forgets the sizes when what they were measured for has changed.
    void checkRemembered() const;

    mutable bool m_known = false;
    mutable QString m_text;
    mutable QFont m_font;
    mutable std::optional<QSize> m_sizeHint;
    mutable std::optional<QSize> m_minimumSizeHint;
    mutable std::vector<std::pair<int, int>> m_heights; // width, height
};

} // namespace dialoog
