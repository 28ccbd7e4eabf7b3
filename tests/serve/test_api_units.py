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
