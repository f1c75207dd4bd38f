#include "ui/charts/IndicatorsDialog.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/charts/CandleChartView.h"
#include "ui/common/UiSettings.h"

namespace Tessera::Ui {
namespace {

constexpr int KeyRole = Qt::UserRole;

} // namespace

IndicatorsDialog::IndicatorsDialog(CandleChartView* chart)
    : QDialog(chart)
    , m_chart(chart)
{
    setObjectName(QStringLiteral("indicatorsDialog"));
    setWindowTitle(tr("Indicators"));
    auto* layout = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    auto* left = new QVBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("indicatorSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search indicators"));
    m_search->setClearButtonEnabled(true);
    left->addWidget(m_search);
    m_catalog = new QListWidget(this);
    m_catalog->setObjectName(QStringLiteral("indicatorCatalogList"));
    left->addWidget(m_catalog, 1);
    auto* add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addIndicatorButton"));
    left->addWidget(add);
    columns->addLayout(left, 1);

    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("On the chart"), this));
    m_studies = new QListWidget(this);
    m_studies->setObjectName(QStringLiteral("chartStudiesList"));
    right->addWidget(m_studies, 1);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeIndicatorButton"));
    right->addWidget(m_remove);
    m_formBox = new QGroupBox(tr("Parameters"), this);
    m_form = new QFormLayout(m_formBox);
    right->addWidget(m_formBox);
    columns->addLayout(right, 1);

    auto* templates = new QHBoxLayout;
    templates->addWidget(new QLabel(tr("Template:"), this));
    m_templates = new QComboBox(this);
    m_templates->setObjectName(QStringLiteral("templateComboBox"));
    m_templates->setMinimumContentsLength(14);
    templates->addWidget(m_templates, 1);
    const struct
    {
        const char* objectName;
        QString text;
        QString tip;
        void (IndicatorsDialog::*slot)();
    } buttons[] = {
        {"loadTemplateButton",
         tr("Load"),
         tr("Replace the chart's indicators by the template's"),
         &IndicatorsDialog::loadTemplate},
        {"saveTemplateButton",
         tr("Save as…"),
         tr("Save the chart's indicators as a named template"),
         &IndicatorsDialog::saveTemplate},
        {"deleteTemplateButton",
         tr("Delete"),
         tr("Delete the selected template"),
         &IndicatorsDialog::deleteTemplate},
        {"saveDefaultTemplateButton",
         tr("Save as default"),
         tr("New charts (and a reset) start with the chart's current indicators"),
         &IndicatorsDialog::saveDefault},
    };
    for (const auto& b : buttons) {
        auto* button = new QPushButton(b.text, this);
        button->setObjectName(QString::fromLatin1(b.objectName));
        button->setToolTip(b.tip);
        connect(button, &QPushButton::clicked, this, b.slot);
        templates->addWidget(button);
    }
    layout->addLayout(templates);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    fillCatalog();
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int i = 0; i < m_catalog->count(); ++i) {
            QListWidgetItem* item = m_catalog->item(i);
            const bool match = text.isEmpty() || item->text().contains(text, Qt::CaseInsensitive)
                               || item->data(KeyRole).toString().contains(text, Qt::CaseInsensitive)
                               || item->toolTip().contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
        }
    });
    connect(add, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_catalog->currentItem(); item && !item->isHidden()) {
            addStudy(item->data(KeyRole).toString());
        }
    });
    connect(m_catalog, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        addStudy(item->data(KeyRole).toString());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_chart && m_studies->currentRow() >= 0) {
            m_chart->removeStudy(m_studies->currentRow());
        }
    });
    connect(m_studies, &QListWidget::currentRowChanged, this, [this](int row) {
        m_editing = row;
        rebuildForm();
    });
    connect(chart, &CandleChartView::studiesChanged, this, &IndicatorsDialog::refreshStudies);
    refreshStudies();
    refreshTemplates();
    resize(720, 480);
}

void IndicatorsDialog::fillCatalog()
{
    for (const Features::StudyInfo& info : Features::studyCatalog()) {
        const QString where =
            info.placement == Features::StudyPlacement::Overlay ? tr("over the price") : tr("own pane");
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(QString::fromUtf8(info.label), where),
                                         m_catalog);
        item->setData(KeyRole, QString::fromLatin1(info.key));
        item->setToolTip(QString::fromUtf8(info.description));
    }
}

void IndicatorsDialog::addStudy(const QString& key)
{
    const auto spec = Features::defaultStudy(key);
    if (!m_chart || !spec) {
        return;
    }
    m_chart->addStudy(ChartStudy{*spec, QColor()});
    selectStudy(static_cast<int>(m_chart->studies().size()) - 1);
}

void IndicatorsDialog::selectStudy(int index)
{
    m_studies->setCurrentRow(index);
}

void IndicatorsDialog::refreshStudies()
{
    if (!m_chart) {
        return;
    }
    const QList<ChartStudy> studies = m_chart->studies();
    const int keep = m_studies->currentRow();
    {
        const QSignalBlocker blocker(m_studies);
        m_studies->clear();
        for (const ChartStudy& s : studies) {
            auto* item = new QListWidgetItem(Features::studyTitle(s.spec), m_studies);
            item->setForeground(s.mainColor(palette().color(QPalette::Base).lightness() < 128));
        }
        m_studies->setCurrentRow(std::min(keep, static_cast<int>(studies.size()) - 1));
    }
    m_remove->setEnabled(!studies.isEmpty());
    if (m_studies->currentRow() != m_editing) {
        m_editing = m_studies->currentRow();
        rebuildForm();
    }
}

void IndicatorsDialog::rebuildForm()
{
    while (m_form->rowCount() > 0) {
        m_form->removeRow(0);
    }
    if (!m_chart || m_editing < 0 || m_editing >= m_chart->studies().size()) {
        m_formBox->setTitle(tr("Parameters"));
        m_formBox->setEnabled(false);
        return;
    }
    m_formBox->setEnabled(true);
    const ChartStudy study = m_chart->studies()[m_editing];
    const Features::StudyInfo* info = Features::studyInfo(study.spec.key);
    m_formBox->setTitle(tr("%1 parameters").arg(QString::fromUtf8(info->label)));
    const int index = m_editing;
    // Every edit applies at once: the chart recomputes the study in the background.
    auto apply = [this, index](const std::function<void(ChartStudy&)>& change) {
        if (!m_chart || index >= m_chart->studies().size()) {
            return;
        }
        ChartStudy s = m_chart->studies()[index];
        change(s);
        m_chart->updateStudy(index, s);
    };
    for (size_t p = 0; p < info->params.size(); ++p) {
        const Features::StudyParam& param = info->params[p];
        const QString label = tr(param.label);
        if (param.integer) {
            auto* spin = new QSpinBox(m_formBox);
            spin->setObjectName(QString::fromLatin1(param.key) + QStringLiteral("SpinBox"));
            spin->setRange(static_cast<int>(param.min), static_cast<int>(param.max));
            spin->setValue(static_cast<int>(study.spec.params[p]));
            connect(spin, &QSpinBox::valueChanged, this, [apply, p](int v) {
                apply([p, v](ChartStudy& s) { s.spec.params[p] = v; });
            });
            m_form->addRow(label, spin);
        } else {
            auto* spin = new QDoubleSpinBox(m_formBox);
            spin->setObjectName(QString::fromLatin1(param.key) + QStringLiteral("SpinBox"));
            spin->setRange(param.min, param.max);
            spin->setDecimals(2);
            spin->setSingleStep(0.1);
            spin->setValue(study.spec.params[p]);
            connect(spin, &QDoubleSpinBox::valueChanged, this, [apply, p](double v) {
                apply([p, v](ChartStudy& s) { s.spec.params[p] = v; });
            });
            m_form->addRow(label, spin);
        }
    }
    if (info->hasSource) {
        auto* source = new QComboBox(m_formBox);
        source->setObjectName(QStringLiteral("sourceComboBox"));
        for (int s = 0; s <= static_cast<int>(Features::PriceSource::Ohlc4); ++s) {
            source->addItem(Features::priceSourceKey(static_cast<Features::PriceSource>(s)));
        }
        source->setCurrentIndex(static_cast<int>(study.spec.source));
        connect(source, &QComboBox::activated, this, [apply](int s) {
            apply([s](ChartStudy& st) { st.spec.source = static_cast<Features::PriceSource>(s); });
        });
        m_form->addRow(tr("Source"), source);
    }
    auto* color = new QPushButton(m_formBox);
    color->setObjectName(QStringLiteral("colorButton"));
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    color->setText(study.mainColor(dark).name());
    connect(color, &QPushButton::clicked, this, [this, apply, study, dark] {
        const QColor chosen = QColorDialog::getColor(study.mainColor(dark), this, tr("Line colour"));
        if (chosen.isValid()) {
            apply([chosen](ChartStudy& s) { s.color = chosen; });
        }
    });
    m_form->addRow(tr("Colour"), color);
}

void IndicatorsDialog::refreshTemplates()
{
    const QString current = m_templates->currentText();
    m_templates->clear();
    const QMap<QString, QString> templates = Settings::chartTemplates();
    m_templates->addItem(tr("Default"), Settings::chartDefaultTemplate());
    for (auto it = templates.cbegin(); it != templates.cend(); ++it) {
        m_templates->addItem(it.key(), it.value());
    }
    const int keep = m_templates->findText(current);
    m_templates->setCurrentIndex(std::max(0, keep));
}

void IndicatorsDialog::loadTemplate()
{
    if (!m_chart) {
        return;
    }
    QString error;
    const auto studies = parseStudyList(m_templates->currentData().toString(), &error);
    if (!studies) {
        QMessageBox::warning(this, tr("Indicators"), tr("The template cannot be read: %1").arg(error));
        return;
    }
    m_chart->setStudies(*studies);
}

void IndicatorsDialog::saveTemplate()
{
    if (!m_chart) {
        return;
    }
    bool ok = false;
    const QString name =
        QInputDialog::getText(
            this, tr("Save template"), tr("Template name:"), QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || name.isEmpty()) {
        return;
    }
    Settings::setChartTemplate(name, studyListText(m_chart->studies()));
    refreshTemplates();
    m_templates->setCurrentIndex(m_templates->findText(name));
}

void IndicatorsDialog::deleteTemplate()
{
    if (m_templates->currentIndex() <= 0) {
        return; // the default template is overwritten, not deleted
    }
    Settings::removeChartTemplate(m_templates->currentText());
    refreshTemplates();
}

void IndicatorsDialog::saveDefault()
{
    if (m_chart) {
        Settings::setChartDefaultTemplate(studyListText(m_chart->studies()));
        refreshTemplates();
    }
}

} // namespace Tessera::Ui
