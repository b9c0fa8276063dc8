#pragma once

#include <QDate>

namespace dialoog {

class Store;

struct DemoSummary
{
    int employees = 0;
    int conversations = 0;
};

// Fills the store with fictional people and conversations for demos and screenshots.
// The same `today` gives the same data; dates are spread before and after it.
DemoSummary fillDemoData(Store &store, const QDate &today);

} // namespace dialoog
