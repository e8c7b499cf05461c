"""Packages found, not listed: every folder under wizard/, and resources/ as wizard.resources.

The rest of the configuration is in pyproject.toml; only this needs code, because setuptools'
`packages.find` cannot give a folder outside the tree it searches another name. Folders are
found whether or not they hold an __init__.py (wizard/locale holds only .qm files), so a new
sub-package is never left out; tests/test_wheel.py checks the wheel has every module and file.
"""

from setuptools import find_namespace_packages, setup


def packages(name: str, folder: str) -> list[str]:
    found = find_namespace_packages(where=folder, exclude=["__pycache__", "*.__pycache__"])
    return [name, *(f"{name}.{package}" for package in found)]


setup(packages=[*packages("wizard", "wizard"), *packages("wizard.resources", "resources")])
