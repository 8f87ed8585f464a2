"""Hand-built report views (no business-case engine needed) for layout and template tests."""

from __future__ import annotations

import datetime as dt

from crm_roi.report.style import ReportStyle, tint
from crm_roi.report.view import (
    Advice,
    Assumption,
    BenefitGroup,
    CashFlow,
    Costs,
    Goal,
    Kpi,
    Line,
    MethodA,
    MethodB,
    MonteCarlo,
    ReportMeta,
    ReportView,
    ScenarioRow,
    SensitivityRow,
    Summary,
    Target,
    verdict_for,
)

ADVICES = (
    Advice("Begroot opleiding.", "Zonder opleiding blijft het gebruik achter.", "warning"),
    Advice("Meet vooraf.", "Leg de beginwaarde van de KPI's vast.", "info"),
    Advice("Houd maatwerk beperkt.", "Elke aanpassing kost bij updates opnieuw geld.", "info"),
    Advice("Vierde advies.", "Dit advies staat niet in de samenvatting.", "info"),
)


def _payback(net: list[float]) -> float | None:
    cumulative = net[0]
    if cumulative >= 0:
        return 0.0
    for year, flow in enumerate(net[1:], start=1):
        if cumulative + flow >= 0 and flow > 0:
            return 12 * (year - 1) + 12 * (-cumulative / flow)
        cumulative += flow
    return None


def sample_view(
    *,
    organisation: str = "Installatiebedrijf De Vries B.V.",
    horizon: int = 3,
    users: int = 12,
    scale: float = 1.0,
    benefit_scale: float = 1.0,
    style: ReportStyle | None = None,
    logo_url: str | None = None,
) -> ReportView:
    """A plausible, internally consistent view; `scale` multiplies every amount."""
    style = style or ReportStyle(consultant="Sanne Bakker", consultant_company="Adviesbureau Noord")
    years = range(horizon + 1)
    adoption = tuple(0.0 if t == 0 else 0.5 if t == 1 else 0.85 if t == 2 else 1.0 for t in years)
    risk_c, risk_b, rate = 0.05, 0.10, 0.10

    def once(amount: float) -> tuple[float, ...]:
        return tuple(amount * scale * (1 + risk_c) if t == 0 else 0.0 for t in years)

    def yearly(amount: float, growth: float = 0.0) -> tuple[float, ...]:
        return tuple(
            0.0 if t == 0 else amount * scale * (1 + growth) ** (t - 1) * (1 + risk_c)
            for t in years
        )

    def benefit(run_rate: float) -> tuple[float, ...]:
        return tuple(run_rate * scale * benefit_scale * adoption[t] * (1 - risk_b) for t in years)

    one_time = (
        Line("Implementatie (extern)", once(4176 * users / 12)),
        Line("Datamigratie", once(2500)),
        Line("Opleidingsuren van medewerkers", once(45 * 8 * users)),
        Line("Interne projecturen", once(45 * 80)),
    )
    recurring = (
        Line("Licenties", yearly(29 * 12 * users, 0.03)),
        Line("Beheer en onderhoud (interne uren)", yearly(45 * 4 * 12)),
    )
    own = (Line("Website-koppeling", tuple(1500.0 * scale if t == 0 else 300.0 for t in years)),)
    lines = (*one_time, *recurring, *own)
    costs = tuple(sum(line.amounts[t] for line in lines) for t in years)
    one_time, recurring, own = (
        tuple(Line(line.label, line.amounts, line.total / sum(costs)) for line in group)
        for group in (one_time, recurring, own)
    )
    groups = (
        BenefitGroup(
            "efficientie",
            "Kostenefficiënt werken",
            (Line("Tijdwinst (kostenefficiënt werken)", benefit(2 * 46 * 45 * 0.5 * users)),),
        ),
        BenefitGroup(
            "leads",
            "Meer leads",
            (Line("Extra brutomarge uit nieuwe leads", benefit(10 * 12 * 0.2 * 2500 * 0.35)),),
        ),
    )
    benefit_totals = tuple(sum(line.amounts[t] for g in groups for line in g.lines) for t in years)
    net = [b - c for b, c in zip(benefit_totals, costs, strict=True)]
    cumulative = tuple(sum(net[: t + 1]) for t in years)
    discounted = tuple(n / (1 + rate) ** t for t, n in enumerate(net))
    pv_c = sum(c / (1 + rate) ** t for t, c in enumerate(costs))
    npv = sum(discounted)
    payback = _payback(net)
    full = groups[0].lines[0].amounts[1] / 0.5 + groups[1].lines[0].amounts[1] / 0.5
    required = (costs[0] + sum(costs[1:])) / horizon
    expected = sum(benefit_totals[1:]) / horizon
    summary = Summary(
        investment=costs[0],
        yearly_benefit_full=full,
        npv=npv,
        pv_costs=pv_c,
        pv_benefits=npv + pv_c,
        roi=npv / pv_c,
        roi_simple=(sum(benefit_totals) - sum(costs)) / sum(costs),
        irr=0.42 if npv > 0 else None,
        payback_months=payback,
        discounted_payback_months=None if payback is None else payback * 1.2,
        total_costs=sum(costs),
        total_benefits=sum(benefit_totals),
        verdict=verdict_for(sum(benefit_totals), npv, payback),
    )
    kpi = Kpi(
        "Tijd per offerte",
        "gemiddeld 45 minuten",
        "30 minuten",
        "steekproef van 20 offertes per kwartaal",
    )
    return ReportView(
        meta=ReportMeta(
            organisation=style.organisation or organisation,
            consultant=style.consultant,
            consultant_company=style.consultant_company,
            report_date=dt.date(2026, 11, 23),
            created_at=dt.datetime(2026, 11, 23, 14, 35, 12, tzinfo=dt.UTC),
            logo_url=logo_url,
            accent=style.accent,
            accent_text=style.accent_text,
            accent_tint=tint(style.accent, 0.1),
            crm_package="Pipedrive",
            package_known=True,
            sector="Installatietechniek",
            user_count=users,
            method="gedetailleerd",
        ),
        horizon=horizon,
        discount_rate=rate,
        risk_costs=risk_c,
        risk_benefits=risk_b,
        adoption=adoption,
        summary=summary,
        goals=(
            Goal("efficientie", "Kostenefficiënt werken", (kpi,)),
            Goal(
                "leads",
                "Meer leads",
                (Kpi("Nieuwe leads per maand", "20", "30", "telling in het CRM-systeem"),),
            ),
        ),
        costs=Costs(one_time=one_time, recurring=recurring, own=own, totals=costs),
        benefit_groups=groups,
        benefit_totals=benefit_totals,
        cashflow=CashFlow(
            costs=costs,
            benefits=benefit_totals,
            net=tuple(net),
            cumulative=cumulative,
            discounted_net=discounted,
            payback_months=payback,
        ),
        method_a=MethodA(
            target_years=horizon,
            required_yearly_benefit=required,
            expected_average_yearly_benefit=expected,
            reached=expected >= required,
            gap=required - expected,
            targets=(
                Target(
                    "Kostenefficiënt werken", "Tijdwinst per gebruiker per week", 2.0, 2.6, "hours"
                ),
                Target("Meer leads", "Extra leads per maand", 10, 14, "int"),
            ),
        ),
        method_b=MethodB(
            full_yearly_benefit=full,
            yearly_costs_year_1=costs[1],
            initial_costs=costs[0],
            simple_payback_years=costs[0] / (full - costs[1]) if full > costs[1] else None,
            payback_months=payback,
        ),
        scenarios=(
            ScenarioRow(
                "conservatief",
                npv * 0.4 - 5000 * scale,
                0.3,
                None,
                sum(benefit_totals) * 0.7,
                sum(costs) * 1.2,
            ),
            ScenarioRow("verwacht", npv, npv / pv_c, payback, sum(benefit_totals), sum(costs)),
            ScenarioRow(
                "optimistisch",
                npv * 1.6,
                1.4,
                payback and payback * 0.7,
                sum(benefit_totals) * 1.3,
                sum(costs) * 0.9,
            ),
        ),
        sensitivity=(
            SensitivityRow(
                "Tijdwinst per gebruiker per week",
                "baten",
                "hours",
                1.0,
                3.0,
                npv - 20000 * scale,
                npv + 20000 * scale,
            ),
            SensitivityRow(
                "Extra leads per maand",
                "baten",
                "int",
                7,
                13,
                npv - 9000 * scale,
                npv + 7000 * scale,
            ),
            SensitivityRow(
                "Licentie per gebruiker per maand",
                "kosten",
                "euro",
                27.55,
                31.9,
                npv + 900 * scale,
                npv - 2000 * scale,
            ),
            SensitivityRow(
                "Benutting van de bespaarde tijd",
                "baten",
                "percent",
                25,
                60,
                npv - 6000 * scale,
                npv + 2500 * scale,
            ),
        ),
        monte_carlo=MonteCarlo(10_000, 20260101, npv * 0.5, npv, npv * 1.4, npv * 0.98, 0.87, 0.81),
        assumptions=(
            Assumption(
                "aantal_gebruikers",
                "Profiel",
                "Aantal gebruikers",
                str(users),
                "user",
                "eigen antwoord",
            ),
            Assumption(
                "licentie_per_gebruiker_per_maand",
                "Kosten",
                "Licentie per gebruiker per maand",
                "€ 29",
                "benchmark",
                "Prijslijst Pipedrive, 2025",
            ),
            Assumption(
                "loonkosten_per_uur",
                "Kosten",
                "Loonkosten per uur",
                "€ 45",
                "default",
                "CBS, arbeidskosten per gewerkt uur 2024",
            ),
        ),
        advices=ADVICES,
        top_advices=ADVICES[:3],
    )
