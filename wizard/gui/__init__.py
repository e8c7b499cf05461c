"""The PySide6 wizard window: the only layer that imports QtWidgets."""
