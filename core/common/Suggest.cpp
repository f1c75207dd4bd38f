#include "core/common/Suggest.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace Tessera {
namespace {

/** The ticker without its exchange suffix: "RELIANCE" for "RELIANCE.NS" (a leading dot is kept). */
QStringView baseOf(QStringView s)
{
    const qsizetype dot = s.lastIndexOf(u'.');
    return dot > 0 ? s.left(dot) : s;
}

} // namespace

int editDistance(QStringView a, QStringView b)
{
    // Optimal string alignment (restricted Damerau-Levenshtein): three rows of the classic table.
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<int> before(static_cast<size_t>(m + 1));
    std::vector<int> previous(static_cast<size_t>(m + 1));
    std::vector<int> current(static_cast<size_t>(m + 1));
    for (qsizetype j = 0; j <= m; ++j) {
        previous[static_cast<size_t>(j)] = static_cast<int>(j);
    }
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const auto J = static_cast<size_t>(j);
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int best = std::min({previous[J] + 1, current[J - 1] + 1, previous[J - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                best = std::min(best, before[J - 2] + 1);
            }
            current[J] = best;
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[static_cast<size_t>(m)];
}

QStringList closeMatches(const QString& wanted, const QStringList& candidates, int max)
{
    const QString w = wanted.trimmed().toUpper();
    if (w.isEmpty() || max <= 0) {
        return {};
    }
    const QStringView wBase = baseOf(w);
    struct Scored
    {
        int rank;
        int distance;
        QString candidate;
    };
    std::vector<Scored> scored;
    for (const QString& candidate : candidates) {
        const QString c = candidate.toUpper();
        const QStringView cBase = baseOf(c);
        int rank = -1;
        int distance = 0;
        if (c == w) {
            rank = 0;
        } else if (cBase == w || cBase == wBase) {
            rank = 1;
        } else if ((w.size() >= 3 && c.startsWith(w)) || (cBase.size() >= 3 && w.startsWith(cBase))) {
            rank = 2;
            distance = static_cast<int>(std::abs(c.size() - w.size()));
        } else {
            // A third of the longer text: one slip in a short ticker, two or three in a long name.
            const int limit = static_cast<int>(std::max(wBase.size(), cBase.size()) / 3);
            distance = std::min(editDistance(wBase, cBase), editDistance(w, c));
            if (limit > 0 && distance <= limit) {
                rank = 3;
            }
        }
        if (rank >= 0) {
            scored.push_back({rank, distance, candidate});
        }
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
        return a.rank != b.rank ? a.rank < b.rank : a.distance < b.distance;
    });
    QStringList out;
    for (const Scored& s : scored) {
        if (out.size() >= max) {
            break;
        }
        if (!out.contains(s.candidate)) {
            out << s.candidate;
        }
    }
    return out;
}

QString didYouMean(const QStringList& matches)
{
    if (matches.isEmpty()) {
        return {};
    }
    if (matches.size() == 1) {
        return QStringLiteral("; did you mean %1?").arg(matches.front());
    }
    return QStringLiteral("; did you mean %1 or %2?")
        .arg(matches.mid(0, matches.size() - 1).join(QStringLiteral(", ")), matches.back());
}

} // namespace Tessera
