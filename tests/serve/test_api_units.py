"""The server's pure parts: rate-limit windows, key checks, settings, CLI flag parsing."""

from __future__ import annotations

import pytest

from genforge.commands.serve import parse_key_limits
from genforge.errors import GenforgeError
from genforge.serve.auth import KeyChecker, bearer_token
from genforge.serve.limits import RateLimited, RateLimiter
from genforge.serve.settings import ServeSettings, keys_from_env


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_rpm_window_slides_and_reports_retry_after():
    clock = FakeClock()
    lim = RateLimiter(clock)
    for _ in range(3):
        lim.hit("a", 3)
        clock.t += 10
    with pytest.raises(RateLimited) as e:
        lim.hit("a", 3)
    # The first hit was at t=1000; now is 1030, so the window frees a slot at 1060.
    assert e.value.retry_after == 30
    lim.hit("b", 3)  # other clients have their own window
    clock.t = 1060.5
    lim.hit("a", 3)  # the oldest request left the window
    with pytest.raises(RateLimited):
        lim.hit("a", 3)


def test_tpm_reservation_settles_to_actual_use():
    clock = FakeClock()
    lim = RateLimiter(clock)
    r = lim.reserve("a", 80, 100)
    with pytest.raises(RateLimited):
        lim.reserve("a", 30, 100)
    r.settle(10)  # the request used far less than it might have
    lim.reserve("a", 30, 100)
    with pytest.raises(RateLimited) as e:
        lim.reserve("a", 200, 100)  # can never fit: waits the whole window
    assert e.value.retry_after == 60
    clock.t += 61
    lim.reserve("a", 100, 100)


def test_no_limit_means_unlimited():
    lim = RateLimiter()
    for _ in range(1000):
        lim.hit("a", None)
    lim.reserve("a", 10**9, None).settle(5)


def test_idle_clients_are_forgotten():
    clock = FakeClock()
    lim = RateLimiter(clock)
    for i in range(50):
        lim.hit(f"c{i}", 10)
    assert lim.tracked_clients() == 50
    clock.t += 200
    lim.hit("new", 10)
    assert lim.tracked_clients() == 1


def test_key_checker_matches_only_exact_keys():
    keys = KeyChecker(["sk-one", "sk-two"])
    assert keys.enabled
    assert keys.match("Bearer sk-two") == "sk-two"
    assert keys.match("bearer   sk-one ") == "sk-one"
    for bad in (None, "", "sk-one", "Basic sk-one", "Bearer sk-on", "Bearer sk-one1", "Bearer "):
        assert keys.match(bad) is None, bad
    assert not KeyChecker([]).enabled
    assert bearer_token("Bearer abc") == "abc"


def test_settings_validate_and_env_keys():
    ServeSettings(api_keys=["a"], key_limits={"a": (1, None)}).validate()
    with pytest.raises(GenforgeError, match="port"):
        ServeSettings(port=70000).validate()
    with pytest.raises(GenforgeError, match="rpm"):
        ServeSettings(rpm=0).validate()
    with pytest.raises(GenforgeError, match="key_limits"):
        ServeSettings(api_keys=["a"], key_limits={"b": (1, 1)}).validate()
    assert keys_from_env({"GENFORGE_API_KEYS": " k1, ,k2,"}) == ["k1", "k2"]
    s = ServeSettings(api_keys=["a", "b"], rpm=7, tpm=9, key_limits={"a": (1, None)})
    assert s.limits_for("a") == (1, None)
    assert s.limits_for("b") == (7, 9)
    assert s.limits_for(None) == (7, 9)


def test_parse_key_limits():
    assert parse_key_limits(["k1=60:20000", "k=2=:5", "k3=10:"]) == {
        "k1": (60, 20000),
        "k=2": (None, 5),
        "k3": (10, None),
    }
    for bad in ("k1", "k1=60", "=1:2", "k=a:b"):
        with pytest.raises(GenforgeError, match="key-limit"):
            parse_key_limits([bad])


def test_event_batches_group_what_arrived_and_keep_the_order():
    """A stream that fell behind gets its queued events as one batch (one write), in order;
    with several choices every event of every choice comes through."""
    import asyncio

    from genforge.infer.engine import RequestHandle
    from genforge.infer.protocol import FinishEvent, TokenEvent
    from genforge.serve.serving import Choice, Submitted, event_batches

    def handle_with(n: int, tag: int) -> RequestHandle:
        h = RequestHandle(f"r{tag}", lambda _rid: None)
        for i in range(n):
            h._push(TokenEvent(100 * tag + i, "x", None, None))
        h._push(FinishEvent("length", 1, n, "x" * n, None))
        return h

    def submitted(handles: list[RequestHandle]) -> Submitted:
        choices = [Choice(index=i, prompt_index=0, handle=h) for i, h in enumerate(handles)]
        return Submitted(choices=choices, prompt_tokens=1, reservation=None)

    async def batches(sub: Submitted) -> list[list]:
        return [b async for b in event_batches(sub)]

    one = asyncio.run(batches(submitted([handle_with(5, 0)])))
    assert len(one) == 1 and [ev.token_id for _, ev in one[0][:-1]] == list(range(5))
    assert isinstance(one[0][-1][1], FinishEvent)
    two = asyncio.run(batches(submitted([handle_with(3, 1), handle_with(4, 2)])))
    events = [(c.index, ev) for b in two for c, ev in b]
    for index, n, tag in ((0, 3, 1), (1, 4, 2)):
        mine = [ev for i, ev in events if i == index]
        assert [e.token_id for e in mine[:-1]] == [100 * tag + i for i in range(n)]
        assert isinstance(mine[-1], FinishEvent)


def test_stream_interval_sends_the_first_token_at_once_then_groups_of_n():
    """--stream-interval 4: the first token leaves alone (time to first token unchanged),
    then every write holds at least 4 tokens per running choice, and the end goes with
    whatever is left; every event arrives once, in order."""
    import asyncio
    import threading
    import time

    from genforge.infer.engine import RequestHandle
    from genforge.infer.protocol import FinishEvent, TokenEvent
    from genforge.serve.serving import Choice, Submitted, event_batches

    def produce(handles: list[RequestHandle], n: int, first_sent: threading.Event) -> None:
        for i in range(n):
            for h in handles:
                h._push(TokenEvent(i, "x", None, None))
            if i == 0:
                # What is tested is that the first token is written without waiting for
                # more, so give the consumer its turn however busy the machine is.
                assert first_sent.wait(10), "the first token was held back"
            time.sleep(0.002)  # a decode step: the consumer catches up between them
        for h in handles:
            h._push(FinishEvent("length", 1, n, "x" * n, None))

    async def stream(n_choices: int, n: int, every: int) -> list[list]:
        handles = [RequestHandle(str(i), lambda _rid: None) for i in range(n_choices)]
        choices = [Choice(index=i, prompt_index=0, handle=h) for i, h in enumerate(handles)]
        sub = Submitted(choices=choices, prompt_tokens=1, reservation=None)
        out: list[list] = []
        first_sent = threading.Event()

        async def consume() -> None:
            async for batch in event_batches(sub, every):
                out.append(batch)
                first_sent.set()

        task = asyncio.create_task(consume())
        await asyncio.sleep(0.01)  # the consumer waits before the first token
        await asyncio.get_running_loop().run_in_executor(None, produce, handles, n, first_sent)
        await task
        return out

    for n_choices in (1, 2):
        batches = asyncio.run(stream(n_choices, 21, 4))
        tokens = [[ev for _, ev in b if not isinstance(ev, FinishEvent)] for b in batches]
        assert 1 <= len(tokens[0]) <= n_choices  # the first token at once
        assert all(len(t) >= 4 * n_choices for t in tokens[1:-1])
        assert len(batches) <= 2 + 21 // 4
        assert isinstance(batches[-1][-1][1], FinishEvent)
        for i in range(n_choices):
            mine = [ev for b in batches for c, ev in b if c.index == i]
            assert [e.token_id for e in mine[:-1]] == list(range(21))

    # The default: a consumer that keeps up gets one token per write. In lockstep (each
    # token pushed once the last one was written) so a slow machine cannot group them.
    async def lockstep(n: int) -> list[list]:
        handle = RequestHandle("0", lambda _rid: None)
        choice = Choice(index=0, prompt_index=0, handle=handle)
        sub = Submitted(choices=[choice], prompt_tokens=1, reservation=None)
        out: list[list] = []
        written = threading.Semaphore(0)

        async def consume() -> None:
            async for batch in event_batches(sub, 1):
                out.append(batch)
                written.release()

        def produce() -> None:
            for i in range(n):
                handle._push(TokenEvent(i, "x", None, None))
                written.acquire(timeout=2)
            handle._push(FinishEvent("length", 1, n, "x" * n, None))

        task = asyncio.create_task(consume())
        await asyncio.get_running_loop().run_in_executor(None, produce)
        await task
        return out

    assert [len(b) for b in asyncio.run(lockstep(21))] == [1] * 22


def test_serving_threads_leave_a_core_to_the_event_loop():
    import torch

    from genforge.nn.device import cpu_threads
    from genforge.serve.server import use_serving_threads

    with cpu_threads():
        every = torch.get_num_threads()
        assert use_serving_threads(None, torch.device("cpu")) == max(1, every - 1)
        torch.set_num_threads(every)
        assert use_serving_threads(1, torch.device("cpu")) == 1
        with pytest.raises(GenforgeError, match="threads must be an integer >= 1"):
            use_serving_threads(0, torch.device("cpu"))


def test_request_timer_cancels_every_choice_on_the_loop_without_a_thread():
    """The request time limit: on the event loop a loop timer (no thread per request),
    elsewhere a thread timer; either cancels every unfinished choice once it fires, and
    a cancelled timer never fires."""
    import asyncio
    import threading
    import time

    from genforge.infer.engine import RequestHandle
    from genforge.serve.serving import Choice, Submitted

    def submitted(cancelled: list[str]) -> Submitted:
        handles = [RequestHandle(f"r{i}", cancelled.append) for i in range(2)]
        choices = [Choice(index=i, prompt_index=0, handle=h) for i, h in enumerate(handles)]
        return Submitted(choices=choices, prompt_tokens=1, reservation=None)

    async def on_loop() -> tuple[list[str], int, list[str]]:
        fired: list[str] = []
        sub = submitted(fired)
        before = threading.active_count()
        sub.start_timer(0.05)
        started = threading.active_count() - before
        kept: list[str] = []
        other = submitted(kept)
        other.start_timer(0.05)
        other.timer.cancel()
        await asyncio.sleep(0.3)
        assert sub.timed_out and not other.timed_out
        return fired, started, kept

    fired, started, kept = asyncio.run(on_loop())
    assert sorted(fired) == ["r0", "r1"] and started == 0 and kept == []
    fired = []
    sub = submitted(fired)
    sub.start_timer(0.05)
    assert isinstance(sub.timer, threading.Timer)
    deadline = time.monotonic() + 5
    while len(fired) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert sorted(fired) == ["r0", "r1"] and sub.timed_out
