#pragma once

#include <QDialog>

class QLineEdit;
class QRadioButton;
class QPushButton;

namespace Tessera::Ui {

/** Asks how a tickers file is stored: as a universe named …, or as a tag on its symbols. */
class ImportTickersDialog : public QDialog
{
    Q_OBJECT

public:
    ImportTickersDialog(const QString& filePath, QWidget* parent = nullptr);

    bool asTag() const;
    /** The universe name (asTag() false) or the tag (asTag() true), trimmed. */
    QString name() const;

private:
    void updateState();

    QRadioButton* m_universeRadio = nullptr;
    QRadioButton* m_tagRadio = nullptr;
    QLineEdit* m_universeEdit = nullptr;
    QLineEdit* m_tagEdit = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace Tessera::Ui
