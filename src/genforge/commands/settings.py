"""One way from the command line to a stage's config dataclass.

Every command that trains something takes its settings the same way: the common fields as
flags (``--data``, ``--out``, ``--time-budget`` ...) and *any* field of the stage's config as
``key=value`` words anywhere after the command::

    genforge sft --model base --out chat lr=5e-4 batch_size=4 --time-budget 60

The other spellings people reach for -- ``--set lr=5e-4`` and ``--lr 5e-4`` -- still work,
with a note on stderr saying how the command writes it; an unknown flag is an error naming
the closest real one. The flags are derived from the dataclass (type, choices and on/off
switches come from the field's annotation, the default stays the dataclass's), so a flag
and its field cannot drift apart.
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import sys
import types
import typing
from typing import Any

SETTINGS_METAVAR = "key=value"


def flag_name(field: str) -> str:
    return "--" + field.replace("_", "-")


def field_name(flag: str) -> str:
    return flag.lstrip("-").replace("-", "_")


class CommandParser(argparse.ArgumentParser):
    """The parser of every subcommand: ``key=value`` words may sit anywhere among the flags
    (plain argparse takes one run of positionals only), and the other settings spellings are
    rewritten to ``key=value`` before parsing."""

    config_cls: type | None = None
    _intermixing = False
    # Adding a config's flags means importing its module (often torch, ~1.5 s); it waits
    # until this command is used, so `genforge --help` stays fast.
    _pending: list[typing.Callable[[], None]]

    def _materialize(self) -> None:
        pending = self.__dict__.pop("_pending", [])
        for add in pending:
            add()

    def format_help(self) -> str:
        self._materialize()
        return super().format_help()

    def format_usage(self) -> str:
        self._materialize()
        return super().format_usage()

    def parse_known_args(self, args=None, namespace=None):
        self._materialize()
        if self._intermixing:  # argparse's intermixed parser calls back in here
            return super().parse_known_args(args, namespace)
        if any(isinstance(a, argparse._SubParsersAction) for a in self._actions):
            return super().parse_known_args(args, namespace)  # intermixing cannot nest
        args = self._rewrite(list(sys.argv[1:] if args is None else args))
        self._intermixing = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._intermixing = False

    def _known_flag(self, token: str) -> bool:
        name = token.partition("=")[0]
        if name in self._option_string_actions:
            return True
        # argparse accepts unambiguous prefixes (--time for --time-budget)
        return len([s for s in self._option_string_actions if s.startswith(name)]) == 1

    def _rewrite(self, args: list[str]) -> list[str]:
        """``--set k=v`` and ``--field value`` -> ``k=v``; unknown flags -> an error with the
        closest real flag."""
        fields = _field_names(self.config_cls) if self.config_cls else set()
        out: list[str] = []
        i = 0
        while i < len(args):
            token = args[i]
            i += 1
            if token == "--":
                out += args[i - 1 :]
                break
            if not token.startswith("--") or self._known_flag(token):
                out.append(token)
                continue
            name, eq, value = token.partition("=")
            if name == "--set" and self.config_cls is not None:
                if not eq:
                    if i >= len(args):
                        self.error("--set needs key=value after it")
                    value, i = args[i], i + 1
                _note(f"`--set {value}` read as {value} (settings need no --set: write key=value)")
                out.append(value)
                continue
            key = field_name(name)
            if key in fields:
                if not eq:
                    if i >= len(args) or args[i].startswith("--"):
                        self.error(f"{name} needs a value; write {key}=VALUE")
                    value, i = args[i], i + 1
                _note(f"`{name} {value}` read as {key}={value} (settings are written key=value)")
                out.append(f"{key}={value}")
                continue
            self.error(self._unknown_flag_message(name))
        return out

    def _unknown_flag_message(self, name: str) -> str:
        flags = [s for s in self._option_string_actions if s.startswith("--") and s != "--help"]
        fields = sorted(_field_names(self.config_cls)) if self.config_cls else []
        close = difflib.get_close_matches(name, flags, n=1, cutoff=0.6)
        if not close:
            close = [f"{f}=VALUE" for f in difflib.get_close_matches(field_name(name), fields, n=1)]
        hint = f"; did you mean {close[0]}?" if close else ""
        return f"unknown flag {name}{hint} (`{self.prog} --help` lists the flags and settings)"


def _note(text: str) -> None:
    print(f"note: {text}", file=sys.stderr)


def _field_names(cls: type) -> set[str]:
    return {f.name for f in dataclasses.fields(cls)}


def _unwrap_optional(annotation: Any) -> Any:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _argparse_kwargs(annotation: Any) -> dict[str, Any]:
    """type/choices/action for a flag of a field with this annotation."""
    base = _unwrap_optional(annotation)
    if base is bool:
        return {"action": argparse.BooleanOptionalAction}
    if typing.get_origin(base) is typing.Literal:
        return {"choices": list(typing.get_args(base))}
    if base in (int, float, str):
        return {"type": base}
    if typing.get_origin(base) is list:
        return {"action": "append"}  # the flag repeats: --source a --source b
    return {}  # lists and unions stay strings; resolve_config parses them


def add_config_flags(
    p: argparse.ArgumentParser,
    cls: type | str,
    flags: dict[str, str | tuple[str, ...]],
    *,
    recipe: bool = False,
) -> None:
    """Give ``p`` one flag per field in ``flags`` (field -> help, or field -> (flag, ...,
    help) where the flag is not ``--field-name``), ``key=value`` words for every field of ``cls``,
    ``--recipe`` when asked, and ``--overwrite`` when ``cls`` has an ``overwrite`` field.
    Flag defaults are None, meaning "not given": the recipe's or the dataclass's value
    stays. :func:`config_from` turns the parsed arguments into ``cls``.

    ``cls`` may be ``"module:Class"``: then nothing is imported until the command is used."""
    defer(p, lambda: _add_config_flags(p, _load(cls), flags, recipe))


def defer(p: argparse.ArgumentParser, add: typing.Callable[[], None]) -> None:
    """Run ``add`` (which adds arguments to ``p`` and may import heavy modules) only when
    the command is used or its --help shown; at once if ``p`` is a plain parser."""
    if isinstance(p, CommandParser):
        p.__dict__.setdefault("_pending", []).append(add)
    else:
        add()


def _load(cls: type | str) -> type:
    if not isinstance(cls, str):
        return cls
    import importlib

    module, _, name = cls.partition(":")
    return getattr(importlib.import_module(module), name)


def _default_note(text: str, default: Any) -> str:
    """`` (DEFAULT)`` for a flag's help unless it already says its default."""
    if text.rstrip().endswith(")") or "default" in text or default in (None, "", [], ()):
        return ""
    if isinstance(default, bool):
        return " (on)" if default else " (off)"
    if isinstance(default, list | tuple):
        default = ",".join(map(str, default))
    return f" ({default})".replace("%", "%%")


def _defaults(cls: type) -> dict[str, Any]:
    out = {}
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            out[f.name] = f.default
        elif f.default_factory is not dataclasses.MISSING:  # type: ignore[misc]
            out[f.name] = f.default_factory()  # type: ignore[misc]
    return out


def _add_config_flags(p, cls: type, flags, recipe: bool) -> None:
    defaults = _defaults(cls)
    hints = typing.get_type_hints(cls)
    names = _field_names(cls)
    wanted = dict(flags)
    if "overwrite" in names and "overwrite" not in wanted:
        wanted["overwrite"] = "replace what --out holds (the default refuses a non-empty --out)"
    for name, spec in wanted.items():
        if name not in names:
            raise ValueError(f"{cls.__name__} has no field {name!r}")  # a programming error
        *options, text = spec if isinstance(spec, tuple) else (flag_name(name), spec)
        if name not in ("overwrite", "resume"):
            text += _default_note(text, defaults.get(name))
        kwargs = _argparse_kwargs(hints[name])
        if name in ("overwrite", "resume") and kwargs.get("action"):
            kwargs = {"action": "store_const", "const": True}  # only ever switched on
        p.add_argument(*options, dest=name, default=None, help=text, **kwargs)
    if recipe:
        p.add_argument("--recipe", help=f"YAML file of {cls.__name__} fields; flags win")
    p.add_argument(
        "settings",
        nargs="*",
        metavar=SETTINGS_METAVAR,
        help=f"any {cls.__name__} field (listed below), anywhere after the command",
    )
    p.epilog = settings_epilog(cls)
    p.set_defaults(config_cls=cls, config_flags=tuple(wanted))
    p.config_cls = cls  # type: ignore[attr-defined]


def settings_epilog(cls: type) -> str:
    """The ``key=value`` settings a command takes, with their defaults, for ``--help``."""
    items = [
        f"{name}={','.join(map(str, value)) if isinstance(value, list | tuple) else value}"
        for name, value in _defaults(cls).items()
    ]
    import textwrap

    head = f"settings ({SETTINGS_METAVAR}, with their defaults): "
    return textwrap.fill(head + " ".join(items), width=88, break_on_hyphens=False)


def given_flags(args: argparse.Namespace) -> dict[str, Any]:
    """The config fields whose flags the user gave."""
    names = getattr(args, "config_flags", ())
    return {n: getattr(args, n) for n in names if getattr(args, n, None) is not None}


def config_from(args: argparse.Namespace, cls: type | None = None, **extra: Any) -> Any:
    """The config of a command: defaults, then ``--recipe``, then ``key=value`` words, then
    the flags given, then ``extra`` (values the command derives itself; None = not set)."""
    from genforge.config import parse_overrides, resolve_config

    cls = cls or args.config_cls
    values = parse_overrides(list(getattr(args, "settings", None) or []))
    values.update(given_flags(args))
    values.update({k: v for k, v in extra.items() if v is not None})
    return resolve_config(cls, getattr(args, "recipe", None), values)


def split_settings(
    words: list[str], model_cls: type, train_cls: type, command: str
) -> tuple[dict[str, str], list[str]]:
    """``key=value`` words of a command that builds two configs (a model's and its
    training's) -> (the model fields as a dict, the training words); a key of neither is
    an error naming the closest field of both."""
    from genforge.config import did_you_mean, parse_overrides
    from genforge.errors import GenforgeError

    model_fields, train_fields = _field_names(model_cls), _field_names(train_cls)
    model_kv: dict[str, str] = {}
    train_words: list[str] = []
    for key, value in parse_overrides(words).items():
        if key in model_fields:
            model_kv[key] = value
        elif key in train_fields:
            train_words.append(f"{key}={value}")
        else:
            raise GenforgeError(
                f"unknown setting {key!r} for `{command}`"
                f"{did_you_mean(key, model_fields | train_fields)} (`genforge {command} "
                "--help` lists the model and training settings)"
            )
    return model_kv, train_words
