"""One syntax for settings on every command (issue 22 item 4), flags derived from the
stage configs (issue 12), and error messages that name flags which exist."""

import argparse
import ast
import dataclasses
import re
from pathlib import Path

import pytest

from genforge.cli import build_parser, main
from genforge.commands.settings import add_config_flags, config_from
from genforge.config import resolve_config
from genforge.errors import GenforgeError

SRC = Path(__file__).resolve().parents[1] / "src" / "genforge"


def parse(*argv: str) -> argparse.Namespace:
    return build_parser().parse_args(list(argv))


def test_key_value_settings_work_on_sft_and_pretrain_alike():
    # Today `sft ... lr=...` is an argparse error about the `action` choices.
    args = parse("sft", "--model", "m", "lr=5e-4", "--out", "o", "batch_size=4", "--max-steps", "1")
    cfg = config_from(args)
    assert (cfg.lr, cfg.batch_size, cfg.model, cfg.out) == (5e-4, 4, "m", "o")
    args = parse(
        "pretrain", "lr=3e-3", "--data", "stdlib", "--out", "o", "seq_len=64", "max_steps=2"
    )
    cfg = config_from(args)
    assert (cfg.lr, cfg.seq_len, cfg.data) == (3e-3, 64, "stdlib")


REQUIRED = {
    "pretrain": ["--data", "d", "--max-steps", "1"],
    "sft": ["--model", "m", "--max-steps", "1"],
    "dpo": ["--model", "m"],
    "rm": ["--model", "m"],
    "rl": ["--model", "m"],
    "distill": ["--teacher", "t"],
}


@pytest.mark.parametrize("command", sorted(REQUIRED))
def test_other_spellings_are_read_with_a_note(command, capsys):
    for argv in (["--set", "seed=7"], ["--set=seed=7"], ["--seed", "7"], ["--seed=7"]):
        cfg = config_from(parse(command, *argv, "--out", "o", *REQUIRED[command]))
        assert cfg.seed == 7, argv
        assert "seed=7" in capsys.readouterr().err  # the note shows how to write it


def test_flags_win_over_settings_words():
    cfg = config_from(parse("pretrain", "time_budget=5", "--time-budget", "9", "--out", "o"))
    assert cfg.time_budget == 9


def test_unknown_flag_names_the_closest_real_one(capsys):
    with pytest.raises(SystemExit) as e:
        parse("pretrain", "--time-budgt", "5")
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert "did you mean --time-budget?" in err and "genforge pretrain" in err


def test_unknown_setting_says_did_you_mean_without_listing_every_field(capsys):
    assert main(["sft", "--model", "m", "--out", "o", "lrr=1e-3"]) == 2
    err = capsys.readouterr().err
    assert "unknown setting 'lrr'" in err and "did you mean 'lr'?" in err
    assert "eval_max_tokens" not in err  # not a list of every field


def test_enum_values_say_did_you_mean():
    with pytest.raises(GenforgeError, match="did you mean 'sigmoid'"):
        resolve_config(
            __import__("genforge.tune.dpo", fromlist=["DPOConfig"]).DPOConfig,
            overrides=["loss=sigmoi"],
        )


def test_a_word_without_equals_is_explained(capsys):
    assert main(["pretrain", "stdlib", "--out", "o"]) == 2
    assert "key=value" in capsys.readouterr().err


def test_sft_tasks_still_an_action(tmp_path):
    args = parse("sft", "tasks", "--out", str(tmp_path))
    assert args.settings == ["tasks"]


@dataclasses.dataclass
class _Stage:
    out: str = ""
    overwrite: bool = False
    resume: bool = False
    mode: str = "a"


def test_overwrite_and_resume_flags_map_to_their_fields():
    p = argparse.ArgumentParser()
    add_config_flags(p, _Stage, {"out": "dir", "resume": "continue"})
    assert config_from(p.parse_args(["--out", "x", "--overwrite"]), _Stage).overwrite is True
    cfg = config_from(p.parse_args(["--resume"]), _Stage)
    assert (cfg.resume, cfg.overwrite) == (True, False)


# ------------------------------------------------------------------ messages name real flags
def _subparsers(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*prefix, name), sub
                yield from _subparsers(sub, (*prefix, name))


def _options(sub: argparse.ArgumentParser) -> set[str]:
    sub.format_help()  # adds the config flags, which wait until the command is used
    return {s for a in sub._actions for s in a.option_strings}


@pytest.fixture(scope="module")
def command_flags() -> dict[tuple[str, ...], set[str]]:
    return {path: _options(sub) for path, sub in _subparsers(build_parser())}


# Library modules whose messages reach users, and the commands that reach them.
REACHED_BY = {
    "data/loader.py": [("pretrain",), ("mlm", "pretrain"), ("ladder",)],
    "data/sources.py": [("data",), ("pretrain",), ("eval", "bpb"), ("distill",)],
    "data/pipeline.py": [("data",), ("pretrain",), ("ladder",)],
    "data/shards.py": [("tokenizer", "shards"), ("pretrain",)],
    "tokenizer.py": [("tokenizer", "train"), ("pretrain",)],
    "train/prepare.py": [("pretrain",), ("mlm", "pretrain"), ("ladder",)],
    "train/pretrain.py": [("pretrain",)],
    "train/mlm.py": [("mlm", "pretrain")],
    "tune/sft.py": [("sft",)],
    "tune/dpo.py": [("dpo",)],
    "tune/reward.py": [("rm",)],
    "tune/prefs.py": [("dpo",), ("rm",)],
    "tune/rl.py": [("rl",)],
    "tune/distill.py": [("distill",)],
    "vision/generative.py": [("vae", "train"), ("gan", "train"), ("diffusion", "train")],
}
FLAG = re.compile(r"(?<![\w-])--([a-z][a-z0-9-]*)")
COMMAND_SPAN = re.compile(r"`genforge ([a-z]+)(?: ([a-z]+))?([^`]*)`")


def _message_strings(path: Path) -> list[str]:
    """String constants of the module, f-string pieces joined, docstrings left out."""
    tree = ast.parse(path.read_text())
    docs = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            out.append(
                "".join(v.value if isinstance(v, ast.Constant) else "X" for v in node.values)
            )
        elif (
            isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
        ):
            out.append(node.value)
    return out


@pytest.mark.parametrize("module", sorted(REACHED_BY))
def test_messages_name_flags_the_reaching_commands_have(module, command_flags):
    problems = []
    for text in _message_strings(SRC / module):
        # `genforge data --min-chars N` names a flag of `genforge data`, checked there.
        for first, second, rest in COMMAND_SPAN.findall(text):
            path = (first, second) if (first, second) in command_flags else (first,)
            for flag in FLAG.findall(rest):
                if f"--{flag}" not in command_flags[path]:
                    problems.append(f"`genforge {' '.join(path)}` has no --{flag}: {text!r}")
        for flag in FLAG.findall(COMMAND_SPAN.sub("", text)):
            for path in REACHED_BY[module]:
                if f"--{flag}" not in command_flags[path]:
                    problems.append(f"{' '.join(path)} has no --{flag}: {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("command", sorted(REQUIRED))
def test_overwrite_flag_reaches_the_stage_config(command):
    # Issue 22 item 1 meets the CLI: the stages refuse a non-empty --out unless overwrite.
    cfg = config_from(parse(command, "--out", "o", *REQUIRED[command], "--overwrite"))
    assert cfg.overwrite is True
    assert config_from(parse(command, "--out", "o", *REQUIRED[command])).overwrite is False


def test_every_training_command_that_writes_out_has_overwrite(command_flags):
    for path in [("pretrain",), ("sft",), ("dpo",), ("rm",), ("rl",), ("distill",),
                 ("mlm", "pretrain"), ("vision", "train"), ("vae", "train"), ("gan", "train"),
                 ("diffusion", "train")]:  # fmt: skip
        assert "--overwrite" in command_flags[path], path
