#include "gui/widgets/clearbutton.h"

#include <QLineEdit>

namespace dialoog {

void addClearButtonWhenTyped(QLineEdit *edit)
{
    QObject::connect(
        edit, &QLineEdit::textChanged, edit, [edit] { edit->setClearButtonEnabled(true); },
        Qt::SingleShotConnection);
}

} // namespace dialoog
