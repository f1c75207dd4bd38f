#include "ui/dialogs/ParameterSettingsPage.h"

#include <algorithm>

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/store/SettingsRepository.h"
#include "ui/common/ParameterLabels.h"

namespace Tessera::Ui {
namespace {

using Config::Parameter;
using Config::ParameterType;

/** Digits after the decimal point of a number's shortest text ("0.01" → 2, "20" → 0). */
int decimalsOf(double value)
{
    const QString text = QString::number(value);
    const qsizetype dot = text.indexOf(u'.');
    return dot < 0 || text.contains(u'e') ? 0 : static_cast<int>(text.size() - dot - 1);
}

/** Reads keys from the database settings on the calling (worker) thread; missing keys map to "". */
Result<QHash<QString, QString>> readValues(const Store::Database& db, const QStringList& keys)
{
    Store::SettingsRepository settings(db);
    QHash<QString, QString> out;
    for (const QString& key : keys) {
        auto value = settings.value(key);
        if (!value) {
            return fail(value.error());
        }
        out.insert(key, *value);
    }
    return out;
}

/** Writes values in one transaction on the calling (worker) thread. */
Result<void> writeValues(const Store::Database& db, const QHash<QString, QString>& values)
{
    Store::Transaction tx(db);
    if (!tx.isActive()) {
        return fail(tx.beginFailure());
    }
    Store::SettingsRepository settings(db);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (auto r = settings.setValue(it.key(), it.value()); !r) {
            return r;
        }
    }
    return tx.commit();
}

} // namespace

ParameterSettingsPage::ParameterSettingsPage(Store::DatabasePtr db,
                                             QThreadPool* pool,
                                             Spec spec,
                                             QWidget* parent)
    : SettingsPage(parent)
    , m_db(std::move(db))
    , m_pool(pool)
    , m_spec(std::move(spec))
{
    setObjectName(m_spec.objectName);
    auto* layout = new QVBoxLayout(this);
    if (!m_spec.note.isEmpty()) {
        auto* note = new QLabel(m_spec.note, this);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(note);
    }
    auto* form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const Parameter& p : std::as_const(m_spec.parameters)) {
        if (m_spec.scope.isEmpty() || p.scope.isEmpty() || p.scope == m_spec.scope) {
            buildRow(form, p);
        }
    }
    layout->addLayout(form);

    m_pageError = new QLabel(this);
    m_pageError->setObjectName(QStringLiteral("parameterPageErrorLabel"));
    m_pageError->setWordWrap(true);
    m_pageError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_pageError->hide();
    layout->addWidget(m_pageError);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto* defaults = new QPushButton(tr("Restore defaults"), this);
    defaults->setObjectName(QStringLiteral("restoreDefaultsButton"));
    defaults->setToolTip(tr("Show every value's default; Apply or OK saves them"));
    connect(defaults, &QPushButton::clicked, this, &ParameterSettingsPage::restoreDefaults);
    buttons->addWidget(defaults);
    layout->addLayout(buttons);
    layout->addStretch(1);
    setEnabled(false); // until load() has read the stored values
}

void ParameterSettingsPage::buildRow(QFormLayout* form, const Parameter& p)
{
    Row row;
    row.param = p;
    const QString suffix = p.unit.isEmpty() ? QString() : u' ' + p.unit;
    switch (p.type) {
    case ParameterType::Integer: {
        auto* spin = new QSpinBox(this);
        spin->setRange(static_cast<int>(p.minimum), static_cast<int>(p.maximum));
        spin->setSuffix(suffix);
        row.editor = spin;
        break;
    }
    case ParameterType::Real: {
        auto* spin = new QDoubleSpinBox(this);
        // Enough decimals for the minimum and the default (0.01 s → 2); loading may add more.
        spin->setDecimals(std::max({1, decimalsOf(p.minimum), decimalsOf(p.defaultValue.toDouble())}));
        spin->setRange(p.minimum, p.maximum);
        spin->setSingleStep(p.maximum - p.minimum >= 10 ? 1.0 : 0.1);
        spin->setSuffix(suffix);
        row.editor = spin;
        break;
    }
    case ParameterType::Url:
    case ParameterType::HistoryRange:
    case ParameterType::RealList:
    case ParameterType::Folder: {
        auto* edit = new QLineEdit(this);
        edit->setPlaceholderText(p.defaultValue);
        edit->setClearButtonEnabled(true);
        if (p.type == ParameterType::Folder) {
            // Empty means the feature's default place; the folder button picks one.
            edit->setPlaceholderText(tr("Default place"));
            QAction* browse =
                edit->addAction(style()->standardIcon(QStyle::SP_DirOpenIcon), QLineEdit::TrailingPosition);
            browse->setToolTip(tr("Choose a folder…"));
            connect(browse, &QAction::triggered, edit, [this, edit] {
                const QString dir =
                    QFileDialog::getExistingDirectory(this, tr("Choose a folder"), edit->text());
                if (!dir.isEmpty()) {
                    edit->setText(dir);
                }
            });
        }
        const QString key = p.key;
        connect(edit, &QLineEdit::textChanged, this, [this, key] {
            for (Row& r : m_rows) {
                if (r.param.key == key) {
                    (void)checkRow(r);
                }
            }
        });
        row.editor = edit;
        break;
    }
    case ParameterType::Choice: {
        auto* combo = new QComboBox(this);
        combo->addItems(p.choices);
        const QString key = p.key;
        connect(combo, &QComboBox::currentTextChanged, this, [this, key] {
            for (Row& r : m_rows) {
                if (r.param.key == key) {
                    (void)checkRow(r);
                }
            }
        });
        row.editor = combo;
        break;
    }
    }
    row.editor->setObjectName(editorObjectName(p));
    const QString toolTip =
        p.help + u'\n' + tr("Allowed: %1. Default: %2.").arg(Config::allowedValues(p), p.defaultValue);
    row.editor->setToolTip(toolTip);

    row.field = new QWidget(this);
    auto* fieldLayout = new QVBoxLayout(row.field);
    fieldLayout->setContentsMargins(0, 0, 0, 0);
    fieldLayout->setSpacing(2);
    fieldLayout->addWidget(row.editor);
    row.error = new QLabel(row.field);
    row.error->setWordWrap(true);
    row.error->setStyleSheet(QStringLiteral("color: #c62828;"));
    row.error->hide();
    fieldLayout->addWidget(row.error);

    const QString label = m_spec.labels.value(p.key, parameterLabel(p));
    row.label = new QLabel(tr("%1:").arg(label), this);
    row.label->setBuddy(row.editor);
    row.label->setToolTip(toolTip);
    form->addRow(row.label, row.field);
    m_rows.append(row);
}

QString ParameterSettingsPage::editorObjectName(const Parameter& p)
{
    QString name;
    for (const QString& part : p.key.split(u'/', Qt::SkipEmptyParts)) {
        name += name.isEmpty() ? part : part.left(1).toUpper() + part.mid(1);
    }
    if (p.type == ParameterType::Choice) {
        return name + QStringLiteral("ComboBox");
    }
    const bool spin = p.type == ParameterType::Integer || p.type == ParameterType::Real;
    return name + (spin ? QStringLiteral("SpinBox") : QStringLiteral("LineEdit"));
}

void ParameterSettingsPage::load()
{
    const quint64 request = ++m_loadRequest;
    m_loaded = false;
    setEnabled(false);
    QStringList keys = m_extraKeys;
    for (const Row& r : std::as_const(m_rows)) {
        keys << r.param.key;
    }
    QPointer<ParameterSettingsPage> self(this);
    QThreadPool* pool = m_pool ? m_pool.data() : QThreadPool::globalInstance();
    QtConcurrent::run(pool, [db = m_db, keys] {
        return readValues(*db, keys);
    }).then(this, [self, request](Result<QHash<QString, QString>> values) {
        if (!self || request != self->m_loadRequest) {
            return;
        }
        self->setEnabled(true);
        if (!values) {
            self->showPageError(tr("Could not read the settings: %1").arg(values.error().message));
            emit self->loaded(false);
            return;
        }
        self->m_stored = std::move(*values);
        self->showValues();
        self->m_loaded = true;
        emit self->loaded(true);
    });
}

void ParameterSettingsPage::showValues()
{
    m_pageError->hide();
    for (Row& row : m_rows) {
        const QString stored = m_stored.value(row.param.key);
        setEditorText(row, stored.isEmpty() ? row.param.defaultValue : stored);
        (void)checkRow(row);
    }
}

void ParameterSettingsPage::restoreDefaults()
{
    for (Row& row : m_rows) {
        setEditorText(row, row.param.defaultValue);
        (void)checkRow(row);
    }
}

bool ParameterSettingsPage::validate()
{
    QStringList invalid;
    for (Row& row : m_rows) {
        if (!checkRow(row)) {
            invalid << row.label->text().chopped(1);
        }
    }
    if (invalid.isEmpty()) {
        m_pageError->hide();
        return true;
    }
    showPageError(tr("Not saved: fix %1 first.").arg(invalid.join(QStringLiteral(", "))));
    return false;
}

void ParameterSettingsPage::apply()
{
    applyWith({});
}

void ParameterSettingsPage::applyWith(const QHash<QString, QString>& extra)
{
    if (!m_loaded || m_applying) {
        return; // nothing could be edited yet, or the previous write is still running
    }
    if (!validate()) {
        emit applyFinished(false);
        return;
    }
    // Only what changed: a value left at its default stays unset, so a new default reaches it later.
    QHash<QString, QString> changes;
    for (Row& row : m_rows) {
        const QString value = *checkRow(row);
        const QString stored = m_stored.value(row.param.key);
        const QString was =
            Config::validate(row.param, stored.isEmpty() ? row.param.defaultValue : stored).value_or(stored);
        if (value != was) {
            changes.insert(row.param.key, value);
        }
    }
    for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
        if (m_stored.value(it.key()) != it.value()) {
            changes.insert(it.key(), it.value());
        }
    }
    if (changes.isEmpty()) {
        emit saved();
        emit applyFinished(true);
        return;
    }
    m_applying = true;
    QPointer<ParameterSettingsPage> self(this);
    QThreadPool* pool = m_pool ? m_pool.data() : QThreadPool::globalInstance();
    QtConcurrent::run(pool, [db = m_db, changes] {
        return writeValues(*db, changes);
    }).then(this, [self, changes](Result<void> written) {
        if (!self) {
            return;
        }
        self->m_applying = false;
        if (!written) {
            self->showPageError(tr("Could not save the settings: %1").arg(written.error().message));
            emit self->applyFinished(false);
            return;
        }
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            self->m_stored.insert(it.key(), it.value());
        }
        self->m_pageError->hide();
        emit self->saved();
        emit self->applyFinished(true);
    });
}

void ParameterSettingsPage::setActiveScope(const QString& scope)
{
    m_activeScope = scope;
    for (Row& row : m_rows) {
        const bool shown = scope.isEmpty() || row.param.scope.isEmpty() || row.param.scope == scope;
        m_form->setRowVisible(row.field, shown); // no empty row spacing left behind
    }
}

bool ParameterSettingsPage::isShown(const QString& key) const
{
    for (const Row& row : m_rows) {
        if (row.param.key == key) {
            return m_activeScope.isEmpty() || row.param.scope.isEmpty() || row.param.scope == m_activeScope;
        }
    }
    return false;
}

QString ParameterSettingsPage::text(const QString& key) const
{
    for (const Row& row : m_rows) {
        if (row.param.key == key) {
            return editorText(row);
        }
    }
    return {};
}

void ParameterSettingsPage::setText(const QString& key, const QString& text)
{
    for (Row& row : m_rows) {
        if (row.param.key == key) {
            setEditorText(row, text);
            (void)checkRow(row);
        }
    }
}

QString ParameterSettingsPage::errorText(const QString& key) const
{
    for (const Row& row : m_rows) {
        if (row.param.key == key) {
            return row.error->isHidden() ? QString() : row.error->text();
        }
    }
    return {};
}

Result<QString> ParameterSettingsPage::checkRow(Row& row)
{
    const QString text = editorText(row);
    auto valid = Config::validate(row.param, text);
    if (valid) {
        row.error->hide();
    } else {
        row.error->setText(text.trimmed().isEmpty()
                               ? tr("A value is needed. Allowed: %1.").arg(Config::allowedValues(row.param))
                               : tr("“%1” is not allowed here. Allowed: %2.")
                                     .arg(text.trimmed(), Config::allowedValues(row.param)));
        row.error->show();
    }
    return valid;
}

void ParameterSettingsPage::setEditorText(Row& row, const QString& text)
{
    if (auto* spin = qobject_cast<QSpinBox*>(row.editor)) {
        bool ok = false;
        const int v = text.trimmed().toInt(&ok);
        spin->setValue(ok ? v : row.param.defaultValue.toInt());
    } else if (auto* real = qobject_cast<QDoubleSpinBox*>(row.editor)) {
        bool ok = false;
        const double v = text.trimmed().toDouble(&ok);
        const double value = ok ? v : row.param.defaultValue.toDouble();
        // A stored 0.125 must not be shown (and saved) as 0.13.
        real->setDecimals(std::max(real->decimals(), std::min(6, decimalsOf(value))));
        real->setValue(value);
    } else if (auto* edit = qobject_cast<QLineEdit*>(row.editor)) {
        edit->setText(text);
        edit->setCursorPosition(0); // a long URL shows its scheme and host, not its tail
    } else if (auto* combo = qobject_cast<QComboBox*>(row.editor)) {
        // A value this version does not know shows the default (as a spin box does with bad text).
        const int index = combo->findText(text.trimmed(), Qt::MatchFixedString);
        combo->setCurrentIndex(index >= 0 ? index : combo->findText(row.param.defaultValue));
    }
}

QString ParameterSettingsPage::editorText(const Row& row) const
{
    if (auto* spin = qobject_cast<QSpinBox*>(row.editor)) {
        return QString::number(spin->value());
    }
    if (auto* real = qobject_cast<QDoubleSpinBox*>(row.editor)) {
        return QString::number(real->value());
    }
    if (auto* edit = qobject_cast<QLineEdit*>(row.editor)) {
        return edit->text();
    }
    if (auto* combo = qobject_cast<QComboBox*>(row.editor)) {
        return combo->currentText();
    }
    return {};
}

void ParameterSettingsPage::showPageError(const QString& message)
{
    m_pageError->setText(message);
    m_pageError->show();
}

} // namespace Tessera::Ui
