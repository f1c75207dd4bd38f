#include "ui/portfolio/OrderTicketDialog.h"

#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/broker/BrokerConnections.h"
#include "core/broker/LiveTrading.h"
#include "core/portfolio/PaperEngine.h"
#include "core/portfolio/Portfolio.h"
#include "core/store/PortfolioRepository.h"
#include "core/store/SymbolRepository.h"

namespace Tessera::Ui {

using namespace Tessera::Portfolio;

namespace {

QDoubleSpinBox* priceBox(QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0, 1e9);
    box->setDecimals(2);
    box->setSpecialValueText(QObject::tr("—"));
    box->setMinimumWidth(140);
    return box;
}

/** The account box's item data: whether the account is a broker's (its orders are live). */
constexpr int kBrokerAccountRole = Qt::UserRole + 1;

struct Review
{
    Order order;
    CostEstimate estimate;
    QString account;
    QString currency;
    double available = 0;
    bool brokerAccount = false;
    bool liveOn = false; ///< broker/liveTrading, for a broker account
    QString broker;
    QString brokerAccountId;
};

} // namespace

OrderTicketDialog::OrderTicketDialog(Store::DatabasePtr db, QThreadPool* pool, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_pool(pool)
{
    setObjectName(QStringLiteral("orderTicketDialog"));
    setWindowTitle(tr("New order"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("ticketAccountComboBox"));
    form->addRow(tr("Account:"), m_account);
    m_symbol = new QLineEdit(this);
    m_symbol->setObjectName(QStringLiteral("ticketSymbolEdit"));
    m_symbol->setPlaceholderText(tr("Ticker, e.g. RELIANCE.NS"));
    form->addRow(tr("Symbol:"), m_symbol);
    m_side = new QComboBox(this);
    m_side->addItem(tr("Buy"), QStringLiteral("buy"));
    m_side->addItem(tr("Sell"), QStringLiteral("sell"));
    form->addRow(tr("Side:"), m_side);

    auto* sizeRow = new QHBoxLayout;
    m_byQuantity = new QRadioButton(tr("Quantity"), this);
    m_byAmount = new QRadioButton(tr("Amount"), this);
    m_byQuantity->setChecked(true);
    m_quantity = new QDoubleSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("ticketQuantitySpinBox"));
    m_quantity->setRange(0, 1e9);
    m_quantity->setDecimals(0);
    m_quantity->setValue(1);
    m_amount = new QDoubleSpinBox(this);
    m_amount->setRange(0, 1e12);
    m_amount->setDecimals(0);
    m_amount->setValue(100000);
    sizeRow->addWidget(m_byQuantity);
    sizeRow->addWidget(m_quantity, 1);
    sizeRow->addWidget(m_byAmount);
    sizeRow->addWidget(m_amount, 1);
    form->addRow(tr("Size:"), sizeRow);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("ticketTypeComboBox"));
    m_type->addItem(tr("Market"), QStringLiteral("market"));
    m_type->addItem(tr("Limit"), QStringLiteral("limit"));
    m_type->addItem(tr("Stop-limit (SL)"), QStringLiteral("stop-limit"));
    m_type->addItem(tr("Stop-market (SL-M)"), QStringLiteral("stop-market"));
    form->addRow(tr("Type:"), m_type);
    m_product = new QComboBox(this);
    m_product->addItem(tr("Delivery (CNC)"), QStringLiteral("delivery"));
    m_product->addItem(tr("Intraday (MIS), squared off at the close"), QStringLiteral("intraday"));
    form->addRow(tr("Product:"), m_product);
    m_price = priceBox(this);
    form->addRow(tr("Limit price:"), m_price);
    m_trigger = priceBox(this);
    form->addRow(tr("Trigger price:"), m_trigger);
    m_bracket = new QCheckBox(tr("Attach exits (OCO): sell at the target or at the stop"), this);
    form->addRow(QString(), m_bracket);
    m_target = priceBox(this);
    form->addRow(tr("Target:"), m_target);
    m_stop = priceBox(this);
    form->addRow(tr("Stop:"), m_stop);
    layout->addLayout(form);

    m_confirmation = new QLabel(tr("Review the order to see its estimated cost and charges."), this);
    m_confirmation->setObjectName(QStringLiteral("ticketConfirmationLabel"));
    m_confirmation->setWordWrap(true);
    m_confirmation->setTextFormat(Qt::RichText);
    m_confirmation->setMinimumHeight(m_confirmation->fontMetrics().height() * 7);
    m_confirmation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_confirmation->setFrameShape(QFrame::StyledPanel);
    m_confirmation->setMargin(8);
    layout->addWidget(m_confirmation);

    auto* buttons = new QDialogButtonBox(this);
    m_review = buttons->addButton(tr("Review"), QDialogButtonBox::ActionRole);
    m_place = buttons->addButton(tr("Place order"), QDialogButtonBox::AcceptRole);
    m_place->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_review, &QPushButton::clicked, this, &OrderTicketDialog::review);
    connect(m_place, &QPushButton::clicked, this, &OrderTicketDialog::place);
    for (QComboBox* box : {m_type, m_side, m_account, m_product}) {
        connect(box, &QComboBox::currentIndexChanged, this, &OrderTicketDialog::updateFields);
    }
    connect(m_bracket, &QCheckBox::toggled, this, &OrderTicketDialog::updateFields);
    connect(m_byQuantity, &QRadioButton::toggled, this, &OrderTicketDialog::updateFields);
    // Any edit after a review needs a new review before placing.
    for (QDoubleSpinBox* box : {m_quantity, m_amount, m_price, m_trigger, m_target, m_stop}) {
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] { m_place->setEnabled(false); });
    }
    connect(m_symbol, &QLineEdit::textChanged, this, [this] { m_place->setEnabled(false); });
    updateFields();
    loadAccounts();
}

void OrderTicketDialog::loadAccounts()
{
    QPointer<OrderTicketDialog> self(this);
    QtConcurrent::run(m_pool, [db = m_db]() -> Result<QList<Account>> {
        if (auto paper = paperAccount(*db); !paper) {
            return fail(paper.error());
        }
        return Store::PortfolioRepository(*db).accounts();
    }).then(this, [self](Result<QList<Account>> accounts) {
        if (!self || !accounts) {
            return;
        }
        for (const Account& a : std::as_const(*accounts)) {
            const QString label = a.kind == AccountKind::Broker
                                      ? tr("%1 (live, %2)").arg(a.name, Broker::brokerDisplayName(a.broker))
                                      : a.name;
            self->m_account->addItem(label, a.name);
            self->m_account->setItemData(
                self->m_account->count() - 1, a.kind == AccountKind::Broker, kBrokerAccountRole);
        }
        if (!self->m_pendingAccount.isEmpty()) {
            self->setAccount(self->m_pendingAccount);
        }
        emit self->accountsLoaded();
    });
}

bool OrderTicketDialog::hasAccounts() const
{
    return m_account->count() > 0;
}

void OrderTicketDialog::setAccount(const QString& name)
{
    const int index = m_account->findData(name);
    if (index < 0) {
        m_pendingAccount = name; // chosen when the accounts arrive
        return;
    }
    m_pendingAccount.clear();
    m_account->setCurrentIndex(index);
}

void OrderTicketDialog::setSymbol(const QString& ticker)
{
    m_symbol->setText(ticker);
}

void OrderTicketDialog::setSide(Side side)
{
    m_side->setCurrentIndex(side == Side::Buy ? 0 : 1);
}

void OrderTicketDialog::setLimitPrice(double price)
{
    m_type->setCurrentIndex(1);
    m_price->setValue(price);
}

void OrderTicketDialog::setBracket(double target, double stop)
{
    m_bracket->setChecked(target > 0 || stop > 0);
    m_target->setValue(target);
    m_stop->setValue(stop);
}

void OrderTicketDialog::updateFields()
{
    const QString type = m_type->currentData().toString();
    m_price->setEnabled(type == QLatin1String("limit") || type == QLatin1String("stop-limit"));
    m_trigger->setEnabled(type == QLatin1String("stop-limit") || type == QLatin1String("stop-market"));
    const bool buy = m_side->currentIndex() == 0;
    // Bracket exits are simulated (OCO) for paper accounts only; a broker takes its exits as orders.
    const bool broker = m_account->currentData(kBrokerAccountRole).toBool();
    m_bracket->setEnabled(buy && !broker);
    m_target->setEnabled(m_bracket->isEnabled() && m_bracket->isChecked());
    m_stop->setEnabled(m_bracket->isEnabled() && m_bracket->isChecked());
    m_quantity->setEnabled(m_byQuantity->isChecked());
    m_amount->setEnabled(!m_byQuantity->isChecked());
    m_place->setEnabled(false);
    m_place->setText(tr("Place order"));
    m_place->setToolTip(QString());
}

Order OrderTicketDialog::order() const
{
    Order o;
    o.symbol = m_symbol->text().trimmed();
    o.side = m_side->currentIndex() == 0 ? Side::Buy : Side::Sell;
    o.type = parseOrderType(m_type->currentData().toString()).value_or(OrderType::Market);
    o.product = m_product->currentIndex() == 0 ? Product::Delivery : Product::Intraday;
    o.quantity = m_byQuantity->isChecked() ? m_quantity->value() : 0;
    if (m_price->isEnabled() && m_price->value() > 0) {
        o.price = m_price->value();
    }
    if (m_trigger->isEnabled() && m_trigger->value() > 0) {
        o.triggerPrice = m_trigger->value();
    }
    if (m_bracket->isEnabled() && m_bracket->isChecked()) {
        if (m_target->value() > 0) {
            o.target = m_target->value();
        }
        if (m_stop->value() > 0) {
            o.stop = m_stop->value();
        }
    }
    o.note = QStringLiteral("order ticket");
    return o;
}

void OrderTicketDialog::review()
{
    const Order o = order();
    const double amount = m_byQuantity->isChecked() ? 0 : m_amount->value();
    const QString accountName = m_account->currentData().toString();
    m_place->setEnabled(false);
    m_confirmation->setText(tr("Estimating…"));
    QPointer<OrderTicketDialog> self(this);
    QtConcurrent::run(m_pool, [db = m_db, o, amount, accountName]() -> Result<Review> {
        auto account = resolveAccount(*db, accountName);
        if (!account) {
            return fail(account.error());
        }
        // The estimate prices from the stored bars; a broker account's order is estimated the same way.
        Account priced = *account;
        priced.kind = AccountKind::Paper;
        auto engine = PaperEngine::open(*db, account->isSimulated() ? *account : priced);
        if (!engine) {
            return fail(engine.error());
        }
        Review r;
        r.order = o;
        // The stored spelling ("RELIANCE" is RELIANCE.NS): what the confirmation names and placing places.
        auto stored = Store::SymbolRepository(*db).lookup(o.symbol);
        if (!stored) {
            return fail(stored.error());
        }
        if (!stored->has_value()) {
            return fail(Error::invalidInput(QObject::tr("unknown symbol '%1'").arg(o.symbol)));
        }
        r.order.symbol = **stored;
        if (amount > 0) {
            Order one = o;
            one.quantity = 1;
            auto unit = (*engine)->estimate(one);
            if (!unit) {
                return fail(unit.error());
            }
            r.order.quantity = unit->price > 0 ? std::floor(amount / unit->price) : 0;
        }
        if (r.order.quantity <= 0) {
            return fail(Error::invalidInput(QObject::tr("The quantity must be more than 0.")));
        }
        auto e = (*engine)->estimate(r.order);
        if (!e) {
            return fail(e.error());
        }
        r.estimate = *e;
        r.account = account->name;
        r.currency = account->currency;
        r.available = account->isSimulated() ? (*engine)->availableCash() : NAN;
        if (!account->isSimulated()) {
            r.brokerAccount = true;
            r.broker = account->broker;
            r.brokerAccountId = account->brokerAccount;
            auto on = Broker::liveTradingEnabled(*db);
            if (!on) {
                return fail(on.error());
            }
            r.liveOn = *on;
        }
        return r;
    }).then(this, [self](Result<Review> r) {
        if (!self) {
            return;
        }
        if (!r) {
            self->m_confirmation->setText(QStringLiteral("<b>%1</b>").arg(r.error().message.toHtmlEscaped()));
            emit self->reviewed();
            return;
        }
        const auto money = [](double v) {
            return QLocale().toString(v, 'f', 2);
        };
        const CostEstimate& e = r->estimate;
        const bool buy = r->order.side == Side::Buy;
        const double total = buy ? e.total() : e.value - e.slippage - e.charges.total();
        QString text =
            tr("<b>%1 %2 %3</b> (%4, %5) in <b>%6</b><br>at about %7 (close of %8): value %9 %10<br>"
               "Slippage ≈ %11 · charges %12 (brokerage %13, STT %14, exchange %15, SEBI %16, GST %17, stamp "
               "%18)<br><b>%19: %20 %10</b>")
                .arg(buy ? tr("Buy") : tr("Sell"),
                     QString::number(r->order.quantity),
                     r->order.symbol,
                     orderTypeText(r->order.type),
                     productText(r->order.product),
                     r->account.toHtmlEscaped(),
                     money(e.price),
                     QLocale().toString(e.priceDay, QLocale::ShortFormat),
                     money(e.value))
                .arg(r->currency,
                     money(e.slippage),
                     money(e.charges.total()),
                     money(e.charges.brokerage),
                     money(e.charges.stt),
                     money(e.charges.exchange),
                     money(e.charges.sebi),
                     money(e.charges.gst))
                .arg(money(e.charges.stamp), buy ? tr("Cash needed") : tr("Proceeds"), money(total));
        if (std::isfinite(r->available)) {
            text += tr("<br>Cash available: %1 %2").arg(money(r->available), r->currency);
            if (buy && total > r->available) {
                text += tr(" — <b>not enough: the paper account will reject it</b>");
            }
        }
        if (r->order.target || r->order.stop) {
            text += tr("<br>Exits after the fill: target %1, stop %2 (one cancels the other)")
                        .arg(r->order.target ? money(*r->order.target) : tr("none"),
                             r->order.stop ? money(*r->order.stop) : tr("none"));
        }
        self->m_reviewed = r->order;
        self->m_hasReview = true;
        self->m_liveAccount = r->brokerAccount;
        self->m_live = {};
        self->m_place->setText(tr("Place order"));
        self->m_place->setToolTip(QString());
        self->m_place->setEnabled(true);
        if (r->brokerAccount) {
            const QString broker = Broker::brokerDisplayName(r->broker);
            self->m_live = LiveOrderDetails{
                r->broker, r->brokerAccountId, r->account, r->order, total, r->currency, QString()};
            if (!r->liveOn) {
                // Nothing can go to the broker: the button itself says so, and how to change it.
                text += tr("<br><b>Live trading is off</b>, so nothing can go to %1. Turn it on with "
                           "<b>Brokers ▸ Live trading enabled</b> (or: tessera-cli settings set "
                           "broker/liveTrading on), then review again. The paper account needs no switch.")
                            .arg(broker);
                self->m_place->setText(tr("Live trading is off"));
                self->m_place->setToolTip(
                    tr("Orders for %1 need live trading: turn it on with Brokers ▸ Live trading enabled, "
                       "then review again.")
                        .arg(r->account));
                self->m_place->setEnabled(false);
            } else {
                text += tr("<br>A <b>live order</b> at %1: placing it asks for a confirmation naming the "
                           "broker and the account.")
                            .arg(broker);
                self->m_place->setText(tr("Place live order…"));
            }
        }
        self->m_confirmation->setText(text);
        emit self->reviewed();
    });
}

void OrderTicketDialog::place()
{
    if (!m_hasReview) {
        return;
    }
    Order o = m_reviewed;
    o.clientOrderId =
        PaperEngine::newClientOrderId(); // one id per confirmed ticket: a double click is one order
    const QString accountName = m_account->currentData().toString();
    // A broker account's order is confirmed by the user in a dialog the gateway opens from the pool.
    OrderConfirmer confirm;
    if (m_liveAccount) {
        LiveOrderDetails details = m_live;
        details.order = o;
        confirm = guiOrderConfirmer(this, details);
    }
    m_place->setEnabled(false);
    QPointer<OrderTicketDialog> self(this);
    QtConcurrent::run(m_pool, [db = m_db, o, accountName, confirm]() -> Result<Order> {
        auto account = resolveAccount(*db, accountName);
        if (!account) {
            return fail(account.error());
        }
        return placeOrder(*db, *account, o, nullptr, confirm);
    }).then(this, [self, accountName](Result<Order> placed) {
        if (!self) {
            return;
        }
        if (!placed) {
            self->m_confirmation->setText(
                tr("<b>Not placed:</b> %1").arg(placed.error().message.toHtmlEscaped()));
            // Declined or refused before anything was sent: the same review may be placed again. Not after
            // an unknown answer (Io): the order may be at the broker.
            self->m_place->setEnabled(placed.error().code != ErrorCode::Io);
            emit self->notPlaced(placed.error().message);
            return;
        }
        if (placed->status == OrderStatus::Rejected) {
            self->m_confirmation->setText(
                tr("<b>Rejected:</b> %1").arg(placed->statusMessage.toHtmlEscaped()));
        } else if (!placed->brokerOrderId.isEmpty()) {
            self->m_confirmation->setText(tr("<b>Order %1 is %2</b> at the broker (its order %3).")
                                              .arg(placed->clientOrderId,
                                                   statusText(placed->status),
                                                   placed->brokerOrderId.toHtmlEscaped()));
        } else {
            self->m_confirmation->setText(
                tr("<b>Order %1 is %2.</b> Paper orders fill from the next stored bar.")
                    .arg(placed->clientOrderId, statusText(placed->status)));
        }
        emit self->placed(accountName, placed->clientOrderId);
    });
}

} // namespace Tessera::Ui
