#pragma once

#include <QWidget>

class QToolButton;

namespace dialoog {

// A titled section whose content folds away with a click on its title.
class CollapsibleSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollapsibleSection)

public:
    CollapsibleSection(const QString &title, QWidget *content, QWidget *parent = nullptr);

    void setExpanded(bool expanded);
    bool isExpanded() const;
    QWidget *content() const { return m_content; }

private:
    QToolButton *m_header;
    QWidget *m_content;
};

} // namespace dialoog
