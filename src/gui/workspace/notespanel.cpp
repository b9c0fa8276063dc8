#include "gui/workspace/notespanel.h"

#include "gui/platform/scrollbarbands.h"
#include "gui/widgets/wrappedlabel.h"
#include "gui/workspace/notedelegate.h"
#include "services/conversationdocument.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QScrollBar>
#include <QVBoxLayout>
#include <algorithm>

namespace dialoog {

NotesPanel::NotesPanel(ConversationDocument &document, QWidget *parent) : NotesPanel(parent)
{
    bind(document);
}

NotesPanel::NotesPanel(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_input(new QLineEdit(this)),
      m_kindLabel(new QLabel(m_input))
{
    m_list->setWordWrap(true);
    m_list->setItemDelegate(new NoteDelegate(m_list));
    // Wrapped notes have heights of their own, and the list lays out every one of them
    // when one is added: in a conversation of a thousand notes that blocked typing for
    // 50 ms. In batches, the event loop runs between them. A batch holds a long
    // conversation's notes (about 1 ms for 200, their sizes kept by NoteDelegate): between
    // batches the list is as long as its first one, and showed its top for a moment.
    m_list->setLayoutMode(QListView::Batched);
    m_list->setBatchSize(400);
    // The newest note stays in sight while the batches lengthen the list, unless the
    // user scrolls away to read an earlier one.
    connect(m_list->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] {
        if (m_followNewest)
            showNewest();
    });
    connect(m_list->verticalScrollBar(), &QScrollBar::actionTriggered, this,
            [this] { m_followNewest = false; });
    paintInBands(m_list->verticalScrollBar()); // repainted with every note
    m_list->setAlternatingRowColors(true);
    m_list->setFocusPolicy(Qt::ClickFocus);
    m_list->setAccessibleName(tr("Notes"));
    m_input->setAccessibleName(tr("New note"));
    m_input->setObjectName(QStringLiteral("noteInput"));
    m_input->installEventFilter(this);
    // The palette's highlight reads in the light, dark and high-contrast appearances alike.
    m_kindLabel->setObjectName(QStringLiteral("noteKind"));
    m_kindLabel->setStyleSheet(QStringLiteral(
        "QLabel#noteKind { background: palette(highlight); color: palette(highlighted-text); "
        "border-radius: 3px; padding: 0px 4px; font-weight: bold; }"));
    // The same text in every window: its sizes are measured once (WrappedLabel).
    auto *help =
        new WrappedLabel(tr("Enter: note · Ctrl+Shift+A: action item · Ctrl+Shift+G: "
                            "agreement · Ctrl+Shift+P: private note, before or after typing · "
                            "Esc: a plain note again"),
                         this);
    QFont small = help->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    help->setFont(small);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_input);
    layout->addWidget(help);
    connect(m_input, &QLineEdit::returnPressed, this, [this] {
        if (m_line && m_line->enter(m_input->text()))
            m_input->clear();
    });
    showKind(NoteKind::Note);
}

NotesPanel::~NotesPanel() = default;

void NotesPanel::bind(ConversationDocument &document)
{
    Q_ASSERT(!m_document);
    m_document = &document;
    m_line = std::make_unique<NoteLine>(document);
    connect(m_line.get(), &NoteLine::kindChanged, this, &NotesPanel::showKind);
}

void NotesPanel::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    refresh();
}

NoteLine::Outcome NotesPanel::choose(NoteKind kind)
{
    const NoteLine::Outcome outcome = m_line->choose(kind, m_input->text());
    if (outcome == NoteLine::Outcome::Added)
        m_input->clear();
    else if (outcome == NoteLine::Outcome::KindSet)
        m_input->setFocus(Qt::ShortcutFocusReason);
    return outcome;
}

bool NotesPanel::take(NoteKind kind)
{
    return !m_input->text().trimmed().isEmpty() && choose(kind) == NoteLine::Outcome::Added;
}

void NotesPanel::escape()
{
    if (m_input->hasFocus() && m_line->clearKind())
        return;
    m_input->setFocus(Qt::ShortcutFocusReason);
}

// The kind is said in the line itself: a coloured label at its start and a placeholder
// that says what Enter and Esc do.
void NotesPanel::showKind(NoteKind kind)
{
    QString name;
    switch (kind) {
    case NoteKind::Note:
        break;
    case NoteKind::ActionItem:
        name = tr("Action item");
        break;
    case NoteKind::Agreement:
        name = tr("Agreement");
        break;
    case NoteKind::PrivateNote:
        name = tr("Private note");
        break;
    }
    // Short: the panel is narrow, and the label already names the kind.
    const QString placeholder =
        name.isEmpty() ? tr("Type a note and press Enter") : tr("then Enter · Esc: a plain note");
    m_kindLabel->setText(name);
    m_kindLabel->setVisible(!name.isEmpty());
    m_input->setPlaceholderText(placeholder);
    m_input->setAccessibleDescription(name);
    placeKindLabel();
}

void NotesPanel::placeKindLabel()
{
    if (m_kindLabel->isHidden()) {
        m_input->setTextMargins(0, 0, 0, 0);
        return;
    }
    m_kindLabel->adjustSize();
    const int gap = 3;
    const int height = std::min(m_kindLabel->sizeHint().height(), m_input->height() - 2 * gap);
    m_kindLabel->setGeometry(gap + 1, (m_input->height() - height) / 2,
                             m_kindLabel->sizeHint().width(), height);
    m_input->setTextMargins(m_kindLabel->width() + gap, 0, 0, 0);
}

bool NotesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::Resize)
        placeKindLabel();
    return QWidget::eventFilter(watched, event);
}

namespace {
// What a line in the list shows: a save gives a note its id, which is not shown.
bool looksTheSame(const Note &a, const Note &b)
{
    return a.createdAt == b.createdAt && a.phase == b.phase && a.isPrivate == b.isPrivate &&
           a.text == b.text;
}
} // namespace

void NotesPanel::refresh()
{
    if (!m_loaded)
        return;
    const std::vector<Note> &notes = m_document->record().notes;
    // A note added is the common change: it is appended, rather than every note laid
    // out again, which made Enter stall in a long conversation.
    const bool onlyAdded = notes.size() >= m_shown.size() &&
                           std::equal(m_shown.begin(), m_shown.end(), notes.begin(), looksTheSame);
    if (onlyAdded && notes.size() == m_shown.size())
        return;
    if (!onlyAdded) {
        m_list->clear();
        m_shown.clear();
    }
    for (std::size_t i = m_shown.size(); i < notes.size(); ++i)
        append(notes[i]);
    m_shown = notes;
    m_followNewest = true;
    m_list->verticalScrollBar()->setValue(m_list->verticalScrollBar()->maximum());
}

// Called as the list's layout lengthens it. The scroll moves no pixels but repaints the
// list: a list laid out again is repainted whole anyway, and moving its pixels on X11
// first waits for the X server to answer, several milliseconds of a note's Enter on a
// quiet machine. (Before the layout, a repaint would show the list empty for a moment.)
void NotesPanel::showNewest()
{
    QWidget *viewport = m_list->viewport();
    viewport->setUpdatesEnabled(false);
    m_list->verticalScrollBar()->setValue(m_list->verticalScrollBar()->maximum());
    viewport->setUpdatesEnabled(true);
}

void NotesPanel::append(const Note &note)
{
    const QString time = QLocale().toString(note.createdAt.time(), QLocale::ShortFormat);
    auto *item = new QListWidgetItem(
        note.isPrivate ? tr("%1 · %2 · private: %3").arg(time, displayName(note.phase), note.text)
                       : tr("%1 · %2: %3").arg(time, displayName(note.phase), note.text),
        m_list);
    if (note.isPrivate) {
        QFont font = item->font();
        font.setItalic(true);
        item->setFont(font);
        item->setIcon(QIcon::fromTheme(QStringLiteral("security-high")));
        item->setToolTip(
            tr("Private: yours alone, never printed or exported unless you ask for it."));
    }
}

} // namespace dialoog
