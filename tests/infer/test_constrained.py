"""Constrained decoding: every sampled output of a random model parses and validates against
random JSON schemas, in a running batch, within max_tokens; unsupported schemas are refused."""

from __future__ import annotations

import json
import random

import jsonschema
import pytest
import torch

from genforge.infer.constrained import (
    Automaton,
    Constraint,
    Grammar,
    GrammarProcessor,
    SchemaError,
    Vocabulary,
)
from genforge.infer.engine import Engine
from genforge.infer.protocol import FinishEvent, SamplingParams, TokenEvent
from genforge.models.gpt import GPT, GPTConfig
from genforge.tokenizer import stop_ids, train_tokenizer

pytestmark = pytest.mark.usefixtures("one_thread")

TEXT = (
    '{"name": "calc", "arguments": {"expression": "17 + 25"}} [1, 2.5e3, -0.25] true false '
    'null "caf\\u00e9 \\"quoted\\" \\\\ naïve 🙂" hello there, general kenobi. ' * 20
)


@pytest.fixture(scope="module")
def tok():
    return train_tokenizer([TEXT], vocab_size=400)


@pytest.fixture(scope="module")
def vocab(tok):
    return Vocabulary(tok, stop_ids(tok))


@pytest.fixture(scope="module")
def engine(tok):
    torch.manual_seed(0)
    model = GPT(
        GPTConfig(vocab_size=tok.vocab_size, n_layer=1, n_head=2, n_embd=32, block_size=256)
    )
    with torch.no_grad():  # large weights: a peaky, context-dependent random model
        for p in model.parameters():
            if p.ndim == 2:
                p.normal_(0.0, 0.5)
    eng = Engine(model.eval(), tok, max_batch_size=4)
    yield eng
    eng.shutdown()


def accepts(schema, text: str) -> bool:
    a = Automaton(Grammar.json_schema(schema))
    return a.accepting(a.walk(a.start, text.encode("utf-8")))


def random_schema(rng: random.Random, depth: int = 0) -> dict:
    kinds = ["string", "number", "integer", "boolean", "null", "enum"]
    if depth < 3:
        kinds += ["object", "object", "array"]
    kind = rng.choice(kinds)
    if kind == "enum":
        pool = ["red", 'gré"en', 3, -1.5, True, None, "a\\b"]
        return {"enum": rng.sample(pool, rng.randint(1, 4))}
    if kind == "object":
        names = rng.sample(["id", "name", "tags", "x", "deep", "ok", "v"], rng.randint(0, 4))
        props = {n: random_schema(rng, depth + 1) for n in names}
        return {
            "type": "object",
            "properties": props,
            "required": [n for n in names if rng.random() < 0.5],
            "additionalProperties": False,
        }
    if kind == "array":
        s = {"type": "array", "items": random_schema(rng, depth + 1)}
        if rng.random() < 0.5:
            s["minItems"] = rng.randint(0, 2)
            s["maxItems"] = s["minItems"] + rng.randint(0, 3)
        return s
    return {"type": kind}


def test_the_automaton_accepts_exactly_the_valid_documents():
    schema = {
        "type": "object",
        "properties": {
            "a": {"type": "integer"},
            "b": {"type": "array", "items": {"type": "string"}, "maxItems": 2},
            "c": {"enum": ["x", 1, None]},
            "d": {"type": "object", "properties": {"e": {"type": "number"}}, "required": ["e"]},
        },
        "required": ["a"],
        "additionalProperties": False,
    }
    good = [
        '{"a":1}',
        '{"a":-12,"b":["q","\\u00e9\\n\\"\\\\"]}',
        '{"a":0,"c":null}',
        '{"a":0,"b":[],"c":"x","d":{"e":-0.5e+3}}',
        '{"a":7,"b":["naïve 🙂"]}',
    ]
    bad = [
        "{}",
        '{"a":01}',
        '{"a":1,"b":["a","b","c"]}',
        '{"b":[],"a":1}',
        '{"a":1.5}',
        '{"a":1,"zz":2}',
        '{"a":1,"d":{}}',
        '{"a":1,"b":["\\x"]}',
        '{"a":1,"c":"y"}',
        '{"a":1',
    ]
    for text in good:
        jsonschema.validate(json.loads(text), schema)  # the test's own premise
        assert accepts(schema, text), text
    for text in bad:
        assert not accepts(schema, text), text
    # Raw control characters and broken UTF-8 are refused inside strings.
    a = Automaton(Grammar.json_schema({"type": "string"}))
    assert a.walk(a.start, b'"a\nb"') == Automaton.DEAD
    assert a.walk(a.start, b'"\xc3("') == Automaton.DEAD
    assert a.accepting(a.walk(a.start, '"é"'.encode()))


def test_free_form_objects_and_any_values():
    assert accepts({"type": "object"}, '{"x":[1,{"y":null}],"z":"é","w":{}}')
    assert not accepts({"type": "object"}, "[1]")
    g = Grammar.any_json(object_only=True)
    a = Automaton(g)
    assert a.accepting(a.walk(a.start, b'{"k":[true,false,null,-1e5]}'))
    typed = {"type": "object", "additionalProperties": {"type": "integer"}}
    assert accepts(typed, '{"a":1,"b":2}') and not accepts(typed, '{"a":"s"}')


@pytest.mark.parametrize(
    "schema, where",
    [
        ({"type": "string", "pattern": "a+"}, "schema.pattern"),
        ({"type": "object", "properties": {"a": {"type": "strin"}}}, "schema.properties.a.type"),
        ({"type": "object", "properties": {}, "required": ["a"]}, "schema.required"),
        ({"type": "array", "items": {"$ref": "#/x"}}, "schema.items.$ref"),
        ({"type": "array", "minItems": 3, "maxItems": 1}, "schema.maxItems"),
        ({"enum": []}, "schema.enum"),
        (["not", "a", "schema"], "schema"),
    ],
)
def test_unsupported_schemas_are_refused_naming_the_spot(schema, where):
    with pytest.raises(SchemaError) as err:
        Grammar.json_schema(schema)
    assert err.value.path == where


def run(handle):
    events = list(handle)
    assert isinstance(events[-1], FinishEvent)
    return [e.token_id for e in events if isinstance(e, TokenEvent)], events[-1]


def test_sampled_outputs_always_validate_on_random_schemas(tok, vocab, engine):
    # A random model sampled at temperature 1 under the mask, four requests at a time in a
    # running batch: every output must parse and validate, and end with a stop token.
    rng = random.Random(0)
    prompt = tok.encode("produce json:", add_bos=True)
    checked = 0
    for batch in range(8):
        jobs = []
        for i in range(4):
            schema = random_schema(rng)
            con = Constraint(Grammar.json_schema(schema), vocab)
            max_tokens = con.min_tokens + rng.choice([0, 3, 40])
            params = SamplingParams(
                max_tokens=max_tokens,
                temperature=1.0,
                seed=batch * 10 + i,
                logits_processors=[GrammarProcessor(con, len(prompt), max_tokens)],
            )
            jobs.append((schema, max_tokens, engine.submit(prompt, params)))
        for schema, max_tokens, handle in jobs:
            ids, fin = run(handle)
            assert fin.reason == "stop", (schema, fin.text)
            assert len(ids) <= max_tokens
            jsonschema.validate(json.loads(fin.text), schema)
            checked += 1
    assert checked == 32


def test_the_mask_leaves_room_to_finish_and_never_empties(tok, vocab):
    # Whatever the budget left, some token stays allowed; with the bare minimum budget the
    # greedy path through the mask still completes a valid document.
    schema = {
        "type": "object",
        "properties": {
            "s": {"type": "string"},
            "n": {"type": "array", "items": {"type": "number"}},
        },
        "required": ["s", "n"],
        "additionalProperties": False,
    }
    con = Constraint(Grammar.json_schema(schema), vocab)
    gen = torch.Generator().manual_seed(0)
    for budget in (con.min_tokens, con.min_tokens + 5):
        proc = GrammarProcessor(con, 0, budget)
        ids: list[int] = []
        for _ in range(budget):
            logits = proc(ids, torch.randn(tok.vocab_size, generator=gen))
            assert torch.isfinite(logits).any()
            nxt = int(torch.multinomial(torch.softmax(logits, -1), 1, generator=gen))
            if nxt in vocab.stop_ids:
                break
            ids.append(nxt)
        else:
            pytest.fail("no stop token within max_tokens")
        jsonschema.validate(json.loads(tok.decode(ids)), schema)


def test_the_plan_budget_is_consistent_and_tighter_than_bytes(tok, vocab):
    schema = {
        "type": "object",
        "properties": {"expression": {"type": "string"}, "n": {"type": "integer"}},
        "required": ["expression", "n"],
        "additionalProperties": False,
    }
    con = Constraint(Grammar.json_schema(schema), vocab)
    a = con.automaton
    assert con.min_tokens < a.dist(a.start) + 1  # merged tokens beat one-per-byte
    # Along sampled paths, every state's plan is one token shorter after its first token.
    gen = torch.Generator().manual_seed(1)
    proc = GrammarProcessor(con, 0, 60)
    ids: list[int] = []
    for _ in range(60):
        sid = con.state_after(ids)
        if not a.accepting(sid):
            first = vocab.first_token(a.shortest(sid))
            assert con.tokens_left(sid) == 1 + con.tokens_left(con.token_step(sid, first))
        logits = proc(ids, torch.randn(tok.vocab_size, generator=gen))
        nxt = int(torch.multinomial(torch.softmax(logits, -1), 1, generator=gen))
        if nxt in vocab.stop_ids:
            break
        ids.append(nxt)
    jsonschema.validate(json.loads(tok.decode(ids)), schema)
