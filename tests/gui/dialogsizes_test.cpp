// Issue 18: every dialog fits its text, in English and Dutch, at the normal font and at
// 150 %. Set DIALOOG_DIALOG_SHOTS to a folder to keep a picture of each dialog there.
#include "dialogcatalog.h"
#include "guitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <QTextDocumentFragment>
#include <QTreeView>

using namespace dialoog;
using namespace dialoog::test;

namespace {

const QString typicalEmail = QStringLiteral("marieke.van.den.berg@example.org");

// The text as drawn: no mnemonic ampersands, no markup.
QString drawn(QString text)
{
    if (text.contains(QLatin1Char('<')))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    return text.replace(QStringLiteral("&&"), QStringLiteral("\x01"))
        .remove(QLatin1Char('&'))
        .replace(QLatin1Char('\x01'), QLatin1Char('&'));
}

QString nameOf(const QWidget *w)
{
    return QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') +
           (w->objectName().isEmpty() ? QStringLiteral("(unnamed)") : w->objectName());
}

int advance(const QWidget *w, const QString &text)
{
    return w->fontMetrics().horizontalAdvance(text);
}

// The room a line edit gives its text: its contents rectangle in its style, less the
// text margins and the 2 px QLineEdit keeps free on either side.
int textRoom(const QLineEdit *edit)
{
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.rect = edit->rect();
    option.lineWidth = edit->hasFrame()
                           ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit)
                           : 0;
    option.state |= QStyle::State_Sunken;
    const QRect contents =
        edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
    const QMargins margins = edit->textMargins();
    return contents.width() - margins.left() - margins.right() - 2 * 2;
}

int textRoom(const QComboBox *combo)
{
    if (combo->isEditable())
        return textRoom(combo->lineEdit());
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.frame = combo->hasFrame();
    option.subControls = QStyle::SC_All;
    option.currentText = combo->currentText();
    // The label is drawn 1 px in from either side of the edit field.
    return combo->style()
               ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo)
               .width() -
           2;
}

int textRoom(const QAbstractButton *button)
{
    QStyleOptionButton option;
    option.initFrom(button);
    option.text = button->text();
    option.icon = button->icon();
    option.iconSize = button->iconSize();
    QStyle::SubElement element = QStyle::SE_PushButtonContents;
    if (qobject_cast<const QCheckBox *>(button))
        element = QStyle::SE_CheckBoxContents;
    else if (qobject_cast<const QRadioButton *>(button))
        element = QStyle::SE_RadioButtonContents;
    const int icon = button->icon().isNull() ? 0 : button->iconSize().width() + 4;
    return button->style()->subElementRect(element, &option, button).width() - icon;
}

void checkLabels(const QDialog *dialog, QStringList &problems)
{
    for (const QLabel *label : dialog->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(dialog))
            continue;
        // A label with nothing to say is an empty strip in the dialog.
        if (label->text().isEmpty() && label->pixmap().isNull() && label->height() > 0 &&
            qobject_cast<const QWidget *>(label->parent()) == dialog) {
            problems << QStringLiteral("%1 is empty but takes %2 px")
                            .arg(nameOf(label))
                            .arg(label->height());
            continue;
        }
        if (label->text().isEmpty())
            continue;
        const int room = label->contentsRect().width() - 2 * label->margin();
        if (label->wordWrap()) {
            if (label->heightForWidth(label->width()) > label->height())
                problems << QStringLiteral("%1 \"%2\" needs %3 px height, has %4")
                                .arg(nameOf(label), drawn(label->text()).left(40))
                                .arg(label->heightForWidth(label->width()))
                                .arg(label->height());
            continue;
        }
        for (const QString &line : drawn(label->text()).split(QLatin1Char('\n'))) {
            if (advance(label, line) > room)
                problems << QStringLiteral("%1 \"%2\" needs %3 px, has %4")
                                .arg(nameOf(label), line)
                                .arg(advance(label, line))
                                .arg(room);
        }
    }
}

void checkFits(const QWidget *field, const QString &text, int room, QStringList &problems)
{
    if (!text.isEmpty() && advance(field, text) > room)
        problems << QStringLiteral("%1 \"%2\" needs %3 px, has %4")
                        .arg(nameOf(field), text)
                        .arg(advance(field, text))
                        .arg(room);
}

void checkFields(const QDialog *dialog, QStringList &problems)
{
    for (const QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
        if (!edit->isVisibleTo(dialog))
            continue;
        checkFits(edit, edit->text(), textRoom(edit), problems);
        checkFits(edit, edit->placeholderText(), textRoom(edit), problems);
    }
    for (const QComboBox *combo : dialog->findChildren<QComboBox *>()) {
        if (!combo->isVisibleTo(dialog))
            continue;
        // Every choice, not only the current one: each can be chosen.
        for (int i = 0; i < combo->count(); ++i)
            checkFits(combo, combo->itemText(i), textRoom(combo), problems);
    }
    for (const QPlainTextEdit *edit : dialog->findChildren<QPlainTextEdit *>()) {
        if (!edit->isVisibleTo(dialog) || edit->placeholderText().isEmpty())
            continue;
        // The placeholder wraps; it must fit the view at its width.
        const QRect view = edit->viewport()->rect().adjusted(4, 4, -4, -4);
        const QRect needed =
            edit->fontMetrics().boundingRect(view, Qt::TextWordWrap, edit->placeholderText());
        if (needed.height() > view.height() || needed.width() > view.width())
            problems << QStringLiteral("%1 placeholder needs %2x%3 px, has %4x%5")
                            .arg(nameOf(edit))
                            .arg(needed.width())
                            .arg(needed.height())
                            .arg(view.width())
                            .arg(view.height());
    }
    for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(dialog) &&
            (qobject_cast<const QPushButton *>(button) || qobject_cast<const QCheckBox *>(button) ||
             qobject_cast<const QRadioButton *>(button)))
            checkFits(button, drawn(button->text()), textRoom(button), problems);
    }
}

// Every column of a list or tree as wide as its header and its widest entry.
void checkColumns(const QDialog *dialog, QStringList &problems)
{
    for (const QTreeView *tree : dialog->findChildren<QTreeView *>()) {
        if (!tree->isVisibleTo(dialog) || !tree->model())
            continue;
        const QHeaderView *header = tree->header();
        for (int c = 0; c < tree->model()->columnCount(); ++c) {
            const int room = tree->columnWidth(c);
            const QString title = tree->model()->headerData(c, Qt::Horizontal).toString();
            const int wanted =
                std::max(static_cast<const QAbstractItemView *>(tree)->sizeHintForColumn(c),
                         header->isHidden() ? 0 : advance(header, title) + 8);
            if (wanted > room)
                problems << QStringLiteral("%1 column \"%2\" needs %3 px, has %4")
                                .arg(nameOf(tree), title)
                                .arg(wanted)
                                .arg(room);
        }
    }
}

// No empty strip: the lowest widget ends at the bottom margin, and a dialog with nothing
// that grows is no taller than its content asks.
void checkNoEmptyStrip(const QDialog *dialog, QStringList &problems)
{
    int lowest = 0;
    bool grows = false;
    for (const QWidget *w : dialog->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!w->isVisibleTo(dialog) || w->isWindow())
            continue;
        lowest = std::max(lowest, w->geometry().bottom() + 1);
    }
    for (const QWidget *w : dialog->findChildren<QWidget *>()) {
        if (w->isVisibleTo(dialog) && (w->sizePolicy().verticalPolicy() & QSizePolicy::ExpandFlag))
            grows = true;
    }
    const QLayout *layout = dialog->layout();
    REQUIRE(layout);
    const int gap = dialog->height() - lowest - layout->contentsMargins().bottom();
    if (gap > 2)
        problems << QStringLiteral("an empty strip of %1 px under the last widget").arg(gap);
    const int wanted = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                                   : layout->totalSizeHint().height();
    if (!grows && dialog->height() > wanted + 4)
        problems << QStringLiteral("%1 px tall where its content needs %2")
                        .arg(dialog->height())
                        .arg(wanted);
}

QStringList clippedIn(QDialog *dialog)
{
    QStringList problems;
    checkLabels(dialog, problems);
    checkFields(dialog, problems);
    checkColumns(dialog, problems);
    checkNoEmptyStrip(dialog, problems);
    return problems;
}

// The application font at `scale` times its size, for the widgets made while it lives.
class FontScale final
{
public:
    explicit FontScale(double scale) : m_old(QApplication::font())
    {
        QFont font = m_old;
        if (m_old.pointSizeF() > 0)
            font.setPointSizeF(m_old.pointSizeF() * scale);
        else
            font.setPixelSize(qRound(m_old.pixelSize() * scale));
        QApplication::setFont(font);
    }
    ~FontScale() { QApplication::setFont(m_old); }
    Q_DISABLE_COPY_MOVE(FontScale)

private:
    QFont m_old;
};

QStringList showAndCheck(QDialog *dialog, const QString &shot)
{
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    QApplication::processEvents();
    const QByteArray folder = qgetenv("DIALOOG_DIALOG_SHOTS");
    if (!folder.isEmpty() && !shot.isEmpty())
        dialog->grab().save(QDir(QString::fromLocal8Bit(folder)).filePath(shot + ".png"));
    return clippedIn(dialog);
}

} // namespace

TEST_CASE("every dialog shows its labels, fields and buttons whole, with no empty strip, in "
          "English and Dutch at the normal font and at 150 %")
{
    const bool dutch = GENERATE(false, true);
    const double scale = GENERATE(1.0, 1.5);
    const Language language(dutch);
    const FontScale font(scale);
    DialogWorld world;
    for (const auto &[name, open] : everyDialog()) {
        const std::unique_ptr<QDialog> dialog = open(world);
        const QString shot = scale == 1.0 ? name + QLatin1Char('-') + language.code() : QString();
        QStringList problems = showAndCheck(dialog.get(), shot);
        if (auto *preferences = qobject_cast<PreferencesDialog *>(dialog.get())) {
            for (int page = 1; page < preferences->pageList()->count(); ++page) {
                preferences->showPage(page);
                QApplication::processEvents();
                problems << clippedIn(preferences);
                if (!shot.isEmpty())
                    showAndCheck(preferences, shot + QStringLiteral("-%1").arg(page + 1));
            }
        }
        if (auto *employee = qobject_cast<EmployeeDialog *>(dialog.get())) {
            // Typed in, a full name and an e-mail address fit without scrolling.
            auto *nameEdit = child<QLineEdit>(employee, "nameEdit");
            auto *emailEdit = child<QLineEdit>(employee, "emailEdit");
            QStringList typed;
            checkFits(nameEdit, typicalName, textRoom(nameEdit), typed);
            checkFits(emailEdit, typicalEmail, textRoom(emailEdit), typed);
            problems << typed;
        }
        INFO(name.toStdString() << " in " << language.code().toStdString() << " at " << scale
                                << "x font, " << dialog->width() << "x" << dialog->height()
                                << " px:\n  "
                                << problems.join(QStringLiteral("\n  ")).toStdString());
        CHECK(problems.isEmpty());
        dialog->close();
    }
}

TEST_CASE("the size check finds a field narrowed back, a clipped label and an empty strip")
{
    DialogWorld world;
    EmployeeDialog dialog(Employee{}, {});
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *emailEdit = child<QLineEdit>(&dialog, "emailEdit");
    QStringList typed;
    checkFits(emailEdit, typicalEmail, textRoom(emailEdit), typed);
    REQUIRE(typed.isEmpty());

    // The field as it was before issue 18: about 120 px.
    emailEdit->setMinimumWidth(0);
    emailEdit->setFixedWidth(120);
    QApplication::processEvents();
    checkFits(emailEdit, typicalEmail, textRoom(emailEdit), typed);
    CHECK_FALSE(typed.isEmpty());

    // A label given less room than its text, and a dialog taller than its content.
    auto *label = child<QLabel>(&dialog, "rhythmLabel");
    label->setFixedWidth(advance(label, drawn(label->text())) / 2);
    dialog.resize(dialog.width(), dialog.height() + 80);
    QApplication::processEvents();
    const QStringList problems = clippedIn(&dialog);
    INFO(problems.join(QStringLiteral("\n")).toStdString());
    CHECK(problems.filter(QStringLiteral("rhythmLabel")).size() == 1);
    CHECK(problems.filter(QStringLiteral("tall where")).size() == 1);
}
