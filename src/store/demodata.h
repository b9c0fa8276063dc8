#pragma once

#include <QDate>
#include <QString>

namespace dialoog {

class Store;

struct DemoSummary
{
    int employees = 0;
    int conversations = 0;
};

// Fills the store with fictional people and conversations for demos and screenshots, in
// `language` ("nl" for Dutch, else English; the questions are the bank's in that
// language). The same `today` gives the same data; dates are spread before and after it.
// Every view has something to show: check-ins, reports sent, seen, agreed and disputed
// with the employee's response, and one person whose energy fell from 4 to 2.
DemoSummary fillDemoData(Store &store, const QDate &today,
                         const QString &language = QStringLiteral("en"));

} // namespace dialoog
