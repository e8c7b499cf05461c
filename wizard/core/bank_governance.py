"""The questions about risk and governance: where data may go and whom the output touches."""

from __future__ import annotations

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import Question, options

QUESTIONS: tuple[Question, ...] = (
    Question(
        id="data_residency",
        label=QT_TRANSLATE_NOOP("questions", "Where the data may go"),
        section="risk",
        text=QT_TRANSLATE_NOOP("questions", "May the data be sent to an outside provider?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "Cloud services process your data on their servers. Health, financial and "
            "personal data often may not leave your premises, or only after anonymising or "
            "under a data processing agreement.",
        ),
        options=options(
            ("external_ok", QT_TRANSLATE_NOOP("questions", "Yes"), ""),
            ("contracts_needed", QT_TRANSLATE_NOOP("questions", "Only after anonymising or under contract"), ""),
            ("on_premises_only", QT_TRANSLATE_NOOP("questions", "No: it must stay on our premises"), ""),
        ),
    ),
    Question(
        id="decision_area",
        decision=False,
        label=QT_TRANSLATE_NOOP("questions", "Area of the decision"),
        section="risk",
        text=QT_TRANSLATE_NOOP("questions", "Which area does the output decide or influence?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "Pick the most sensitive area that applies. The law treats some uses of AI far "
            "more strictly than others: in the European Union, hiring, lending, schooling, "
            "health and public services carry extra duties, and a few uses, such as reading "
            "the emotions of employees or pupils, are forbidden.",
        ),
        options=options(
            ("employment", QT_TRANSLATE_NOOP("questions", "Employment and work"),
             QT_TRANSLATE_NOOP("questions", "Hiring, promotion, task allocation, monitoring or evaluating workers.")),
            ("credit_insurance", QT_TRANSLATE_NOOP("questions", "Credit and insurance"),
             QT_TRANSLATE_NOOP("questions", "Creditworthiness, life or health insurance risk and pricing.")),
            ("health", QT_TRANSLATE_NOOP("questions", "Health care"),
             QT_TRANSLATE_NOOP("questions", "Diagnosis, triage, treatment, patient monitoring.")),
            ("education", QT_TRANSLATE_NOOP("questions", "Education"),
             QT_TRANSLATE_NOOP("questions", "Admission, grading, proctoring exams.")),
            ("public_services", QT_TRANSLATE_NOOP("questions", "Public services"),
             QT_TRANSLATE_NOOP("questions", "Public benefits, essential services, emergency calls.")),
            ("law_justice_migration", QT_TRANSLATE_NOOP("questions", "Law, justice and migration"),
             QT_TRANSLATE_NOOP("questions", "Policing, courts, borders, asylum.")),
            ("biometrics", QT_TRANSLATE_NOOP("questions", "Identifying people"),
             QT_TRANSLATE_NOOP("questions", "Recognising or categorising people by face, voice or body.")),
            ("emotion_recognition_work", QT_TRANSLATE_NOOP("questions", "Emotions of employees or students"),
             QT_TRANSLATE_NOOP("questions", "Inferring the emotions or intentions of employees, pupils or students, at work or in education.")),
            ("emotion_recognition", QT_TRANSLATE_NOOP("questions", "Emotions of customers or the public"),
             QT_TRANSLATE_NOOP("questions", "Inferring the emotions or intentions of customers or passers-by.")),
            ("critical_infrastructure", QT_TRANSLATE_NOOP("questions", "Critical infrastructure"),
             QT_TRANSLATE_NOOP("questions", "Safety of energy, water, gas, heating, road traffic or digital infrastructure.")),
            ("product_safety", QT_TRANSLATE_NOOP("questions", "A safety function of a product"),
             QT_TRANSLATE_NOOP("questions", "A safety part of a machine, vehicle, medical device, toy or other regulated product.")),
            ("none", QT_TRANSLATE_NOOP("questions", "None of these"),
             QT_TRANSLATE_NOOP("questions", "Operations, marketing, content, internal productivity.")),
        ),
    ),
    Question(
        id="audience",
        decision=False,
        label=QT_TRANSLATE_NOOP("questions", "Who sees the output"),
        section="risk",
        text=QT_TRANSLATE_NOOP("questions", "Who sees the output or talks to the system?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "An output that a specialist checks before it is used may be wrong now and then; "
            "one that customers read directly must be right, or clearly marked, every time. A "
            "system that talks to people must also tell them they are talking to a machine.",
        ),
        options=options(
            ("experts", QT_TRANSLATE_NOOP("questions", "Specialists who check every output"),
             QT_TRANSLATE_NOOP("questions", "Nothing is used before an expert has reviewed it.")),
            ("staff", QT_TRANSLATE_NOOP("questions", "Our staff"),
             QT_TRANSLATE_NOOP("questions", "Employees use the output in their work.")),
            ("customers", QT_TRANSLATE_NOOP("questions", "Customers"),
             QT_TRANSLATE_NOOP("questions", "Customers see the output or talk to the system.")),
            ("public", QT_TRANSLATE_NOOP("questions", "The public"),
             QT_TRANSLATE_NOOP("questions", "The output is published for anyone to see.")),
        ),
    ),
    Question(
        id="explainability",
        decision=False,
        label=QT_TRANSLATE_NOOP("questions", "Explaining decisions"),
        section="risk",
        text=QT_TRANSLATE_NOOP("questions", "Must individual decisions be explained?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "To customers, auditors or regulators: why was this loan refused, why was this "
            "claim flagged? Lending, insurance and health usually require it.",
        ),
        options=options(
            ("required", QT_TRANSLATE_NOOP("questions", "Yes, it is required"), ""),
            ("helpful", QT_TRANSLATE_NOOP("questions", "It would help"), ""),
            ("not_needed", QT_TRANSLATE_NOOP("questions", "No"), ""),
        ),
    ),
    Question(
        id="people_impact",
        decision=False,
        label=QT_TRANSLATE_NOOP("questions", "Decisions about people"),
        section="risk",
        text=QT_TRANSLATE_NOOP("questions", "Do the predictions decide things about people?"),
        help=QT_TRANSLATE_NOOP(
            "questions",
            "Hiring, lending, health, insurance or prices for individuals. Models learn the "
            "biases of the past: Amazon scrapped a hiring model that had learned to downgrade "
            "women's CVs.",
        ),
        options=options(
            ("high", QT_TRANSLATE_NOOP("questions", "Yes, they decide about individuals"), ""),
            ("some", QT_TRANSLATE_NOOP("questions", "Some: people are affected indirectly"), ""),
            ("none", QT_TRANSLATE_NOOP("questions", "No"), ""),
        ),
    ),
)
