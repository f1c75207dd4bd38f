#include "ui/dialogs/ImportTickersDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Tessera::Ui {

ImportTickersDialog::ImportTickersDialog(const QString& filePath, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importTickersDialog"));
    setWindowTitle(tr("Import tickers file"));
    auto* layout = new QVBoxLayout(this);
    auto* file = new QLabel(tr("File: %1").arg(QFileInfo(filePath).fileName()), this);
    file->setToolTip(filePath);
    layout->addWidget(file);

    auto* grid = new QGridLayout;
    m_universeRadio = new QRadioButton(tr("As a universe named:"), this);
    m_universeRadio->setObjectName(QStringLiteral("asUniverseRadioButton"));
    m_universeEdit = new QLineEdit(QFileInfo(filePath).completeBaseName(), this);
    m_universeEdit->setObjectName(QStringLiteral("universeNameLineEdit"));
    m_tagRadio = new QRadioButton(tr("As a tag:"), this);
    m_tagRadio->setObjectName(QStringLiteral("asTagRadioButton"));
    m_tagEdit = new QLineEdit(this);
    m_tagEdit->setObjectName(QStringLiteral("tagLineEdit"));
    m_tagEdit->setPlaceholderText(tr("e.g. shariah"));
    grid->addWidget(m_universeRadio, 0, 0);
    grid->addWidget(m_universeEdit, 0, 1);
    grid->addWidget(m_tagRadio, 1, 0);
    grid->addWidget(m_tagEdit, 1, 1);
    layout->addLayout(grid);
    auto* help =
        new QLabel(tr("A universe is a named list you can pick above the table; re-importing it reports "
                      "added and removed symbols. A tag marks symbols (e.g. a Shariah-compliant list) "
                      "for filtering."),
                   this);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(help);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_universeRadio->setChecked(true);
    for (QRadioButton* radio : {m_universeRadio, m_tagRadio}) {
        connect(radio, &QRadioButton::toggled, this, &ImportTickersDialog::updateState);
    }
    for (QLineEdit* edit : {m_universeEdit, m_tagEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &ImportTickersDialog::updateState);
    }
    connect(m_tagEdit, &QLineEdit::textEdited, this, [this] { m_tagRadio->setChecked(true); });
    connect(m_universeEdit, &QLineEdit::textEdited, this, [this] { m_universeRadio->setChecked(true); });
    updateState();
    setMinimumWidth(440);
}

bool ImportTickersDialog::asTag() const
{
    return m_tagRadio->isChecked();
}

QString ImportTickersDialog::name() const
{
    return (asTag() ? m_tagEdit->text() : m_universeEdit->text()).trimmed();
}

void ImportTickersDialog::updateState()
{
    m_ok->setEnabled(!name().isEmpty());
}

} // namespace Tessera::Ui
