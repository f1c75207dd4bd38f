#include "core/ml/models/RandomForestModel.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <string>

#include <dlib/random_forest.h>

#include "core/ml/MlThreads.h"

namespace Tessera::Ml {

using Forest = dlib::random_forest_regression_function<dlib::dense_feature_extractor>;

struct RandomForestModel::Impl
{
    Forest forest;
    bool fitted = false;
};

RandomForestModel::RandomForestModel(const ModelParams& params)
    : m_impl(std::make_unique<Impl>())
    , m_params(params)
{}

RandomForestModel::~RandomForestModel() = default;

void RandomForestModel::fit(const TrainingView& rows)
{
    if (rows.rows < 2 || rows.columns < 1) {
        throw std::invalid_argument("random forest needs at least two rows and one feature");
    }
    if (m_params.rfXgboost) {
        m_xgb = std::make_unique<GradientBoostingModel>(m_params, true);
        m_xgb->fit(rows);
        m_columns = rows.columns;
        m_leaf = forestLeafRows(m_params, rows.rows);
        m_impl->fitted = true;
        return;
    }
    m_xgb.reset();
    configureDlibThreads(m_params.threads);
    m_columns = rows.columns;
    std::vector<dlib::matrix<double, 0, 1>> x(static_cast<size_t>(rows.rows));
    std::vector<double> y(rows.y, rows.y + rows.rows);
    for (int r = 0; r < rows.rows; ++r) {
        auto& sample = x[static_cast<size_t>(r)];
        sample.set_size(rows.columns);
        const double* src = rows.x + static_cast<size_t>(r) * static_cast<size_t>(rows.columns);
        for (int c = 0; c < rows.columns; ++c) {
            sample(c) = src[c];
        }
    }
    dlib::random_forest_regression_trainer<dlib::dense_feature_extractor> trainer;
    trainer.set_num_trees(static_cast<size_t>(m_params.rfTrees));
    // dlib has no depth limit: every node with more than min_samples_per_leaf rows is split (children may
    // be smaller). At least the setting (20), and at least 4 % of the rows on long histories, so a tree's
    // size does not grow with the history: it cannot chase single noisy days, and a 100-tree forest
    // stays ~60-100 KB stored (5 years of bars at a fixed 20: ~180 KB).
    const int leaf = forestLeafRows(m_params, rows.rows);
    trainer.set_min_samples_per_leaf(static_cast<size_t>(leaf));
    m_leaf = leaf;
    // 20 % of the 55 features per split (11) instead of Breiman's p/3 (18): more decorrelated trees on a
    // noise-dominated target, and split search (a stable_sort per candidate feature, ~75 % of the time)
    // costs 35 % less.
    trainer.set_feature_subsampling_fraction(m_params.rfFeatureFraction);
    // dlib seeds tree i with seed + i, so the forest is the same whichever pool thread builds which tree.
    trainer.set_seed(std::to_string(m_params.seed));
    m_impl->forest = trainer.train(x, y);
    m_impl->fitted = true;
}

std::vector<double> RandomForestModel::predict(const double* x, int rows) const
{
    std::vector<double> out(static_cast<size_t>(rows > 0 ? rows : 0));
    if (!m_impl->fitted) {
        throw std::logic_error("random forest used before fit");
    }
    if (m_xgb) {
        return m_xgb->predict(x, rows);
    }
    dlib::matrix<double, 0, 1> sample(m_columns);
    for (int r = 0; r < rows; ++r) {
        const double* src = x + static_cast<size_t>(r) * static_cast<size_t>(m_columns);
        for (int c = 0; c < m_columns; ++c) {
            sample(c) = src[c];
        }
        out[static_cast<size_t>(r)] = m_impl->forest(sample);
    }
    return out;
}

namespace {

constexpr quint32 kCompactMagic = 0x52464331;           // "RFC1"
constexpr char kXgboostMagic[4] = {'R', 'F', 'X', '1'}; // an XGBoost-built forest: the booster follows

using Node = dlib::internal_tree_node<dlib::dense_feature_extractor>;

/**
 * Writes 32-bit words byte plane by byte plane (all first bytes, then all second bytes, ...): float
 * thresholds and leaf values share exponents and high mantissa bytes, which zlib then finds as runs.
 */
void appendPlanes(QByteArray& out, const std::vector<quint32>& words)
{
    for (int plane = 0; plane < 4; ++plane) {
        for (quint32 w : words) {
            out.append(static_cast<char>((w >> (8 * plane)) & 0xffu));
        }
    }
}

std::vector<quint32> readPlanes(const char*& p, const char* end, size_t count)
{
    if (static_cast<size_t>(end - p) < 4 * count) {
        throw std::runtime_error("random forest payload is truncated");
    }
    std::vector<quint32> words(count, 0);
    for (int plane = 0; plane < 4; ++plane) {
        for (size_t i = 0; i < count; ++i) {
            words[i] |= static_cast<quint32>(static_cast<unsigned char>(*p++)) << (8 * plane);
        }
    }
    return words;
}

quint32 floatBits(float f)
{
    quint32 u = 0;
    std::memcpy(&u, &f, sizeof u);
    return u;
}

float bitsFloat(quint32 u)
{
    float f = 0;
    std::memcpy(&f, &u, sizeof f);
    return f;
}

} // namespace

QByteArray RandomForestModel::payload() const
{
    if (m_xgb) {
        return QByteArray(kXgboostMagic, 4) + m_xgb->payload();
    }
    // A compact, exact encoding of dlib's forest (its own serialize() spends ~15 bytes a node on
    // variable-length integers and a portable float format): per node the split feature, the float
    // threshold and the child links as offsets from the node (children are always allocated after
    // their parent, so offsets are small), per leaf its float value, all column by column so zlib
    // (ModelBlob) compresses them well: ~25 % smaller stored than dlib's format (float thresholds and
    // leaf values, ~70 % of the bytes, hardly compress); predictions are bit-identical (thresholds and
    // leaves are floats in dlib too).
    const auto& trees = m_impl->forest.get_internal_tree_nodes();
    const auto& leaves = m_impl->forest.get_tree_leaves();
    std::vector<quint32> header = {
        kCompactMagic, static_cast<quint32>(m_columns), static_cast<quint32>(trees.size())};
    std::vector<quint32> features, thresholds, lefts, rights, leafValues;
    for (size_t t = 0; t < trees.size(); ++t) {
        header.push_back(static_cast<quint32>(trees[t].size()));
        header.push_back(static_cast<quint32>(leaves[t].size()));
        for (size_t i = 0; i < trees[t].size(); ++i) {
            const Node& n = trees[t][i];
            features.push_back(static_cast<quint32>(n.split_feature));
            thresholds.push_back(floatBits(n.split_threshold));
            lefts.push_back(n.left - static_cast<quint32>(i));
            rights.push_back(n.right - static_cast<quint32>(i));
        }
        for (float v : leaves[t]) {
            leafValues.push_back(floatBits(v));
        }
    }
    QByteArray out;
    for (quint32 w : header) {
        for (int b = 0; b < 4; ++b) {
            out.append(static_cast<char>((w >> (8 * b)) & 0xffu));
        }
    }
    appendPlanes(out, features);
    appendPlanes(out, thresholds);
    appendPlanes(out, lefts);
    appendPlanes(out, rights);
    appendPlanes(out, leafValues);
    return out;
}

void RandomForestModel::load(const QByteArray& payload, int columns)
{
    if (payload.startsWith(QByteArray(kXgboostMagic, 4))) {
        m_xgb = std::make_unique<GradientBoostingModel>(m_params, true);
        m_xgb->load(payload.mid(4), columns);
        m_columns = columns;
        m_impl->fitted = true;
        return;
    }
    m_xgb.reset();
    const char* p = payload.constData();
    const char* end = p + payload.size();
    const auto word = [&p, end] {
        if (end - p < 4) {
            throw std::runtime_error("random forest payload is truncated");
        }
        quint32 w = 0;
        for (int b = 0; b < 4; ++b) {
            w |= static_cast<quint32>(static_cast<unsigned char>(*p++)) << (8 * b);
        }
        return w;
    };
    if (word() != kCompactMagic) {
        throw std::runtime_error("not a random forest payload");
    }
    const quint32 storedColumns = word();
    const quint32 treeCount = word();
    if (static_cast<int>(storedColumns) != columns || treeCount == 0 || treeCount > 100000) {
        throw std::runtime_error("random forest payload does not match its column count");
    }
    std::vector<std::pair<quint32, quint32>> sizes;
    size_t totalNodes = 0;
    size_t totalLeaves = 0;
    for (quint32 t = 0; t < treeCount; ++t) {
        const quint32 nodes = word();
        const quint32 leafCount = word();
        sizes.emplace_back(nodes, leafCount);
        totalNodes += nodes;
        totalLeaves += leafCount;
    }
    const std::vector<quint32> features = readPlanes(p, end, totalNodes);
    const std::vector<quint32> thresholds = readPlanes(p, end, totalNodes);
    const std::vector<quint32> lefts = readPlanes(p, end, totalNodes);
    const std::vector<quint32> rights = readPlanes(p, end, totalNodes);
    const std::vector<quint32> leafValues = readPlanes(p, end, totalLeaves);

    std::vector<std::vector<Node>> trees(treeCount);
    std::vector<std::vector<float>> leaves(treeCount);
    size_t nodeAt = 0;
    size_t leafAt = 0;
    for (quint32 t = 0; t < treeCount; ++t) {
        const auto [nodes, leafCount] = sizes[t];
        if (leafCount == 0) {
            throw std::runtime_error("random forest payload has a tree without leaves");
        }
        trees[t].resize(nodes);
        for (quint32 i = 0; i < nodes; ++i, ++nodeAt) {
            Node& n = trees[t][i];
            n.split_feature = features[nodeAt];
            n.split_threshold = bitsFloat(thresholds[nodeAt]);
            n.left = lefts[nodeAt] + i;
            n.right = rights[nodeAt] + i;
            if (n.split_feature >= storedColumns || n.left >= nodes + leafCount
                || n.right >= nodes + leafCount) {
                throw std::runtime_error("random forest payload has a node out of range");
            }
        }
        leaves[t].resize(leafCount);
        for (quint32 i = 0; i < leafCount; ++i, ++leafAt) {
            leaves[t][i] = bitsFloat(leafValues[leafAt]);
        }
    }
    // dense_feature_extractor learns its dimension from setup(); one empty sample of the right size does.
    dlib::dense_feature_extractor fe;
    std::vector<dlib::matrix<double, 0, 1>> probe(1, dlib::matrix<double, 0, 1>(columns));
    fe.setup(probe, std::vector<double>(1, 0.0));
    m_impl->forest = Forest(std::move(fe), std::move(trees), std::move(leaves));
    m_columns = columns;
    m_impl->fitted = true;
}

QJsonObject RandomForestModel::params() const
{
    if (m_xgb) {
        return m_xgb->params();
    }
    return QJsonObject{{QStringLiteral("library"), QStringLiteral("dlib random_forest_regression_trainer")},
                       {QStringLiteral("trees"), m_params.rfTrees},
                       {QStringLiteral("minSamplesPerLeaf"), m_leaf},
                       {QStringLiteral("featureFraction"), m_params.rfFeatureFraction},
                       {QStringLiteral("seed"), QString::number(m_params.seed)}};
}

} // namespace Tessera::Ml
