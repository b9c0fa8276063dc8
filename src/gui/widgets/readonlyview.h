#pragma once

class QLabel;
class QString;
class QWidget;

namespace dialoog {

// For a database opened read-only: nothing on screen may take an edit that could not
// be saved. Text stays selectable; controls that only show or print stay usable.
namespace ReadOnlyView {

// Widgets with this property set to true are left usable (section headers, print).
inline constexpr const char *keepProperty = "dialoogKeepWhenReadOnly";

// Makes every field under `root` read-only and disables every other control.
void lock(QWidget *root);
// The banner that says so, with the reason, for the top of a window.
QLabel *banner(const QString &reason, QWidget *parent);

} // namespace ReadOnlyView
} // namespace dialoog
