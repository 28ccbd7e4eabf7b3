"""`genforge chat` driven through piped stdin: a model dir in-process, or a live server."""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys

import pytest

from genforge.cli import main
from genforge.infer.protocol import SamplingParams
from genforge.serve.chat_client import ChatError, ChatSession, EngineChat, HttpChat


def greedy(engine, messages: list[dict[str, str]], max_tokens: int) -> str:
    ids = engine.tokenizer.encode_chat(messages)
    return engine.generate(ids, SamplingParams(max_tokens=max_tokens, temperature=0)).text


def conversation(engine, turns: list[str], max_tokens: int) -> list[str]:
    """The greedy replies the engine gives to ``turns``, each with the history before it."""
    history: list[dict[str, str]] = []
    replies = []
    for text in turns:
        history.append({"role": "user", "content": text})
        replies.append(greedy(engine, history, max_tokens))
        history.append({"role": "assistant", "content": replies[-1]})
    return replies


def test_local_model_with_piped_stdin_keeps_history_and_resets(serve_model_dir, live_server):
    """A real process, a real pipe: the answers are the engine's greedy answers, each given
    the whole history; /reset starts over; /exit ends the session."""
    stdin = "hello there\nand what next?\n/reset\nhello there\n/exit\nnever read\n"
    argv = [sys.executable, "-m", "genforge.cli", "chat", "--model", str(serve_model_dir)]
    argv += ["--temperature", "0", "--max-tokens", "12", "--device", "cpu"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.run(argv, input=stdin, capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    first, second = conversation(live_server.engine, ["hello there", "and what next?"], 12)
    assert proc.stdout == f"{first}\n{second}\n{first}\n"
    assert "(history cleared)" in proc.stderr
    assert "you>" not in proc.stdout  # no prompts when stdin is not a terminal


def test_url_mode_talks_to_a_running_server(live_server, monkeypatch, capsys):
    turns = ["What is a list?", "And a dict?"]
    lines = "\n".join(turns) + "\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines))
    argv = ["chat", "--url", live_server.base_url, "--temperature", "0", "--max-tokens", "10"]
    assert main([*argv, "--json"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    expected = conversation(live_server.engine, turns, 10)
    assert [o["reply"] for o in out] == expected
    history = [{"role": "user", "content": turns[0]}]
    assert out[0]["prompt_tokens"] == len(live_server.engine.tokenizer.encode_chat(history))
    assert all(o["finish_reason"] in ("stop", "length") for o in out)
    assert all(o["completion_tokens"] >= 1 for o in out)

    # Plain mode streams the same answers as text.
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines))
    assert main(argv) == 0
    assert capsys.readouterr().out == "".join(r + "\n" for r in expected)


def test_http_answer_arrives_in_pieces(live_server):
    chat = HttpChat(live_server.base_url)
    assert chat.model_name == "tiny"
    pieces: list[str] = []
    params = SamplingParams(max_tokens=16, temperature=0, ignore_eos=True)
    reply = chat.reply([{"role": "user", "content": "count to ten"}], params, pieces.append)
    assert reply.finish == "length" and reply.completion_tokens == 16
    assert len(pieces) > 1 and "".join(pieces) == reply.text


def test_a_refused_turn_is_reported_and_the_chat_goes_on(live_server, monkeypatch, capsys):
    too_long = "word " * 3000  # far beyond the 512-token context
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{too_long}\nhi\n"))
    argv = ["chat", "--url", live_server.base_url, "--temperature", "0", "--max-tokens", "6"]
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert "error:" in captured.err and "HTTP 400" in captured.err
    # The refused message is not in the history: "hi" is answered as a first turn.
    [expected] = conversation(live_server.engine, ["hi"], 6)
    assert captured.out == expected + "\n"


def test_local_history_is_trimmed_to_fit_the_context(serve_model_dir):
    backend = EngineChat(str(serve_model_dir), device="cpu")
    try:
        context = backend.engine.context_length
        session = ChatSession(backend, SamplingParams(max_tokens=200, temperature=0))
        long_turn = "the quick brown fox jumps over the lazy dog " * 5  # ~130 tokens
        dropped_total = 0
        for _ in range(4):
            reply, dropped = session.send(long_turn, lambda _t: None)
            dropped_total += dropped
            assert reply.prompt_tokens <= context - 200
        assert dropped_total > 0
        assert session.history[0]["role"] == "user"
        with pytest.raises(ChatError, match="context"):
            session.send("word " * 3000, lambda _t: None)
        assert session.history[-1]["role"] == "assistant"  # the failed turn left no trace
    finally:
        backend.close()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_startup_errors_exit_2_with_a_clear_message(tmp_path, live_server_auth, capsys):
    url = f"http://127.0.0.1:{_closed_port()}"
    assert main(["chat", "--url", url]) == 2
    assert "cannot reach" in capsys.readouterr().err
    assert main(["chat", "--url", live_server_auth.base_url, "--api-key", "sk-nope"]) == 2
    assert "HTTP 401" in capsys.readouterr().err
    assert main(["chat", "--model", str(tmp_path / "missing")]) == 2
    assert "not found" in capsys.readouterr().err
    assert main(["chat", "--url", "localhost:8000"]) == 2
    assert "http://" in capsys.readouterr().err
    assert main(["chat", "--url", live_server_auth.base_url, "--temperature", "-1"]) == 2
    assert "temperature" in capsys.readouterr().err
