#pragma once

#include <QHash>
#include <QIcon>
#include <QList>
#include <QPointer>
#include <QStringList>

#include "core/config/Parameter.h"
#include "core/store/Database.h"
#include "ui/dialogs/SettingsDialog.h"

class QFormLayout;
class QLabel;
class QThreadPool;

namespace Tessera::Ui {

/**
 * A settings page built from a declared parameter table (core/config/Parameter.h): one editor per
 * parameter — a spin box with the range and unit for Integer and Real, a line edit for Url and
 * HistoryRange — with the parameter's help as tooltip and Config::validate() as the judge, showing a
 * clear message under an editor whose text is not allowed. Values are the DATABASE settings
 * (Store::SettingsRepository), read and written on the given pool, never on the GUI thread; only
 * changed values are written, so settings left at their default stay "default" for the CLI.
 *
 * Reused for every declared table (fetch, model training, pipeline): give it the table, a title and an
 * icon, optionally a scope filter and translated labels. A page that composes it (DataSourceSettingsPage)
 * can read and write extra keys in the same transaction (setExtraKeys(), applyWith()).
 *
 * Threading: GUI thread only; the pool and the database outlive the page (MainWindow owns both).
 */
class ParameterSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    struct Spec
    {
        QString title;
        QIcon icon;
        QString objectName; ///< "fetchSettingsPage"; editors are named from their keys (editorObjectName())
        QList<Config::Parameter> parameters;
        /** Only parameters of this scope and unscoped ones; empty = every parameter of the table. */
        QString scope;
        /** Translated row labels by key; a missing one is made from the key ("maxConcurrent" → "Max
         * concurrent"). */
        QHash<QString, QString> labels;
        QString note; ///< optional text above the form
    };

    ParameterSettingsPage(Store::DatabasePtr db, QThreadPool* pool, Spec spec, QWidget* parent = nullptr);

    QString title() const override { return m_spec.title; }
    QIcon icon() const override { return m_spec.icon; }
    /** Starts reading the stored values (loaded() follows); the editors are disabled meanwhile. */
    void load() override;
    /** Writes the changed values (applyFinished() follows); nothing when the input is invalid. */
    void apply() override;
    bool validate() override;
    bool isApplying() const override { return m_applying; }

    /** apply() plus extra keys (not in the table, e.g. "fetch/provider") written when they changed. */
    void applyWith(const QHash<QString, QString>& extra);
    /** Keys outside the table that load() reads too (storedValue() gives them). */
    void setExtraKeys(const QStringList& keys) { m_extraKeys = keys; }

    /**
     * Shows the parameters of scope and the unscoped ones, hiding those of other scopes (a provider's
     * page hides the other provider's base URL); empty shows all.
     */
    void setActiveScope(const QString& scope);

    bool isLoaded() const { return m_loaded; }
    /** The editor's current text for key (as validate() sees it), or empty when key is not shown. */
    QString text(const QString& key) const;
    void setText(const QString& key, const QString& text);
    /** The value as last read from or written to the database; empty = not set (the default applies). */
    QString storedValue(const QString& key) const { return m_stored.value(key); }
    /** Whether key's row is visible under the active scope. */
    bool isShown(const QString& key) const;
    /** The message under key's editor, empty when its text is valid. */
    QString errorText(const QString& key) const;
    /** "fetch/yahoo/baseUrl" → "fetchYahooBaseUrlLineEdit" (spin boxes end in "SpinBox", choices in
     * "ComboBox"). */
    static QString editorObjectName(const Config::Parameter& p);

public slots:
    /** Puts every editor back to its declared default (written on apply). */
    void restoreDefaults();

signals:
    /** The stored values are shown (ok) or could not be read (the page shows why). */
    void loaded(bool ok);
    /** A write succeeded; the database holds what the page shows. */
    void saved();

private:
    struct Row
    {
        Config::Parameter param;
        QWidget* editor = nullptr;
        QLabel* label = nullptr;
        QWidget* field = nullptr;
        QLabel* error = nullptr;
    };

    void buildRow(QFormLayout* form, const Config::Parameter& p);
    void showValues();
    /** Validates row's text and shows or hides its message; the normalised text or an error. */
    Result<QString> checkRow(Row& row);
    void setEditorText(Row& row, const QString& text);
    QString editorText(const Row& row) const;
    void showPageError(const QString& message);

    Store::DatabasePtr m_db;
    QPointer<QThreadPool> m_pool;
    Spec m_spec;
    QList<Row> m_rows;
    QStringList m_extraKeys;
    QHash<QString, QString> m_stored; ///< key -> stored text ("" = not set)
    QString m_activeScope;
    QFormLayout* m_form = nullptr;
    QLabel* m_pageError = nullptr;
    bool m_loaded = false;
    bool m_applying = false;
    quint64 m_loadRequest = 0; ///< a newer load() drops the older one's result
};

} // namespace Tessera::Ui
