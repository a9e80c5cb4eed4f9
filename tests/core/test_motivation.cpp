#include "test_support.h"

#include "domain/motivation.h"

using namespace fd::core;

namespace {

BonusRule perUnit(Kpi kpi, qint64 rubles) {
    BonusRule r;
    r.kind = BonusRuleKind::PerUnit;
    r.kpi = kpi;
    r.amount = rubles * 100;
    return r;
}

BonusRule steps(Kpi kpi, std::vector<BonusStep> s, std::optional<qint64> capRubles = std::nullopt) {
    BonusRule r;
    r.kind = BonusRuleKind::Steps;
    r.kpi = kpi;
    r.steps = std::move(s);
    if (capRubles) {
        r.cap = *capRubles * 100;
    }
    return r;
}

KpiFigures figures(std::initializer_list<std::pair<const Kpi, KpiFigure>> f) {
    return KpiFigures(f);
}

}  // namespace

TEST_CASE("A bonus per unit pays each target arrival, so raw arrivals that were not target add nothing",
          "[motivation]") {
    const std::vector<BonusRule> scheme{perUnit(Kpi::TargetArrivals, 1500)};
    // 12 target arrivals × 1 500,00 ₽ = 18 000,00 ₽, worked out by hand.
    const BonusResult volume =
        computeBonus(scheme, figures({{Kpi::Arrivals, {30, {}}}, {Kpi::TargetArrivals, {12, {}}}}));
    const BonusResult quality =
        computeBonus(scheme, figures({{Kpi::Arrivals, {14, {}}}, {Kpi::TargetArrivals, {12, {}}}}));
    CHECK(volume.total == 1'800'000);
    CHECK(quality.total == volume.total);
    REQUIRE(volume.parts.size() == 1);
    CHECK(volume.parts[0].how == QStringLiteral("12 × 1500"));
}

TEST_CASE("A percentage of money pays a share of what reached the cash desk", "[motivation]") {
    BonusRule r;
    r.kind = BonusRuleKind::Percent;
    r.kpi = Kpi::MoneyReceived;
    r.percent = 3;
    // 3 % of 2 400 000,00 ₽ = 72 000,00 ₽; of 333,33 ₽ = 10,00 ₽ (9,9999 rounded to the kopeck).
    CHECK(computeBonus({r}, figures({{Kpi::MoneyReceived, {240'000'000, {}}}})).total == 7'200'000);
    CHECK(computeBonus({r}, figures({{Kpi::MoneyReceived, {33'333, {}}}})).total == 1'000);
    CHECK(computeBonus({r}, figures({})).total == 0);
}

TEST_CASE("Steps by plan completion multiply the bonus so far, up to a cap", "[motivation]") {
    const std::vector<BonusRule> scheme{perUnit(Kpi::TargetArrivals, 1000),
                                        steps(Kpi::TargetArrivals, {{0, 0}, {0.8, 1}, {1.0, 1.2}}, 11'000)};
    auto bonusAtPlan = [&](double plan) {
        return computeBonus(scheme, figures({{Kpi::TargetArrivals, {10, plan}}})).total;
    };
    // 10 target arrivals × 1 000 ₽ = 10 000 ₽ before the steps.
    CHECK(bonusAtPlan(20) == 0);            // 50 %: below 80 %, ×0
    CHECK(bonusAtPlan(12.5) == 1'000'000);  // exactly 80 %: ×1
    CHECK(bonusAtPlan(12) == 1'000'000);    // 83 %: ×1
    CHECK(bonusAtPlan(10) == 1'100'000);    // 100 %: ×1.2 = 12 000 ₽, capped at 11 000 ₽
    const BonusResult capped = computeBonus(scheme, figures({{Kpi::TargetArrivals, {10, 10}}}));
    REQUIRE(capped.parts.size() == 2);
    CHECK(capped.parts[1].kopecks == 100'000);
    CHECK(capped.parts[1].how == QStringLiteral("×1.2 at 100.0 % of plan, capped at 11000"));
    // Without a plan the steps change nothing, and say so.
    const BonusResult noPlan = computeBonus(scheme, figures({{Kpi::TargetArrivals, {10, {}}}}));
    CHECK(noPlan.total == 1'000'000);
    CHECK(noPlan.parts[1].how == QStringLiteral("no plan"));
}

TEST_CASE("A quality gate lowers the marketer's share when the cost per target arrival is above plan",
          "[motivation]") {
    BonusRule share;
    share.kind = BonusRuleKind::Percent;
    share.kpi = Kpi::MoneyReceived;
    share.percent = 0.5;
    BonusRule gate;
    gate.kind = BonusRuleKind::Gate;
    gate.kpi = Kpi::CostPerTarget;
    gate.comparison = Comparison::Above;
    gate.multiplier = 0.7;
    const std::vector<BonusRule> scheme{share, gate};
    // 0,5 % of 10 000 000 ₽ = 50 000 ₽; a target arrival at 2 000 ₽ against a plan of 1 800 ₽: ×0.7.
    const KpiFigure money{1'000'000'000, {}};
    CHECK(
        computeBonus(scheme, figures({{Kpi::MoneyReceived, money}, {Kpi::CostPerTarget, {200'000, 180'000}}}))
            .total == 3'500'000);
    CHECK(
        computeBonus(scheme, figures({{Kpi::MoneyReceived, money}, {Kpi::CostPerTarget, {150'000, 180'000}}}))
            .total == 5'000'000);
    // A fixed threshold instead of the plan.
    gate.threshold = 100'000;
    CHECK(computeBonus({share, gate},
                       figures({{Kpi::MoneyReceived, money}, {Kpi::CostPerTarget, {150'000, {}}}}))
              .total == 3'500'000);
}

TEST_CASE("A scheme's rules are checked: the right kind of KPI, amounts above zero, rising steps",
          "[motivation]") {
    BonusRule wrong = perUnit(Kpi::MoneyReceived, 10);
    wrong.position = 2;
    const Status s = checkRules({perUnit(Kpi::Sales, 500), wrong});
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message().startsWith(QStringLiteral("Rule 2")));
    CHECK_FALSE(checkRules({steps(Kpi::Sales, {{1.0, 1}, {0.8, 1.2}})}).ok());
    BonusRule percent;
    percent.kind = BonusRuleKind::Percent;
    percent.kpi = Kpi::Sales;
    percent.percent = 5;
    CHECK_FALSE(checkRules({percent}).ok());
    CHECK(checkRules({perUnit(Kpi::TargetArrivals, 1500), steps(Kpi::TargetArrivals, {{0, 0}, {0.8, 1}})})
              .ok());
}
