"""The one thing pyproject.toml cannot say: the repository's top-level `resources/` folder is
installed inside the package, as `delegations.resources`, so an installed app finds its fonts,
icons, translations and demo data with importlib.resources wherever it is started from."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["delegations", "delegations.*", "ui", "ui.*"]),
              "delegations.resources"],
    package_dir={"delegations.resources": "resources"},
    package_data={
        "delegations": ["migrations/*.py", "migrations/versions/*.py", "migrations/*.mako",
                        "locale/*/*.po"],
        "delegations.resources": ["*.md", "demo/*", "fonts/*", "guide/*", "icons/*", "licenses/*",
                                  "translations/*.qm"],
    },
)
