#pragma once

class QSplitter;

namespace dialoog {

// Widens the first pane of a two-pane splitter to `wanted`, taking the room from the
// second down to its minimum size. It never narrows the pane: a user who widened it
// keeps that, and one who narrowed it gets it back only when the texts grow.
void widenFirstPane(QSplitter *splitter, int wanted);

} // namespace dialoog
