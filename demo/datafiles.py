"""The demo's data files (demo/data/*.yaml): one per part of the demo, each a mapping of the
names its module gives the data. Read with YAML's safe loader, plus one tag of the demo's own:
`!as-published` marks a block a translation keeps as the original has it (a citation)."""

from functools import cache
from pathlib import Path

import yaml

DATA_FOLDER = Path(__file__).resolve().parent / "data"


class AsPublished:
    """The marker `!as-published` reads as: one object, compared with `is`."""

    def __repr__(self):
        return "AS_PUBLISHED"


AS_PUBLISHED = AsPublished()


class DemoLoader(yaml.SafeLoader):
    pass


DemoLoader.add_constructor("!as-published", lambda loader, node: AS_PUBLISHED)


@cache
def read(name):
    """The data of demo/data/<name>.yaml."""
    with open(DATA_FOLDER / f"{name}.yaml", encoding="utf-8") as file:
        return yaml.load(file, Loader=DemoLoader)  # noqa: S506 (a SafeLoader with one tag more)
