#include "core/config/Parameter.h"

#include <QDir>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace Tessera::Config {

QString allowedValues(const Parameter& p)
{
    switch (p.type) {
    case ParameterType::Integer:
    case ParameterType::Real: {
        QString range = QStringLiteral("%1 to %2").arg(p.minimum).arg(p.maximum);
        return p.unit.isEmpty() ? range : range + u' ' + p.unit;
    }
    case ParameterType::Url:
        return QStringLiteral("an http:// or https:// URL");
    case ParameterType::HistoryRange:
        return QStringLiteral("max, or a count of days, weeks, months or years: 30d, 6wk, 3mo, 2y");
    case ParameterType::RealList: {
        QString range = QStringLiteral("comma-separated numbers from %1 to %2").arg(p.minimum).arg(p.maximum);
        return p.unit.isEmpty() ? range : range + u' ' + p.unit;
    }
    case ParameterType::Folder:
        return QStringLiteral("an absolute folder path, or empty for the default place");
    case ParameterType::Choice:
        return QStringLiteral("one of: %1").arg(p.choices.join(QStringLiteral(", ")));
    }
    return {};
}

Result<QString> validate(const Parameter& p, const QString& text)
{
    const QString value = text.trimmed();
    const auto invalid = [&p, &text] {
        return fail(Error::invalidInput(
            QStringLiteral("%1: '%2' is not valid (allowed: %3)").arg(p.key, text, allowedValues(p))));
    };
    switch (p.type) {
    case ParameterType::Integer: {
        bool ok = false;
        const qlonglong v = value.toLongLong(&ok);
        if (!ok || v < p.minimum || v > p.maximum) {
            return invalid();
        }
        return QString::number(v);
    }
    case ParameterType::Real: {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || !(v >= p.minimum && v <= p.maximum)) {
            return invalid();
        }
        return QString::number(v);
    }
    case ParameterType::Url: {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https")) {
            return invalid();
        }
        // Paths are appended to the base: a trailing slash would double up.
        QString normalised = url.toString(QUrl::FullyEncoded);
        while (normalised.endsWith(u'/')) {
            normalised.chop(1);
        }
        return normalised;
    }
    case ParameterType::HistoryRange: {
        static const QRegularExpression pattern(QStringLiteral("^(max|[1-9][0-9]{0,4}(d|wk|mo|y))$"));
        const QString lower = value.toLower();
        if (!pattern.match(lower).hasMatch()) {
            return invalid();
        }
        return lower;
    }
    case ParameterType::RealList: {
        QStringList normalised;
        for (const QString& item : value.split(u',')) {
            bool ok = false;
            const double v = item.trimmed().toDouble(&ok);
            if (!ok || !(v >= p.minimum && v <= p.maximum)) {
                return invalid();
            }
            normalised.append(QString::number(v));
        }
        return normalised.join(u',');
    }
    case ParameterType::Folder: {
        if (value.isEmpty()) {
            return value; // the feature's default place
        }
        const QString expanded =
            value.startsWith(QStringLiteral("~/")) ? QDir::home().filePath(value.mid(2)) : value;
        if (!QDir::isAbsolutePath(expanded)) {
            return invalid();
        }
        return QDir::cleanPath(expanded);
    }
    case ParameterType::Choice: {
        for (const QString& choice : p.choices) {
            if (value.compare(choice, Qt::CaseInsensitive) == 0) {
                return choice; // "Seed" and "seed" are the same setting
            }
        }
        return invalid();
    }
    }
    return invalid();
}

Result<QHash<QString, QString>> resolveValues(const QList<Parameter>& table,
                                              const QHash<QString, QString>& stored,
                                              const QHash<QString, QString>& overrides)
{
    QHash<QString, QString> values;
    for (const Parameter& p : table) {
        QString text = p.defaultValue;
        for (const QHash<QString, QString>* source : {&stored, &overrides}) {
            const auto it = source->constFind(p.key);
            if (it != source->cend() && !it->isEmpty()) {
                auto valid = validate(p, *it);
                if (!valid) {
                    return fail(valid.error());
                }
                text = *valid;
            }
        }
        values.insert(p.key, text);
    }
    return values;
}

const Parameter* findParameter(const QList<Parameter>& table, const QString& key)
{
    for (const Parameter& p : table) {
        if (p.key == key) {
            return &p;
        }
    }
    return nullptr;
}

} // namespace Tessera::Config
