"""The one YAML reader for input: safe, bounded, and with the line of every mapping.

Rules, for curated YAML and for Markdown front matter alike:

- a safe loader (no Python objects); dates stay text, so our date check reports a bad one
  with its line rather than YAML's timestamp parser without one;
- aliases (``*name``) are refused: a 570-byte "billion laughs" file expanded into 7 GB;
- a key written twice in one mapping is refused with both lines (YAML would keep the
  last one silently);
- a number too long to read, and a text over
  :data:`~actorgraph.loaders.rows.MAX_TEXT_CHARS`, are refused with their line;
- the values of date keys are read as written (``date: 0000`` stays ``"0000"``, which
  the date check refuses, instead of becoming the integer 0 and vanishing).

Every mapping gets its line as ``__line__`` (see :func:`strip_lines`).

Example
-------
>>> load_yaml("a: 1\\nb: {c: 2}\\n", "x.yaml")
{'a': 1, 'b': {'c': 2, '__line__': 2}, '__line__': 1}
>>> load_yaml("a: &x [1]\\nb: *x\\n", "x.yaml")
Traceback (most recent call last):
...
actorgraph.errors.LoaderError: x.yaml line 2: YAML aliases (*x) are not allowed; write the \
value out in full
>>> load_yaml("a: 1\\na: 2\\n", "x.yaml")
Traceback (most recent call last):
...
actorgraph.errors.LoaderError: x.yaml line 2: key 'a' appears twice in this mapping (lines 1 \
and 2); keep one of them
"""

from __future__ import annotations

from typing import Any

import yaml

from actorgraph.errors import ActorGraphError, LoaderError
from actorgraph.loaders.rows import MAX_TEXT_CHARS

#: keys whose values are dates: read as the text written
DATE_KEYS = frozenset({"date", "valid_from", "valid_to", "start", "end"})


class _Loader(yaml.SafeLoader):
    """SafeLoader without timestamps, aliases or duplicate keys, recording lines."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers
                if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    #: the file name for messages
    where = "(YAML)"
    error: type[ActorGraphError] = LoaderError
    line_offset = 0

    def fail(self, message: str, mark: Any, hint: str | None = None) -> ActorGraphError:
        line = mark.line + 1 + self.line_offset if mark is not None else None
        return self.error(message, path=self.where, line=line, hint=hint)

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise self.fail(f"YAML aliases (*{event.anchor}) are not allowed",
                            event.start_mark, "write the value out in full")
        return super().compose_node(parent, index)

    def construct_scalar(self, node: Any) -> Any:
        value = super().construct_scalar(node)
        if isinstance(value, str) and len(value) > MAX_TEXT_CHARS:
            raise self.fail(f"a text of {len(value):,} characters is longer than the "
                            f"{MAX_TEXT_CHARS:,} allowed", node.start_mark,
                            "split it, or shorten it")
        return value


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> dict[str, Any]:
    loader.flatten_mapping(node)
    mapping: dict[Any, Any] = {}
    lines: dict[Any, int] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise loader.fail("a mapping key must be a plain value", key_node.start_mark,
                              "write keys as words: `name: value`") from None
        line = key_node.start_mark.line + 1 + loader.line_offset
        if key in lines:
            raise loader.fail(
                f"key {key!r} appears twice in this mapping (lines {lines[key]} and {line})",
                key_node.start_mark, "keep one of them",
            )
        lines[key] = line
        if (key in DATE_KEYS and isinstance(value_node, yaml.ScalarNode)
                and value_node.style is None and value_node.value not in ("", "~", "null")):
            mapping[key] = value_node.value  # as written: 0000 stays "0000"
        else:
            mapping[key] = loader.construct_object(value_node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1 + loader.line_offset
    return mapping


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _construct_int(loader: _Loader, node: yaml.ScalarNode) -> int:
    try:
        return yaml.SafeLoader.construct_yaml_int(loader, node)
    except ValueError:
        raise loader.fail(f"the number {node.value[:20]}… is too long", node.start_mark,
                          "write a shorter number") from None


_Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def load_yaml(text: str, where: str, *, error: type[ActorGraphError] = LoaderError,
              line_offset: int = 0) -> Any:
    """Parse ``text`` by the rules of this module; ``where`` names it in messages and
    ``line_offset`` is added to its line numbers (front matter after a ``---`` line)."""
    loader = None
    try:
        loader = _Loader(text)  # (its reader refuses NUL and other control characters)
        loader.where, loader.error, loader.line_offset = where, error, line_offset
        return loader.get_single_data()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise error(
            f"YAML syntax error: {problem}", path=where,
            line=mark.line + 1 + line_offset if mark else None,
            hint="check indentation and quoting there (strings with ': ' need quotes)",
        ) from None
    finally:
        if loader is not None:
            loader.dispose()


def strip_lines(value: Any) -> Any:
    """``value`` without the ``__line__`` keys :func:`load_yaml` adds (a copy).

    >>> strip_lines({"a": {"b": 1, "__line__": 2}, "__line__": 1})
    {'a': {'b': 1}}
    """
    if isinstance(value, dict):
        return {k: strip_lines(v) for k, v in value.items() if k != "__line__"}
    if isinstance(value, list):
        return [strip_lines(v) for v in value]
    return value
