"""Papers and evidence of harm the rulebook cites, each graded and checked.

What each source was checked against (page, section) is kept in the project's notes; a
`cited_for` says only what the source itself shows.
"""

from __future__ import annotations

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.sourcemodel import Source

PAPERS: tuple[Source, ...] = (
    Source(
        id="grinsztajn2022",
        short="Grinsztajn, Oyallon, Varoquaux, NeurIPS 2022",
        citation="Grinsztajn, L., Oyallon, E., Varoquaux, G. (2022). Why do tree-based models "
        "still outperform deep learning on typical tabular data? Advances in Neural "
        "Information Processing Systems 35 (NeurIPS 2022), Datasets and Benchmarks Track.",
        year=2022,
        kind="peer_reviewed",
        link="https://arxiv.org/abs/2207.08815",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "On medium-sized tables (about 10,000 rows, 45 datasets), tree-based models such "
            "as gradient boosting remain ahead of deep networks; larger tables were not "
            "studied.",
        ),
    ),
    Source(
        id="m5",
        short="Makridakis, Spiliotis, Assimakopoulos, M5 competition, 2022",
        citation="Makridakis, S., Spiliotis, E., Assimakopoulos, V. (2022). M5 accuracy "
        "competition: Results, findings, and conclusions. International Journal of "
        "Forecasting 38(4), 1346-1364.",
        year=2022,
        kind="peer_reviewed",
        link="https://doi.org/10.1016/j.ijforecast.2021.11.013",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "On Walmart's retail sales, LightGBM-based methods beat the statistical "
            "benchmarks; the second place blended LightGBM with the N-BEATS network.",
        ),
    ),
    Source(
        id="hollmann2025",
        short="Hollmann et al., Nature 2025 (TabPFN)",
        citation="Hollmann, N., Müller, S., Purucker, L., Krishnakumar, A., Körfer, M., Hoo, "
        "S. B., Schirrmeister, R. T., Hutter, F. (2025). Accurate predictions on small data "
        "with a tabular foundation model. Nature 637, 319-326.",
        year=2025,
        kind="peer_reviewed",
        link="https://doi.org/10.1038/s41586-024-08328-6",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "A pretrained tabular model (TabPFN) beat tuned gradient boosting on tables of up "
            "to 10,000 rows and 500 columns; larger tables were outside its evaluation.",
        ),
    ),
    Source(
        id="ansari2024",
        short="Ansari et al., TMLR 2024 (Chronos)",
        citation="Ansari, A. F., Stella, L., Turkmen, C., et al. (2024). Chronos: Learning the "
        "Language of Time Series. Transactions on Machine Learning Research.",
        year=2024,
        kind="peer_reviewed",
        link="https://arxiv.org/abs/2403.07815",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "Pretrained time-series models forecast series they never saw about as well as "
            "models trained on them (42 datasets): a cheap baseline to beat.",
        ),
    ),
    Source(
        id="ulmfit",
        short="Howard and Ruder, ACL 2018",
        citation="Howard, J., Ruder, S. (2018). Universal Language Model Fine-tuning for Text "
        "Classification. Proceedings of ACL 2018, 328-339.",
        year=2018,
        kind="peer_reviewed",
        link="https://doi.org/10.18653/v1/P18-1031",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "Fine-tuning a pretrained language model: with 100 labelled examples it matched "
            "training from scratch on 100 times more.",
        ),
    ),
    Source(
        id="sun2017",
        short="Sun, Shrivastava, Singh, Gupta, ICCV 2017",
        citation="Sun, C., Shrivastava, A., Singh, S., Gupta, A. (2017). Revisiting "
        "Unreasonable Effectiveness of Data in Deep Learning Era. ICCV 2017, 843-852.",
        year=2017,
        kind="peer_reviewed",
        link="https://arxiv.org/abs/1707.02968",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "Vision accuracy grows with the logarithm of the training data (300 million "
            "images), and pretraining on large data then transferring helps; it sets no "
            "threshold of labels.",
        ),
    ),
    Source(
        id="cs231n",
        short="Stanford CS231n notes, transfer learning",
        citation="Stanford CS231n: Deep Learning for Computer Vision, course notes and "
        "lecture on transfer learning (teaching material, not peer reviewed).",
        year=2017,
        kind="practitioner_essay",
        link="https://cs231n.github.io/transfer-learning/",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "Teaching rule for image networks: with little data similar to the pretraining "
            "data, train only a classifier on top; with a lot, fine-tune; from scratch only "
            "with much data unlike it.",
        ),
    ),
    Source(
        id="rendle2020",
        short="Rendle et al., RecSys 2020",
        citation="Rendle, S., Krichene, W., Zhang, L., Anderson, J. (2020). Neural "
        "Collaborative Filtering vs. Matrix Factorization Revisited. RecSys 2020.",
        year=2020,
        kind="peer_reviewed",
        link="https://doi.org/10.1145/3383313.3412488",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "A well-tuned dot product (matrix factorisation) beat learned neural similarities "
            "and is far cheaper to serve; the paper does not study gradient-boosted ranking.",
        ),
    ),
    Source(
        id="covington2016",
        short="Covington, Adams, Sargin, RecSys 2016",
        citation="Covington, P., Adams, J., Sargin, E. (2016). Deep Neural Networks for "
        "YouTube Recommendations. RecSys 2016, 191-198.",
        year=2016,
        kind="peer_reviewed",
        link="https://doi.org/10.1145/2959100.2959190",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "Deep recommenders at YouTube's scale, built and run by a team that operates "
            "them in production.",
        ),
    ),
    Source(
        id="gama2014",
        short="Gama et al., ACM Computing Surveys 2014",
        citation="Gama, J., Žliobaitė, I., Bifet, A., Pechenizkiy, M., Bouchachia, A. (2014). "
        "A survey on concept drift adaptation. ACM Computing Surveys 46(4), 44.",
        year=2014,
        kind="peer_reviewed",
        link="https://doi.org/10.1145/2523813",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "Models degrade when the data drifts from the training data; drift must be "
            "detected and models adapted.",
        ),
    ),
    Source(
        id="sculley2015",
        short="Sculley et al., NeurIPS 2015",
        citation="Sculley, D., Holt, G., Golovin, D., et al. (2015). Hidden Technical Debt in "
        "Machine Learning Systems. Advances in Neural Information Processing Systems 28, "
        "2503-2511.",
        year=2015,
        kind="peer_reviewed",
        link="https://papers.nips.cc/paper/5656-hidden-technical-debt-in-machine-learning-systems",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "Machine learning systems carry large hidden maintenance costs beyond the model "
            "code: data dependencies, configuration, monitoring.",
        ),
    ),
    Source(
        id="strubell2019",
        short="Strubell, Ganesh, McCallum, ACL 2019",
        citation="Strubell, E., Ganesh, A., McCallum, A. (2019). Energy and Policy "
        "Considerations for Deep Learning in NLP. Proceedings of ACL 2019, 3645-3650.",
        year=2019,
        kind="peer_reviewed",
        link="https://doi.org/10.18653/v1/P19-1355",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "Training large neural networks costs much compute, money and energy.",
        ),
    ),
    Source(
        id="kaufman2011",
        short="Kaufman, Rosset, Perlich, KDD 2011",
        citation="Kaufman, S., Rosset, S., Perlich, C. (2011). Leakage in data mining: "
        "formulation, detection, and avoidance. Proceedings of KDD 2011, 556-563.",
        year=2011,
        kind="peer_reviewed",
        link="https://doi.org/10.1145/2020408.2020496",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "Leakage, information about the target that would not be available when "
            "predicting, makes results look better than they are; keep learning and "
            "prediction data apart.",
        ),
    ),
    Source(
        id="lewis2020",
        short="Lewis et al., NeurIPS 2020 (retrieval-augmented generation)",
        citation="Lewis, P., Perez, E., Piktus, A., et al. (2020). Retrieval-Augmented "
        "Generation for Knowledge-Intensive NLP Tasks. Advances in Neural Information "
        "Processing Systems 33 (NeurIPS 2020).",
        year=2020,
        kind="peer_reviewed",
        link="https://arxiv.org/abs/2005.11401",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "A language model answering from retrieved passages wrote more specific and "
            "factual text than one answering from its weights alone.",
        ),
    ),
    Source(
        id="rudin2019",
        short="Rudin, Nature Machine Intelligence 2019",
        citation="Rudin, C. (2019). Stop explaining black box machine learning models for high "
        "stakes decisions and use interpretable models instead. Nature Machine Intelligence "
        "1, 206-215.",
        year=2019,
        kind="peer_reviewed",
        link="https://doi.org/10.1038/s42256-019-0048-x",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "For high-stakes decisions, use interpretable models instead of explaining black "
            "boxes after the fact; they often perform as well.",
        ),
    ),
)

EVIDENCE_OF_HARM: tuple[Source, ...] = (
    Source(
        id="obermeyer2019",
        short="Obermeyer et al., Science 2019",
        citation="Obermeyer, Z., Powers, B., Vogeli, C., Mullainathan, S. (2019). Dissecting "
        "racial bias in an algorithm used to manage the health of populations. Science "
        "366(6464), 447-453.",
        year=2019,
        kind="peer_reviewed",
        link="https://doi.org/10.1126/science.aax2342",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "A health algorithm trained on costs as a stand-in for need rated Black patients "
            "healthier than equally sick White patients: the label carried the bias.",
        ),
    ),
    Source(
        id="buolamwini2018",
        short="Buolamwini and Gebru, FAT* 2018",
        citation="Buolamwini, J., Gebru, T. (2018). Gender Shades: Intersectional Accuracy "
        "Disparities in Commercial Gender Classification. Proceedings of the Conference on "
        "Fairness, Accountability and Transparency, PMLR 81, 77-91.",
        year=2018,
        kind="peer_reviewed",
        link="https://proceedings.mlr.press/v81/buolamwini18a.html",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "Commercial face analysis erred up to 34.7% for darker-skinned women against "
            "0.8% for lighter-skinned men.",
        ),
    ),
    Source(
        id="sjoding2020",
        short="Sjoding et al., NEJM 2020",
        citation="Sjoding, M. W., Dickson, R. P., Iwashyna, T. J., Gay, S. E., Valley, T. S. "
        "(2020). Racial Bias in Pulse Oximetry Measurement. New England Journal of Medicine "
        "383(25), 2477-2478.",
        year=2020,
        kind="peer_reviewed",
        link="https://doi.org/10.1056/NEJMc2029240",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "Pulse oximeters missed low blood oxygen about three times as often in Black as "
            "in White patients: a model's inputs can be biased by patient group.",
        ),
    ),
    Source(
        id="wong2021",
        short="Wong et al., JAMA Internal Medicine 2021",
        citation="Wong, A., Otles, E., Donnelly, J. P., et al. (2021). External Validation of "
        "a Widely Implemented Proprietary Sepsis Prediction Model in Hospitalized Patients. "
        "JAMA Internal Medicine 181(8), 1065-1070.",
        year=2021,
        kind="peer_reviewed",
        link="https://doi.org/10.1001/jamainternmed.2021.2626",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "Checked independently, a sepsis model used in hundreds of US hospitals reached "
            "an AUC of 0.63, well below its developer's figures.",
        ),
    ),
    Source(
        id="dastin2018",
        short="Dastin, Reuters 2018 (Amazon's hiring model)",
        citation="Dastin, J. (2018). Amazon scraps secret AI recruiting tool that showed bias "
        "against women. Reuters, 10 October 2018 (news report).",
        year=2018,
        kind="industry_report",
        link="https://www.reuters.com/article/us-amazon-com-jobs-automation-insight-"
        "idUSKCN1MK08G",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "Amazon dropped a CV-screening model that, trained on ten years of past CVs, "
            "penalised CVs mentioning \"women's\".",
        ),
    ),
    Source(
        id="moffatt2024",
        short="Moffatt v. Air Canada, 2024 BCCRT 149",
        citation="Moffatt v. Air Canada, 2024 BCCRT 149, Civil Resolution Tribunal of "
        "British Columbia, decision of 14 February 2024.",
        year=2024,
        kind="regulation",
        link="https://canlii.ca/t/k2spq",
        cited_for=QT_TRANSLATE_NOOP(
            "sources",
            "A company answers for what its chatbot tells customers: Air Canada was held "
            "liable for its chatbot's wrong advice on bereavement fares.",
        ),
    ),
)
