"""Read the demo data files (``demo/``) and turn their blocks into StreamField data.

In the files a block is a one-key mapping, ``{block_type: value}``, and a page
or service a block points at is named by its slug. Here slugs become ids,
walking each value alongside its block definition, so any chooser anywhere in
a block can name its target. An item of a stream whose target does not exist
(yet) is left out: a guide loaded before the directory has no service links.
"""

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.snippets.blocks import SnippetChooserBlock

DEMO_DIR = Path(settings.BASE_DIR) / "demo"


def read(path: Path) -> Any:
    with path.open(encoding="utf-8") as file:
        return yaml.safe_load(file)


def page_files() -> list[Path]:
    """The page files, in name order: the order their pages are made in."""
    return sorted((DEMO_DIR / "pages").glob("*.yaml"))


class Missing(Exception):
    """A block names a page or service that does not exist."""


class Refs:
    """Page and service ids by slug, and whether anything named was missing."""

    def __init__(self, pages: Mapping[str, int], services: Mapping[str, str]):
        self.pages = dict(pages)
        self.services = dict(services)
        self.missing: list[str] = []

    def resolve(self, block: blocks.Block, slug: str) -> int | str:
        if isinstance(block, blocks.PageChooserBlock):
            found = self.pages.get(slug)
        else:
            found = self.services.get(slug)
        if found is None:
            self.missing.append(slug)
            raise Missing(slug)
        return found


def block_value(block: blocks.Block, value: Any, refs: Refs) -> Any:
    if isinstance(block, blocks.StreamBlock):
        return stream_items(block, value, refs)
    if isinstance(block, blocks.StructBlock):
        return {
            name: block_value(block.child_blocks[name], child, refs)
            for name, child in value.items()
        }
    if isinstance(block, blocks.ListBlock):
        return [block_value(block.child_block, item, refs) for item in value]
    if isinstance(block, blocks.PageChooserBlock | SnippetChooserBlock) and isinstance(value, str):
        return refs.resolve(block, value)
    return value


def stream_items(stream: blocks.StreamBlock, items: list[dict] | None, refs: Refs) -> list[dict]:
    raw = []
    for item in items or []:
        ((block_type, value),) = item.items()
        try:
            value = block_value(stream.child_blocks[block_type], value, refs)
        except Missing:
            continue
        raw.append({"type": block_type, "value": value})
    return raw


def stream_json(field: StreamField, items: list[dict] | None, refs: Refs) -> str:
    return json.dumps(stream_items(field.stream_block, items, refs), cls=DjangoJSONEncoder)


def _without_ids(value: Any) -> Any:
    if isinstance(value, list):
        return [_without_ids(item) for item in value]
    if isinstance(value, dict):
        return {key: _without_ids(item) for key, item in value.items() if key != "id"}
    return value


def comparable(field: StreamField, value: Any) -> list[dict]:
    """A stream value as plain data, block ids left out, to tell whether two are the same."""
    value = field.to_python(value)
    return _without_ids(
        [
            {"type": child.block_type, "value": child.block.get_prep_value(child.value)}
            for child in value
        ]
    )
