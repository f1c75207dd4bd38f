#include "core/ml/models/RidgeModel.h"

#include <cmath>
#include <limits>
#include <stdexcept>

#include <Eigen/Dense>

#include <QDataStream>
#include <QIODevice>

#include "core/ml/WalkForward.h"

namespace Tessera::Ml {
namespace {

constexpr quint32 kPayloadMagic = 0x52494447; // "RIDG"

} // namespace

RidgeModel::RidgeModel(const ModelParams&) {}

namespace {

using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/** The λ grid: λ/n = 10^(k/4) for k = -12..16, i.e. 10⁻³ .. 10⁴ (the top is all but "predict ȳ"). */
std::vector<double> lambdaGrid(int n)
{
    std::vector<double> grid;
    for (int k = -12; k <= 16; ++k) {
        grid.push_back(n * std::pow(10.0, k / 4.0));
    }
    return grid;
}

/** Standardisation of rows [0, n) of x: column means, population sds (0 = constant column, left out). */
struct Scaling
{
    Eigen::RowVectorXd mean;
    Eigen::RowVectorXd sd;

    static Scaling of(const Eigen::Ref<const RowMatrix>& x)
    {
        Scaling s;
        s.mean = x.colwise().mean();
        s.sd =
            ((x.rowwise() - s.mean).array().square().colwise().sum() / static_cast<double>(x.rows())).sqrt();
        for (Eigen::Index j = 0; j < s.sd.size(); ++j) {
            if (!(s.sd(j) > 1e-12 * (1 + std::fabs(s.mean(j))))) {
                s.sd(j) = 0; // a constant column carries nothing and would divide by zero
            }
        }
        return s;
    }

    Eigen::MatrixXd apply(const Eigen::Ref<const RowMatrix>& x) const
    {
        Eigen::MatrixXd z(x.rows(), x.cols());
        for (Eigen::Index j = 0; j < x.cols(); ++j) {
            if (sd(j) > 0) {
                z.col(j) = (x.col(j).array() - mean(j)) / sd(j);
            } else {
                z.col(j).setZero();
            }
        }
        return z;
    }
};

/**
 * Adds, for every λ of the grid, the squared error on validation rows [vb, ve) of ridge fitted on rows
 * [0, te). One eigendecomposition ZᵀZ = V D Vᵀ of the training rows serves the whole grid:
 * β(λ) = V diag(1/(d + λ)) Vᵀ Zᵀ(y − ȳ).
 */
void addValidationErrors(const Eigen::Ref<const RowMatrix>& x,
                         const Eigen::Ref<const Eigen::VectorXd>& y,
                         Eigen::Index te,
                         Eigen::Index vb,
                         Eigen::Index ve,
                         const std::vector<double>& grid,
                         std::vector<double>& sse)
{
    const Scaling s = Scaling::of(x.topRows(te));
    const Eigen::MatrixXd z = s.apply(x.topRows(te));
    const double ybar = y.head(te).mean();
    const Eigen::VectorXd c0 = z.transpose() * (y.head(te).array() - ybar).matrix();
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(z.transpose() * z);
    const Eigen::VectorXd d = eig.eigenvalues().cwiseMax(0.0);
    const Eigen::VectorXd c = eig.eigenvectors().transpose() * c0;
    const Eigen::MatrixXd zv = s.apply(x.middleRows(vb, ve - vb)) * eig.eigenvectors();
    const Eigen::VectorXd yv = y.segment(vb, ve - vb).array() - ybar;
    for (size_t k = 0; k < grid.size(); ++k) {
        const Eigen::VectorXd w = c.array() / (d.array() + grid[k]);
        sse[k] += (yv - zv * w).squaredNorm();
    }
}

} // namespace

void RidgeModel::fit(const TrainingView& rows)
{
    const int n = rows.rows;
    const int p = rows.columns;
    if (n < 2 || p < 1) {
        throw std::invalid_argument("ridge regression needs at least two rows and one feature");
    }
    m_columns = p;
    const Eigen::Map<const RowMatrix> x(rows.x, n, p);
    const Eigen::Map<const Eigen::VectorXd> y(rows.y, n);

    // λ by purged time-series cross-validation inside the training rows: three expanding inner folds,
    // each validation block preceded by a gap of `horizon` bars. Generalised cross-validation would be
    // cheaper, but it assumes independent errors and picks far too small a λ when neighbouring targets
    // overlap (5- and 21-day returns sampled daily).
    const std::vector<double> grid = lambdaGrid(n);
    std::vector<double> sse(grid.size(), 0.0);
    constexpr int kInnerFolds = 3;
    const int block = n / (kInnerFolds + 1);
    int used = 0;
    for (int k = 0; k < kInnerFolds && block >= 10; ++k) {
        const int vb = n - (kInnerFolds - k) * block;
        const int te = purgedTrainEnd(rows.barIndex, n, vb, rows.horizon);
        if (te < 20) {
            continue;
        }
        addValidationErrors(x, y, te, vb, vb + block, grid, sse);
        ++used;
    }
    // Ties (and no usable inner fold) go to the largest λ: without evidence, shrink towards ȳ.
    size_t best = grid.size() - 1;
    if (used > 0) {
        for (size_t k = grid.size(); k-- > 0;) {
            if (sse[k] < sse[best]) {
                best = k;
            }
        }
    }
    m_lambda = grid[best];

    const Scaling s = Scaling::of(x);
    m_mean.assign(s.mean.data(), s.mean.data() + p);
    m_scale.assign(s.sd.data(), s.sd.data() + p);
    const Eigen::MatrixXd z = s.apply(x);
    m_intercept = y.mean();
    Eigen::MatrixXd a = z.transpose() * z;
    a.diagonal().array() += m_lambda;
    const Eigen::VectorXd zty = z.transpose() * (y.array() - m_intercept).matrix();
    const Eigen::VectorXd beta = a.ldlt().solve(zty);
    m_beta.assign(beta.data(), beta.data() + p);
}

std::vector<double> RidgeModel::predict(const double* x, int rows) const
{
    if (m_beta.empty()) {
        throw std::logic_error("ridge regression used before fit");
    }
    std::vector<double> out(static_cast<size_t>(rows > 0 ? rows : 0));
    for (int r = 0; r < rows; ++r) {
        const double* row = x + static_cast<size_t>(r) * static_cast<size_t>(m_columns);
        double v = m_intercept;
        for (int j = 0; j < m_columns; ++j) {
            const double s = m_scale[static_cast<size_t>(j)];
            if (s > 0) {
                v += m_beta[static_cast<size_t>(j)] * (row[j] - m_mean[static_cast<size_t>(j)]) / s;
            }
        }
        out[static_cast<size_t>(r)] = v;
    }
    return out;
}

QByteArray RidgeModel::payload() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out.setFloatingPointPrecision(QDataStream::DoublePrecision);
    out << kPayloadMagic << static_cast<qint32>(m_columns) << m_lambda << m_intercept;
    for (int j = 0; j < m_columns; ++j) {
        out << m_mean[static_cast<size_t>(j)] << m_scale[static_cast<size_t>(j)]
            << m_beta[static_cast<size_t>(j)];
    }
    return bytes;
}

void RidgeModel::load(const QByteArray& payload, int columns)
{
    QDataStream in(payload);
    in.setVersion(QDataStream::Qt_6_4);
    in.setFloatingPointPrecision(QDataStream::DoublePrecision);
    quint32 magic = 0;
    qint32 p = 0;
    in >> magic >> p >> m_lambda >> m_intercept;
    if (magic != kPayloadMagic || p != columns || p <= 0) {
        throw std::runtime_error("ridge payload does not match its column count");
    }
    m_columns = p;
    m_mean.assign(static_cast<size_t>(p), 0);
    m_scale.assign(static_cast<size_t>(p), 0);
    m_beta.assign(static_cast<size_t>(p), 0);
    for (int j = 0; j < p; ++j) {
        in >> m_mean[static_cast<size_t>(j)] >> m_scale[static_cast<size_t>(j)]
            >> m_beta[static_cast<size_t>(j)];
    }
    if (in.status() != QDataStream::Ok) {
        throw std::runtime_error("ridge payload is truncated");
    }
}

QJsonObject RidgeModel::params() const
{
    return QJsonObject{{QStringLiteral("library"), QStringLiteral("Eigen LDLT")},
                       {QStringLiteral("standardised"), true},
                       {QStringLiteral("lambdaSelection"),
                        QStringLiteral("purged 3-fold time-series CV inside the training rows, lambda/n in "
                                       "[1e-3, 1e4]")},
                       {QStringLiteral("lambda"), m_lambda}};
}

} // namespace Tessera::Ml
