"""The plain-text advice that `dlready assess FILE` prints for a person to read: the decision
first (headline, verdict, approach), then why, what blocks it, the law, the risks, the levers,
the cost and the next steps."""

from __future__ import annotations

from collections.abc import Callable

from wizard.core.assessment import Assessment
from wizard.core.i18n import QT_TRANSLATE_NOOP, Translate
from wizard.core.labels import (
    BAND_LABELS,
    OWNER_LABELS,
    SEVERITY_LABELS,
    VERDICT_LABELS,
    WHEN_LABELS,
)
from wizard.core.paths import PATH_ORDER, PATHS
from wizard.core.printable import printable
from wizard.core.result import Result
from wizard.core.sources import SOURCES

T = {
    "verdict": QT_TRANSLATE_NOOP("text", "Verdict: {verdict}"),
    "path": QT_TRANSLATE_NOOP("text", "Recommendation: {path}"),
    "approach": QT_TRANSLATE_NOOP("text", "Approach: {text}"),
    "baseline": QT_TRANSLATE_NOOP("text", "Baseline to beat: {text}"),
    "go_no_go": QT_TRANSLATE_NOOP("text", "Go/no-go after the pilot: {text}"),
    "approach_risk": QT_TRANSLATE_NOOP("text", "Watch: {text}"),
    "readiness": QT_TRANSLATE_NOOP(
        "text",
        "Readiness for {path}: {score}/100 ({band}; emerging from {emerging}, ready from "
        "{ready}, advanced from {advanced})",
    ),
    "fit": QT_TRANSLATE_NOOP("text", "Fit of each path:"),
    "why": QT_TRANSLATE_NOOP("text", "Why:"),
    "blockers": QT_TRANSLATE_NOOP("text", "Fix first:"),
    "regulation": QT_TRANSLATE_NOOP("text", "Rules that apply:"),
    "applies": QT_TRANSLATE_NOOP("text", "{text} (applies from {date})"),
    "risks": QT_TRANSLATE_NOOP("text", "Risks to watch:"),
    "risk": QT_TRANSLATE_NOOP("text", "[{severity}] {text}. What to do: {mitigation}"),
    "levers": QT_TRANSLATE_NOOP("text", "Levers you control:"),
    "lever": QT_TRANSLATE_NOOP("text", "{text} (takes: {effort})"),
    "cost": QT_TRANSLATE_NOOP("text", "Year-one cost, USD (orientation, not a quote):"),
    "cost_path": QT_TRANSLATE_NOOP("text", "{path}: {low} to {high}"),
    "cost_item": QT_TRANSLATE_NOOP("text", "{what}: {low} to {high} ({assumption})"),
    "steps": QT_TRANSLATE_NOOP("text", "Next steps:"),
    "step": QT_TRANSLATE_NOOP("text", "{when}, {owner}: {text} Done when: {done_when}"),
    "whatif": QT_TRANSLATE_NOOP("text", "The advice depends on:"),
    "not_computed": QT_TRANSLATE_NOOP("text", "{part}: not judged by this version"),
}


def render_text(name: str, assessment: Assessment, result: Result, translate: Translate) -> str:
    """A readable summary of the advice for one file, the decision first."""

    def t(key: str, **fields: object) -> str:
        return translate("text", T[key]).format(**fields)

    meta = assessment.meta
    # Names are the user's: shown with their controls escaped, never sent to the terminal raw.
    parts = (printable(meta.organisation), printable(meta.project))
    title = " / ".join(part for part in parts if part) or printable(name)
    path_name = translate("paths", PATHS[result.recommendation].name)
    bands = result.readiness.bands
    lines = [
        title,
        "=" * len(title),
        result.headline,
        "",
        t("verdict", verdict=translate("labels", VERDICT_LABELS[result.verdict])),
    ]
    # Under "stop" nothing is to be built: no path is named, nor readiness for one, as the
    # board paper names none (the JSON keeps both fields, as the contract defines them).
    stopped = result.verdict == "stop"
    if not stopped:
        lines.append(t("path", path=path_name))
    if result.approach is not None:
        approach = result.approach
        lines += [
            t("approach", text=approach.text),
            "  " + t("baseline", text=approach.baseline),
            "  " + t("go_no_go", text=approach.go_no_go),
        ]
        if approach.risk:
            lines.append("  " + t("approach_risk", text=approach.risk))
    lines.append(result.confidence_note)
    if not stopped:
        lines.append(
            t(
                "readiness",
                path=path_name,
                score=result.readiness.score,
                band=translate("labels", BAND_LABELS[result.readiness.band]),
                emerging=bands.get("emerging"),
                ready=bands.get("ready"),
                advanced=bands.get("advanced"),
            )
        )
    lines += [
        "",
        t("fit"),
        *(f"  {result.fit[p]:3d}  {translate('paths', PATHS[p].name)}" for p in PATH_ORDER),
    ]
    sections: list[tuple[str, str, list[str]]] = [
        ("why", "", [f"{r.text} [{_cites(r.sources or (r.source,))}]" for r in result.reasons]),
        ("blockers", "", [b.text for b in result.blockers]),
        (
            "regulation",
            "regulation",
            [t("applies", text=g.text, date=g.applies_from) for g in result.regulation],
        ),
        (
            "risks",
            "risks",
            [
                t(
                    "risk",
                    severity=translate("labels", SEVERITY_LABELS[r.severity]),
                    text=r.text,
                    mitigation=r.mitigation,
                )
                for r in result.risks
            ],
        ),
        ("levers", "levers", [t("lever", text=v.text, effort=v.effort) for v in result.levers]),
        ("cost", "cost", _cost(result, t, translate)),
        (
            "steps",
            "next_steps",
            [
                t(
                    "step",
                    when=translate("labels", WHEN_LABELS[s.when]),
                    owner=translate("labels", OWNER_LABELS[s.owner]),
                    text=s.text,
                    done_when=s.done_when,
                )
                for s in result.next_steps
            ],
        ),
        ("whatif", "", [c.text for c in result.what_would_change]),
    ]
    for heading, part, items in sections:
        if part and part in result.pending:
            lines += ["", t("not_computed", part=t(heading).rstrip(":"))]
        elif items:
            lines += ["", t(heading), *(f"  - {item}" for item in items)]
    return "\n".join(lines) + "\n"


def _cost(result: Result, t: Callable[..., str], translate: Translate) -> list[str]:
    """Each path's range, the recommended one first with its items."""
    if result.cost is None:
        return []
    ordered = [result.recommendation, *(p for p in PATH_ORDER if p != result.recommendation)]
    lines = []
    for path in ordered:
        span = result.cost.by_path.get(path)
        if span is None:
            continue
        name = translate("paths", PATHS[path].name)
        lines.append(t("cost_path", path=name, low=f"{span.low:,}", high=f"{span.high:,}"))
        if path == result.recommendation:
            lines += [
                "    "
                + t(
                    "cost_item",
                    what=item.what,
                    low=f"{item.low:,}",
                    high=f"{item.high:,}",
                    assumption=item.assumption,
                )
                for item in span.items
            ]
    return lines


def _cites(sources: tuple[str, ...]) -> str:
    return "; ".join(_cite(source) for source in sources)


def _cite(source: str) -> str:
    found = SOURCES.get(source)
    return found.short if found is not None else source
