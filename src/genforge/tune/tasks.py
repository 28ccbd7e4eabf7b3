"""Embedded default post-training tasks, generated from installed material (no downloads).

* Verifiable arithmetic and unit conversions with exact integer answers
  (:func:`arithmetic_tasks`, :func:`verify`).
* Chat instruction data from the Python standard library's own source
  (:func:`instruction_examples`): signature + docstring -> implementation, code -> docstring
  summary, "what does module X do", plus the arithmetic in chat form.
* Preference pairs whose chosen answer passes a check the rejected one fails
  (:func:`preference_pairs`, :func:`code_passes`).

Every generator is deterministic for a given Python install, and every task family is split
into ``train`` and ``test`` by a hash of a stable key (the problem text, the module name, the
function name), so held-out items never appear in training under any sampling order.
"""

from __future__ import annotations

import ast
import copy
import functools
import hashlib
import json
import os
import random
import re
import sysconfig
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from genforge.errors import GenforgeError
from genforge.tune.data import PreferencePair, pair_to_json, write_jsonl
from genforge.tune.sandbox import run_doctests

SPLITS = ("train", "test")
# One key in TEST_EVERY goes to the held-out split.
TEST_EVERY = 5
IMPLEMENT_PREFIX = "Implement this Python function:\n\n"
SUMMARY_PREFIX = "Summarize in one sentence what this Python function does:\n\n"
MODULE_PREFIX = "What does the Python standard library module `{name}` do?"
MAX_ANSWER_CHARS = 400
MAX_CODE_CHARS = 400


@dataclass
class VerifiableTask:
    """A prompt whose answer can be checked exactly (``kind`` names the generator)."""

    prompt: str
    answer: str
    kind: str


def _check_split(split: str) -> None:
    if split not in SPLITS:
        raise GenforgeError(f"split must be one of {list(SPLITS)}, got {split!r}")


def split_of(key: str) -> str:
    """The split (``train``/``test``) a stable key belongs to; a pure function of the key."""
    h = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big")
    return "test" if h % TEST_EVERY == 0 else "train"


# ----------------------------------------------------------------------------- arithmetic

# (prompt template, factor) for conversions: answer = value * factor.
_CONVERSIONS = (
    ("How many meters are in {v} kilometers?", 1000),
    ("How many centimeters are in {v} meters?", 100),
    ("How many grams are in {v} kilograms?", 1000),
    ("How many minutes are in {v} hours?", 60),
    ("How many seconds are in {v} minutes?", 60),
    ("How many hours are in {v} days?", 24),
    ("How many days are in {v} weeks?", 7),
    ("How many millimeters are in {v} centimeters?", 10),
)


def _arithmetic_problem(rng: random.Random) -> VerifiableTask:
    kind = rng.choice(("add", "sub", "mul", "convert"))
    if kind == "add":
        a, b = rng.randint(0, 99), rng.randint(0, 99)
        return VerifiableTask(f"What is {a} + {b}?", str(a + b), kind)
    if kind == "sub":
        a, b = rng.randint(0, 99), rng.randint(0, 99)
        a, b = max(a, b), min(a, b)
        return VerifiableTask(f"What is {a} - {b}?", str(a - b), kind)
    if kind == "mul":
        a, b = rng.randint(2, 12), rng.randint(2, 12)
        return VerifiableTask(f"What is {a} * {b}?", str(a * b), kind)
    template, factor = rng.choice(_CONVERSIONS)
    v = rng.randint(1, 20)
    return VerifiableTask(template.format(v=v), str(v * factor), kind)


def calculator_expression(task: VerifiableTask) -> str:
    """The expression a calculator evaluates to ``task``'s answer ("17 + 25", "3 * 60")."""
    m = re.fullmatch(r"What is (\d+) ([-+*]) (\d+)\?", task.prompt)
    if m:
        return f"{m.group(1)} {m.group(2)} {m.group(3)}"
    for template, factor in _CONVERSIONS:
        head, tail = template.split("{v}")
        if task.prompt.startswith(head) and task.prompt.endswith(tail):
            return f"{task.prompt[len(head) : len(task.prompt) - len(tail)]} * {factor}"
    raise GenforgeError(f"not an arithmetic task: {task.prompt!r}")


def arithmetic_tasks(n: int, *, seed: int = 0, split: str = "train") -> list[VerifiableTask]:
    """``n`` distinct arithmetic / unit-conversion problems of ``split``, same for same seed.

    Train and test are disjoint by construction (split by a hash of the prompt text). The
    problem space holds about 13,000 train and 3,000 test problems.
    """
    _check_split(split)
    if n < 0:
        raise GenforgeError(f"n must be >= 0, got {n}")
    limit = 2500 if split == "test" else 10000
    if n > limit:
        raise GenforgeError(f"at most {limit} distinct {split} arithmetic tasks; asked for {n}")
    rng = random.Random(f"arith-{seed}-{split}")
    seen: set[str] = set()
    out: list[VerifiableTask] = []
    while len(out) < n:
        t = _arithmetic_problem(rng)
        if t.prompt in seen or split_of(t.prompt) != split:
            continue
        seen.add(t.prompt)
        out.append(t)
    return out


def _operand(rng: random.Random, max_digits: int) -> int:
    """A number whose digit count is uniform in 1..max_digits (small ones stay common)."""
    d = rng.randint(1, max_digits)
    return rng.randint(0 if d == 1 else 10 ** (d - 1), 10**d - 1)


def wide_arithmetic_tasks(
    n: int, *, seed: int = 0, max_digits: int = 4, exclude: Collection[str] = ()
) -> list[VerifiableTask]:
    """``n`` distinct problems of the arithmetic families with operands up to ``max_digits``
    digits (conversions of up to 10**max_digits - 1 units), never a held-out prompt nor one
    in ``exclude``.

    Training data for tool use: the standard families hold only ~100 train problems each for
    mul and convert, few enough that a small model memorises answers instead of learning to
    copy numbers into the call and the result into the answer (measured:
    ``benchmarks/agents.py``). Prompts of the standard ranges that :func:`split_of` puts in
    the test split are skipped, so held-out problems stay unseen.
    """
    if n < 0:
        raise GenforgeError(f"n must be >= 0, got {n}")
    if not 1 <= max_digits <= 9:
        raise GenforgeError(f"max_digits must be in 1..9, got {max_digits}")
    rng = random.Random(f"wide-arith-{seed}-{max_digits}")
    seen = set(exclude)
    out: list[VerifiableTask] = []
    for _ in range(50 * n + 1000):
        if len(out) == n:
            return out
        kind = rng.choice(("add", "sub", "mul", "convert"))
        a, b = _operand(rng, max_digits), _operand(rng, max_digits)
        if kind == "add":
            t = VerifiableTask(f"What is {a} + {b}?", str(a + b), kind)
        elif kind == "sub":
            a, b = max(a, b), min(a, b)
            t = VerifiableTask(f"What is {a} - {b}?", str(a - b), kind)
        elif kind == "mul":
            t = VerifiableTask(f"What is {a} * {b}?", str(a * b), kind)
        else:
            template, factor = rng.choice(_CONVERSIONS)
            t = VerifiableTask(template.format(v=max(a, 1)), str(max(a, 1) * factor), kind)
        if t.prompt not in seen and split_of(t.prompt) == "train":
            seen.add(t.prompt)
            out.append(t)
    raise GenforgeError(f"only {len(out)} distinct wide tasks with {max_digits} digits; asked {n}")


_TRAILING = re.compile(r"(\s*(<\|end\|>|<\|eos\|>))+\s*$")


def normalize_answer(text: str) -> str:
    """Strip whitespace, trailing end tokens and a trailing period from an answer."""
    text = _TRAILING.sub("", text).strip()
    return text[:-1].strip() if text.endswith(".") else text


def verify(task: VerifiableTask, completion: str) -> float:
    """1.0 if ``completion`` is exactly the answer (modulo whitespace/end token), else 0.0."""
    return 1.0 if normalize_answer(completion) == task.answer else 0.0


def task_to_json(task: VerifiableTask) -> dict:
    return {"prompt": task.prompt, "answer": task.answer, "kind": task.kind}


def load_verifiable_jsonl(path: str | os.PathLike) -> list[VerifiableTask]:
    """Read ``{"prompt", "answer", "kind"?}`` lines into tasks (errors name file:line)."""
    path = Path(path)
    if not path.is_file():
        raise GenforgeError(f"verifiable task file not found: {path}")
    out = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise GenforgeError(f"{path}:{lineno}: not valid JSON ({e.msg})") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("prompt"), str):
            raise GenforgeError(f"{path}:{lineno}: need an object with a string 'prompt'")
        if not isinstance(obj.get("answer"), str) or not obj["answer"].strip():
            raise GenforgeError(f"{path}:{lineno}: need a non-empty string 'answer'")
        out.append(VerifiableTask(obj["prompt"], obj["answer"], str(obj.get("kind", "custom"))))
    if not out:
        raise GenforgeError(f"{path}: no tasks found")
    return out


# ----------------------------------------------------------------------------- stdlib source


@dataclass(frozen=True)
class _Function:
    module: str
    name: str
    stub: str  # signature + docstring, body replaced by "..."
    body_code: str  # full function without its docstring
    summary: str  # first sentence of the docstring


def _stdlib_files() -> list[Path]:
    root = Path(sysconfig.get_paths()["stdlib"])
    return sorted(p for p in root.glob("*.py") if not p.name.startswith(("_", "test")))


def _first_sentence(doc: str) -> str:
    para = " ".join(doc.strip().split("\n\n")[0].split())
    m = re.match(r"(.+?[.!?])(\s|$)", para)
    return (m.group(1) if m else para).strip()


def _without_docstring(fn: ast.FunctionDef) -> ast.FunctionDef:
    copy = ast.parse(ast.unparse(fn)).body[0]
    assert isinstance(copy, ast.FunctionDef)
    copy.body = copy.body[1:] or [ast.Pass()]
    return copy


def _stub(fn: ast.FunctionDef, doc: str) -> str:
    copy = ast.parse(ast.unparse(fn)).body[0]
    assert isinstance(copy, ast.FunctionDef)
    copy.body = [ast.Expr(ast.Constant(doc.strip())), ast.Expr(ast.Constant(...))]
    return ast.unparse(copy)


@functools.lru_cache(maxsize=1)
def _stdlib_material() -> tuple[tuple[_Function, ...], tuple[tuple[str, str], ...]]:
    """Short documented top-level functions and module summaries from the stdlib."""
    funcs: list[_Function] = []
    modules: list[tuple[str, str]] = []
    for path in _stdlib_files():
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
        name = path.stem
        mdoc = ast.get_docstring(tree)
        if mdoc and len(_first_sentence(mdoc)) >= 15:
            modules.append((name, _first_sentence(mdoc)[:MAX_ANSWER_CHARS]))
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
                continue
            doc = ast.get_docstring(node)
            # Doctests in stdlib docstrings need the module's imports to run; leave them out
            # so the default checks stay self-contained.
            if not doc or len(doc) > 400 or ">>>" in doc:
                continue
            body = ast.unparse(_without_docstring(node))
            if len(body) > MAX_CODE_CHARS or len(body.splitlines()) < 2:
                continue
            summary = _first_sentence(doc)
            if len(summary) < 10:
                continue
            funcs.append(
                _Function(name, node.name, _stub(node, doc), body, summary[:MAX_ANSWER_CHARS])
            )
    return tuple(funcs), tuple(modules)


def _chat(user: str, assistant: str) -> list[dict]:
    return [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]


def implement_prompt(stub: str) -> str:
    """The user prompt asking to implement a signature + docstring stub."""
    return IMPLEMENT_PREFIX + stub


def implement_prompts(split: str) -> list[str]:
    """Held-out (or train) "implement this docstring" prompts, for parse-rate evaluation."""
    _check_split(split)
    funcs, _ = _stdlib_material()
    return [implement_prompt(f.stub) for f in funcs if split_of(f"{f.module}") == split]


def instruction_examples(split: str) -> list[list[dict]]:
    """Chat conversations (user, assistant) for SFT, deterministic, split by module.

    Families: implement a stdlib function from its signature + docstring; summarize a
    function in one sentence; say what a module does; arithmetic in chat form (the prompts
    of :func:`arithmetic_tasks`). Items are interleaved by a seeded shuffle. The caller owns
    the returned lists (a fresh copy each call).
    """
    _check_split(split)
    return copy.deepcopy(_instruction_examples(split))


@functools.lru_cache(maxsize=2)
def _instruction_examples(split: str) -> list[list[dict]]:
    funcs, modules = _stdlib_material()
    out: list[list[dict]] = []
    for f in funcs:
        if split_of(f.module) != split:
            continue
        out.append(_chat(implement_prompt(f.stub), f.body_code))
        out.append(_chat(SUMMARY_PREFIX + f.body_code, f.summary))
    for name, summary in modules:
        if split_of(name) == split:
            out.append(_chat(MODULE_PREFIX.format(name=name), summary))
    n_arith = 1500 if split == "train" else 200
    out += [_chat(t.prompt, t.answer) for t in arithmetic_tasks(n_arith, seed=1, split=split)]
    random.Random(f"instr-{split}").shuffle(out)
    return out


# ----------------------------------------------------------------------------- preferences

# (name, args, description, correct expression, wrong expression, doctest input, output)
_SPECS = (
    ("add_{k}", "x", "Return x plus {k}.", "x + {k}", "x - {k}", "2", "{r_add}"),
    ("times_{k}", "x", "Return x multiplied by {k}.", "x * {k}", "x + {k}", "3", "{r_mul}"),
    ("minus_{k}", "x", "Return x minus {k}.", "x - {k}", "{k} - x", "20", "{r_sub}"),
    (
        "repeat_{k}",
        "s",
        "Return the string s repeated {k} times.",
        "s * {k}",
        "s * ({k} - 1)",
        "'ab'",
        "{r_rep}",
    ),
    (
        "is_multiple_of_{k}",
        "n",
        "Return True if n is a multiple of {k}.",
        "n % {k} == 0",
        "n % {k} == 1",
        "{k2}",
        "True",
    ),
    (
        "last_{k}",
        "items",
        "Return the last {k} items of the list.",
        "items[-{k}:]",
        "items[:{k}]",
        "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]",
        "{r_last}",
    ),
)


@dataclass(frozen=True)
class CodeTask:
    """A templated function to implement, checked by the one doctest in its docstring.

    ``prompt`` is the "implement" prompt (signature + docstring with the doctest);
    ``solution`` passes the doctest, ``wrong`` parses but fails it (for ``k`` < 12);
    ``example`` is the doctest's call (``add_3(2)``) and ``expected`` its output (``5``).
    """

    name: str
    prompt: str
    solution: str
    wrong: str
    example: str
    expected: str


def code_tasks(split: str, ks: Collection[int] = range(2, 12)) -> list[CodeTask]:
    """The templated code tasks of ``split`` (six families, one per ``k`` in ``ks``).

    The split is by function name (``add_7``), so a held-out name never appears in training
    whatever ``ks`` the training data draws from; the default ``ks`` are the ones behind
    :func:`preference_pairs`.
    """
    _check_split(split)
    return [t for t in _code_tasks(tuple(ks)) if split_of(t.name) == split]


@functools.lru_cache(maxsize=4)
def _code_tasks(ks: tuple[int, ...]) -> tuple[CodeTask, ...]:
    out = []
    for k in ks:
        fill = {
            "k": k,
            "k2": 2 * k,
            "r_add": 2 + k,
            "r_mul": 3 * k,
            "r_sub": 20 - k,
            "r_rep": repr("ab" * k),
            "r_last": list(range(1, 13))[-k:],
        }
        for name, arg, desc, good, bad, x, y in _SPECS:
            name = name.format(**fill)
            desc, good, bad = desc.format(**fill), good.format(**fill), bad.format(**fill)
            x, y = x.format(**fill), y.format(**fill)
            doc = f'    """{desc}\n\n    >>> {name}({x})\n    {y}\n    """'
            prompt = f"{IMPLEMENT_PREFIX}def {name}({arg}):\n{doc}\n    ..."
            solution = f"def {name}({arg}):\n    return {good}"
            wrong = f"def {name}({arg}):\n    return {bad}"
            out.append(CodeTask(name, prompt, solution, wrong, f"{name}({x})", y))
    return tuple(out)


def _break_syntax(code: str) -> str:
    """A deterministic corruption that stops ``code`` from parsing (drops the def's colon)."""
    lines = code.split("\n")
    for i, line in enumerate(lines):
        if line.lstrip().startswith(("def ", "async def ")):
            lines[i] = line.rstrip().rstrip(":")
            break
    return "\n".join(lines)


def doctest_of(prompt: str) -> str:
    """The docstring of the function stub in an "implement" prompt if it holds a doctest,
    else ``""`` (then :func:`code_passes` checks only that the answer parses)."""
    code = prompt[len(IMPLEMENT_PREFIX) :] if prompt.startswith(IMPLEMENT_PREFIX) else prompt
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return ""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            doc = ast.get_docstring(node) or ""
            return doc if ">>>" in doc else ""
    return ""


def code_passes(code: str, tests: str = "") -> bool:
    """True if ``code`` parses as Python and, when ``tests`` (doctest text) is given, passes it.

    Model output is untrusted: it runs only through :mod:`genforge.tune.sandbox` (AST
    screen, then a resource-limited child process with a per-answer timer).
    """
    return codes_pass([(code, tests)])[0]


def codes_pass(items: list[tuple[str, str]]) -> list[bool]:
    """:func:`code_passes` for many ``(code, tests)`` pairs, sharing one sandbox process."""

    codes = [normalize_answer(code) for code, _ in items]
    parsed = [_parses(code) for code in codes]
    need = [
        i
        for i, (ok, (_, tests)) in enumerate(zip(parsed, items, strict=True))
        if ok and tests.strip()
    ]
    ran = run_doctests([(codes[i], items[i][1]) for i in need])
    out = [ok and not tests.strip() for ok, (_, tests) in zip(parsed, items, strict=True)]
    for i, ok in zip(need, ran, strict=True):
        out[i] = ok
    return out


def _parses(code: str) -> bool:
    try:
        ast.parse(code)
    except (SyntaxError, ValueError):
        return False
    return True


def preference_pairs(split: str) -> list[PreferencePair]:
    """Pairs where ``chosen`` passes :func:`code_passes` for the prompt and ``rejected`` fails.

    Two families: templated functions with a doctest (rejected parses but fails the doctest)
    and stdlib functions (rejected does not parse). Split by function name / module.
    """
    _check_split(split)
    return copy.deepcopy(_preference_pairs(split))


@functools.lru_cache(maxsize=2)
def _preference_pairs(split: str) -> list[PreferencePair]:
    pairs: list[PreferencePair] = []
    for t in code_tasks(split):
        pairs.append(PreferencePair(_chat(t.prompt, "")[:1], t.solution, t.wrong))
    funcs, _ = _stdlib_material()
    for f in funcs:
        if split_of(f.module) == split:
            prompt = implement_prompt(f.stub)
            pairs.append(
                PreferencePair(_chat(prompt, "")[:1], f.body_code, _break_syntax(f.body_code))
            )
    random.Random(f"pref-{split}").shuffle(pairs)
    return pairs


def pair_check(pair_or_prompt: PreferencePair | list[dict] | str, completion: str) -> bool:
    """Whether ``completion`` passes the check behind the default preference pairs."""
    return pair_checks([pair_or_prompt], [completion])[0]


def pair_checks(
    prompts: list[PreferencePair | list[dict] | str], completions: list[str]
) -> list[bool]:
    """:func:`pair_check` for many answers at once (one sandbox process for the batch)."""

    def text_of(p: PreferencePair | list[dict] | str) -> str:
        if isinstance(p, PreferencePair):
            return p.prompt[-1]["content"]
        return p[-1]["content"] if isinstance(p, list) else p

    tests = [doctest_of(text_of(p)) for p in prompts]
    return codes_pass(list(zip(completions, tests, strict=True)))


# ----------------------------------------------------------------------------- files


def write_default_tasks(out_dir: str | os.PathLike) -> dict[str, Path]:
    """Write ``{chat,preference,verifiable}_{train,test}.jsonl`` into ``out_dir``.

    Returns ``{"chat_train": path, ...}``. Verifiable files hold 2,000 train / 500 test
    arithmetic tasks.
    """
    out = Path(out_dir)
    paths: dict[str, Path] = {}
    for split in SPLITS:
        chats = [{"messages": m} for m in instruction_examples(split)]
        paths[f"chat_{split}"] = write_jsonl(out / f"chat_{split}.jsonl", chats)
        prefs = [pair_to_json(p) for p in preference_pairs(split)]
        paths[f"preference_{split}"] = write_jsonl(out / f"preference_{split}.jsonl", prefs)
        n = 2000 if split == "train" else 500
        tasks = [task_to_json(t) for t in arithmetic_tasks(n, seed=0, split=split)]
        paths[f"verifiable_{split}"] = write_jsonl(out / f"verifiable_{split}.jsonl", tasks)
    return paths


__all__ = [
    "SPLITS",
    "CodeTask",
    "VerifiableTask",
    "arithmetic_tasks",
    "calculator_expression",
    "code_passes",
    "code_tasks",
    "codes_pass",
    "doctest_of",
    "implement_prompts",
    "instruction_examples",
    "load_verifiable_jsonl",
    "normalize_answer",
    "pair_check",
    "pair_checks",
    "preference_pairs",
    "split_of",
    "task_to_json",
    "verify",
    "write_default_tasks",
]
