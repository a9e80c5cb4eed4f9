#include "services/payroll_json.h"

#include <QJsonArray>

#include <algorithm>

#include <QJsonDocument>
#include <QJsonObject>

namespace fd::core {

namespace {

QJsonValue optional(const std::optional<double>& v) {
    return v ? QJsonValue(*v) : QJsonValue();
}

std::optional<double> optional(const QJsonValue& v) {
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QJsonObject figuresToJson(const KpiFigures& all) {
    QJsonObject figures;
    for (const auto& [kpi, f] : all) {
        QJsonObject o{{QStringLiteral("fact"), optional(f.fact)}, {QStringLiteral("plan"), optional(f.plan)}};
        if (f.low && f.high) {
            o.insert(QStringLiteral("low"), *f.low);
            o.insert(QStringLiteral("high"), *f.high);
        }
        figures.insert(toCode(kpi), o);
    }
    return figures;
}

KpiFigures figuresFromJson(const QJsonObject& figures) {
    KpiFigures all;
    for (auto it = figures.begin(); it != figures.end(); ++it) {
        if (const auto kpi = fromCode<Kpi>(it.key())) {
            const QJsonObject f = it.value().toObject();
            KpiFigure& figure = all[*kpi];
            figure.fact = optional(f.value(QStringLiteral("fact")));
            figure.plan = optional(f.value(QStringLiteral("plan")));
            figure.low = optional(f.value(QStringLiteral("low")));
            figure.high = optional(f.value(QStringLiteral("high")));
        }
    }
    return all;
}

QJsonObject personToJson(const PersonMonth& p) {
    const QJsonObject figures = figuresToJson(p.figures);
    QJsonArray parts;
    for (const RuleContribution& c : p.bonus.parts) {
        parts.append(QJsonObject{
            {QStringLiteral("kind"), toCode(c.rule.kind)},
            {QStringLiteral("kpi"), toCode(c.rule.kpi)},
            {QStringLiteral("amount"), static_cast<double>(c.rule.amount)},
            {QStringLiteral("percent"), c.rule.percent},
            {QStringLiteral("cap"), c.rule.cap ? QJsonValue(static_cast<double>(*c.rule.cap)) : QJsonValue()},
            {QStringLiteral("kopecks"), static_cast<double>(c.kopecks)},
            {QStringLiteral("how"), c.how},
            {QStringLiteral("base"), c.base},
            {QStringLiteral("completion"), c.completion},
            {QStringLiteral("multiplier"), c.multiplier},
            {QStringLiteral("threshold"), c.threshold},
            {QStringLiteral("capped"), c.capped},
            {QStringLiteral("gap"), static_cast<int>(c.gap)}});
    }
    QJsonObject o{{QStringLiteral("employee_id"), static_cast<double>(p.employeeId)},
                  {QStringLiteral("name"), p.name},
                  {QStringLiteral("role"), toCode(p.role)},
                  {QStringLiteral("kpis"), figures},
                  {QStringLiteral("rules"), parts},
                  {QStringLiteral("bonus"), static_cast<double>(p.bonus.total)},
                  {QStringLiteral("to_pay"), static_cast<double>(p.toPay())}};
    if (!p.adjustmentMonth.isEmpty()) {
        o.insert(QStringLiteral("adjustment"), static_cast<double>(p.adjustment));
        o.insert(QStringLiteral("adjustment_for"), p.adjustmentMonth);
    }
    return o;
}

PersonMonth personFromJson(const QJsonObject& o) {
    PersonMonth p;
    p.employeeId = static_cast<Id>(o.value(QStringLiteral("employee_id")).toDouble());
    p.name = o.value(QStringLiteral("name")).toString();
    p.role = fromCode<Role>(o.value(QStringLiteral("role")).toString()).value_or(Role::Operator);
    p.figures = figuresFromJson(o.value(QStringLiteral("kpis")).toObject());
    for (const QJsonValue& v : o.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject r = v.toObject();
        RuleContribution c;
        c.rule.kind = fromCode<BonusRuleKind>(r.value(QStringLiteral("kind")).toString())
                          .value_or(BonusRuleKind::PerUnit);
        c.rule.kpi = fromCode<Kpi>(r.value(QStringLiteral("kpi")).toString()).value_or(Kpi::TargetArrivals);
        c.rule.amount = static_cast<qint64>(r.value(QStringLiteral("amount")).toDouble());
        c.rule.percent = r.value(QStringLiteral("percent")).toDouble();
        if (const QJsonValue cap = r.value(QStringLiteral("cap")); cap.isDouble()) {
            c.rule.cap = static_cast<qint64>(cap.toDouble());
        }
        c.kopecks = static_cast<qint64>(r.value(QStringLiteral("kopecks")).toDouble());
        c.how = r.value(QStringLiteral("how")).toString();
        c.base = r.value(QStringLiteral("base")).toDouble();
        c.completion = r.value(QStringLiteral("completion")).toDouble();
        c.multiplier = r.value(QStringLiteral("multiplier")).toDouble(1);
        c.threshold = r.value(QStringLiteral("threshold")).toDouble();
        c.capped = r.value(QStringLiteral("capped")).toBool();
        c.gap = static_cast<RuleGap>(std::clamp(r.value(QStringLiteral("gap")).toInt(), 0, 2));
        p.bonus.parts.push_back(c);
    }
    p.bonus.total = static_cast<qint64>(o.value(QStringLiteral("bonus")).toDouble());
    p.adjustment = static_cast<qint64>(o.value(QStringLiteral("adjustment")).toDouble());
    p.adjustmentMonth = o.value(QStringLiteral("adjustment_for")).toString();
    return p;
}

QJsonArray groupsToJson(const std::vector<GroupMonth>& groups) {
    QJsonArray out;
    for (const GroupMonth& g : groups) {
        out.append(QJsonObject{{QStringLiteral("id"), static_cast<double>(g.id)},
                               {QStringLiteral("name"), g.name},
                               {QStringLiteral("kpis"), figuresToJson(g.figures)}});
    }
    return out;
}

std::vector<GroupMonth> groupsFromJson(const QJsonArray& groups) {
    std::vector<GroupMonth> out;
    for (const QJsonValue& v : groups) {
        const QJsonObject o = v.toObject();
        out.push_back({static_cast<Id>(o.value(QStringLiteral("id")).toDouble()),
                       o.value(QStringLiteral("name")).toString(),
                       figuresFromJson(o.value(QStringLiteral("kpis")).toObject())});
    }
    return out;
}

}  // namespace

QByteArray payrollToJson(const Payroll& payroll) {
    QJsonArray people;
    for (const PersonMonth& p : payroll.people) {
        people.append(personToJson(p));
    }
    QJsonObject o{{QStringLiteral("month"), payroll.month},
                  {QStringLiteral("closed"), payroll.closed},
                  {QStringLiteral("company"), figuresToJson(payroll.company)},
                  {QStringLiteral("people"), people},
                  {QStringLiteral("offices"), groupsToJson(payroll.offices)},
                  {QStringLiteral("channels"), groupsToJson(payroll.channels)},
                  {QStringLiteral("total"), static_cast<double>(payroll.total())}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<Payroll> payrollFromJson(const QByteArray& json) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
        return Error::make(
            ErrorCode::Storage,
            QT_TRANSLATE_NOOP("fd::core::Error", "The figures of a closed month cannot be read: %1"),
            {error.errorString()});
    }
    const QJsonObject o = doc.object();
    Payroll p;
    p.month = o.value(QStringLiteral("month")).toString();
    p.closed = o.value(QStringLiteral("closed")).toBool();
    p.company = figuresFromJson(o.value(QStringLiteral("company")).toObject());
    for (const QJsonValue& v : o.value(QStringLiteral("people")).toArray()) {
        p.people.push_back(personFromJson(v.toObject()));
    }
    p.offices = groupsFromJson(o.value(QStringLiteral("offices")).toArray());
    p.channels = groupsFromJson(o.value(QStringLiteral("channels")).toArray());
    return p;
}

}  // namespace fd::core
