"""Dataclass configs: defaults in code, a YAML recipe on top, ``key=value`` overrides last.

Each stage owns one dataclass. ``resolve_config`` builds it and validates every field's type,
so a typo in a recipe or an override is an error naming the field, never silently ignored.
"""

from __future__ import annotations

import dataclasses
import difflib
import types
import typing
from pathlib import Path
from typing import Any, TypeVar

import yaml

from genforge.errors import GenforgeError

T = TypeVar("T")


def _coerce(name: str, value: Any, annotation: Any) -> Any:
    """Convert ``value`` (from YAML or a CLI string) to the field's annotated type."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        if value is None or (isinstance(value, str) and value.lower() in ("none", "null")):
            if type(None) in args:
                return None
        errors = []
        for arg in args:
            if arg is type(None):
                continue
            try:
                return _coerce(name, value, arg)
            except GenforgeError as e:
                errors.append(str(e))
        raise GenforgeError(errors[0] if errors else f"{name}: bad value {value!r}")
    if origin is typing.Literal:
        if value in args:
            return value
        raise GenforgeError(
            f"{name} must be one of {list(args)}, got {value!r}{did_you_mean(value, args)}"
        )
    if origin in (list, tuple):
        if isinstance(value, str):
            value = [v for v in value.split(",") if v != ""]
        if not isinstance(value, list | tuple):
            raise GenforgeError(f"{name} must be a list, got {value!r}")
        inner = args[0] if args else Any
        items = [_coerce(name, v, inner) for v in value]
        return tuple(items) if origin is tuple else items
    if annotation is Any:
        return value
    if annotation is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "1", "yes", "on"):
            return True
        if isinstance(value, str) and value.lower() in ("false", "0", "no", "off"):
            return False
        raise GenforgeError(f"{name} must be true or false, got {value!r}")
    if annotation is int:
        if isinstance(value, bool):
            raise GenforgeError(f"{name} must be an integer, got {value!r}")
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        try:
            return int(str(value).replace("_", ""))
        except ValueError:
            raise GenforgeError(f"{name} must be an integer, got {value!r}") from None
    if annotation is float:
        if isinstance(value, bool):
            raise GenforgeError(f"{name} must be a number, got {value!r}")
        try:
            return float(value)
        except (TypeError, ValueError):
            raise GenforgeError(f"{name} must be a number, got {value!r}") from None
    if annotation is str:
        if isinstance(value, str):
            return value
        if isinstance(value, int | float):
            return str(value)
        raise GenforgeError(f"{name} must be a string, got {value!r}")
    return value


def did_you_mean(value: Any, choices: typing.Iterable[Any]) -> str:
    """``"; did you mean 'x'?"`` for the choice closest to ``value``, or ``""``."""
    options = {str(c): c for c in choices}
    close = difflib.get_close_matches(str(value), list(options), n=1, cutoff=0.6)
    return f"; did you mean {options[close[0]]!r}?" if close else ""


def parse_overrides(items: list[str]) -> dict[str, str]:
    """``["lr=3e-3", "batch-size=4"]`` -> ``{"lr": "3e-3", "batch_size": "4"}``."""
    values: dict[str, str] = {}
    for item in items:
        key, sep, val = item.partition("=")
        if not sep or not key.strip():
            raise GenforgeError(
                f"{item!r} is not a setting: settings are written key=value (e.g. lr=3e-3), "
                "inputs and outputs are flags (e.g. --data PATH)"
            )
        values[key.strip().lstrip("-").replace("-", "_")] = val
    return values


def resolve_config(
    cls: type[T],
    recipe: str | Path | None = None,
    overrides: dict[str, Any] | list[str] | None = None,
) -> T:
    """Build ``cls`` from defaults, then a YAML recipe, then overrides (``key=value`` strings
    or a dict). Unknown keys and badly typed values raise GenforgeError."""
    values: dict[str, Any] = {}
    if recipe is not None:
        path = Path(recipe)
        if not path.is_file():
            raise GenforgeError(f"recipe not found: {path}")
        try:
            loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as e:
            raise GenforgeError(f"recipe {path} is not valid YAML: {e}") from e
        if not isinstance(loaded, dict):
            raise GenforgeError(f"recipe {path} must be a mapping of field: value")
        values.update(loaded)
    if isinstance(overrides, list):
        values.update(parse_overrides(overrides))
    elif overrides:
        values.update(overrides)
    hints = typing.get_type_hints(cls)
    fields = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = sorted(set(values) - fields)
    if unknown:
        raise GenforgeError(
            "; ".join(
                f"unknown setting {key!r} for {cls.__name__}{did_you_mean(key, fields)}"
                for key in unknown
            )
            + " (the command's --help lists its settings)"
        )
    kwargs = {k: _coerce(k, v, hints[k]) for k, v in values.items()}
    obj = cls(**kwargs)
    validate = getattr(obj, "validate", None)
    if callable(validate):
        validate()
    return obj


def config_to_dict(obj: Any) -> dict[str, Any]:
    """JSON-safe dict of a config dataclass (tuples become lists)."""
    return json_safe(dataclasses.asdict(obj))


def json_safe(x: Any) -> Any:
    if isinstance(x, dict):
        return {str(k): json_safe(v) for k, v in x.items()}
    if isinstance(x, list | tuple):
        return [json_safe(v) for v in x]
    if isinstance(x, Path):
        return str(x)
    return x
