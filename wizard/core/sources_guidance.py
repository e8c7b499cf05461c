"""Guidance, reports, vendor documentation and the practitioner essays the rulebook cites."""

from __future__ import annotations

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.sourcemodel import Source

GUIDANCE: tuple[Source, ...] = (
    Source(
        id="rand2024",
        short="Ryseff, De Bruhl, Newberry, RAND 2024",
        citation="Ryseff, J., De Bruhl, B., Newberry, S. J. (2024). The Root Causes of "
        "Failure for Artificial Intelligence Projects and How They Can Succeed: Avoiding the "
        "Anti-Patterns of AI. RAND Corporation, RR-A2680-1.",
        year=2024,
        kind="industry_report",
        link="https://www.rand.org/pubs/research_reports/RRA2680-1.html",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "From 65 interviews: AI projects fail mostly from a misunderstood problem, "
            "missing data or infrastructure, technology chased for its own sake, or problems "
            "too hard for AI.",
        ),
    ),
    Source(
        id="nist_ai_rmf",
        short="NIST AI RMF 1.0, 2023",
        citation="National Institute of Standards and Technology (2023). Artificial "
        "Intelligence Risk Management Framework (AI RMF 1.0), NIST AI 100-1.",
        year=2023,
        kind="official_guidance",
        link="https://doi.org/10.6028/NIST.AI.100-1",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "A voluntary framework to govern, map, measure and manage AI risks, including "
            "validity, reliability and harmful bias.",
        ),
    ),
    Source(
        id="owasp_llm2025",
        short="OWASP Top 10 for LLM Applications 2025",
        citation="OWASP Gen AI Security Project (2025). OWASP Top 10 for LLM Applications "
        "2025, LLM01: Prompt Injection.",
        year=2025,
        kind="industry_report",
        link="https://genai.owasp.org/llmrisk/llm01-prompt-injection/",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "Prompt injection heads the risks of language-model applications: user input or "
            "retrieved text can override the system's instructions.",
        ),
    ),
    Source(
        id="zinkevich",
        short="Zinkevich, Rules of Machine Learning (Google)",
        citation="Zinkevich, M. Rules of Machine Learning: Best Practices for ML Engineering. "
        "Google for Developers (a practitioner's guide).",
        year=2017,
        kind="practitioner_essay",
        link="https://developers.google.com/machine-learning/guides/rules-of-ml",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "Rule 1: don't be afraid to launch without machine learning; Rule 2: first design "
            "and implement metrics.",
        ),
    ),
    Source(
        id="automl_data",
        short="Google Cloud Vertex AI docs, preparing training data",
        citation="Google Cloud. Vertex AI documentation: Prepare image training data for "
        "classification; Prepare text training data for classification (vendor "
        "documentation for its AutoML models).",
        year=2026,
        kind="official_guidance",
        link="https://cloud.google.com/vertex-ai/docs/image-data/classification/prepare-data",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "For its AutoML models Google recommends about 1,000 images per label and needs "
            "at least 10 examples per label: one vendor's guidance for its product.",
        ),
    ),
    Source(
        id="azure_waf",
        short="Azure Well-Architected Framework, AI workloads",
        citation="Microsoft. Azure Well-Architected Framework: Application design for AI "
        "workloads on Azure (vendor guidance).",
        year=2026,
        kind="official_guidance",
        link="https://learn.microsoft.com/azure/well-architected/ai/application-design",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "Prefer off-the-shelf services and prebuilt or pretrained models where possible, "
            "and check that a model's licence fits the use.",
        ),
    ),
    Source(
        id="tabpfn_licence",
        short="Prior Labs, TabPFN-2.6 model licence",
        citation="Prior Labs. TabPFN-2.6 model card and licence (tabpfn-2.6-license-v1.0), "
        "Hugging Face (vendor terms).",
        year=2026,
        kind="official_guidance",
        link="https://huggingface.co/Prior-Labs/tabpfn_2_6",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "Newer TabPFN weights may be used for research and internal evaluation only; "
            "commercial or production use needs a commercial licence.",
        ),
    ),
)

ESSAYS: tuple[Source, ...] = (
    Source(
        id="essay_simplify",
        short="LaunchVault, Deep Learning Isn't Rocket Science (essay)",
        citation="LaunchVault Editorial. Deep Learning Isn't Rocket Science: Simplify to "
        "Succeed. Undated practitioner essay (it cites work of 2019, the year given here).",
        year=2019,
        kind="practitioner_essay",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "Projects fail by overcomplicating: a 3-layer network matched a 10-layer one at a "
            "fraction of the cost; define business success first. It gives no budget or "
            "time threshold.",
        ),
    ),
    Source(
        id="essay_not_good_idea",
        short="Nguyen, Why deep learning may be not a good idea, 2019 (essay)",
        citation="Nguyen, L. V. (2019). Why deep learning may be not a good idea? DATAcated "
        "Challenge, 23 January 2019. Practitioner essay.",
        year=2019,
        kind="practitioner_essay",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "One practitioner's account: compute cost, a deep model too slow to load in "
            "production, black boxes, decay on new data. It gives no budget threshold.",
        ),
    ),
    Source(
        id="essay_sharks",
        short="The Circling Sharks: Three Deep Learning Challenges to Avoid (essay)",
        citation="The Circling Sharks: Three Deep Learning Challenges to Avoid. Undated, "
        "unattributed practitioner essay (it cites a 2019 report, the year given here).",
        year=2019,
        kind="practitioner_essay",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "Start from a use case; don't rebuild what pretrained models and APIs do; build "
            "competence project by project; beware biased training data. It gives no "
            "timeline.",
        ),
    ),
)
