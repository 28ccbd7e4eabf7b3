"""Constrained decoding: outputs that always parse and validate against a JSON schema.

Two layers, both built once and shared by every request that uses the same grammar:

* a **grammar** — a JSON schema (or a tool-call format) compiled into a small graph of
  nodes (literal, sequence, choice, string, number, free text), and a **symbol-level
  automaton** over it. A configuration is a stack of pending items (a tuple); a state is
  the set of configurations the symbols so far allow (a nondeterministic pushdown machine,
  so ``anyOf``, enums and optional properties need no look-ahead). Symbols are bytes
  (0..255) plus ``256 + id`` for a special token the grammar names (``<|tool_call|>``).
  States are interned to small ints and every transition is memoised.
* a **token mask** per state: every vocabulary token is walked through the automaton
  (a trie over the tokens' symbols, so shared prefixes are walked once), and the state
  keeps, per token, the fewest symbols still needed to finish after it (``inf``: the token
  is forbidden). A step's mask is one comparison against the tokens left: a token is
  allowed only if the output can still be finished within ``max_tokens`` (every byte is a
  token of a byte-level vocabulary, so a shortest completion of ``d`` bytes costs at most
  ``d`` tokens). End-of-turn tokens are allowed exactly when the output so far is complete.

:class:`GrammarProcessor` is the engine's ``LogitsProcessor`` (``SamplingParams.
logits_processors``): stateless per call — it re-walks the request's output through the
memoised token transitions — so one instance may serve several choices of a request.

The JSON produced is compact (no whitespace between tokens), object properties come in
the schema's order, and numbers have at most 15 integer and 15 fraction digits.
"""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Sequence
from typing import Any

import torch

from genforge.errors import GenforgeError

# Node kinds (a node is a tuple whose first element is the kind).
LIT, SEQ, ALT, STR, NUM, TEXT = "lit", "seq", "alt", "str", "num", "text"

MAX_INT_DIGITS = 15
MAX_FRAC_DIGITS = 15
MAX_EXP_DIGITS = 3

# Keywords that only annotate a schema; anything else we do not enforce is refused.
_ANNOTATIONS = frozenset(
    {"title", "description", "default", "examples", "$schema", "$id", "$comment", "strict"}
)
_SUPPORTED = _ANNOTATIONS | {
    "type",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "minItems",
    "maxItems",
    "enum",
    "const",
    "anyOf",
}
_TYPES = ("object", "array", "string", "number", "integer", "boolean", "null")
# Arrays longer than this are not unrolled; beyond it maxItems is refused.
MAX_ITEMS_UNROLL = 64


class SchemaError(GenforgeError):
    """A JSON schema the constrained decoder cannot enforce; ``path`` names the spot."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


def _lit_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class Grammar:
    """A compiled grammar: ``nodes[i]`` is a tuple ``(kind, ...)``; ``root`` the start node.

    Built with :meth:`json_schema`, :meth:`any_json` or by hand with :meth:`add` (the tool
    call format in ``agent/`` composes these).
    """

    def __init__(self) -> None:
        self.nodes: list[tuple] = []
        self.root: int = -1
        self._any: int | None = None
        self._str: int | None = None

    # ------------------------------------------------------------------ building
    def add(self, kind: str, *args: Any) -> int:
        self.nodes.append((kind, *args))
        return len(self.nodes) - 1

    def lit(self, data: bytes | Sequence[int]) -> int:
        return self.add(LIT, tuple(data))

    def seq(self, *ids: int) -> int:
        return self.add(SEQ, tuple(ids))

    def alt(self, *ids: int) -> int:
        return self.add(ALT, tuple(ids))

    def string(self) -> int:
        if self._str is None:
            self._str = self.add(STR)
        return self._str

    def text(self) -> int:
        """Free text: any run of bytes (no special token), possibly empty."""
        return self.add(TEXT)

    def any_value(self) -> int:
        """Any JSON value (recursive: objects and arrays of any values)."""
        if self._any is not None:
            return self._any
        self._any = self.add(ALT, ())  # filled below: it refers to itself
        members = self._members(self.string(), self._any, close=self.lit(b"}"))
        obj = self.seq(self.lit(b"{"), self.alt(self.lit(b"}"), members))
        arr = self._array(self._any, 0, None)
        scalars = [self.string(), self.add(NUM, False)] + [
            self.lit(x) for x in (b"true", b"false", b"null")
        ]
        self.nodes[self._any] = (ALT, (*scalars, obj, arr))
        return self._any

    def _members(self, key: int, value: int, close: int) -> int:
        """``key:value`` then (``,key:value``)* then ``close``, for free-keyed objects."""
        loop = self.add(ALT, ())
        colon = self.lit(b":")
        more = self.seq(self.lit(b","), key, colon, value, loop)
        self.nodes[loop] = (ALT, (close, more))
        return self.seq(key, colon, value, loop)

    def _array(self, item: int, lo: int, hi: int | None) -> int:
        close = self.lit(b"]")
        if hi is None:  # unbounded: after the lo-th item, loop on ",item"
            loop = self.add(ALT, ())
            self.nodes[loop] = (ALT, (close, self.seq(self.lit(b","), item, loop)))
            tail = loop
            for _ in range(lo - 1):  # items 2..lo are required
                tail = self.seq(self.lit(b","), item, tail)
        else:  # bounded: unroll the counts
            tail = close
            for k in range(hi - 1, 0, -1):  # after k items
                step = self.seq(self.lit(b","), item, tail)
                tail = step if k < lo else self.alt(close, step)
        first = self.seq(item, tail)
        body = first if lo > 0 else (close if hi == 0 else self.alt(close, first))
        return self.seq(self.lit(b"["), body)

    # ------------------------------------------------------------------ schemas
    @classmethod
    def json_schema(cls, schema: Any) -> Grammar:
        """The grammar of JSON documents valid under ``schema`` (see the module docstring
        for the keywords enforced); :class:`SchemaError` names the first unsupported spot."""
        g = cls()
        g.root = g.compile(schema, "schema")
        return g

    @classmethod
    def any_json(cls, *, object_only: bool = True) -> Grammar:
        """Any JSON object (``response_format: json_object``), or any value."""
        g = cls()
        if object_only:
            g.root = g.compile({"type": "object"}, "schema")
        else:
            g.root = g.any_value()
        return g

    def compile(self, schema: Any, path: str) -> int:
        """Node id of ``schema`` (a JSON schema as Python data) inside this grammar."""
        if schema is True or schema == {}:
            return self.any_value()
        if not isinstance(schema, dict):
            raise SchemaError(path, "a schema must be an object (or true)")
        unknown = sorted(set(schema) - _SUPPORTED)
        if unknown:
            raise SchemaError(
                f"{path}.{unknown[0]}",
                f"the keyword {unknown[0]!r} is not supported by constrained decoding; "
                f"use only {sorted(_SUPPORTED - _ANNOTATIONS)}",
            )
        if "const" in schema:
            return self.lit(_lit_bytes(schema["const"]))
        if "enum" in schema:
            values = schema["enum"]
            if not isinstance(values, list) or not values:
                raise SchemaError(f"{path}.enum", "enum must be a non-empty list")
            return self.alt(*(self.lit(_lit_bytes(v)) for v in values))
        if "anyOf" in schema:
            subs = schema["anyOf"]
            if not isinstance(subs, list) or not subs:
                raise SchemaError(f"{path}.anyOf", "anyOf must be a non-empty list of schemas")
            return self.alt(*(self.compile(s, f"{path}.anyOf[{i}]") for i, s in enumerate(subs)))
        kind = schema.get("type")
        if kind is None:
            return self.any_value()
        if isinstance(kind, list):
            if not kind:
                raise SchemaError(f"{path}.type", "type must not be an empty list")
            return self.alt(*(self.compile({**schema, "type": k}, path) for k in kind))
        if kind not in _TYPES:
            raise SchemaError(f"{path}.type", f"unknown type {kind!r}; use one of {list(_TYPES)}")
        if kind == "object":
            return self._object(schema, path)
        if kind == "array":
            return self._array_schema(schema, path)
        if kind == "string":
            return self.string()
        if kind in ("number", "integer"):
            return self.add(NUM, kind == "integer")
        if kind == "boolean":
            return self.alt(self.lit(b"true"), self.lit(b"false"))
        return self.lit(b"null")

    def _array_schema(self, schema: dict, path: str) -> int:
        lo, hi = schema.get("minItems", 0), schema.get("maxItems")
        for name, v in (("minItems", lo), ("maxItems", hi)):
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                raise SchemaError(f"{path}.{name}", f"{name} must be an integer >= 0")
        if hi is not None and hi < lo:
            raise SchemaError(f"{path}.maxItems", "maxItems must be >= minItems")
        if max(lo, hi or 0) > MAX_ITEMS_UNROLL:
            raise SchemaError(
                f"{path}.{'maxItems' if (hi or 0) > MAX_ITEMS_UNROLL else 'minItems'}",
                f"item counts above {MAX_ITEMS_UNROLL} are not supported",
            )
        item = self.compile(schema.get("items", True), f"{path}.items")
        return self._array(item, lo, hi)

    def _object(self, schema: dict, path: str) -> int:
        props = schema.get("properties", {})
        if not isinstance(props, dict):
            raise SchemaError(f"{path}.properties", "properties must be an object")
        required = schema.get("required", [])
        if not isinstance(required, list) or not all(isinstance(r, str) for r in required):
            raise SchemaError(f"{path}.required", "required must be a list of property names")
        missing = [r for r in required if r not in props]
        extra = schema.get("additionalProperties", True)
        if extra not in (True, False) and not isinstance(extra, dict):
            raise SchemaError(f"{path}.additionalProperties", "must be a boolean or a schema")
        if missing:
            raise SchemaError(
                f"{path}.required",
                f"required property {missing[0]!r} is not in properties; declare its schema",
            )
        if not props and extra is not False:
            # A free-form object: any keys, values under additionalProperties.
            value = (
                self.any_value()
                if extra is True
                else self.compile(extra, path + ".additionalProperties")
            )
            members = self._members(self.string(), value, close=self.lit(b"}"))
            return self.seq(self.lit(b"{"), self.alt(self.lit(b"}"), members))
        # Declared properties only, in schema order; optional ones may be left out.
        names = list(props)
        values = [self.compile(props[n], f"{path}.properties.{n}") for n in names]
        req = [n in required for n in names]
        close = self.lit(b"}")
        memo: dict[tuple[int, bool], int] = {}

        def rest(i: int, first: bool) -> int:
            """Properties i.. still to come; ``first``: nothing written yet (no comma)."""
            if (i, first) in memo:
                return memo[(i, first)]
            options = []
            for j in range(i, len(names)):
                key = (b"" if first else b",") + _lit_bytes(names[j]) + b":"
                options.append(self.seq(self.lit(key), values[j], rest(j + 1, False)))
                if req[j]:
                    break
            else:
                options.append(close)
            memo[(i, first)] = self.alt(*options)
            return memo[(i, first)]

        return self.seq(self.lit(b"{"), rest(0, True))


# --------------------------------------------------------------------------- automaton
# Stack items (a configuration is a tuple of them, top last):
#   ("N", node)          a node not yet expanded
#   ("L", node, pos)     inside a literal, pos symbols matched
#   ("S", sub)           inside a string: "o" before the opening quote, "b" in the body,
#                        "e" after a backslash, ("u", k) k hex digits to go,
#                        ("c", n, lo, hi) n UTF-8 continuation bytes to go, next in lo..hi
#   ("D", integer, sub)  inside a number (sub: see _num_step)
#   ("T",)               free text (no special symbols)

_HEX = frozenset(b"0123456789abcdefABCDEF")
_ESC = frozenset(b'"\\/bfnrt')
_DIGITS = frozenset(b"0123456789")


def _utf8_lead(b: int) -> tuple | None:
    """The ("c", n, lo, hi) string state after UTF-8 lead byte ``b`` (None: not a lead)."""
    if 0xC2 <= b <= 0xDF:
        return ("c", 1, 0x80, 0xBF)
    if b == 0xE0:
        return ("c", 2, 0xA0, 0xBF)
    if b == 0xED:  # no UTF-16 surrogates
        return ("c", 2, 0x80, 0x9F)
    if 0xE1 <= b <= 0xEF:
        return ("c", 2, 0x80, 0xBF)
    if b == 0xF0:
        return ("c", 3, 0x90, 0xBF)
    if 0xF1 <= b <= 0xF3:
        return ("c", 3, 0x80, 0xBF)
    if b == 0xF4:
        return ("c", 3, 0x80, 0x8F)
    return None


def _str_step(sub: Any, s: int) -> Any:
    """Next string sub-state after symbol ``s``; None: not allowed; "end": string closed."""
    if sub == "o":
        return "b" if s == 0x22 else None
    if sub == "b":
        if s == 0x22:
            return "end"
        if s == 0x5C:
            return "e"
        if 0x20 <= s < 0x80:
            return "b"
        return _utf8_lead(s)
    if sub == "e":
        if s == 0x75:  # \uXXXX
            return ("u", 4)
        return "b" if s in _ESC else None
    if sub[0] == "u":
        if s not in _HEX:
            return None
        return "b" if sub[1] == 1 else ("u", sub[1] - 1)
    _, n, lo, hi = sub
    if not lo <= s <= hi:
        return None
    return "b" if n == 1 else ("c", n - 1, 0x80, 0xBF)


def _str_dist(sub: Any) -> int:
    if sub == "o":
        return 2
    if sub in ("b", "e"):
        return 1 if sub == "b" else 2
    return sub[1] + 1


# Number sub-states: "start", "minus", "zero", ("int", n), "dot", ("frac", n), "e",
# "esign", ("exp", n). Complete ones: "zero", int, frac, exp.
def _num_step(integer: bool, sub: Any, s: int) -> Any:
    digit = s in _DIGITS
    if sub in ("start", "minus"):
        if s == 0x2D and sub == "start":
            return "minus"
        if digit:
            return "zero" if s == 0x30 else ("int", 1)
        return None
    if sub == "dot":
        return ("frac", 1) if digit else None
    if sub == "e":
        if s in (0x2B, 0x2D):
            return "esign"
        return ("exp", 1) if digit else None
    if sub == "esign":
        return ("exp", 1) if digit else None
    tag = sub if isinstance(sub, str) else sub[0]
    n = 0 if isinstance(sub, str) else sub[1]
    if tag == "int" and digit:
        return ("int", n + 1) if n < MAX_INT_DIGITS else None
    if tag == "frac" and digit:
        return ("frac", n + 1) if n < MAX_FRAC_DIGITS else None
    if tag == "exp":
        return ("exp", n + 1) if digit and n < MAX_EXP_DIGITS else None
    if integer:
        return None
    if s == 0x2E and tag in ("zero", "int"):
        return "dot"
    if s in (0x65, 0x45) and tag in ("zero", "int", "frac"):
        return "e"
    return None


def _num_complete(sub: Any) -> bool:
    return sub == "zero" or (isinstance(sub, tuple) and sub[0] in ("int", "frac", "exp"))


class Automaton:
    """The symbol-level automaton of a :class:`Grammar`: interned states, memoised steps."""

    DEAD = -1

    def __init__(self, grammar: Grammar) -> None:
        self.g = grammar
        self._minlen = self._min_lengths()
        if math.isinf(self._minlen[grammar.root]):
            raise SchemaError("schema", "no finite document satisfies this schema")
        self._ids: dict[frozenset, int] = {}
        self.states: list[frozenset] = []
        self._step: dict[tuple[int, int], int] = {}
        self._dist: list[float] = []
        self.start = self._intern(self._close([(("N", grammar.root),)]))

    def _min_lengths(self) -> list[float]:
        """Fewest symbols each node can produce (a fixed point: the grammar may recurse)."""
        nodes = self.g.nodes
        best = [math.inf] * len(nodes)
        changed = True
        while changed:
            changed = False
            for i, node in enumerate(nodes):
                kind = node[0]
                if kind == LIT:
                    v = len(node[1])
                elif kind == SEQ:
                    v = sum(best[c] for c in node[1])
                elif kind == ALT:
                    v = min((best[c] for c in node[1]), default=math.inf)
                elif kind == STR:
                    v = 2
                elif kind == NUM:
                    v = 1
                else:
                    v = 0
                if v < best[i]:
                    best[i], changed = v, True
        return best

    def _item_dist(self, item: tuple) -> float:
        tag = item[0]
        if tag == "N":
            return self._minlen[item[1]]
        if tag == "L":
            return len(self.g.nodes[item[1]][1]) - item[2]
        if tag == "S":
            return _str_dist(item[1])
        if tag == "D":
            return 0 if _num_complete(item[2]) else 1
        return 0

    def _close(self, configs: list[tuple]) -> frozenset:
        """Expand every configuration until its top item consumes a symbol (or it is empty,
        i.e. accepting); numbers and free text may also end here, so both ways are kept."""
        out: set[tuple] = set()
        todo = list(configs)
        seen: set[tuple] = set()
        while todo:
            c = todo.pop()
            if c in seen:
                continue
            seen.add(c)
            if not c:
                out.add(c)
                continue
            top, rest = c[-1], c[:-1]
            if top[0] != "N":
                out.add(c)
                if top[0] == "T" or (top[0] == "D" and _num_complete(top[2])):
                    todo.append(rest)
                continue
            node = self.g.nodes[top[1]]
            kind = node[0]
            if kind == LIT:
                todo.append((*rest, ("L", top[1], 0)) if node[1] else rest)
            elif kind == SEQ:
                todo.append(rest + tuple(("N", k) for k in reversed(node[1])))
            elif kind == ALT:
                todo.extend((*rest, ("N", k)) for k in node[1])
            elif kind == STR:
                todo.append((*rest, ("S", "o")))
            elif kind == NUM:
                todo.append((*rest, ("D", node[1], "start")))
            else:
                todo.append((*rest, ("T",)))
        return frozenset(out)

    def _intern(self, state: frozenset) -> int:
        if not state:
            return self.DEAD
        sid = self._ids.get(state)
        if sid is None:
            sid = len(self.states)
            self._ids[state] = sid
            self.states.append(state)
            self._dist.append(min(sum(self._item_dist(it) for it in c) for c in state))
        return sid

    def accepting(self, sid: int) -> bool:
        return sid != self.DEAD and () in self.states[sid]

    def dist(self, sid: int) -> float:
        """Fewest symbols that complete the document from state ``sid`` (inf if dead)."""
        return math.inf if sid == self.DEAD else self._dist[sid]

    def shortest(self, sid: int) -> list[int]:
        """The symbols of a shortest completion from ``sid`` (``dist(sid)`` of them)."""
        config = min(self.states[sid], key=lambda c: sum(self._item_dist(it) for it in c))
        out: list[int] = []
        for item in reversed(config):  # top of the stack first
            tag = item[0]
            if tag == "N":
                out += self._node_shortest(item[1])
            elif tag == "L":
                out += self.g.nodes[item[1]][1][item[2] :]
            elif tag == "S":
                sub = item[1]
                if sub == "o":
                    out += b'""'
                elif sub == "e":
                    out += b'n"'
                elif sub == "b":
                    out += b'"'
                elif sub[0] == "u":
                    out += b"0" * sub[1] + b'"'
                else:
                    out += [sub[2]] + [0x80] * (sub[1] - 1) + [0x22]
            elif tag == "D" and not _num_complete(item[2]):
                out.append(0x30)
        return out

    def _node_shortest(self, node_id: int) -> list[int]:
        node = self.g.nodes[node_id]
        kind = node[0]
        if kind == LIT:
            return list(node[1])
        if kind == SEQ:
            return [s for c in node[1] for s in self._node_shortest(c)]
        if kind == ALT:
            return self._node_shortest(min(node[1], key=lambda c: self._minlen[c]))
        if kind == STR:
            return list(b'""')
        if kind == NUM:
            return [0x30]
        return []

    def step(self, sid: int, sym: int) -> int:
        """The state after symbol ``sym`` (``DEAD`` if the grammar forbids it)."""
        if sid == self.DEAD:
            return sid
        key = (sid, sym)
        nxt = self._step.get(key)
        if nxt is None:
            nxt = self._intern(self._close(self._consume(self.states[sid], sym)))
            self._step[key] = nxt
        return nxt

    def _consume(self, state: frozenset, s: int) -> list[tuple]:
        out = []
        for c in state:
            if not c:
                continue
            top, rest = c[-1], c[:-1]
            tag = top[0]
            if tag == "L":
                data = self.g.nodes[top[1]][1]
                if data[top[2]] == s:
                    pos = top[2] + 1
                    out.append(rest if pos == len(data) else (*rest, ("L", top[1], pos)))
            elif tag == "S":
                sub = _str_step(top[1], s) if s < 256 else None
                if sub == "end":
                    out.append(rest)
                elif sub is not None:
                    out.append((*rest, ("S", sub)))
            elif tag == "D":
                sub = _num_step(top[1], top[2], s)
                if sub is not None:
                    out.append((*rest, ("D", top[1], sub)))
            elif tag == "T" and s < 256:
                out.append(c)
        return out

    def walk(self, sid: int, symbols: Sequence[int]) -> int:
        for s in symbols:
            sid = self.step(sid, s)
            if sid == self.DEAD:
                break
        return sid


# --------------------------------------------------------------------------- tokens
class Vocabulary:
    """A tokenizer's tokens as automaton symbols, and a trie over them (built once).

    Special tokens are one symbol ``256 + id``; ``stop_ids`` end a generation and are
    handled outside the grammar (allowed exactly when the output is complete).
    """

    def __init__(self, tokenizer: Any, stop_ids: Sequence[int]) -> None:
        self.size = int(tokenizer.vocab_size)
        self.stop_ids = [int(i) for i in stop_ids]
        self.tokenizer_sha = str(tokenizer.sha256)
        specials = set(tokenizer.special_ids)
        table = tokenizer.decode_bytes
        self.symbols: list[tuple[int, ...]] = []
        for i in range(self.size):
            self.symbols.append((256 + i,) if i in specials else tuple(table([i])))
        # trie: node -> {symbol: child}; ends[node] = token ids ending there
        self.children: list[dict[int, int]] = [{}]
        self.ends: list[list[int]] = [[]]
        for i, syms in enumerate(self.symbols):
            if i in self.stop_ids or not syms:
                continue
            node = 0
            for s in syms:
                nxt = self.children[node].get(s)
                if nxt is None:
                    nxt = len(self.children)
                    self.children[node][s] = nxt
                    self.children.append({})
                    self.ends.append([])
                node = nxt
            self.ends[node].append(i)
        self.encode = tokenizer.encode
        self.byte_token = {syms[0]: i for i, syms in enumerate(self.symbols) if len(syms) == 1}

    def __reduce__(self) -> tuple[Any, ...]:
        # Sent by name, not by value (the trie is megabytes): the receiving process (the
        # engine's, infer/engine_process.py) knows the tokenizer and builds or reuses its own.
        return (_vocabulary_named, (self.tokenizer_sha, tuple(self.stop_ids)))

    def first_token(self, symbols: Sequence[int]) -> int:
        """The first token of a tokenization of ``symbols`` (a completion's bytes)."""
        if symbols[0] >= 256:
            return symbols[0] - 256
        run = bytearray()
        for sym in symbols:
            if sym >= 256:
                break
            run.append(sym)
        try:
            ids = self.encode(run.decode("utf-8"))
        except UnicodeDecodeError:
            ids = []
        return ids[0] if ids else self.byte_token[symbols[0]]

    def special(self, tokenizer: Any, name: str) -> int:
        """The symbol of special token ``name``."""
        return 256 + int(tokenizer.token_to_id(name))


class Constraint:
    """A grammar bound to a vocabulary: per-state token distances and token transitions.

    ``token_dists(sid)`` is a float tensor (V,): for each token the tokens still needed to
    finish after it (:meth:`tokens_left`) (``inf`` = forbidden; stop tokens get 0 when ``sid`` is
    accepting). Shared by every request with this grammar; guarded by a lock because
    the scheduler thread and request threads may both touch it.
    """

    def __init__(self, grammar: Grammar, vocab: Vocabulary, key: str | None = None) -> None:
        self.automaton = Automaton(grammar)
        self.vocab = vocab
        self.key = key  # its name in the cache (constraint_for), None when built directly
        self._dists: dict[int, torch.Tensor] = {}
        self._tok_step: dict[tuple[int, int], int] = {}
        self._plan: dict[int, float] = {}
        self._lock = threading.RLock()

    def __reduce__(self) -> tuple[Any, ...]:
        # The grammar crosses (small), its masks do not: the receiver computes its own,
        # cached under the same key as here.
        return (_constraint_named, (self.vocab, self.key, self.automaton.g))

    @property
    def min_tokens(self) -> int:
        """Tokens the planned shortest output takes, the stop token included (an upper
        bound on the true minimum; a smaller max_tokens is refused)."""
        return int(self.tokens_left(self.automaton.start)) + 1

    def tokens_left(self, sid: int) -> float:
        """Tokens of the *plan* from ``sid``: repeatedly take the first token of the
        tokenized shortest completion. ``tokens_left(s) == 1 + tokens_left(after the plan's
        first token)`` by construction, so a request whose budget fits the plan can
        always follow it to the end; each plan token shortens the byte distance, so the
        walk ends."""
        if sid == Automaton.DEAD:
            return math.inf
        with self._lock:
            path = []
            while sid not in self._plan and not self.automaton.accepting(sid):
                path.append(sid)
                nxt = self.token_step(sid, self.vocab.first_token(self.automaton.shortest(sid)))
                if nxt == Automaton.DEAD:  # cannot happen for a valid completion
                    raise RuntimeError("constrained decoding: the planned token is forbidden")
                sid = nxt
            n = self._plan.get(sid, 0.0)
            for p in reversed(path):
                n += 1
                self._plan[p] = n
            return n

    def token_step(self, sid: int, token: int) -> int:
        key = (sid, token)
        with self._lock:
            nxt = self._tok_step.get(key)
            if nxt is None:
                if token in self.vocab.stop_ids:
                    nxt = Automaton.DEAD
                else:
                    nxt = self.automaton.walk(sid, self.vocab.symbols[token])
                self._tok_step[key] = nxt
        return nxt

    def token_dists(self, sid: int) -> torch.Tensor:
        with self._lock:
            d = self._dists.get(sid)
            if d is None:
                d = self._compute(sid)
                self._dists[sid] = d
        return d

    def _compute(self, sid: int) -> torch.Tensor:
        a, v = self.automaton, self.vocab
        dists = torch.full((v.size,), math.inf)
        if sid == Automaton.DEAD:
            return dists
        stack = [(0, sid)]
        while stack:  # depth-first over the trie, pruning dead branches
            node, state = stack.pop()
            for tok in v.ends[node]:
                self._tok_step[(sid, tok)] = state
                dists[tok] = self.tokens_left(state)
            for sym, child in v.children[node].items():
                nxt = a.step(state, sym)
                if nxt != Automaton.DEAD:
                    stack.append((child, nxt))
        if a.accepting(sid):
            for t in v.stop_ids:
                dists[t] = 0.0
        return dists

    def state_after(self, tokens: Sequence[int]) -> int:
        sid = self.automaton.start
        for t in tokens:
            sid = self.token_step(sid, int(t))
            if sid == Automaton.DEAD:
                break
        return sid


class GrammarProcessor:
    """A ``LogitsProcessor`` that keeps one request's output inside a :class:`Constraint`.

    ``prompt_len`` tells where the output starts in the ids the engine passes;
    ``max_tokens`` is the request's effective budget (after the context cap), so the mask
    leaves room to finish: a token is allowed only when a complete output still fits.
    If the output ever leaves the grammar (it cannot through this mask, but a caller may
    add tokens of its own) only the stop tokens stay allowed, so the request ends.
    """

    def __init__(self, constraint: Constraint, prompt_len: int, max_tokens: int) -> None:
        self.constraint = constraint
        self.prompt_len = int(prompt_len)
        self.max_tokens = int(max_tokens)

    def __call__(self, ids: Sequence[int], logits: torch.Tensor) -> torch.Tensor:
        out = ids[self.prompt_len :]
        sid = self.constraint.state_after(out)
        left = self.max_tokens - len(out)  # tokens still allowed, this one included
        dists = self.constraint.token_dists(sid)
        allowed = dists.to(logits.device) <= (left - 2)  # after this token: dist + stop
        stops = self.constraint.vocab.stop_ids
        if self.constraint.automaton.accepting(sid):
            allowed[stops] = True
        if not bool(allowed.any()):
            # Out of budget or off the grammar: end now (finish reason "stop"/"length").
            allowed[stops] = True
        return logits.masked_fill(~allowed, -math.inf)


# Compiled constraints are reused across requests: a schema's masks are computed once.
_CACHE_SIZE = 64
_cache: dict[tuple[str, str], Constraint] = {}
_vocabs: dict[str, Vocabulary] = {}
_tokenizers: dict[str, Any] = {}  # sha256 -> tokenizer, for vocabularies sent by name
_cache_lock = threading.Lock()


def know_tokenizer(tokenizer: Any) -> None:
    """Let vocabularies of ``tokenizer`` that arrive pickled (by its digest) be rebuilt here."""
    with _cache_lock:
        _tokenizers[str(tokenizer.sha256)] = tokenizer


def _vocabulary_named(sha: str, stop_ids: tuple[int, ...]) -> Vocabulary:
    with _cache_lock:
        tokenizer = _tokenizers.get(sha)
    if tokenizer is None:
        raise GenforgeError(
            f"a constraint for tokenizer {sha[:12]}... arrived, but this process does not "
            "know that tokenizer; serve the model whose tokenizer built the constraint"
        )
    return vocabulary_for(tokenizer, stop_ids)


def _constraint_named(vocab: Vocabulary, key: str | None, grammar: Grammar) -> Constraint:
    if key is None:
        return Constraint(grammar, vocab)
    return constraint_for(vocab, key, lambda: grammar)


def vocabulary_for(tokenizer: Any, stop_ids: Sequence[int]) -> Vocabulary:
    """The (cached) :class:`Vocabulary` of a tokenizer with these stop ids."""
    key = f"{tokenizer.sha256}:{sorted(stop_ids)}"
    with _cache_lock:
        _tokenizers.setdefault(str(tokenizer.sha256), tokenizer)
        vocab = _vocabs.get(key)
    if vocab is None:
        vocab = Vocabulary(tokenizer, stop_ids)
        with _cache_lock:
            _vocabs[key] = vocab
    return vocab


def constraint_for(vocab: Vocabulary, key: str, build: Any) -> Constraint:
    """The cached :class:`Constraint` for grammar ``key`` (``build()`` makes the Grammar
    on a miss); least recently used entries are dropped past 64."""
    ck = (str(id(vocab)), key)
    with _cache_lock:
        con = _cache.pop(ck, None)
        if con is not None:
            _cache[ck] = con  # most recent last
            return con
    con = Constraint(build(), vocab, key)
    with _cache_lock:
        _cache[ck] = con
        while len(_cache) > _CACHE_SIZE:
            _cache.pop(next(iter(_cache)))
    return con
