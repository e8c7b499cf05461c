"""dlready: an offline wizard that tells leaders whether, and how, to use deep learning."""

__version__ = "0.1.0"
