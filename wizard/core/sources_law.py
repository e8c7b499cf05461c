"""Laws, rulings and the rulebook's own rules of thumb, cited by id.

The AI Act's dates: Article 113 of Regulation (EU) 2024/1689 as adopted, and the amending
Regulation (EU) 2026/1744 as reported in secondary sources (the Official Journal text itself
was not read); the regulation module states which date it uses.
"""

from __future__ import annotations

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.sourcemodel import Source

AI_ACT = "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"

LAWS: tuple[Source, ...] = (
    Source(
        id="eu_ai_act_art5",
        short="EU AI Act, Article 5",
        citation="Regulation (EU) 2024/1689 (Artificial Intelligence Act), Article 5: "
        "prohibited AI practices, including Article 5(1)(f).",
        year=2024,
        kind="regulation",
        link=AI_ACT,
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "Practices forbidden since 2 February 2025, among them inferring the emotions of "
            "people at work or in education, except for medical or safety reasons.",
        ),
    ),
    Source(
        id="eu_ai_act_annex3",
        short="EU AI Act, Article 6(2) and Annex III",
        citation="Regulation (EU) 2024/1689 (Artificial Intelligence Act), Article 6(2) and "
        "Annex III: high-risk AI systems.",
        year=2024,
        kind="regulation",
        link=AI_ACT,
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "The high-risk areas: biometrics and emotion recognition, critical infrastructure, "
            "education, employment, essential services incl. credit and insurance, law "
            "enforcement, migration, justice.",
        ),
    ),
    Source(
        id="eu_ai_act_annex1",
        short="EU AI Act, Article 6(1) and Annex I",
        citation="Regulation (EU) 2024/1689 (Artificial Intelligence Act), Article 6(1) and "
        "Annex I: AI in products under Union harmonisation legislation.",
        year=2024,
        kind="regulation",
        link=AI_ACT,
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "AI that is, or is a safety component of, a product under the laws of Annex I "
            "(machinery, toys, medical devices, ...) needing third-party conformity "
            "assessment is high-risk.",
        ),
    ),
    Source(
        id="eu_ai_act_art50",
        short="EU AI Act, Article 50",
        citation="Regulation (EU) 2024/1689 (Artificial Intelligence Act), Article 50: "
        "transparency obligations for providers and deployers of certain AI systems.",
        year=2024,
        kind="regulation",
        link=AI_ACT,
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "People must be told they are dealing with an AI system; generated content must "
            "be marked; people exposed to emotion recognition must be informed.",
        ),
    ),
    Source(
        id="eu_ai_act_art99",
        short="EU AI Act, Article 99",
        citation="Regulation (EU) 2024/1689 (Artificial Intelligence Act), Article 99(3): "
        "penalties for non-compliance with the prohibitions of Article 5.",
        year=2024,
        kind="regulation",
        link=AI_ACT,
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "A prohibited practice can be fined up to EUR 35 million or 7% of the company's "
            "worldwide annual turnover, whichever is higher.",
        ),
    ),
    Source(
        id="eu_ai_act_art113",
        short="EU AI Act, Article 113",
        citation="Regulation (EU) 2024/1689 (Artificial Intelligence Act), Article 113: entry "
        "into force and application.",
        year=2024,
        kind="regulation",
        link=AI_ACT,
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "As adopted: prohibitions apply from 2 February 2025, most duties from 2 August "
            "2026, Article 6(1) (Annex I products) from 2 August 2027.",
        ),
    ),
    Source(
        id="eu_ai_act_2026_1744",
        short="Regulation (EU) 2026/1744 (AI Act timeline), as reported",
        citation="Regulation (EU) 2026/1744 amending Regulation (EU) 2024/1689 (Digital "
        "Omnibus on AI), OJ L, 24.7.2026, as reported by law firms and trackers; the "
        "rulebook did not read the Official Journal text itself.",
        year=2026,
        kind="regulation",
        link="https://eur-lex.europa.eu/eli/reg/2026/1744/oj",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "Reported to move the high-risk duties to 2 December 2027 (Annex III) and 2 "
            "August 2028 (Annex I); Article 50 disclosure stays at 2 August 2026.",
        ),
    ),
    Source(
        id="gdpr",
        short="GDPR, Articles 28 and 35",
        citation="Regulation (EU) 2016/679 (General Data Protection Regulation), Article 28 "
        "(processors) and Article 35 (data protection impact assessment).",
        year=2016,
        kind="regulation",
        link="https://eur-lex.europa.eu/eli/reg/2016/679/oj",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "A provider processing personal data on your behalf needs a processing "
            "agreement; high-risk processing needs an impact assessment first.",
        ),
    ),
    Source(
        id="gdpr_art22",
        short="GDPR, Article 22",
        citation="Regulation (EU) 2016/679 (General Data Protection Regulation), Article 22: "
        "automated individual decision-making, including profiling.",
        year=2016,
        kind="regulation",
        link="https://eur-lex.europa.eu/eli/reg/2016/679/oj",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "A right not to be subject to a solely automated decision with legal or similarly "
            "significant effects; where allowed, human intervention and a right to contest.",
        ),
    ),
    Source(
        id="cjeu_schufa",
        short="CJEU, SCHUFA (C-634/21), 2023",
        citation="Court of Justice of the European Union, judgment of 7 December 2023, OQ v "
        "Land Hessen (SCHUFA Holding), Case C-634/21, ECLI:EU:C:2023:957.",
        year=2023,
        kind="regulation",
        link="https://curia.europa.eu/juris/liste.jsf?num=C-634/21",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "A credit score is itself an automated decision under Article 22 when a lender "
            "draws strongly on it.",
        ),
    ),
    Source(
        id="mdr_rule11",
        short="MDR (EU) 2017/745, Annex VIII Rule 11",
        citation="Regulation (EU) 2017/745 on medical devices (MDR), Annex VIII, "
        "classification Rule 11 (software).",
        year=2017,
        kind="regulation",
        link="https://eur-lex.europa.eu/eli/reg/2017/745/oj",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "Software informing diagnostic or therapeutic decisions is class IIa or higher "
            "(IIb or III if harm may be serious); monitoring vital parameters is IIa or IIb.",
        ),
    ),
)

# Numbers no cited source contains: the rulebook's own judgement, said to be so.
RULES_OF_THUMB: tuple[Source, ...] = (
    Source(
        id="rot_custom_data",
        short="dlready rule of thumb: data for custom networks",
        citation="dlready rulebook, rule of thumb: a network of one's own needs hundreds of "
        "thousands of labelled examples or more, unlike any public data (the rulebook's "
        "judgement; no cited source states the figure).",
        year=2026,
        kind="rule_of_thumb",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "The data threshold for custom deep learning; based on the transfer-learning "
            "evidence (Sun et al. 2017, CS231n), which sets no figure itself.",
        ),
    ),
    Source(
        id="rot_custom_budget",
        short="dlready rule of thumb: budget for custom deep learning",
        citation="dlready rulebook, rule of thumb: custom deep learning needs about $250,000 "
        "a year or more for people and compute (the rulebook's judgement from the yearly "
        "cost of a small team and rented GPUs; not from the essays).",
        year=2026,
        kind="rule_of_thumb",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "The budget threshold for custom deep learning: about two specialists for a year "
            "plus GPU time, at the rulebook's unit prices.",
        ),
    ),
    Source(
        id="rot_custom_time",
        short="dlready rule of thumb: time for custom deep learning",
        citation="dlready rulebook, rule of thumb: collecting data for, training and hardening "
        "a network of one's own takes more than six months (the rulebook's judgement; not "
        "from the essays).",
        year=2026,
        kind="rule_of_thumb",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "The time threshold for custom deep learning.",
        ),
    ),
    Source(
        id="rot_unit_prices",
        short="dlready unit prices, December 2026",
        citation="dlready rulebook, rule of thumb: unit prices of December 2026 for staff, "
        "GPU hours, model fees per request, labelling and operations, as ranges (the "
        "rulebook's judgement from public price lists and salary surveys; check current "
        "prices).",
        year=2026,
        kind="rule_of_thumb",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "The year-one cost ranges: orientation, not quotes.",
        ),
    ),
    Source(
        id="rot_vendor_terms",
        short="dlready rule of thumb: outside services",
        citation="dlready rulebook, rule of thumb: price an outside service at the real "
        "volume, read its data terms and keep a way to switch (the rulebook's judgement).",
        year=2026,
        kind="rule_of_thumb",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "Fees that grow with volume, data terms and lock-in of outside model services.",
        ),
    ),
    Source(
        id="rot_forecast_history",
        short="dlready rule of thumb: forecasting history",
        citation="dlready rulebook, rule of thumb: sales recorded during stock-outs understate "
        "demand, and a backtest must only see data available at the time (the rulebook's "
        "judgement).",
        year=2026,
        kind="rule_of_thumb",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "Censored demand and leaking backtests in forecasts.",
        ),
    ),
    Source(
        id="rot_device_latency",
        short="dlready rule of thumb: models on devices",
        citation="dlready rulebook, rule of thumb: answers in milliseconds or without a "
        "network need a model small enough for the device, measured there, with a fallback "
        "(the rulebook's judgement).",
        year=2026,
        kind="rule_of_thumb",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "Latency, compression and fallback for models on devices.",
        ),
    ),
)
