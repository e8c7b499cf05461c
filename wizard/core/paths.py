"""The three paths as they are shown."""

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
