#include "core/screens/ScreenData.h"

#include <limits>

namespace Tessera::Screens {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

qsizetype ScreenData::addSymbol(const QString& ticker, qint64 symbolId, const QString& name)
{
    tickers << ticker;
    names << name;
    symbolIds.push_back(symbolId);
    for (NumericColumn& c : numbers) {
        c.now.push_back(kNaN);
        c.prev.push_back(kNaN);
    }
    for (auto& c : texts) {
        c.emplace_back();
    }
    for (auto& c : sets) {
        c.emplace_back();
    }
    return tickers.size() - 1;
}

NumericColumn& ScreenData::number(const QString& key)
{
    auto it = numbers.find(key);
    if (it == numbers.end()) {
        NumericColumn c;
        c.now.assign(static_cast<size_t>(size()), kNaN);
        c.prev.assign(static_cast<size_t>(size()), kNaN);
        it = numbers.insert(key, std::move(c));
    }
    return *it;
}

std::vector<QString>& ScreenData::text(const QString& key)
{
    auto it = texts.find(key);
    if (it == texts.end()) {
        it = texts.insert(key, std::vector<QString>(static_cast<size_t>(size())));
    }
    return *it;
}

std::vector<QStringList>& ScreenData::set(const QString& key)
{
    auto it = sets.find(key);
    if (it == sets.end()) {
        it = sets.insert(key, std::vector<QStringList>(static_cast<size_t>(size())));
    }
    return *it;
}

double ScreenData::valueOf(const QString& key, qsizetype row) const
{
    const auto it = numbers.constFind(key);
    return it == numbers.cend() ? kNaN : it->now[static_cast<size_t>(row)];
}

double ScreenData::previousOf(const QString& key, qsizetype row) const
{
    const auto it = numbers.constFind(key);
    return it == numbers.cend() ? kNaN : it->prev[static_cast<size_t>(row)];
}

QString ScreenData::textOf(const QString& key, qsizetype row) const
{
    const auto it = texts.constFind(key);
    return it == texts.cend() ? QString() : (*it)[static_cast<size_t>(row)];
}

} // namespace Tessera::Screens
