#pragma once

#include <QSize>
#include <QStringList>

class QLineEdit;
class QWidget;

namespace dialoog {

// Sizes that follow the text a widget shows, in its own font and style, so that a
// dialog fits its content in every language and at every font size.

// The width `edit` needs to show `text` whole.
int lineEditWidthFor(const QLineEdit *edit, const QString &text);

// Makes `edit` at least as wide as its placeholder and each typical value (an e-mail
// address, a full name), so a normal entry is never cut off.
void fitLineEdit(QLineEdit *edit, const QStringList &typical = {});

// Shapes of typical values to size fields by, not text a user reads: a long full name
// and a normal e-mail address.
QString sampleFullName();
QString sampleEmailAddress();

// The room `columns` average characters by `lines` lines take in `widget`'s font.
QSize textAreaSize(const QWidget *widget, int columns, int lines);

} // namespace dialoog
