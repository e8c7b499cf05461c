"""The publications and guidance the rules stand on, declared once and cited by id."""

from __future__ import annotations

from types import MappingProxyType

from pydantic import BaseModel, ConfigDict


class Source(BaseModel):
    """A citation: a short form for reasons and a full one for the brief's bibliography."""

    model_config = ConfigDict(frozen=True)

    id: str
    short: str
    full: str


_SOURCES = (
    Source(
        id="grinsztajn2022",
        short="Grinsztajn, Oyallon, Varoquaux, NeurIPS 2022",
        full="Grinsztajn, L., Oyallon, E., Varoquaux, G. (2022). Why do tree-based models still "
        "outperform deep learning on typical tabular data? NeurIPS 2022, Datasets and "
        "Benchmarks track.",
    ),
    Source(
        id="m5",
        short="Makridakis et al., M5 forecasting competition, 2022",
        full="Makridakis, S., Spiliotis, E., Assimakopoulos, V. (2022). M5 accuracy "
        "competition: results, findings, and conclusions. International Journal of "
        "Forecasting 38(4).",
    ),
    Source(
        id="cs231n",
        short="CS231n, Transfer Learning",
        full="Stanford CS231n: Deep Learning for Computer Vision, course notes on transfer "
        "learning (when and how to fine-tune, by data size and similarity).",
    ),
    Source(
        id="ulmfit",
        short="Howard and Ruder, ACL 2018",
        full="Howard, J., Ruder, S. (2018). Universal Language Model Fine-tuning for Text "
        "Classification. ACL 2018.",
    ),
    Source(
        id="azure_waf",
        short="Azure Well-Architected Framework, AI workloads",
        full="Microsoft Azure Well-Architected Framework, AI workloads: application design "
        "guidance to prefer prebuilt and pretrained models over building your own.",
    ),
    Source(
        id="zinkevich",
        short="Zinkevich, Rules of Machine Learning",
        full="Zinkevich, M. Rules of Machine Learning: Best Practices for ML Engineering "
        "(Google). Rule #1: don't be afraid to launch a product without machine learning; "
        "Rule #2: first, design and implement metrics.",
    ),
    Source(
        id="rudin2019",
        short="Rudin, Nature Machine Intelligence 2019",
        full="Rudin, C. (2019). Stop explaining black box machine learning models for high "
        "stakes decisions and use interpretable models instead. Nature Machine "
        "Intelligence 1, 206-215.",
    ),
    Source(
        id="dastin2018",
        short="Reuters 2018, Amazon's scrapped hiring model",
        full="Dastin, J. (2018). Amazon scraps secret AI recruiting tool that showed bias "
        "against women. Reuters, 10 October 2018.",
    ),
    Source(
        id="automl_data",
        short="Google Cloud AutoML, preparing training data",
        full="Google Cloud AutoML / Vertex AI documentation on preparing training data: at "
        "least 10 examples per label, about 1,000 per label recommended.",
    ),
    Source(
        id="sun2017",
        short="Sun et al., ICCV 2017",
        full="Sun, C., Shrivastava, A., Singh, S., Gupta, A. (2017). Revisiting Unreasonable "
        "Effectiveness of Data in Deep Learning Era. ICCV 2017.",
    ),
    Source(
        id="rendle2020",
        short="Rendle et al., RecSys 2020",
        full="Rendle, S., Krichene, W., Zhang, L., Anderson, J. (2020). Neural Collaborative "
        "Filtering vs. Matrix Factorization Revisited. RecSys 2020.",
    ),
    Source(
        id="covington2016",
        short="Covington, Adams, Sargin, RecSys 2016",
        full="Covington, P., Adams, J., Sargin, E. (2016). Deep Neural Networks for YouTube "
        "Recommendations. RecSys 2016.",
    ),
    Source(
        id="gama2014",
        short="Gama et al., ACM Computing Surveys 2014",
        full="Gama, J., Zliobaite, I., Bifet, A., Pechenizkiy, M., Bouchachia, A. (2014). A "
        "survey on concept drift adaptation. ACM Computing Surveys 46(4).",
    ),
    Source(
        id="sculley2015",
        short="Sculley et al., NeurIPS 2015",
        full="Sculley, D. et al. (2015). Hidden Technical Debt in Machine Learning Systems. "
        "NeurIPS 2015.",
    ),
    Source(
        id="strubell2019",
        short="Strubell, Ganesh, McCallum, ACL 2019",
        full="Strubell, E., Ganesh, A., McCallum, A. (2019). Energy and Policy Considerations "
        "for Deep Learning in NLP. ACL 2019.",
    ),
    Source(
        id="essay_simplify",
        short="LaunchVault, Deep Learning Isn't Rocket Science",
        full="LaunchVault Editorial. Deep Learning Isn't Rocket Science: Simplify to Succeed "
        "(a 3-layer network matched a 10-layer one at a fraction of the cost; define "
        "business success metrics before modelling).",
    ),
    Source(
        id="essay_not_good_idea",
        short="Nguyen, Why deep learning may be not a good idea, 2019",
        full="Nguyen, L. V. (2019). Why deep learning may be not a good idea? DATAcated "
        "Challenge (compute cost, a model too slow to load in production, black boxes, "
        "degradation on drifting data).",
    ),
    Source(
        id="essay_sharks",
        short="The Circling Sharks: Three Deep Learning Challenges to Avoid",
        full="The Circling Sharks: Three Deep Learning Challenges to Avoid (start from a use "
        "case; don't build from scratch what pretrained models, cloud APIs and AutoML "
        "already do; don't bite off more than you can chew).",
    ),
    Source(
        id="gdpr",
        short="GDPR, Articles 22 and 28",
        full="Regulation (EU) 2016/679 (GDPR): Article 22 on automated individual decisions, "
        "Article 28 on processors acting for a controller.",
    ),
)

SOURCES: MappingProxyType[str, Source] = MappingProxyType({s.id: s for s in _SOURCES})
