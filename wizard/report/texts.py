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
SUMMARY = QT_TRANSLATE_NOOP("brief", "Executive summary")
RECOMMENDATION = QT_TRANSLATE_NOOP("brief", "Recommendation")
READINESS = QT_TRANSLATE_NOOP("brief", "Readiness")
CONFIDENCE = QT_TRANSLATE_NOOP("brief", "Confidence")
FIT = QT_TRANSLATE_NOOP("brief", "Fit of this path")
OUT_OF_100 = QT_TRANSLATE_NOOP("brief", "{value} / 100")
STRONGEST_REASONS = QT_TRANSLATE_NOOP("brief", "The strongest reasons")
BLOCKERS = QT_TRANSLATE_NOOP("brief", "Blockers: fix these first")
NO_BLOCKERS = QT_TRANSLATE_NOOP("brief", "No blockers: nothing stands in the way of starting.")
FIRST_STEPS = QT_TRANSLATE_NOOP("brief", "Where to start")
SEE_ALSO = QT_TRANSLATE_NOOP(
    "brief",
    "Every reason, the risks to watch and a 90-day plan follow; the appendix lists every "
    "answer given.",
)

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
    "Every rule that fired for these answers, strongest first. A positive weight speaks for "
    "the path named, a negative one against it.",
)
REASON = QT_TRANSLATE_NOOP("brief", "Reason")
PATH_AND_WEIGHT = QT_TRANSLATE_NOOP("brief", "Path, weight")
SOURCE_HEADING = QT_TRANSLATE_NOOP("brief", "Source")
RULE_ID = QT_TRANSLATE_NOOP("brief", "Rule: {rule}")
WHAT_WOULD_CHANGE = QT_TRANSLATE_NOOP("brief", "What would change the recommendation")
WHAT_WOULD_CHANGE_INTRO = QT_TRANSLATE_NOOP(
    "brief", "The smallest changes of answers that would make another path the recommendation."
)
LEADS_TO = QT_TRANSLATE_NOOP("brief", "Leads to: {path}")
NOTHING_WOULD_CHANGE = QT_TRANSLATE_NOOP(
    "brief", "No change of one or two answers would change the recommendation."
)

# Risks and next steps
RISKS_AND_STEPS = QT_TRANSLATE_NOOP("brief", "Risks and next steps")
RISKS = QT_TRANSLATE_NOOP("brief", "Risks to watch")
NO_RISKS = QT_TRANSLATE_NOOP("brief", "No particular risks were found for these answers.")
NEXT_STEPS = QT_TRANSLATE_NOOP("brief", "Next steps for {path}")
NOW = QT_TRANSLATE_NOOP("brief", "Now")
BY_DAY = QT_TRANSLATE_NOOP("brief", "By day {days}")
SOURCE = QT_TRANSLATE_NOOP("brief", "Source: {source}")

# Appendix
APPENDIX = QT_TRANSLATE_NOOP("brief", "Appendix: the answers")
APPENDIX_INTRO = QT_TRANSLATE_NOOP(
    "brief", "Every question as it was asked, the answer given and the assessor's notes."
)
ANSWER = QT_TRANSLATE_NOOP("brief", "Answer")
NOTES = QT_TRANSLATE_NOOP("brief", "Notes")
REFERENCES = QT_TRANSLATE_NOOP("brief", "References")
REFERENCES_INTRO = QT_TRANSLATE_NOOP(
    "brief", "The publications and guidance the rules in this brief stand on."
)

# Footer and metadata
PAGE_OF = QT_TRANSLATE_NOOP("brief", "Page {page} of {pages}")
RULEBOOK = QT_TRANSLATE_NOOP("brief", "Rulebook {version}")
PREPARED_OFFLINE = QT_TRANSLATE_NOOP("brief", "Prepared offline with dlready")
TITLE = QT_TRANSLATE_NOOP("brief", "AI path brief: {name}")
SUBJECT = QT_TRANSLATE_NOOP("brief", "Recommendation: {path}; readiness {score} / 100")
KEYWORDS = QT_TRANSLATE_NOOP("brief", "AI readiness; machine learning; board brief")

# Short forms for the summary's figure box, under the heading "Confidence" (the core's labels
# say "High confidence", too long for the box's large type).
CONFIDENCES = MappingProxyType(
    {
        "low": QT_TRANSLATE_NOOP("brief", "Low"),
        "medium": QT_TRANSLATE_NOOP("brief", "Medium"),
        "high": QT_TRANSLATE_NOOP("brief", "High"),
    }
)
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
