"""Packages for setuptools; everything else about the project is in pyproject.toml.

resources/ sits beside app/ in the checkout, so the window and the tests find it there. A wheel
has no place beside its packages, so resources/ goes in as the package app._resources, where
app.system.resource_files looks in an installed copy; pyproject.toml lists the files it carries.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["app", "app.*"]), "app._resources"],
    package_dir={"app._resources": "resources"},
)
