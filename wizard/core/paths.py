"""The three paths as they are shown, with the next steps that follow each one."""

from __future__ import annotations

from types import MappingProxyType

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import Path, PathId

PATH_ORDER: tuple[PathId, ...] = tuple(PathId)

PATHS: MappingProxyType[PathId, Path] = MappingProxyType(
    {
        PathId.CLASSICAL_ML: Path(
            id=PathId.CLASSICAL_ML,
            name=QT_TRANSLATE_NOOP("paths", "Classical machine learning"),
            summary=QT_TRANSLATE_NOOP(
                "paths",
                "Gradient boosting, linear and tree models, classical forecasting on "
                "engineered features.",
            ),
        ),
        PathId.PRETRAINED_OR_TRANSFER: Path(
            id=PathId.PRETRAINED_OR_TRANSFER,
            name=QT_TRANSLATE_NOOP("paths", "Pretrained API or transfer learning"),
            summary=QT_TRANSLATE_NOOP(
                "paths",
                "Call an existing service, or fine-tune an open pretrained model on your own "
                "data.",
            ),
        ),
        PathId.CUSTOM_DEEP_LEARNING: Path(
            id=PathId.CUSTOM_DEEP_LEARNING,
            name=QT_TRANSLATE_NOOP("paths", "Custom deep learning"),
            summary=QT_TRANSLATE_NOOP(
                "paths", "Design and train your own neural networks on your own large data."
            ),
        ),
    }
)

# Days from the start, and what to have done by then, for each recommended path.
NEXT_STEPS: MappingProxyType[PathId, tuple[tuple[int, str], ...]] = MappingProxyType(
    {
        PathId.CLASSICAL_ML: (
            (30, QT_TRANSLATE_NOOP(
                "steps",
                "Write down the success measure and today's baseline; build the simplest "
                "honest benchmark (a rule of thumb or last period's value) and one table of "
                "the data it needs.",
            )),
            (60, QT_TRANSLATE_NOOP(
                "steps",
                "Train a logistic regression and a gradient-boosted model on engineered "
                "features; compare both with the benchmark on data held out by time.",
            )),
            (90, QT_TRANSLATE_NOOP(
                "steps",
                "Put the better model in front of real users for one process, with a "
                "dashboard of its accuracy on fresh data and a named owner for retraining.",
            )),
        ),
        PathId.PRETRAINED_OR_TRANSFER: (
            (30, QT_TRANSLATE_NOOP(
                "steps",
                "Shortlist two or three services or open pretrained models; label a test set "
                "of a few hundred of your own examples and measure each against the success "
                "measure.",
            )),
            (60, QT_TRANSLATE_NOOP(
                "steps",
                "Take the best one as it is, or fine-tune it on your labelled examples; check "
                "price per call or running cost at your real volume, and the data terms.",
            )),
            (90, QT_TRANSLATE_NOOP(
                "steps",
                "Run it on live work with a person reviewing uncertain cases; track accuracy "
                "and cost every month, and keep an exit plan to another provider or model.",
            )),
        ),
        PathId.CUSTOM_DEEP_LEARNING: (
            (30, QT_TRANSLATE_NOOP(
                "steps",
                "Establish a strong baseline first (a fine-tuned pretrained model or gradient "
                "boosting) and the budget for compute; agree on the accuracy gain that would "
                "justify a custom network.",
            )),
            (60, QT_TRANSLATE_NOOP(
                "steps",
                "Train the smallest network that could beat the baseline; measure training "
                "and serving cost and latency on the target hardware, not only accuracy.",
            )),
            (90, QT_TRANSLATE_NOOP(
                "steps",
                "Ship only if it beats the baseline by the agreed margin; set up monitoring "
                "for drift, a retraining schedule and a rollback to the baseline.",
            )),
        ),
    }
)
