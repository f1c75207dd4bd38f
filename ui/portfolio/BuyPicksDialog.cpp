#include "ui/portfolio/BuyPicksDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/portfolio/PaperEngine.h"
#include "core/portfolio/Portfolio.h"
#include "core/portfolio/Replay.h"

namespace Tessera::Ui {

using namespace Tessera::Portfolio;

BuyPicksDialog::BuyPicksDialog(Store::DatabasePtr db,
                               QThreadPool* pool,
                               QList<Screens::Pick> picks,
                               QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_pool(pool)
    , m_picks(std::move(picks))
{
    setObjectName(QStringLiteral("buyPicksDialog"));
    setWindowTitle(tr("Buy the top picks"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("The paper account buys the best-ranked picks it does not hold yet, at the next "
                      "bar's open."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_top = new QSpinBox(this);
    m_top->setRange(1, 50);
    m_top->setValue(5);
    form->addRow(tr("Positions (top N):"), m_top);
    m_rule = new QComboBox(this);
    m_rule->addItem(tr("Equal weight of the cash"), QStringLiteral("equal"));
    m_rule->addItem(tr("Fixed amount each"), QStringLiteral("fixed"));
    m_rule->addItem(tr("Risk-based (to the pick's stop)"), QStringLiteral("risk"));
    form->addRow(tr("Position size:"), m_rule);
    m_amount = new QDoubleSpinBox(this);
    m_amount->setRange(0, 1e12);
    m_amount->setDecimals(0);
    m_amount->setValue(100000);
    form->addRow(tr("Amount each:"), m_amount);
    m_risk = new QDoubleSpinBox(this);
    m_risk->setRange(0.1, 20);
    m_risk->setValue(1);
    m_risk->setSuffix(QStringLiteral(" %"));
    form->addRow(tr("Risk per position:"), m_risk);
    m_bracket = new QCheckBox(tr("Attach each pick's target and stop as exits (OCO)"), this);
    m_bracket->setChecked(true);
    form->addRow(QString(), m_bracket);
    m_onlyBuy = new QCheckBox(tr("Only picks recommended BUY"), this);
    m_onlyBuy->setChecked(true);
    form->addRow(QString(), m_onlyBuy);
    layout->addLayout(form);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buy = buttons->addButton(tr("Buy"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buy, &QPushButton::clicked, this, &BuyPicksDialog::buy);
    const auto update = [this] {
        const QString rule = m_rule->currentData().toString();
        m_amount->setEnabled(rule == QLatin1String("fixed"));
        m_risk->setEnabled(rule == QLatin1String("risk"));
    };
    connect(m_rule, &QComboBox::currentIndexChanged, this, update);
    update();
}

void BuyPicksDialog::buy()
{
    ReplayConfig rule;
    rule.topN = m_top->value();
    rule.rule = parseSizeRule(m_rule->currentData().toString()).value_or(SizeRule::EqualWeight);
    rule.amount = m_amount->value();
    rule.riskPct = m_risk->value();
    rule.bracket = m_bracket->isChecked();
    rule.buyOnlyRecommended = m_onlyBuy->isChecked();
    m_buy->setEnabled(false);
    QPointer<BuyPicksDialog> self(this);
    QtConcurrent::run(m_pool, [db = m_db, picks = m_picks, rule]() -> Result<QList<Order>> {
        auto account = paperAccount(*db);
        if (!account) {
            return fail(account.error());
        }
        auto engine = PaperEngine::open(*db, *account);
        if (!engine) {
            return fail(engine.error());
        }
        return buyTopPicks(**engine, picks, rule, {}, QStringLiteral("pk"));
    }).then(this, [self](Result<QList<Order>> placed) {
        if (!self) {
            return;
        }
        self->m_buy->setEnabled(true);
        if (!placed) {
            self->m_result->setText(tr("Not placed: %1").arg(placed.error().message));
            return;
        }
        QStringList lines;
        for (const Order& o : std::as_const(*placed)) {
            lines << tr("%1 × %2").arg(QString::number(o.quantity), o.symbol);
        }
        self->m_result->setText(
            placed->isEmpty()
                ? tr("Nothing to buy: every slot is taken or the picks are held already.")
                : tr("%n order(s) placed in the paper account: %1", nullptr, static_cast<int>(placed->size()))
                      .arg(lines.join(QStringLiteral(", "))));
        emit self->placed();
    });
}

} // namespace Tessera::Ui
