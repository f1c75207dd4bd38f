#include "core/screens/Expression.h"

#include <QLocale>

#include "core/common/Suggest.h"
#include "core/screens/FieldCatalog.h"

namespace Tessera::Screens {

const char* compareOpText(CompareOp op)
{
    switch (op) {
    case CompareOp::Less:
        return "<";
    case CompareOp::LessEqual:
        return "<=";
    case CompareOp::Greater:
        return ">";
    case CompareOp::GreaterEqual:
        return ">=";
    case CompareOp::Equal:
        return "=";
    case CompareOp::NotEqual:
        return "!=";
    }
    return "?";
}

QString Operand::toText() const
{
    switch (kind) {
    case Kind::Field:
        return field;
    case Kind::Number:
        return QLocale::c().toString(number, 'g', 15);
    case Kind::Text: {
        QString escaped = text;
        escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
        return QLatin1Char('\'') + escaped + QLatin1Char('\'');
    }
    }
    return {};
}

namespace {

// Precedence for printing: or 1, and 2, not 3, conditions 4.
int precedence(const Node& n)
{
    switch (n.kind) {
    case Node::Kind::Or:
        return 1;
    case Node::Kind::And:
        return 2;
    case Node::Kind::Not:
        return 3;
    default:
        return 4;
    }
}

QString wrapped(const Node& child, int parentPrecedence)
{
    const QString t = nodeText(child);
    return precedence(child) < parentPrecedence ? QLatin1Char('(') + t + QLatin1Char(')') : t;
}

} // namespace

QString nodeText(const Node& n)
{
    switch (n.kind) {
    case Node::Kind::And:
    case Node::Kind::Or: {
        QStringList parts;
        // A child of a weaker kind (or inside and) needs parentheses; the same kind reads the same without.
        for (const Node& c : n.children) {
            parts << wrapped(c, precedence(n));
        }
        return parts.join(n.kind == Node::Kind::And ? QStringLiteral(" and ") : QStringLiteral(" or "));
    }
    case Node::Kind::Not:
        return QStringLiteral("not ") + wrapped(n.children.front(), 3);
    case Node::Kind::Compare:
        return QStringLiteral("%1 %2 %3")
            .arg(n.field, QString::fromLatin1(compareOpText(n.op)), n.rhs.toText());
    case Node::Kind::Between:
        return QStringLiteral("%1 between %2 and %3").arg(n.field, n.rhs.toText(), n.rhs2.toText());
    case Node::Kind::In: {
        QStringList items;
        for (const Operand& o : n.list) {
            items << o.toText();
        }
        return QStringLiteral("%1 %2 (%3)")
            .arg(n.field,
                 n.negated ? QStringLiteral("not in") : QStringLiteral("in"),
                 items.join(QStringLiteral(", ")));
    }
    case Node::Kind::Cross:
        return QStringLiteral("%1 crosses %2 %3")
            .arg(n.field, n.above ? QStringLiteral("above") : QStringLiteral("below"), n.rhs.toText());
    }
    return {};
}

QString Expression::toText() const
{
    return nodeText(root);
}

namespace {

struct Token
{
    enum class Kind
    {
        Word,
        Number,
        Text,
        Op,
        LParen,
        RParen,
        Comma,
        End
    };
    Kind kind = Kind::End;
    QString text; ///< as typed (Word: as typed; Text: unquoted; Op: normalised)
    double number = 0;
    int column = 0;

    QString describe() const
    {
        switch (kind) {
        case Kind::End:
            return QStringLiteral("the end of the expression");
        case Kind::Text:
            return QLatin1Char('\'') + text + QLatin1Char('\'');
        default:
            return QLatin1Char('\'') + text + QLatin1Char('\'');
        }
    }
    bool isWord(const char* w) const
    {
        return kind == Kind::Word && text.compare(QLatin1String(w), Qt::CaseInsensitive) == 0;
    }
};

Error errorAt(int column, const QString& message)
{
    return Error::invalidInput(QStringLiteral("column %1: %2").arg(column).arg(message));
}

Result<std::vector<Token>> lex(const QString& s)
{
    std::vector<Token> out;
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = s.at(i);
        const int column = static_cast<int>(i) + 1;
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.column = column;
        if (c.isLetter() || c == QLatin1Char('_')) {
            qsizetype j = i;
            while (j < n
                   && (s.at(j).isLetterOrNumber() || s.at(j) == QLatin1Char('_')
                       || s.at(j) == QLatin1Char('.'))) {
                ++j;
            }
            t.kind = Token::Kind::Word;
            t.text = s.mid(i, j - i);
            i = j;
        } else if (c.isDigit() || c == QLatin1Char('.')
                   || (c == QLatin1Char('-') && i + 1 < n
                       && (s.at(i + 1).isDigit() || s.at(i + 1) == QLatin1Char('.')))) {
            qsizetype j = i + 1;
            while (j < n && (s.at(j).isDigit() || s.at(j) == QLatin1Char('.'))) {
                ++j;
            }
            if (j < n && (s.at(j) == QLatin1Char('e') || s.at(j) == QLatin1Char('E'))) {
                qsizetype k = j + 1;
                if (k < n && (s.at(k) == QLatin1Char('+') || s.at(k) == QLatin1Char('-'))) {
                    ++k;
                }
                if (k < n && s.at(k).isDigit()) {
                    while (k < n && s.at(k).isDigit()) {
                        ++k;
                    }
                    j = k;
                }
            }
            bool ok = false;
            t.kind = Token::Kind::Number;
            t.text = s.mid(i, j - i);
            t.number = QLocale::c().toDouble(t.text, &ok);
            if (!ok) {
                return fail(errorAt(column, QStringLiteral("'%1' is not a number").arg(t.text)));
            }
            // Multipliers people type for market caps and volumes: 5e9 = 5b.
            if (j < n && s.at(j).isLetter() && (j + 1 >= n || !s.at(j + 1).isLetterOrNumber())) {
                const QChar m = s.at(j).toLower();
                const double mult = m == QLatin1Char('k')   ? 1e3
                                    : m == QLatin1Char('m') ? 1e6
                                    : m == QLatin1Char('b') ? 1e9
                                    : m == QLatin1Char('t') ? 1e12
                                                            : 0;
                if (mult == 0) {
                    return fail(errorAt(
                        static_cast<int>(j) + 1,
                        QStringLiteral("expected k, m, b or t after a number, found '%1'").arg(s.at(j))));
                }
                t.number *= mult;
                t.text += s.at(j);
                ++j;
            }
            i = j;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            QString value;
            bool closed = false;
            while (j < n) {
                if (s.at(j) == c) {
                    if (j + 1 < n && s.at(j + 1) == c) { // doubled quote = one quote
                        value += c;
                        j += 2;
                        continue;
                    }
                    closed = true;
                    ++j;
                    break;
                }
                value += s.at(j);
                ++j;
            }
            if (!closed) {
                return fail(errorAt(column, QStringLiteral("expected a closing %1 for this text").arg(c)));
            }
            t.kind = Token::Kind::Text;
            t.text = value;
            i = j;
        } else if (c == QLatin1Char('(')) {
            t.kind = Token::Kind::LParen;
            t.text = QStringLiteral("(");
            ++i;
        } else if (c == QLatin1Char(')')) {
            t.kind = Token::Kind::RParen;
            t.text = QStringLiteral(")");
            ++i;
        } else if (c == QLatin1Char(',')) {
            t.kind = Token::Kind::Comma;
            t.text = QStringLiteral(",");
            ++i;
        } else if (QStringLiteral("<>=!").contains(c)) {
            const QString two = s.mid(i, 2);
            t.kind = Token::Kind::Op;
            if (two == QStringLiteral("<=") || two == QStringLiteral(">=") || two == QStringLiteral("!=")
                || two == QStringLiteral("==") || two == QStringLiteral("<>")) {
                t.text = two == QStringLiteral("==")   ? QStringLiteral("=")
                         : two == QStringLiteral("<>") ? QStringLiteral("!=")
                                                       : two;
                i += 2;
            } else if (c == QLatin1Char('!')) {
                return fail(errorAt(column, QStringLiteral("expected '!=', found '!'")));
            } else {
                t.text = QString(c);
                ++i;
            }
        } else {
            return fail(errorAt(column, QStringLiteral("unexpected character '%1'").arg(c)));
        }
        out.push_back(t);
    }
    Token end;
    end.kind = Token::Kind::End;
    end.column = static_cast<int>(n) + 1;
    out.push_back(end);
    return out;
}

bool isKeyword(const Token& t)
{
    static const char* const words[] = {"and", "or", "not", "between", "in", "crosses", "above", "below"};
    for (const char* w : words) {
        if (t.isWord(w)) {
            return true;
        }
    }
    return false;
}

class Parser
{
public:
    Parser(std::vector<Token> tokens, const FieldCatalog& catalog)
        : m_tokens(std::move(tokens))
        , m_catalog(catalog)
    {}

    Result<Expression> parse()
    {
        if (m_tokens.front().kind == Token::Kind::End) {
            return fail(errorAt(
                1, QStringLiteral("expected a condition such as rsi_14 < 30, found an empty expression")));
        }
        auto root = parseOr();
        if (!root) {
            return fail(root.error());
        }
        if (peek().kind != Token::Kind::End) {
            const Token& t = peek();
            return fail(errorAt(
                t.column, QStringLiteral("expected 'and', 'or' or the end, found %1").arg(t.describe())));
        }
        Expression e;
        e.root = std::move(*root);
        e.fields = m_fields;
        return e;
    }

private:
    const Token& peek() const { return m_tokens[m_pos]; }
    const Token& next() { return m_tokens[m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos]; }

    Result<Node> parseOr()
    {
        auto first = parseAnd();
        if (!first) {
            return first;
        }
        if (!peek().isWord("or")) {
            return first;
        }
        Node n;
        n.kind = Node::Kind::Or;
        n.column = first->column;
        n.children.push_back(std::move(*first));
        while (peek().isWord("or")) {
            next();
            auto more = parseAnd();
            if (!more) {
                return more;
            }
            n.children.push_back(std::move(*more));
        }
        return n;
    }

    Result<Node> parseAnd()
    {
        auto first = parseNot();
        if (!first) {
            return first;
        }
        if (!peek().isWord("and")) {
            return first;
        }
        Node n;
        n.kind = Node::Kind::And;
        n.column = first->column;
        n.children.push_back(std::move(*first));
        while (peek().isWord("and")) {
            next();
            auto more = parseNot();
            if (!more) {
                return more;
            }
            n.children.push_back(std::move(*more));
        }
        return n;
    }

    Result<Node> parseNot()
    {
        const Token& t = peek();
        if (t.isWord("not")) {
            next();
            auto inner = parseNot();
            if (!inner) {
                return inner;
            }
            Node n;
            n.kind = Node::Kind::Not;
            n.column = t.column;
            n.children.push_back(std::move(*inner));
            return n;
        }
        if (t.kind == Token::Kind::LParen) {
            next();
            auto inner = parseOr();
            if (!inner) {
                return inner;
            }
            const Token& close = peek();
            if (close.kind != Token::Kind::RParen) {
                return fail(errorAt(close.column,
                                    QStringLiteral("expected ')' to close the '(' at column %1, found %2")
                                        .arg(t.column)
                                        .arg(close.describe())));
            }
            next();
            return inner;
        }
        return parseCondition();
    }

    Result<const FieldInfo*> field(const Token& t, const QString& what)
    {
        if (t.kind != Token::Kind::Word || isKeyword(t)) {
            return fail(errorAt(t.column, QStringLiteral("expected %1, found %2").arg(what, t.describe())));
        }
        const FieldInfo* f = m_catalog.find(t.text);
        if (!f) {
            return fail(errorAt(t.column,
                                QStringLiteral("unknown field '%1'%2")
                                    .arg(t.text, didYouMean(closeMatches(t.text, m_catalog.keys())))));
        }
        if (!m_fields.contains(f->key)) {
            m_fields << f->key;
        }
        return f;
    }

    Result<Operand> operand(const FieldInfo& left)
    {
        const Token& t = next();
        Operand o;
        o.column = t.column;
        switch (t.kind) {
        case Token::Kind::Number:
            if (left.text) {
                return fail(errorAt(t.column,
                                    QStringLiteral("expected a text for %1 (a text field), found %2")
                                        .arg(left.key, t.describe())));
            }
            o.kind = Operand::Kind::Number;
            o.number = t.number;
            return o;
        case Token::Kind::Text:
            if (!left.text) {
                return fail(errorAt(t.column,
                                    QStringLiteral("expected a number or a field for %1, found the text %2")
                                        .arg(left.key, t.describe())));
            }
            o.kind = Operand::Kind::Text;
            o.text = t.text;
            return o;
        case Token::Kind::Word: {
            if (isKeyword(t)) {
                break;
            }
            const FieldInfo* f = m_catalog.find(t.text);
            if (left.text) {
                if (f && f->text && !f->multi && f != &left) {
                    // sector = industry compares two texts; anything else is a plain word value.
                    o.kind = Operand::Kind::Field;
                    o.field = f->key;
                    if (!m_fields.contains(f->key)) {
                        m_fields << f->key;
                    }
                    return o;
                }
                o.kind = Operand::Kind::Text;
                o.text = t.text;
                return o;
            }
            if (!f) {
                return fail(errorAt(t.column,
                                    QStringLiteral("unknown field '%1'%2")
                                        .arg(t.text, didYouMean(closeMatches(t.text, m_catalog.keys())))));
            }
            if (f->text) {
                return fail(
                    errorAt(t.column,
                            QStringLiteral("expected a number or a numeric field, found the text field %1")
                                .arg(f->key)));
            }
            o.kind = Operand::Kind::Field;
            o.field = f->key;
            if (!m_fields.contains(f->key)) {
                m_fields << f->key;
            }
            return o;
        }
        default:
            break;
        }
        return fail(
            errorAt(t.column,
                    QStringLiteral("expected %1, found %2")
                        .arg(left.text ? QStringLiteral("a text") : QStringLiteral("a number or a field"),
                             t.describe())));
    }

    Result<Node> parseCondition()
    {
        const Token& ft = next();
        auto f = field(ft, QStringLiteral("a field name, 'not' or '('"));
        if (!f) {
            return fail(f.error());
        }
        const FieldInfo& left = **f;
        Node n;
        n.field = left.key;
        n.column = ft.column;
        const Token& opTok = next();
        if (opTok.kind == Token::Kind::Op) {
            n.kind = Node::Kind::Compare;
            const QString& o = opTok.text;
            n.op = o == QStringLiteral("<")    ? CompareOp::Less
                   : o == QStringLiteral("<=") ? CompareOp::LessEqual
                   : o == QStringLiteral(">")  ? CompareOp::Greater
                   : o == QStringLiteral(">=") ? CompareOp::GreaterEqual
                   : o == QStringLiteral("=")  ? CompareOp::Equal
                                               : CompareOp::NotEqual;
            if (left.text && n.op != CompareOp::Equal && n.op != CompareOp::NotEqual) {
                return fail(errorAt(opTok.column,
                                    QStringLiteral("expected =, != or in after the text field %1, found '%2'")
                                        .arg(left.key, o)));
            }
            auto rhs = operand(left);
            if (!rhs) {
                return fail(rhs.error());
            }
            n.rhs = *rhs;
            return n;
        }
        if (opTok.isWord("between")) {
            if (left.text) {
                return fail(
                    errorAt(opTok.column,
                            QStringLiteral("expected =, != or in after the text field %1, found 'between'")
                                .arg(left.key)));
            }
            n.kind = Node::Kind::Between;
            auto lo = operand(left);
            if (!lo) {
                return fail(lo.error());
            }
            const Token& andTok = next();
            if (!andTok.isWord("and")) {
                return fail(errorAt(
                    andTok.column,
                    QStringLiteral("expected 'and' in 'between … and …', found %1").arg(andTok.describe())));
            }
            auto hi = operand(left);
            if (!hi) {
                return fail(hi.error());
            }
            n.rhs = *lo;
            n.rhs2 = *hi;
            return n;
        }
        if (opTok.isWord("not") || opTok.isWord("in")) {
            n.kind = Node::Kind::In;
            if (opTok.isWord("not")) {
                n.negated = true;
                const Token& inTok = next();
                if (!inTok.isWord("in")) {
                    return fail(
                        errorAt(inTok.column,
                                QStringLiteral("expected 'in' after 'not', found %1").arg(inTok.describe())));
                }
            }
            const Token& open = next();
            if (open.kind != Token::Kind::LParen) {
                return fail(errorAt(
                    open.column, QStringLiteral("expected '(' after 'in', found %1").arg(open.describe())));
            }
            while (true) {
                auto item = operand(left);
                if (!item) {
                    return fail(item.error());
                }
                n.list.push_back(*item);
                const Token& sep = next();
                if (sep.kind == Token::Kind::RParen) {
                    break;
                }
                if (sep.kind != Token::Kind::Comma) {
                    return fail(errorAt(
                        sep.column,
                        QStringLiteral("expected ',' or ')' in the list, found %1").arg(sep.describe())));
                }
            }
            return n;
        }
        if (opTok.isWord("crosses")) {
            if (left.text) {
                return fail(
                    errorAt(opTok.column,
                            QStringLiteral("expected =, != or in after the text field %1, found 'crosses'")
                                .arg(left.key)));
            }
            n.kind = Node::Kind::Cross;
            const Token& dir = next();
            if (dir.isWord("above")) {
                n.above = true;
            } else if (dir.isWord("below")) {
                n.above = false;
            } else {
                return fail(errorAt(dir.column,
                                    QStringLiteral("expected 'above' or 'below' after 'crosses', found %1")
                                        .arg(dir.describe())));
            }
            auto rhs = operand(left);
            if (!rhs) {
                return fail(rhs.error());
            }
            n.rhs = *rhs;
            return n;
        }
        return fail(errorAt(
            opTok.column,
            QStringLiteral("expected an operator (< <= > >= = != between in crosses) after %1, found %2")
                .arg(left.key, opTok.describe())));
    }

    std::vector<Token> m_tokens;
    size_t m_pos = 0;
    const FieldCatalog& m_catalog;
    QStringList m_fields;
};

} // namespace

Result<Expression> parseExpression(const QString& text, const FieldCatalog& catalog)
{
    auto tokens = lex(text);
    if (!tokens) {
        return fail(tokens.error());
    }
    return Parser(std::move(*tokens), catalog).parse();
}

} // namespace Tessera::Screens
