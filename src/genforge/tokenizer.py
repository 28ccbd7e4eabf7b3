"""Byte-level BPE tokenizer: train, save/load, encode/decode, special tokens, chat template.

The heavy lifting (training and encoding) is Hugging Face ``tokenizers`` (Rust). This module
fixes the recipe so every genforge tokenizer behaves the same way:

* pre-tokenization splits text with a GPT-4 (cl100k) style regex, then maps bytes to the
  byte-level alphabet; the initial alphabet holds all 256 bytes, so any string (and any
  byte sequence, through :meth:`Tokenizer.decode_bytes`) round-trips losslessly;
* the special tokens in :data:`SPECIAL_TOKENS` take ids ``0..8``, in that order, followed by
  the 256 byte tokens and then the learned merges;
* plain :meth:`Tokenizer.encode` never produces a special id, even when the text contains a
  string such as ``"<|assistant|>"``: untrusted text cannot inject control tokens. Only
  :meth:`Tokenizer.encode_with_special` (for rendered templates) and
  :meth:`Tokenizer.encode_chat` emit them.

A saved tokenizer directory also holds ``tokenizer_config.json`` and
``special_tokens_map.json`` so ``transformers.AutoTokenizer.from_pretrained(dir)`` loads it
offline with the same ids and the same chat template.

A tokenizer imported with a checkpoint (``genforge import``) keeps that checkpoint's own
begin/end/padding tokens: :data:`ALIASABLE` names may be *aliases* for tokens of another
name (``<|bos|>`` -> ``<s>``), recorded under ``genforge_aliases`` in tokenizer_config.json,
so every ``bos_id``/``eos_id``/``pad_id`` user gets the id the checkpoint was trained with.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from tokenizers import AddedToken, Regex, decoders, models, pre_tokenizers, trainers
from tokenizers import Tokenizer as RustTokenizer

from genforge.errors import GenforgeError
from genforge.inputs import check_text
from genforge.io import atomic_write_json, atomic_write_text

SPECIAL_TOKENS: tuple[str, ...] = (
    "<|bos|>",
    "<|eos|>",
    "<|pad|>",
    "<|system|>",
    "<|user|>",
    "<|assistant|>",
    "<|end|>",
    "<|tool_call|>",
    "<|tool_result|>",
)

# Chat roles and the special token that opens each turn. A "tool" message carries a tool's
# result back to the model, hence <|tool_result|>.
ROLE_TOKENS: dict[str, str] = {
    "system": "<|system|>",
    "user": "<|user|>",
    "assistant": "<|assistant|>",
    "tool": "<|tool_result|>",
}

# GPT-4 style split: contractions, letter runs (with one leading non-letter such as a space),
# digit runs of at most three, punctuation runs, newlines, and whitespace. Splitting digits
# in threes keeps numbers from eating vocabulary; splitting on whitespace before a word keeps
# " word" a single token. (Single digits, as Llama uses, cost 1.4-2.5% more tokens on the
# stdlib and measured no clear gain on our arithmetic tasks: benchmarks/digit_tokens.py.)
SPLIT_PATTERN = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)"
    r"|[^\r\n\p{L}\p{N}]?\p{L}+"
    r"|\p{N}{1,3}"
    r"| ?[^\s\p{L}\p{N}]+[\r\n]*"
    r"|\s*[\r\n]+"
    r"|\s+(?!\S)"
    r"|\s+"
)

# An assistant message may carry OpenAI-style ``tool_calls`` ({"function": {"name", "arguments"}}
# with arguments a JSON string): each is rendered after the content as
# ``<|tool_call|>{"name":"NAME","arguments":ARGUMENTS}``, so one turn holds parallel calls.
# Names are plain identifiers (TOOL_NAME), so the JSON needs no escaping.
TOOL_NAME = r"^[A-Za-z0-9_-]{1,64}$"

# The same template in Jinja, stored in tokenizer_config.json for transformers. It must
# render byte-for-byte like Tokenizer.apply_chat_template (a test checks this).
CHAT_TEMPLATE = (
    "{{ bos_token }}"
    "{% for message in messages %}"
    "{% if message['role'] == 'system' %}<|system|>"
    "{% elif message['role'] == 'user' %}<|user|>"
    "{% elif message['role'] == 'assistant' %}<|assistant|>"
    "{% elif message['role'] == 'tool' %}<|tool_result|>"
    "{% else %}{{ raise_exception('unknown chat role: ' + message['role']) }}"
    "{% endif %}"
    "{{ message['content'] }}"
    "{% for call in message.get('tool_calls') or [] %}"
    '<|tool_call|>{"name":"{{ call[\'function\'][\'name\'] }}","arguments":'
    "{{ call['function']['arguments'] }}}"
    "{% endfor %}"
    "<|end|>"
    "{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>{% endif %}"
)

# Special tokens that may stand for a checkpoint's own token of another name.
ALIASABLE: tuple[str, ...] = ("<|bos|>", "<|eos|>", "<|pad|>")
ALIASES_KEY = "genforge_aliases"

MIN_VOCAB_SIZE = 256 + len(SPECIAL_TOKENS) + 1


def _byte_decoder() -> dict[str, int]:
    """Map each byte-level alphabet character back to the byte it stands for.

    The byte-level scheme (from GPT-2) shows printable bytes as themselves and moves the
    others to code points from 256 upwards, in order.
    """
    printable = (
        list(range(ord("!"), ord("~") + 1))
        + list(range(ord("¡"), ord("¬") + 1))
        + list(range(ord("®"), ord("ÿ") + 1))
    )
    table = {chr(b): b for b in printable}
    shift = 0
    for b in range(256):
        if b not in printable:
            table[chr(256 + shift)] = b
            shift += 1
    return table


def _build_pipeline(tok: RustTokenizer) -> None:
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Split(Regex(SPLIT_PATTERN), behavior="isolated", invert=False),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
        ]
    )
    tok.decoder = decoders.ByteLevel()


class Tokenizer:
    """A trained genforge byte-level BPE tokenizer (wraps a ``tokenizers.Tokenizer``)."""

    def __init__(self, rust: RustTokenizer, *, aliases: dict[str, str] | None = None) -> None:
        aliases = dict(aliases or {})
        for name, target in aliases.items():
            if name not in ALIASABLE or not isinstance(target, str):
                raise GenforgeError(
                    f"tokenizer alias {name!r} -> {target!r} is not allowed; only "
                    f"{list(ALIASABLE)} may stand for another token string"
                )
            if rust.token_to_id(target) is None:
                raise GenforgeError(
                    f"tokenizer alias {name} -> {target!r}: {target!r} is not in the vocabulary"
                )
        for tok in SPECIAL_TOKENS:
            if tok not in aliases and rust.token_to_id(tok) is None:
                raise GenforgeError(
                    f"tokenizer lacks the special token {tok!r}; genforge needs all of "
                    f"{list(SPECIAL_TOKENS)}. Train one with `genforge tokenizer train`."
                )
        self._aliases = aliases
        self._json = rust.to_str()
        # The aliases change what bos_id/eos_id mean, so they are part of the identity.
        ident = self._json + (json.dumps(aliases, sort_keys=True) if aliases else "")
        self._sha256 = hashlib.sha256(ident.encode("utf-8")).hexdigest()
        # Own copies, so later changes to the caller's object cannot change our ids; the
        # second one treats special-token strings as plain text. The flag lives on
        # the Rust object, so two objects keep encode() safe under concurrent use.
        self._rust = RustTokenizer.from_str(self._json)
        self._plain = RustTokenizer.from_str(self._json)
        self._plain.encode_special_tokens = True
        self._special_ids = frozenset(self.token_to_id(t) for t in SPECIAL_TOKENS)
        self._id_bytes: list[bytes] | None = None

    # ----------------------------------------------------------------- load / save
    @classmethod
    def load(cls, path: str | os.PathLike) -> Tokenizer:
        """Load from a ``tokenizer.json`` file or a directory that contains one."""
        p = Path(path)
        file = p / "tokenizer.json" if p.is_dir() else p
        if not file.is_file():
            where = f"{p} has no tokenizer.json" if p.is_dir() else f"{p} does not exist"
            raise GenforgeError(
                f"tokenizer not found: {where}; pass a tokenizer.json file or a directory "
                "holding one (train one with `genforge tokenizer train`)"
            )
        try:
            rust = RustTokenizer.from_file(str(file))
        except Exception as e:  # the Rust loader raises plain Exception on bad JSON
            raise GenforgeError(
                f"{file} is not a valid tokenizer.json ({e}); re-create it with "
                "`genforge tokenizer train`"
            ) from e
        return cls(rust, aliases=_read_aliases(file.parent / "tokenizer_config.json"))

    @classmethod
    def from_json(cls, text: str) -> Tokenizer:
        """Build from tokenizer.json content (e.g. read out of a model dir)."""
        try:
            return cls(RustTokenizer.from_str(text))
        except GenforgeError:
            raise
        except Exception as e:
            raise GenforgeError(f"not a valid tokenizer.json ({e})") from e

    def save(self, path: str | os.PathLike, *, model_max_length: int | None = None) -> Path:
        """Write ``tokenizer.json`` (+ transformers configs) atomically; return its path.

        ``path`` is a directory, or a file name ending in ``.json`` whose parent receives the
        ``tokenizer_config.json`` and ``special_tokens_map.json`` next to it.
        """
        p = Path(path)
        file = p if p.suffix == ".json" else p / "tokenizer.json"
        directory = file.parent
        atomic_write_text(file, self._json)
        named = {
            "bos_token": self.bos_token,
            "eos_token": self.special_token("<|eos|>"),
            "pad_token": self.special_token("<|pad|>"),
        }
        extra = [t for t in SPECIAL_TOKENS if t not in ALIASABLE]
        special_map = {**named, "additional_special_tokens": extra}
        config: dict[str, Any] = {
            "tokenizer_class": "PreTrainedTokenizerFast",
            **named,
            "additional_special_tokens": extra,
            "chat_template": CHAT_TEMPLATE,
            # Decoding must give back exactly the text that was encoded.
            "clean_up_tokenization_spaces": False,
            "add_bos_token": False,
            "add_eos_token": False,
            "padding_side": "right",
        }
        if self._aliases:
            config[ALIASES_KEY] = dict(self._aliases)
        if model_max_length is not None:
            config["model_max_length"] = int(model_max_length)
        atomic_write_json(directory / "special_tokens_map.json", special_map)
        atomic_write_json(directory / "tokenizer_config.json", config)
        return file

    def to_json(self) -> str:
        """The tokenizer.json content (what :attr:`sha256` hashes)."""
        return self._json

    # ----------------------------------------------------------------- properties
    @property
    def vocab_size(self) -> int:
        """Number of ids, special tokens included (ids run ``0..vocab_size-1``)."""
        return self._rust.get_vocab_size(with_added_tokens=True)

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of the tokenizer.json content (and its aliases, if any); names this
        exact tokenizer."""
        return self._sha256

    @property
    def aliases(self) -> dict[str, str]:
        """Genforge special-token names that stand for a checkpoint's own tokens."""
        return dict(self._aliases)

    def special_token(self, name: str) -> str:
        """The token string in this vocabulary for the genforge special token ``name``."""
        return self._aliases.get(name, name)

    @property
    def bos_token(self) -> str:
        return self.special_token("<|bos|>")

    @property
    def bos_id(self) -> int:
        return self.token_to_id("<|bos|>")

    @property
    def eos_id(self) -> int:
        return self.token_to_id("<|eos|>")

    @property
    def pad_id(self) -> int:
        return self.token_to_id("<|pad|>")

    @property
    def end_id(self) -> int:
        """Id of ``<|end|>``, which closes every chat turn (a generation stop token)."""
        return self.token_to_id("<|end|>")

    @property
    def special_ids(self) -> frozenset[int]:
        return self._special_ids

    def token_to_id(self, token: str) -> int:
        """Id of a token string (byte-level form for ordinary tokens)."""
        i = self._rust.token_to_id(self._aliases.get(token, token))
        if i is None:
            raise GenforgeError(f"token {token!r} is not in this tokenizer's vocabulary")
        return i

    def id_to_token(self, i: int) -> str:
        tok = self._rust.id_to_token(i)
        if tok is None:
            raise GenforgeError(f"id {i} is out of range for vocab size {self.vocab_size}")
        return tok

    # ----------------------------------------------------------------- encode
    def encode(self, text: str, *, add_bos: bool = False, add_eos: bool = False) -> list[int]:
        """Token ids of ``text``; special-token strings in it are encoded as plain text."""
        check_text(text, "text")  # the Rust side raises a bare TypeError on a lone surrogate
        ids = self._plain.encode(text, add_special_tokens=False).ids
        return self._wrap(ids, add_bos, add_eos)

    def encode_batch(
        self, texts: Sequence[str], *, add_bos: bool = False, add_eos: bool = False
    ) -> list[list[int]]:
        """:meth:`encode` over many texts at once (parallel in Rust)."""
        if isinstance(texts, str):
            raise TypeError("encode_batch takes a sequence of strings, not one string")
        # encode_batch_fast (tokenizers >= 0.20) skips computing character offsets.
        check_text(list(texts), "texts")
        batch = getattr(self._plain, "encode_batch_fast", self._plain.encode_batch)
        encs = batch(list(texts), add_special_tokens=False)
        return [self._wrap(e.ids, add_bos, add_eos) for e in encs]

    def encode_with_special(self, text: str) -> list[int]:
        """Token ids of ``text`` where special-token strings become their special ids.

        Only for text genforge rendered itself (a chat template); never for user text.
        """
        return self._rust.encode(text, add_special_tokens=False).ids

    def _wrap(self, ids: list[int], add_bos: bool, add_eos: bool) -> list[int]:
        if add_bos:
            ids = [self.bos_id, *ids]
        if add_eos:
            ids = [*ids, self.eos_id]
        return ids

    # ----------------------------------------------------------------- decode
    def decode(self, ids: Sequence[int], *, skip_special: bool = False) -> str:
        """Text of ``ids``; invalid UTF-8 (e.g. a cut multi-byte char) becomes U+FFFD."""
        ids = [int(i) for i in ids]
        self._check_ids(ids)
        return self._rust.decode(ids, skip_special_tokens=skip_special)

    def decode_bytes(self, ids: Sequence[int]) -> bytes:
        """The raw bytes the tokens stand for (special tokens give their UTF-8 text).

        Lets a streaming decoder hold back an incomplete UTF-8 character between tokens.
        """
        table = self._bytes_table()
        try:
            return b"".join(table[int(i)] for i in ids)
        except IndexError:
            self._check_ids([int(i) for i in ids])
            raise

    def _check_ids(self, ids: Sequence[int]) -> None:
        n = self.vocab_size
        bad = [i for i in ids if not 0 <= i < n]
        if bad:
            raise GenforgeError(f"token id(s) {bad[:5]} out of range for vocab size {n}")

    def _bytes_table(self) -> list[bytes]:
        if self._id_bytes is None:
            dec = _byte_decoder()
            byte_level = "ByteLevel" in json.dumps(json.loads(self._json).get("decoder"))
            table: list[bytes] = []
            for i in range(self.vocab_size):
                tok = self._rust.id_to_token(i) or ""
                if i in self._special_ids:
                    table.append(tok.encode("utf-8"))
                elif byte_level and all(c in dec for c in tok):
                    table.append(bytes(dec[c] for c in tok))
                else:
                    # An imported SentencePiece vocabulary (Llama 2 family), or a token
                    # outside the byte alphabet (an added token): its text.
                    table.append(_sentencepiece_bytes(tok))
            self._id_bytes = table
        return self._id_bytes

    # ----------------------------------------------------------------- chat
    def apply_chat_template(
        self, messages: list[dict[str, Any]], *, add_generation_prompt: bool = True
    ) -> str:
        """Render a conversation: ``<|bos|>`` then ``<|role|>content<|end|>`` per message.

        Roles: system, user, assistant, tool (a tool's result, opened by ``<|tool_result|>``).
        An assistant message's ``tool_calls`` follow its content, each opened by
        ``<|tool_call|>`` (see :data:`TOOL_NAME`).
        With ``add_generation_prompt`` it ends with ``<|assistant|>`` for the model to answer.
        """
        parts = [self.bos_token]
        for role_tok, content, calls in _check_messages(messages):
            parts += [role_tok, content]
            parts += ["<|tool_call|>" + call for call in calls]
            parts.append("<|end|>")
        if add_generation_prompt:
            parts.append("<|assistant|>")
        return "".join(parts)

    def encode_chat(
        self, messages: list[dict[str, Any]], *, add_generation_prompt: bool = True
    ) -> list[int]:
        """Ids of :meth:`apply_chat_template`, but message contents are encoded as plain
        text, so a user cannot forge a turn by typing ``<|end|><|assistant|>``."""
        ids = [self.bos_id]
        call_id = self.token_to_id("<|tool_call|>")
        for role_tok, content, calls in _check_messages(messages):
            ids.append(self.token_to_id(role_tok))
            ids += self.encode(content)
            for call in calls:
                ids += [call_id, *self.encode(call)]
            ids.append(self.end_id)
        if add_generation_prompt:
            ids.append(self.token_to_id("<|assistant|>"))
        return ids

    def __repr__(self) -> str:
        return f"Tokenizer(vocab_size={self.vocab_size}, sha256={self.sha256[:12]})"


def _sentencepiece_bytes(token: str) -> bytes:
    """Bytes of a SentencePiece-style token (an imported Llama-2-family vocabulary): byte
    fallback pieces ``<0x0A>`` stand for one byte and ``▁`` marks a space."""
    if len(token) == 6 and token.startswith("<0x") and token.endswith(">"):
        try:
            return bytes([int(token[3:5], 16)])
        except ValueError:
            pass
    return token.replace("\u2581", " ").encode("utf-8")


def _read_aliases(config_file: Path) -> dict[str, str] | None:
    """The ``genforge_aliases`` of a tokenizer_config.json beside tokenizer.json, if any."""
    if not config_file.is_file():
        return None
    try:
        aliases = json.loads(config_file.read_text(encoding="utf-8")).get(ALIASES_KEY)
    except (OSError, ValueError, AttributeError) as e:
        raise GenforgeError(f"cannot read {config_file}: {e}; re-save the tokenizer") from e
    if aliases is not None and not isinstance(aliases, dict):
        raise GenforgeError(f"{config_file}: {ALIASES_KEY} must be an object of token names")
    return aliases


def stop_ids(tokenizer: Any) -> list[int]:
    """The ids that end a generation: the tokenizer's end-of-text and end-of-turn tokens
    (``eos_id``, ``end_id``; either may be missing on a tokenizer of another kind)."""
    ids: list[int] = []
    for name in ("eos_id", "end_id"):
        value = getattr(tokenizer, name, None)
        if value is not None and int(value) not in ids:
            ids.append(int(value))
    return ids


def _check_messages(messages: list[dict[str, Any]]) -> Iterator[tuple[str, str, list[str]]]:
    """Yield (role token, content, tool calls rendered as JSON) per message."""
    if not isinstance(messages, list | tuple):
        raise GenforgeError("chat messages must be a list of {'role': ..., 'content': ...}")
    for n, m in enumerate(messages):
        if not isinstance(m, dict):
            raise GenforgeError(f"chat message {n} must be a dict with role and content")
        role = m.get("role")
        if role not in ROLE_TOKENS:
            raise GenforgeError(
                f"chat message {n} has unknown role {role!r}; use one of {list(ROLE_TOKENS)}"
            )
        content = m.get("content")
        if not isinstance(content, str):
            raise GenforgeError(
                f"chat message {n} ({role}) has no string 'content'; give it the message text"
            )
        calls = m.get("tool_calls") or []
        if calls and role != "assistant":
            raise GenforgeError(
                f"chat message {n} ({role}): only assistant messages have tool_calls"
            )
        yield ROLE_TOKENS[role], content, [render_tool_call(c, f"chat message {n}") for c in calls]


def render_tool_call(call: Any, where: str = "tool call") -> str:
    """``{"name":...,"arguments":...}`` of one OpenAI tool call (arguments kept verbatim),
    the text after ``<|tool_call|>``; GenforgeError naming ``where`` when malformed."""
    fn = call.get("function") if isinstance(call, dict) else None
    name = fn.get("name") if isinstance(fn, dict) else None
    args = fn.get("arguments") if isinstance(fn, dict) else None
    if not isinstance(name, str) or not re.match(TOOL_NAME, name) or not isinstance(args, str):
        raise GenforgeError(
            f"{where}: a tool call must be {{'function': {{'name': NAME, 'arguments': "
            f"JSON string}}}} with NAME matching {TOOL_NAME}"
        )
    try:
        json.loads(args)
    except ValueError:
        raise GenforgeError(f"{where}: tool call {name!r} arguments are not valid JSON") from None
    return f'{{"name":"{name}","arguments":{args}}}'


# The one default vocabulary of every stage that trains a tokenizer (tokenizer train,
# pretrain, mlm, ladder), so a tokenizer trained on its own fits a pretraining run's sizes.
# 2048 keeps the embedding and output layers a small share of the small models the CPU
# path trains.
DEFAULT_VOCAB_SIZE = 2048


def train_tokenizer(
    texts: Iterable[str],
    vocab_size: int = DEFAULT_VOCAB_SIZE,
    *,
    min_frequency: int = 2,
    show_progress: bool = False,
) -> Tokenizer:
    """Train a byte-level BPE tokenizer on ``texts``.

    ``vocab_size`` counts every id: 9 special tokens + 256 bytes + learned merges. The
    result may be smaller when the corpus has too few pairs seen ``min_frequency`` times.
    """
    if not isinstance(vocab_size, int) or vocab_size < MIN_VOCAB_SIZE:
        raise GenforgeError(
            f"vocab_size must be at least {MIN_VOCAB_SIZE} (256 bytes + "
            f"{len(SPECIAL_TOKENS)} special tokens + 1 merge), got {vocab_size!r}"
        )
    if min_frequency < 1:
        raise GenforgeError(f"min_frequency must be >= 1, got {min_frequency}")
    if isinstance(texts, str):
        raise GenforgeError("train_tokenizer takes an iterable of texts, not one string")
    it = iter(texts)
    first = next((t for t in it if t), None)
    if first is None:
        raise GenforgeError("no training text: the corpus is empty; point --data at text")
    rust = RustTokenizer(models.BPE())
    _build_pipeline(rust)
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        min_frequency=min_frequency,
        show_progress=show_progress,
        special_tokens=[AddedToken(t, special=True, normalized=False) for t in SPECIAL_TOKENS],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    rust.train_from_iterator(_only_str(itertools.chain([first], it)), trainer=trainer)
    return Tokenizer(rust)


def _only_str(texts: Iterable[Any]) -> Iterator[str]:
    for t in texts:
        if not isinstance(t, str):
            raise GenforgeError(f"training texts must be strings, got {type(t).__name__}")
        yield t


def bytes_per_token(tok: Tokenizer, texts: Iterable[str], *, chunk: int = 1024) -> float:
    """UTF-8 bytes per token over ``texts`` (higher = better compression)."""
    n_bytes = 0
    n_tokens = 0
    batch: list[str] = []

    def flush() -> None:
        nonlocal n_tokens
        n_tokens += sum(len(ids) for ids in tok.encode_batch(batch))
        batch.clear()

    for t in texts:
        n_bytes += len(t.encode("utf-8"))
        batch.append(t)
        if len(batch) >= chunk:
            flush()
    flush()
    if n_tokens == 0:
        raise GenforgeError("bytes_per_token needs non-empty texts")
    return n_bytes / n_tokens


__all__ = [
    "CHAT_TEMPLATE",
    "DEFAULT_VOCAB_SIZE",
    "SPECIAL_TOKENS",
    "Tokenizer",
    "bytes_per_token",
    "train_tokenizer",
]
