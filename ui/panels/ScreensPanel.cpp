#include "ui/panels/ScreensPanel.h"

#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/common/Log.h"
#include "core/screens/FieldCatalog.h"
#include "core/screens/Strategy.h"
#include "core/store/ScreenRepository.h"
#include "ui/common/TableExport.h"

namespace Tessera::Ui {

namespace {

const QStringList& operators()
{
    static const QStringList ops = {QStringLiteral("<"),
                                    QStringLiteral("<="),
                                    QStringLiteral(">"),
                                    QStringLiteral(">="),
                                    QStringLiteral("="),
                                    QStringLiteral("!="),
                                    QStringLiteral("between"),
                                    QStringLiteral("in"),
                                    QStringLiteral("not in"),
                                    QStringLiteral("crosses above"),
                                    QStringLiteral("crosses below")};
    return ops;
}

/** A results cell that sorts by number. */
class NumberCell : public QTableWidgetItem
{
public:
    NumberCell(double v, const QString& text)
        : QTableWidgetItem(text)
        , m_value(v)
    {
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setData(Qt::UserRole, v);
    }
    bool operator<(const QTableWidgetItem& o) const override
    {
        const double b = o.data(Qt::UserRole).toDouble();
        if (std::isnan(m_value) || std::isnan(b)) {
            return !std::isnan(m_value) && std::isnan(b);
        }
        return m_value < b;
    }

private:
    double m_value;
};

QString numberText(double v)
{
    if (!std::isfinite(v)) {
        return QStringLiteral("—");
    }
    const double a = std::abs(v);
    return QLocale().toString(v, 'f', a >= 1000 ? 0 : a >= 1 ? 2 : 4);
}

} // namespace

QString conditionText(const ConditionRow& row)
{
    QString value = row.value.trimmed();
    if ((row.op == QStringLiteral("in") || row.op == QStringLiteral("not in"))
        && !value.startsWith(QLatin1Char('('))) {
        value = QLatin1Char('(') + value + QLatin1Char(')');
    }
    return QStringLiteral("%1 %2 %3").arg(row.field.trimmed(), row.op, value);
}

QString groupsText(const QList<QList<ConditionRow>>& groups)
{
    QStringList parts;
    QList<QList<ConditionRow>> nonEmpty;
    for (const auto& g : groups) {
        QList<ConditionRow> rows;
        for (const ConditionRow& r : g) {
            if (!r.field.trimmed().isEmpty()) {
                rows << r;
            }
        }
        if (!rows.isEmpty()) {
            nonEmpty << rows;
        }
    }
    for (const auto& g : nonEmpty) {
        QStringList conditions;
        for (const ConditionRow& r : g) {
            conditions << conditionText(r);
        }
        const QString joined = conditions.join(QStringLiteral(" and "));
        parts << (nonEmpty.size() > 1 && g.size() > 1 ? QLatin1Char('(') + joined + QLatin1Char(')')
                                                      : joined);
    }
    return parts.join(QStringLiteral(" or "));
}

namespace {

std::optional<ConditionRow> rowOf(const Screens::Node& n)
{
    using K = Screens::Node::Kind;
    ConditionRow r;
    r.field = n.field;
    switch (n.kind) {
    case K::Compare:
        r.op = QString::fromLatin1(Screens::compareOpText(n.op));
        r.value = n.rhs.toText();
        return r;
    case K::Between:
        r.op = QStringLiteral("between");
        r.value = n.rhs.toText() + QStringLiteral(" and ") + n.rhs2.toText();
        return r;
    case K::In: {
        r.op = n.negated ? QStringLiteral("not in") : QStringLiteral("in");
        QStringList items;
        for (const Screens::Operand& o : n.list) {
            items << o.toText();
        }
        r.value = items.join(QStringLiteral(", "));
        return r;
    }
    case K::Cross:
        r.op = n.above ? QStringLiteral("crosses above") : QStringLiteral("crosses below");
        r.value = n.rhs.toText();
        return r;
    default:
        return std::nullopt;
    }
}

std::optional<QList<ConditionRow>> andRows(const Screens::Node& n)
{
    QList<ConditionRow> rows;
    if (n.kind == Screens::Node::Kind::And) {
        for (const Screens::Node& c : n.children) {
            auto r = rowOf(c);
            if (!r) {
                return std::nullopt;
            }
            rows << *r;
        }
        return rows;
    }
    auto r = rowOf(n);
    if (!r) {
        return std::nullopt;
    }
    return QList<ConditionRow>{*r};
}

} // namespace

std::optional<QList<QList<ConditionRow>>> groupsOf(const Screens::Expression& e)
{
    QList<QList<ConditionRow>> groups;
    if (e.root.kind == Screens::Node::Kind::And && e.root.children.empty()) {
        return groups; // no condition
    }
    if (e.root.kind == Screens::Node::Kind::Or) {
        for (const Screens::Node& c : e.root.children) {
            auto rows = andRows(c);
            if (!rows) {
                return std::nullopt;
            }
            groups << *rows;
        }
        return groups;
    }
    auto rows = andRows(e.root);
    if (!rows) {
        return std::nullopt;
    }
    groups << *rows;
    return groups;
}

ScreensPanel::ScreensPanel(Store::DatabasePtr db, QThreadPool* readPool, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_pool(readPool)
{
    setObjectName(QStringLiteral("screensPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Screen:"), this));
    m_screens = new QComboBox(this);
    m_screens->setObjectName(QStringLiteral("screensComboBox"));
    m_screens->setMinimumContentsLength(18);
    top->addWidget(m_screens);
    auto* newButton = new QPushButton(tr("New"), this);
    newButton->setObjectName(QStringLiteral("screenNewButton"));
    auto* saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("screenSaveButton"));
    auto* saveAsButton = new QPushButton(tr("Save as…"), this);
    saveAsButton->setObjectName(QStringLiteral("screenSaveAsButton"));
    auto* deleteButton = new QPushButton(tr("Delete"), this);
    deleteButton->setObjectName(QStringLiteral("screenDeleteButton"));
    for (QPushButton* b : {newButton, saveButton, saveAsButton, deleteButton}) {
        top->addWidget(b);
    }
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("screenDescriptionLabel"));
    m_description->setWordWrap(true);
    top->addWidget(m_description, 1);
    layout->addLayout(top);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* editor = new QWidget(splitter);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(editor);
    scroll->setWidgetResizable(true);
    m_groupsHost = new QWidget(scroll);
    m_groupsLayout = new QVBoxLayout(m_groupsHost);
    m_groupsLayout->setContentsMargins(0, 0, 0, 0);
    m_groupsLayout->addStretch(1);
    scroll->setWidget(m_groupsHost);
    scroll->setMinimumHeight(scroll->fontMetrics().height() * 9); // about five condition rows
    editorLayout->addWidget(scroll, 1);
    auto* addGroupButton = new QPushButton(tr("+ Or group"), editor);
    addGroupButton->setObjectName(QStringLiteral("screenAddGroupButton"));
    addGroupButton->setToolTip(
        tr("An alternative set of conditions: a symbol passes when all of one group hold"));
    auto* groupRow = new QHBoxLayout;
    groupRow->addWidget(addGroupButton);
    groupRow->addStretch(1);
    editorLayout->addLayout(groupRow);

    auto* form = new QFormLayout;
    m_expression = new QLineEdit(editor);
    m_expression->setObjectName(QStringLiteral("screenExpressionEdit"));
    m_expression->setPlaceholderText(QStringLiteral("rsi_14 < 30 and close > sma_200 and pe_ratio < 25"));
    form->addRow(tr("Expression:"), m_expression);
    m_ranking = new QLineEdit(editor);
    m_ranking->setObjectName(QStringLiteral("screenRankingEdit"));
    m_ranking->setPlaceholderText(QStringLiteral("2*return_60d, -pe_ratio"));
    m_ranking->setToolTip(
        tr("Fields ranked by their per-day percentile among the selection; - ranks low values "
           "first; 2* doubles a field's weight"));
    form->addRow(tr("Rank by:"), m_ranking);
    auto* options = new QHBoxLayout;
    m_limit = new QSpinBox(editor);
    m_limit->setObjectName(QStringLiteral("screenLimitSpinBox"));
    m_limit->setRange(0, 5000);
    m_limit->setValue(50);
    m_limit->setSpecialValueText(tr("all"));
    options->addWidget(new QLabel(tr("Limit:"), editor));
    options->addWidget(m_limit);
    options->addWidget(new QLabel(tr("Selection:"), editor));
    m_selection = new QComboBox(editor);
    m_selection->setObjectName(QStringLiteral("screenSelectionComboBox"));
    m_selection->setEditable(true);
    m_selection->setMinimumContentsLength(18);
    m_selection->addItem(QStringLiteral("all"));
    options->addWidget(m_selection);
    m_watched = new QCheckBox(tr("Watch (alert when symbols enter or leave)"), editor);
    m_watched->setObjectName(QStringLiteral("screenWatchedCheckBox"));
    options->addWidget(m_watched);
    options->addStretch(1);
    m_run = new QPushButton(tr("Run"), editor);
    m_run->setObjectName(QStringLiteral("screenRunButton"));
    m_run->setDefault(true);
    options->addWidget(m_run);
    form->addRow(options);
    editorLayout->addLayout(form);
    m_status = new QLabel(editor);
    m_status->setObjectName(QStringLiteral("screenStatusLabel"));
    m_status->setWordWrap(true);
    editorLayout->addWidget(m_status);
    splitter->addWidget(editor);

    m_results = new QTableWidget(0, 0, splitter);
    m_results->setObjectName(QStringLiteral("screenResultsTableWidget"));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setAlternatingRowColors(true);
    m_results->verticalHeader()->hide();
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 6);
    m_results->horizontalHeader()->setStretchLastSection(true);
    installExportContextMenu(m_results, QStringLiteral("screen"));
    splitter->addWidget(m_results);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(m_screens, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_stored.size()) {
            showScreen(m_stored.at(index));
        }
    });
    connect(newButton, &QPushButton::clicked, this, [this] {
        Screens::ScreenDefinition s;
        s.name = tr("New screen");
        s.expression = QStringLiteral("rsi_14 < 30 and close > sma_200");
        m_screens->setCurrentIndex(-1);
        showScreen(s);
    });
    connect(saveButton, &QPushButton::clicked, this, &ScreensPanel::save);
    connect(saveAsButton, &QPushButton::clicked, this, &ScreensPanel::saveAs);
    connect(deleteButton, &QPushButton::clicked, this, &ScreensPanel::remove);
    connect(addGroupButton, &QPushButton::clicked, this, [this] {
        addGroup({ConditionRow{}});
        rowsChanged();
    });
    connect(m_expression, &QLineEdit::editingFinished, this, &ScreensPanel::textEdited);
    connect(m_run, &QPushButton::clicked, this, &ScreensPanel::runScreen);
    connect(m_results, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (const QTableWidgetItem* item = m_results->item(row, 1)) {
            emit symbolActivated(item->text());
        }
    });
}

void ScreensPanel::refresh()
{
    m_dirty = true;
    if (isVisible()) {
        loadList();
    }
}

void ScreensPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty) {
        loadList();
    }
}

void ScreensPanel::selectScreen(const QString& name)
{
    m_pendingSelect = name;
    for (int i = 0; i < m_stored.size(); ++i) {
        if (m_stored[i].name.compare(name, Qt::CaseInsensitive) == 0) {
            m_screens->setCurrentIndex(i);
            showScreen(m_stored[i]);
            return;
        }
    }
}

void ScreensPanel::loadList(const QString& select)
{
    m_dirty = false;
    QPointer<ScreensPanel> self(this);
    struct Lists
    {
        QList<Screens::ScreenDefinition> screens;
        QStringList selections;
    };
    QtConcurrent::run(m_pool, [db = m_db]() -> Result<Lists> {
        Lists out;
        auto all = Store::ScreenRepository(*db).all();
        if (!all) {
            return fail(all.error());
        }
        out.screens = *all;
        return out;
    }).then(this, [self, select](Result<Lists> read) {
        if (!self) {
            return;
        }
        if (!read) {
            self->m_status->setText(tr("Could not read the screens: %1").arg(read.error().message));
            emit self->listLoaded();
            return;
        }
        // Which screen to show is decided now, not when the read started: two reads can overlap (the
        // dock shown and a job's refresh), and the user may have picked another screen meanwhile.
        QString want = !self->m_pendingSelect.isEmpty() ? self->m_pendingSelect : select;
        if (want.isEmpty()) {
            want = self->m_shownName;
        }
        self->m_stored = read->screens;
        self->m_screens->clear();
        for (const Screens::ScreenDefinition& s : std::as_const(self->m_stored)) {
            self->m_screens->addItem(s.isStrategy() ? tr("%1 (strategy)").arg(s.name) : s.name);
        }
        int index = 0;
        for (int i = 0; i < self->m_stored.size(); ++i) {
            if (self->m_stored[i].name.compare(want, Qt::CaseInsensitive) == 0) {
                index = i;
                break;
            }
        }
        self->m_pendingSelect.clear();
        if (!self->m_stored.isEmpty()) {
            self->m_screens->setCurrentIndex(index);
            self->showScreen(self->m_stored.at(index));
        }
        emit self->listLoaded();
    });
}

void ScreensPanel::showScreen(const Screens::ScreenDefinition& s)
{
    if (s.name != m_shownName) {
        // Results belong to the screen that produced them: never show one screen's rows under another.
        m_results->clear();
        m_results->setRowCount(0);
        m_results->setColumnCount(0);
        ++m_runRequest; // a run still going for the previous screen is dropped when it answers
    }
    m_shownName = s.name;
    m_syncing = true;
    m_expression->setText(s.expression);
    m_ranking->setText(s.ranking);
    m_limit->setValue(s.limit);
    m_selection->setCurrentText(s.selection);
    m_watched->setChecked(s.watched);
    m_syncing = false;
    QString text = s.description;
    if (s.isStrategy()) {
        const QString filters = Screens::filterConditions(s.settings);
        text += (text.isEmpty() ? QString() : QStringLiteral(" "))
                + tr("Strategy filters (settings): %1").arg(filters.isEmpty() ? tr("none") : filters);
    }
    m_description->setText(text);
    textEdited();
}

QList<QList<ConditionRow>> ScreensPanel::groups() const
{
    QList<QList<ConditionRow>> out;
    for (QVBoxLayout* g : m_groupLayouts) {
        QList<ConditionRow> rows;
        for (int i = 0; i < g->count(); ++i) {
            QWidget* row = g->itemAt(i)->widget();
            if (!row || !row->property("conditionRow").toBool()) {
                continue;
            }
            auto* field = row->findChild<QComboBox*>(QStringLiteral("conditionFieldComboBox"));
            auto* op = row->findChild<QComboBox*>(QStringLiteral("conditionOperatorComboBox"));
            auto* value = row->findChild<QLineEdit*>(QStringLiteral("conditionValueEdit"));
            rows << ConditionRow{field->currentText(), op->currentText(), value->text()};
        }
        out << rows;
    }
    return out;
}

void ScreensPanel::setGroups(const QList<QList<ConditionRow>>& groups)
{
    // Remove every group box (the last item is the stretch).
    while (m_groupsLayout->count() > 1) {
        QLayoutItem* item = m_groupsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_groupLayouts.clear();
    for (const auto& g : groups) {
        addGroup(g);
    }
    if (groups.isEmpty()) {
        addGroup({ConditionRow{}});
    }
    rowsChanged();
}

void ScreensPanel::addGroup(const QList<ConditionRow>& rows)
{
    auto* box = new QGroupBox(m_groupLayouts.isEmpty() ? tr("All of") : tr("Or all of"), m_groupsHost);
    box->setObjectName(QStringLiteral("conditionGroupBox"));
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(6, 4, 6, 4);
    v->setSpacing(2);
    m_groupLayouts << v;
    // The button first: rows go in before it, in order.
    auto* add = new QToolButton(box);
    add->setObjectName(QStringLiteral("conditionAddButton"));
    add->setText(tr("+ condition"));
    add->setAutoRaise(true);
    v->addWidget(add);
    for (const ConditionRow& r : rows) {
        addRow(v, r);
    }
    connect(add, &QToolButton::clicked, this, [this, v] {
        addRow(v, ConditionRow{QStringLiteral("close"), QStringLiteral(">"), QStringLiteral("sma_200")});
        rowsChanged();
    });
    m_groupsLayout->insertWidget(m_groupsLayout->count() - 1, box);
}

QWidget* ScreensPanel::addRow(QVBoxLayout* group, const ConditionRow& r)
{
    auto* row = new QWidget(group->parentWidget());
    row->setProperty("conditionRow", true);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto* field = new QComboBox(row);
    field->setObjectName(QStringLiteral("conditionFieldComboBox"));
    field->setEditable(true);
    field->setMinimumContentsLength(18);
    const Screens::FieldCatalog& catalog = Screens::FieldCatalog::instance();
    for (const Screens::FieldInfo& f : catalog.fields()) {
        field->addItem(f.key);
        field->setItemData(
            field->count() - 1,
            QStringLiteral("%1 — %2 (%3)")
                .arg(QCoreApplication::translate("Screens", f.description.toUtf8().constData()),
                     QLatin1String(Screens::sourceName(f.source)),
                     f.unit),
            Qt::ToolTipRole);
    }
    auto* completer = new QCompleter(catalog.keys(), field);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    field->setCompleter(completer);
    field->setCurrentText(r.field);
    auto* op = new QComboBox(row);
    op->setObjectName(QStringLiteral("conditionOperatorComboBox"));
    op->addItems(operators());
    op->setCurrentText(r.op.isEmpty() ? QStringLiteral(">") : r.op);
    auto* value = new QLineEdit(r.value, row);
    value->setObjectName(QStringLiteral("conditionValueEdit"));
    value->setPlaceholderText(tr("number, field, 'text', a and b, a, b"));
    auto* remove = new QToolButton(row);
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove this condition"));
    remove->setAutoRaise(true);
    field->setMaximumWidth(field->fontMetrics().averageCharWidth() * 32);
    value->setMaximumWidth(value->fontMetrics().averageCharWidth() * 48);
    h->addWidget(field, 2);
    h->addWidget(op);
    h->addWidget(value, 3);
    h->addWidget(remove);
    h->addStretch(1);
    group->insertWidget(std::max(0, group->count() - 1), row);
    connect(field, &QComboBox::currentTextChanged, this, &ScreensPanel::rowsChanged);
    connect(op, &QComboBox::currentTextChanged, this, &ScreensPanel::rowsChanged);
    connect(value, &QLineEdit::textChanged, this, &ScreensPanel::rowsChanged);
    connect(remove, &QToolButton::clicked, this, [this, row] {
        row->deleteLater();
        row->setProperty("conditionRow", false);
        rowsChanged();
    });
    return row;
}

void ScreensPanel::rowsChanged()
{
    if (m_syncing) {
        return;
    }
    m_syncing = true;
    m_expression->setText(groupsText(groups()));
    m_syncing = false;
    // Check it as the user types: the column of a mistake shows at once.
    auto e = Screens::parseExpression(m_expression->text(), Screens::FieldCatalog::instance());
    m_status->setText(m_expression->text().isEmpty() || e ? QString() : e.error().message);
}

void ScreensPanel::textEdited()
{
    if (m_syncing) {
        return;
    }
    const QString text = m_expression->text();
    if (text.trimmed().isEmpty()) {
        m_syncing = true;
        setGroups({});
        m_syncing = false;
        m_status->clear();
        return;
    }
    auto e = Screens::parseExpression(text, Screens::FieldCatalog::instance());
    if (!e) {
        m_status->setText(tr("Expression: %1").arg(e.error().message));
        return;
    }
    m_status->clear();
    const auto groups = groupsOf(*e);
    m_syncing = true;
    setGroups(groups ? *groups : QList<QList<ConditionRow>>{});
    m_groupsHost->setEnabled(groups.has_value());
    m_groupsHost->setToolTip(groups ? QString()
                                    : tr("This expression uses not or nested parentheses: edit it as text"));
    m_expression->setText(groups ? groupsText(*groups) : e->toText());
    m_syncing = false;
}

Screens::ScreenDefinition ScreensPanel::definition() const
{
    Screens::ScreenDefinition s;
    const int index = m_screens->currentIndex();
    if (index >= 0 && index < m_stored.size()) {
        s = m_stored.at(index);
    } else {
        s.name = tr("New screen");
    }
    s.expression = m_expression->text();
    s.ranking = m_ranking->text();
    s.limit = m_limit->value();
    s.selection = m_selection->currentText().trimmed().isEmpty() ? QStringLiteral("all")
                                                                 : m_selection->currentText().trimmed();
    s.watched = m_watched->isChecked();
    return s;
}

void ScreensPanel::runScreen()
{
    const Screens::ScreenDefinition s = definition();
    if (auto c = Screens::compile(s); !c) {
        m_status->setText(c.error().message);
        emit ran();
        return;
    }
    m_status->setText(tr("Running…"));
    m_run->setEnabled(false);
    const quint64 request = ++m_runRequest;
    QPointer<ScreensPanel> self(this);
    QtConcurrent::run(m_pool, [db = m_db, s] {
        return Tasks::runScreen(*db, s, {}, {}, -1, {QStringLiteral("close")});
    }).then(this, [self, request](Result<Tasks::ScreenRun> run) {
        if (!self || request != self->m_runRequest) {
            return;
        }
        self->m_run->setEnabled(true);
        if (!run) {
            self->m_status->setText(tr("The screen failed: %1").arg(run.error().message));
            emit self->ran();
            return;
        }
        self->showRun(std::move(*run));
    });
}

void ScreensPanel::showRun(Tasks::ScreenRun run)
{
    const Screens::ScreenResult& r = run.result;
    QStringList fields = Screens::fieldNeeds(run.compiled.expression, run.compiled.ranking).fields;
    fields.removeAll(QStringLiteral("close"));
    fields.prepend(QStringLiteral("close"));
    QStringList headers = {tr("#"), tr("Symbol"), tr("Name"), tr("Score")};
    headers << fields;
    m_results->setSortingEnabled(false);
    m_results->clear();
    m_results->setColumnCount(static_cast<int>(headers.size()));
    m_results->setHorizontalHeaderLabels(headers);
    m_results->setRowCount(static_cast<int>(r.rows.size()));
    for (int i = 0; i < r.rows.size(); ++i) {
        const Screens::ScreenRow& row = r.rows[i];
        m_results->setItem(i, 0, new NumberCell(i + 1, QString::number(i + 1)));
        m_results->setItem(i, 1, new QTableWidgetItem(row.ticker));
        m_results->setItem(i, 2, new QTableWidgetItem(run.data.names.value(row.row)));
        m_results->setItem(i,
                           3,
                           new NumberCell(row.score,
                                          std::isfinite(row.score) ? QLocale().toString(row.score, 'f', 3)
                                                                   : QStringLiteral("—")));
        for (int c = 0; c < fields.size(); ++c) {
            const QString& f = fields[c];
            QTableWidgetItem* item = nullptr;
            if (run.data.numbers.contains(f)) {
                const double v = run.data.valueOf(f, row.row);
                item = new NumberCell(v, numberText(v));
            } else if (run.data.sets.contains(f)) {
                item = new QTableWidgetItem(
                    run.data.sets.value(f)[static_cast<size_t>(row.row)].join(QStringLiteral(", ")));
            } else {
                item = new QTableWidgetItem(run.data.textOf(f, row.row));
            }
            m_results->setItem(i, 4 + c, item);
        }
    }
    m_results->setSortingEnabled(true);
    m_results->resizeColumnsToContents();
    m_results->setColumnWidth(2, std::min(m_results->columnWidth(2), 240));
    QString text =
        tr("%1 of %2 symbols passed on %3%4 (read %5 ms, evaluated %6 ms).")
            .arg(r.matched)
            .arg(r.selectionSize)
            .arg(QLocale().toString(r.asOf, QLocale::ShortFormat))
            .arg(r.rows.size() < r.matched ? tr(", showing the first %1").arg(r.rows.size()) : QString())
            .arg(r.loadMs, 0, 'f', 0)
            .arg(r.evalMs, 0, 'f', 1);
    if (!r.missing.isEmpty()) {
        text += QLatin1Char(' ') + tr("Left out: %1.").arg(r.missingText());
    }
    m_status->setText(text);
    emit ran();
}

void ScreensPanel::save()
{
    Screens::ScreenDefinition s = definition();
    if (m_screens->currentIndex() < 0) {
        saveAs();
        return;
    }
    QPointer<ScreensPanel> self(this);
    QtConcurrent::run(m_pool, [db = m_db, s] {
        return Store::ScreenRepository(*db).save(s);
    }).then(this, [self, s](Result<qint64> id) {
        if (!self) {
            return;
        }
        if (!id) {
            self->m_status->setText(tr("Not saved: %1").arg(id.error().message));
            return;
        }
        emit self->message(tr("Screen '%1' saved").arg(s.name));
        self->m_shownName = s.name; // the rows on show are this screen's: keep them
        self->loadList(s.name);
        emit self->saved();
    });
}

void ScreensPanel::saveAs()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(
            this, tr("Save screen as"), tr("Name:"), QLineEdit::Normal, definition().name + tr(" copy"), &ok)
            .trimmed();
    if (!ok || name.isEmpty()) {
        return;
    }
    Screens::ScreenDefinition s = definition();
    // A copy of a strategy is a plain screen with the strategy's filters spelled out.
    s.expression = s.effectiveExpression();
    s.strategy.clear();
    s.settings = {};
    s.name = name;
    s.id = 0;
    m_screens->setCurrentIndex(-1);
    QPointer<ScreensPanel> self(this);
    QtConcurrent::run(m_pool, [db = m_db, s] {
        return Store::ScreenRepository(*db).save(s);
    }).then(this, [self, s](Result<qint64> id) {
        if (!self) {
            return;
        }
        if (!id) {
            self->m_status->setText(tr("Not saved: %1").arg(id.error().message));
            return;
        }
        emit self->message(tr("Screen '%1' saved").arg(s.name));
        self->m_shownName = s.name; // the rows on show are this screen's: keep them
        self->loadList(s.name);
        emit self->saved();
    });
}

void ScreensPanel::remove()
{
    const Screens::ScreenDefinition s = definition();
    if (m_screens->currentIndex() < 0) {
        return;
    }
    if (QMessageBox::question(this, tr("Delete screen"), tr("Delete the screen '%1'?").arg(s.name))
        != QMessageBox::Yes) {
        return;
    }
    QPointer<ScreensPanel> self(this);
    QtConcurrent::run(m_pool, [db = m_db, name = s.name] {
        return Store::ScreenRepository(*db).remove(name);
    }).then(this, [self](Result<void> r) {
        if (!self) {
            return;
        }
        if (!r) {
            self->m_status->setText(r.error().message);
            return;
        }
        self->loadList();
    });
}

} // namespace Tessera::Ui
