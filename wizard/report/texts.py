"""Every string the brief adds to the core's, marked for Qt Linguist in the context "brief".

They are declared here once and translated when a brief is drawn, with `tr("brief", text)`.
"""

from __future__ import annotations

from types import MappingProxyType

from wizard.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "brief"

# Cover
KIND = QT_TRANSLATE_NOOP("brief", "Board brief: which AI path to take")
ORGANISATION = QT_TRANSLATE_NOOP("brief", "Organisation")
PROJECT = QT_TRANSLATE_NOOP("brief", "Project")
ASSESSOR = QT_TRANSLATE_NOOP("brief", "Assessor")
ASSESSED_ON = QT_TRANSLATE_NOOP("brief", "Date of the assessment")
CONSULTANT = QT_TRANSLATE_NOOP("brief", "Prepared by")
CONFIDENTIAL = QT_TRANSLATE_NOOP("brief", "Confidential")
UNNAMED_ORGANISATION = QT_TRANSLATE_NOOP("brief", "Unnamed organisation")
COVER_NOTE = QT_TRANSLATE_NOOP(
    "brief",
    "This brief recommends one of three paths for the project: classical machine learning, a "
    "pretrained API or transfer learning, or custom deep learning. It explains the advice "
    "rule by rule, with the publication each rule stands on, and says which answers would "
    "change it.",
)

# Executive summary
READINESS = QT_TRANSLATE_NOOP("brief", "Readiness")
FIRST_STEPS = QT_TRANSLATE_NOOP("brief", "Where to start")
SEE_ALSO = QT_TRANSLATE_NOOP(
    "brief",
    "Every reason, the risks to watch and a 90-day plan follow; the appendix lists every "
    "answer given.",
)

# The board paper (page 2)
BOARD_PAPER = QT_TRANSLATE_NOOP("brief", "Board paper")
VERDICT_IS = QT_TRANSLATE_NOOP("brief", "Verdict: {verdict}")
VERDICT_MEANS = MappingProxyType(
    {
        "go": QT_TRANSLATE_NOOP("brief", "the organisation is ready to start now."),
        "fix_first": QT_TRANSLATE_NOOP(
            "brief", "start once the blockers below are cleared, not before."
        ),
        "not_yet": QT_TRANSLATE_NOOP(
            "brief",
            "the organisation is not ready for any machine learning project yet; the basics "
            "below come first.",
        ),
        "stop": QT_TRANSLATE_NOOP("brief", "the use as described is prohibited; do not build it."),
    }
)
ASKED = MappingProxyType(
    {
        "go": QT_TRANSLATE_NOOP(
            "brief",
            "The board is asked to approve the pilot below, its budget and its owner, and to "
            "decide on it again at the go/no-go test.",
        ),
        "fix_first": QT_TRANSLATE_NOOP(
            "brief",
            "The board is asked to approve the work that clears the blockers, and the pilot "
            "below once they are cleared; no model is built before then.",
        ),
        "not_yet": QT_TRANSLATE_NOOP(
            "brief",
            "The board is asked not to fund a machine learning project yet, to approve the "
            "groundwork below, and to have the assessment made again when it is done.",
        ),
        "stop": QT_TRANSLATE_NOOP(
            "brief",
            "The board is asked to stop this project: fund nothing that builds the system, "
            "and have counsel confirm the legal position.",
        ),
    }
)
TO_FIX = QT_TRANSLATE_NOOP("brief", "What must be fixed first")
WEAK_DIMENSION = QT_TRANSLATE_NOOP("brief", "{dimension}: {score} / 100, below the ready band")
DECISION = QT_TRANSLATE_NOOP("brief", "The decision in figures")
PATH = QT_TRANSLATE_NOOP("brief", "Path")
INVESTMENT = QT_TRANSLATE_NOOP("brief", "Investment, year one")
# The investment row for each verdict that asks for money: the recommended path's year-one
# envelope. "not_yet" asks for none (INVESTMENT_NOW, NO_INVESTMENT_YET say so); "stop" has no row.
ENVELOPE = MappingProxyType(
    {
        "go": QT_TRANSLATE_NOOP("brief", "{range} for the recommended path."),
        "fix_first": QT_TRANSLATE_NOOP(
            "brief",
            "{range} for the recommended path, committed only once the blockers are cleared.",
        ),
    }
)
INVESTMENT_NOW = QT_TRANSLATE_NOOP("brief", "Investment asked now")
NO_INVESTMENT_YET = QT_TRANSLATE_NOOP(
    "brief",
    "None. No money is asked for until what must be fixed first is done; the pilot is priced "
    "when the assessment is made again.",
)
TIME = QT_TRANSLATE_NOOP("brief", "Time to a first version")
TIME_PLAN = QT_TRANSLATE_NOOP(
    "brief",
    "A pilot decision by day {days} of the plan. Production wanted (as answered): {target}.",
)
TIME_TARGET = QT_TRANSLATE_NOOP("brief", "Production wanted (as answered): {target}.")
TIME_STOP = QT_TRANSLATE_NOOP("brief", "None: nothing is to be built.")
# Under "not_yet" no pilot is decided on: the groundwork comes first, then a new assessment.
TIME_NOT_YET = QT_TRANSLATE_NOOP(
    "brief",
    "No first version before the groundwork below is done (by day {days} of the plan) and the "
    "assessment is made again. Production wanted (as answered): {target}.",
)
TIME_NOT_YET_NOW = QT_TRANSLATE_NOOP(
    "brief",
    "No first version before the groundwork below is done and the assessment is made again. "
    "Production wanted (as answered): {target}.",
)
NOT_KNOWN = QT_TRANSLATE_NOOP("brief", "not known")
APPROACH = QT_TRANSLATE_NOOP("brief", "Approach")
BASELINE = QT_TRANSLATE_NOOP("brief", "Baseline to beat")
GO_NO_GO = QT_TRANSLATE_NOOP("brief", "Go/no-go test")
READINESS_LINE = QT_TRANSLATE_NOOP("brief", "{score} / 100 for {path}: {band}.")
TOP_RISKS = QT_TRANSLATE_NOOP("brief", "Top risks")
WHY_IN_BRIEF = QT_TRANSLATE_NOOP("brief", "Why this path, in brief")
RISK = QT_TRANSLATE_NOOP("brief", "Risk")
MITIGATION = QT_TRANSLATE_NOOP("brief", "Mitigation")
OWNER = QT_TRANSLATE_NOOP("brief", "Owner")
REGULATION = QT_TRANSLATE_NOOP("brief", "Rules that apply")
APPLIES_FROM = QT_TRANSLATE_NOOP("brief", "Applies from {date}")
COUNSEL = QT_TRANSLATE_NOOP(
    "brief", "As the rulebook knows them; counsel must confirm how they apply."
)
UNKNOWN_MATTER = QT_TRANSLATE_NOOP(
    "brief", "Not known yet, and they bear on this advice: {questions}."
)
FIGURE_READINESS = QT_TRANSLATE_NOOP("brief", "Readiness, out of 100")
FIGURE_CONFIDENCE = QT_TRANSLATE_NOOP("brief", "Confidence in the advice")
FIGURE_FIT = QT_TRANSLATE_NOOP("brief", "Fit of the path, out of 100")
FIT_NOTE = QT_TRANSLATE_NOOP("brief", "compared with the other paths")
LEVELS = MappingProxyType(
    {
        "low": QT_TRANSLATE_NOOP("brief", "Low"),
        "medium": QT_TRANSLATE_NOOP("brief", "Medium"),
        "high": QT_TRANSLATE_NOOP("brief", "High"),
    }
)
UNKNOWN_COUNT = QT_TRANSLATE_NOOP(
    "brief",
    "{count} answers are not known yet, and they bear on this advice (the appendix names them).",
)
AND_MORE = QT_TRANSLATE_NOOP("brief", "{listed} and {count} more (see the appendix)")
DOLLARS = QT_TRANSLATE_NOOP("brief", "${amount}")
RANGE = QT_TRANSLATE_NOOP("brief", "{low} to {high}")
WITHIN_BUDGET = QT_TRANSLATE_NOOP("brief", "Within the answered budget ({budget}).")
ABOVE_BUDGET = QT_TRANSLATE_NOOP("brief", "Above the answered budget ({budget}).")
MAY_EXCEED_BUDGET = QT_TRANSLATE_NOOP(
    "brief", "The upper end is above the answered budget ({budget})."
)
BUDGET_UNKNOWN = QT_TRANSLATE_NOOP("brief", "The budget was not given.")

# The plan
STEP = QT_TRANSLATE_NOOP("brief", "Step")
WHEN = QT_TRANSLATE_NOOP("brief", "When")
DONE_WHEN = QT_TRANSLATE_NOOP("brief", "Done when")
SEVERITY = QT_TRANSLATE_NOOP("brief", "Severity")
REGULATION_HEADING = QT_TRANSLATE_NOOP("brief", "Rule")
OBLIGATIONS = QT_TRANSLATE_NOOP("brief", "What it obliges")
FROM = QT_TRANSLATE_NOOP("brief", "Applies from")

# Charts
SCORES = QT_TRANSLATE_NOOP("brief", "The scores")
READINESS_CHART = QT_TRANSLATE_NOOP("brief", "Readiness by dimension")
READINESS_CHART_NOTE = QT_TRANSLATE_NOOP(
    "brief",
    "Readiness for {path} is {score} / 100 ({band}). The bands: not ready below {emerging}, "
    "emerging from {emerging}, ready from {ready}, advanced from {advanced}. Each dimension "
    'is scored from the answers that bear on it; a "don\'t know" counts as a weak answer. '
    "Dimensions below {ready} are hatched.",
)
OVERALL = QT_TRANSLATE_NOOP("brief", "Overall {score}")
SCORE_AXIS = QT_TRANSLATE_NOOP("brief", "Score out of 100")
FIT_AXIS = QT_TRANSLATE_NOOP("brief", "Fit out of 100 (how well the path suits the answers)")
FIT_CHART = QT_TRANSLATE_NOOP("brief", "Fit of the three paths")
FIT_CHART_NOTE = QT_TRANSLATE_NOOP(
    "brief",
    "How well each path suits the answers, from 0 to 100; the highest is recommended. Fit "
    "is not readiness: it compares the paths, while readiness measures the organisation.",
)
UNKNOWN_ANSWERS = QT_TRANSLATE_NOOP("brief", 'Answered "don\'t know": {questions}.')

# Why this path
WHY = QT_TRANSLATE_NOOP("brief", "Why this path")
WHY_INTRO = QT_TRANSLATE_NOOP(
    "brief",
    "Every rule that fired for these answers, with its points for each path it touches: the "
    "reasons for the recommended path first. The points add up to each path's total, which "
    "is scaled to the fit from 0 to 100.",
)
REASON = QT_TRANSLATE_NOOP("brief", "Reason")
TOTAL_POINTS = QT_TRANSLATE_NOOP("brief", "Points in total")
FIT_SCALED = QT_TRANSLATE_NOOP("brief", "Fit, scaled to 0 to 100")
LEVERS = QT_TRANSLATE_NOOP("brief", "What the organisation can do")
LEVERS_INTRO = QT_TRANSLATE_NOOP(
    "brief", "Changes within the organisation's control that would improve the advice."
)
LEVER_PATH = QT_TRANSLATE_NOOP("brief", "It would make {path} the recommendation.")
LEVER_BAND = QT_TRANSLATE_NOOP("brief", "It would raise readiness to {band}.")
LEVER_EFFORT = QT_TRANSLATE_NOOP("brief", "What it takes: {effort}")
WHAT_WOULD_CHANGE = QT_TRANSLATE_NOOP("brief", "What the advice depends on")
WHAT_WOULD_CHANGE_INTRO = QT_TRANSLATE_NOOP(
    "brief",
    "The smallest changes of answers, of any kind, that would make another path the "
    "recommendation: if one of these answers is in doubt, so is the advice.",
)
LEADS_TO = QT_TRANSLATE_NOOP("brief", "Leads to: {path}")
NOTHING_WOULD_CHANGE = QT_TRANSLATE_NOOP(
    "brief", "No change of one or two answers would change the recommendation."
)

# Risks and next steps
RISKS_AND_STEPS = QT_TRANSLATE_NOOP("brief", "Risks and next steps")
RISKS = QT_TRANSLATE_NOOP("brief", "Risks to watch")
NEXT_STEPS = QT_TRANSLATE_NOOP("brief", "Next steps for {path}")
NOW = QT_TRANSLATE_NOOP("brief", "Now")
BY_DAY = QT_TRANSLATE_NOOP("brief", "By day {days}")
SOURCE = QT_TRANSLATE_NOOP("brief", "Source: {source}")

# Method and limits
METHOD = QT_TRANSLATE_NOOP("brief", "Method and limits")
HOW_SCORED = QT_TRANSLATE_NOOP("brief", "How the scores are made")
FIT_METHOD = QT_TRANSLATE_NOOP(
    "brief",
    "Fit: each rule of the rulebook that the answers trigger gives points to the paths it "
    "speaks for and takes points from those it speaks against, as the table of reasons shows. "
    "Each path's points are added up and scaled to 0 to 100; the path with the most is "
    "recommended. Fit compares the paths; it does not say whether the organisation is ready.",
)
READINESS_METHOD = QT_TRANSLATE_NOOP(
    "brief",
    "Readiness: every answer scores the dimension it bears on, from 0 to 100, for what "
    '{path} needs; a "don\'t know" counts as a weak answer. The dimensions are weighted into '
    "one score: {weights}.",
)
WEIGHT = QT_TRANSLATE_NOOP("brief", "{dimension} {percent}%")
BANDS = QT_TRANSLATE_NOOP("brief", "The readiness bands")
BAND_RANGE = QT_TRANSLATE_NOOP("brief", "a score from {low} to {high}")
BLOCKER_CAP_LABEL = QT_TRANSLATE_NOOP("brief", "Any blocker")
BLOCKER_CAP = QT_TRANSLATE_NOOP(
    "brief", "caps the band at emerging, whatever the score, until it is cleared"
)
VERDICTS = QT_TRANSLATE_NOOP("brief", "The verdicts")
VERDICT_RULES = MappingProxyType(
    {
        "go": QT_TRANSLATE_NOOP("brief", "start now: no blocker, and the band is above not ready."),
        "fix_first": QT_TRANSLATE_NOOP(
            "brief",
            "start once the blockers are cleared: there is a blocker, and the band is "
            "above not ready.",
        ),
        "not_yet": QT_TRANSLATE_NOOP(
            "brief", "not ready for any machine learning project yet: the band is not ready."
        ),
        "stop": QT_TRANSLATE_NOOP(
            "brief", "do not build it: the use as described is a practice the EU AI Act prohibits."
        ),
    }
)
CONFIDENCE_MEANS = QT_TRANSLATE_NOOP("brief", "What confidence means")
CONFIDENCE_METHOD = QT_TRANSLATE_NOOP(
    "brief",
    "Confidence says how far the advice can be relied on given the answers, not how good the "
    'project is. "Don\'t know" answers, paths that score close together and blockers lower '
    "it; it is never high when the band is not ready, when there is a blocker, or when three "
    'or more answers are "don\'t know". For this brief: {note}',
)
COSTS_AND_RULEBOOK = QT_TRANSLATE_NOOP("brief", "Costs and the rulebook")
COST_METHOD = QT_TRANSLATE_NOOP(
    "brief",
    "Costs are year-one ranges in US dollars, for orientation, not quotes. They are built "
    "from the itemised assumptions in the appendix: people, computing, labelling and service "
    "fees at the answered volume.",
)
RULEBOOK_METHOD = QT_TRANSLATE_NOOP(
    "brief",
    "The advice comes from rulebook {version} ({date}). Every rule, threshold and price in it "
    "is declared with its source, and the references grade each source: peer-reviewed "
    "research, official guidance, regulation, industry reports, practitioner essays, and "
    "rules of thumb (thresholds that are the rulebook's own judgement). Regulation is stated "
    "as the rulebook knew it on that date.",
)
LIMITS = QT_TRANSLATE_NOOP("brief", "What this tool cannot judge")
LIMITS_LIST = (
    QT_TRANSLATE_NOOP(
        "brief", "Whether the answers are right: the advice is only as good as they are."
    ),
    QT_TRANSLATE_NOOP(
        "brief",
        "The data itself: its labels, gaps and biases must be checked on the data, not on "
        "answers about it.",
    ),
    QT_TRANSLATE_NOOP(
        "brief",
        "The legal position: counsel must confirm how each rule applies, in every country "
        "where the system is used.",
    ),
    QT_TRANSLATE_NOOP(
        "brief",
        "Vendors' claims: any service, model or product must be measured on the "
        "organisation's own cases before it is trusted.",
    ),
    QT_TRANSLATE_NOOP(
        "brief",
        "The organisation's capacity for change, its politics, and whether this use case is "
        "worth more than other uses of the money.",
    ),
)

# Appendix
APPENDIX = QT_TRANSLATE_NOOP("brief", "Appendix: the answers")
APPENDIX_INTRO = QT_TRANSLATE_NOOP(
    "brief", "Every question as it was asked, the answer given and the assessor's notes."
)
ANSWER = QT_TRANSLATE_NOOP("brief", "Answer")
NOTES = QT_TRANSLATE_NOOP("brief", "Notes")
NOTE_CUT = QT_TRANSLATE_NOOP(
    "brief",
    "The note continues for {count} more characters, not printed here; the "
    "assessment file keeps it whole.",
)
REFERENCES = QT_TRANSLATE_NOOP("brief", "References")
REFERENCES_INTRO = QT_TRANSLATE_NOOP(
    "brief", "The publications and guidance the rules in this brief stand on."
)

# Appendix: costs, auditors, references
COSTS = QT_TRANSLATE_NOOP("brief", "Year-one cost of {path}: items and assumptions")
COST_ITEM = QT_TRANSLATE_NOOP("brief", "Item")
COST_AMOUNT = QT_TRANSLATE_NOOP("brief", "Year one")
ASSUMPTION = QT_TRANSLATE_NOOP("brief", "Assumption")
COST_TOTAL = QT_TRANSLATE_NOOP("brief", "Total")
OTHER_PATHS = QT_TRANSLATE_NOOP("brief", "The other paths, year one: {paths}.")
OTHER_PATH_COST = QT_TRANSLATE_NOOP("brief", "{path} {range}")
AUDIT = QT_TRANSLATE_NOOP("brief", "For auditors: the rules behind the advice")
AUDIT_INTRO = QT_TRANSLATE_NOOP(
    "brief",
    "The rulebook's id of every rule behind a reason, blocker, risk and rule of law in this "
    "brief, to trace each one to its declaration and its source.",
)
AUDIT_WHAT = QT_TRANSLATE_NOOP("brief", "In this brief")
AUDIT_RULE = QT_TRANSLATE_NOOP("brief", "Rule id")
AUDIT_SOURCE = QT_TRANSLATE_NOOP("brief", "Source id")
AUDIT_REASON = QT_TRANSLATE_NOOP("brief", "Reason {number}")
AUDIT_BLOCKER = QT_TRANSLATE_NOOP("brief", "Blocker {number}")
AUDIT_RISK = QT_TRANSLATE_NOOP("brief", "Risk {number}")
AUDIT_REGULATION = QT_TRANSLATE_NOOP("brief", "Rule of law {number}")
CITED_FOR = QT_TRANSLATE_NOOP("brief", "Cited for: {what}")
KINDS = MappingProxyType(
    {
        "peer_reviewed": QT_TRANSLATE_NOOP("brief", "Peer-reviewed research"),
        "official_guidance": QT_TRANSLATE_NOOP("brief", "Official guidance"),
        "regulation": QT_TRANSLATE_NOOP("brief", "Laws and rulings"),
        "industry_report": QT_TRANSLATE_NOOP("brief", "Industry and press reports"),
        "practitioner_essay": QT_TRANSLATE_NOOP("brief", "Practitioners' essays"),
        "rule_of_thumb": QT_TRANSLATE_NOOP(
            "brief", "Rules of thumb (the rulebook's own judgement)"
        ),
    }
)
# Names of laws as each language writes them, longest first so that no shorter name
# replaces part of a longer one.
LAW_NAMES = (
    QT_TRANSLATE_NOOP("brief", "General Data Protection Regulation"),
    QT_TRANSLATE_NOOP("brief", "Artificial Intelligence Act"),
    QT_TRANSLATE_NOOP("brief", "EU AI Act"),
    QT_TRANSLATE_NOOP("brief", "GDPR"),
)

# Footer and metadata
PAGE_OF = QT_TRANSLATE_NOOP("brief", "Page {page} of {pages}")
RULEBOOK = QT_TRANSLATE_NOOP("brief", "Rulebook {version}")
PREPARED_OFFLINE = QT_TRANSLATE_NOOP("brief", "Prepared offline with dlready")
TITLE = QT_TRANSLATE_NOOP("brief", "AI path brief: {name}")
SUBJECT = QT_TRANSLATE_NOOP("brief", "Recommendation: {path}; readiness {score} / 100")
KEYWORDS = QT_TRANSLATE_NOOP("brief", "AI readiness; machine learning; board brief")

# A date as the language writes it: translators may reorder the three fields.
DATE = QT_TRANSLATE_NOOP("brief", "{day} {month} {year}")
MONTHS = (
    QT_TRANSLATE_NOOP("brief", "January"),
    QT_TRANSLATE_NOOP("brief", "February"),
    QT_TRANSLATE_NOOP("brief", "March"),
    QT_TRANSLATE_NOOP("brief", "April"),
    QT_TRANSLATE_NOOP("brief", "May"),
    QT_TRANSLATE_NOOP("brief", "June"),
    QT_TRANSLATE_NOOP("brief", "July"),
    QT_TRANSLATE_NOOP("brief", "August"),
    QT_TRANSLATE_NOOP("brief", "September"),
    QT_TRANSLATE_NOOP("brief", "October"),
    QT_TRANSLATE_NOOP("brief", "November"),
    QT_TRANSLATE_NOOP("brief", "December"),
)
