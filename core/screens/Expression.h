#pragma once

#include <memory>
#include <vector>

#include <QString>
#include <QStringList>

#include "core/common/Result.h"

namespace Tessera::Screens {

class FieldCatalog;

/** Comparison operators of a condition. */
enum class CompareOp
{
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Equal,
    NotEqual
};

const char* compareOpText(CompareOp op);

/** The right-hand side of a condition: another field, a number or a text ('IT'). */
struct Operand
{
    enum class Kind
    {
        Field,
        Number,
        Text
    };
    Kind kind = Kind::Number;
    QString field; ///< catalog key (Kind::Field)
    double number = 0;
    QString text;
    int column = 0; ///< 1-based position in the expression text

    QString toText() const;
};

/**
 * One node of a parsed screen expression. Leaves are conditions on a field (the left side is always a
 * field); inner nodes are and / or / not. A value type: copy freely.
 */
struct Node
{
    enum class Kind
    {
        And,
        Or,
        Not,
        Compare, ///< field op operand
        Between, ///< field between lo and hi (inclusive)
        In,      ///< field [not] in (v, ...)
        Cross    ///< field crosses above|below operand: on the last bar, not on the bar before
    };
    Kind kind = Kind::Compare;
    std::vector<Node> children; ///< And/Or: two or more; Not: one
    QString field;
    int column = 0; ///< 1-based position of the condition (its field) or operator keyword
    CompareOp op = CompareOp::Equal;
    Operand rhs;               ///< Compare, Cross, Between (low)
    Operand rhs2;              ///< Between (high)
    std::vector<Operand> list; ///< In
    bool negated = false;      ///< In: "not in"
    bool above = true;         ///< Cross

    bool isCondition() const { return kind != Kind::And && kind != Kind::Or && kind != Kind::Not; }
};

/** A parsed expression and the fields it reads (each once, in order of appearance). */
struct Expression
{
    Node root;
    QStringList fields;

    /** Canonical text: lower-case keywords, single spaces, parentheses only where precedence needs them. */
    QString toText() const;
};

/** Canonical text of one node (see Expression::toText). */
QString nodeText(const Node& node);

/**
 * Parses a screen expression. Grammar (keywords in any case):
 *
 *     expr      := and_expr ("or" and_expr)*
 *     and_expr  := not_expr ("and" not_expr)*
 *     not_expr  := "not" not_expr | "(" expr ")" | condition
 *     condition := FIELD ("<" | "<=" | ">" | ">=" | "=" | "!=") operand
 *                | FIELD "between" operand "and" operand
 *                | FIELD ["not"] "in" "(" operand ("," operand)* ")"
 *                | FIELD "crosses" ("above" | "below") operand
 *     operand   := FIELD | NUMBER | 'text' | "text" | WORD (a text, when FIELD is a text field)
 *
 * "and" binds tighter than "or"; "==" and "<>" are accepted for "=" and "!=". Every field must be in the
 * catalog; text fields take = != in only, numeric fields any operator. The error (InvalidInput) says
 * "column N: expected …, found …" with N the 1-based character position, and suggests close field names.
 */
[[nodiscard]] Result<Expression> parseExpression(const QString& text, const FieldCatalog& catalog);

} // namespace Tessera::Screens
