"""The chat page end to end: Debian's Chromium (driven by Playwright) against a live server.

The server is real (uvicorn, the engine, a tiny random model) with an API key, so the page's
key field, its model list, streaming, stop and error banner all meet the real API.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import torch

from genforge.modeldir import load_model_dir, save_model_dir
from genforge.models.gpt import GPT, config_from_preset
from genforge.serve import RunningServer, ServeMetrics, ServeSettings, start_server_thread
from genforge.serve.server import build_engine

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).parent / "artifacts"
KEY = "sk-genforge-page-test"
MODEL_NAME = "tiny-chat"
CONTEXT = 2048

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed: pip install -e '.[test]'"
)
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason=f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium) to test the "
    "chat page",
)


@pytest.fixture(scope="module")
def endless_model_dir(serve_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shared tokenizer with a tiny random model that never ends a greedy answer on its
    own (a long context, and zero logits for its end tokens), so stop has work to stop."""
    tok = load_model_dir(serve_model_dir).tokenizer
    torch.manual_seed(1)
    model = GPT(config_from_preset("tiny", vocab_size=tok.vocab_size, block_size=CONTEXT))
    with torch.no_grad():
        # Random logits are ~N(0, 0.2); some token always beats a zero, so greedy never
        # picks these and the answer runs to max_tokens unless stopped. Other control
        # tokens are hidden from the text, so they are kept out of answers the same way.
        for tid in tok.special_ids:
            model.lm_head.weight[tid].zero_()
    out = tmp_path_factory.mktemp("page") / "endless"
    return save_model_dir(out, model, tok)


@pytest.fixture(scope="module")
def server(endless_model_dir: Path) -> Iterator[RunningServer]:
    settings = ServeSettings(
        host="127.0.0.1",
        port=0,
        api_keys=[KEY],
        model_name=MODEL_NAME,
        max_batch_size=4,
        shutdown_timeout=2.0,
    )
    metrics = ServeMetrics()
    engine = build_engine(endless_model_dir, settings, metrics=metrics, device="cpu")
    running = start_server_thread(engine, settings, metrics=metrics)
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):
    profile = tmp_path_factory.mktemp("chromium-profile")  # fresh user-data-dir per run
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1100, "height": 780},
        )
        try:
            yield context
        finally:
            context.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(browser, server: RunningServer):
    """A new tab on the chat page with empty localStorage (no key, default settings)."""
    pg = browser.new_page()
    pg.set_default_timeout(20_000)
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.goto(server.base_url + "/")
    pg.evaluate("localStorage.clear()")
    pg.reload()
    yield pg
    pg.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


def wait_model_state(pg, state: str) -> None:
    pg.wait_for_function(
        "s => document.getElementById('model-name').dataset.state === s", arg=state
    )


def set_key(pg, key: str) -> None:
    pg.fill("#api-key", key)
    pg.dispatch_event("#api-key", "change")


def set_sampling(pg, *, temperature: float, max_tokens: int) -> None:
    pg.eval_on_selector(
        "#temperature",
        "(el, v) => { el.value = v; el.dispatchEvent(new Event('input')); }",
        str(temperature),
    )
    pg.fill("#max-tokens", str(max_tokens))
    pg.dispatch_event("#max-tokens", "change")


def send(pg, text: str) -> None:
    pg.fill("#prompt", text)
    pg.click("#send")


def wait_finished(pg, n_assistant: int) -> None:
    """Wait until the n-th assistant message has its finish state."""
    pg.wait_for_function(
        "n => { const m = document.querySelectorAll('li.msg.assistant');"
        " return m.length >= n && m[n - 1].dataset.finish; }",
        arg=n_assistant,
    )


def test_page_shows_model_name_once_the_key_is_given(page):
    # No key yet: the server refuses the model list and the page says so in words.
    wait_model_state(page, "error")
    assert page.inner_text("#model-name") == "API key needed"
    assert page.is_visible("#error")
    assert "401" in page.inner_text("#error-text")
    set_key(page, KEY)
    wait_model_state(page, "ready")
    assert page.inner_text("#model-name") == MODEL_NAME
    assert page.is_hidden("#error")
    assert page.title() == "genforge chat"


def test_answers_stream_in_and_the_second_turn_carries_the_history(page):
    set_key(page, KEY)
    set_sampling(page, temperature=0.8, max_tokens=24)
    # Count how often the answer's text changes while it streams: one update would mean the
    # page waited for the whole answer.
    page.evaluate(
        """() => {
        window.__updates = 0;
        new MutationObserver(() => { window.__updates += 1; })
          .observe(document.getElementById('messages'),
                   {subtree: true, childList: true, characterData: true});
    }"""
    )
    send(page, "Hello, who are you?")
    wait_finished(page, 1)
    first = page.locator("li.msg.assistant .content").nth(0).inner_text()
    assert first and first != "(no text)"
    assert page.locator("li.msg.user .content").nth(0).inner_text() == "Hello, who are you?"
    assert page.evaluate("window.__updates") >= 4
    assert "tokens" in page.locator("li.msg.assistant .meta").nth(0).inner_text()

    with page.expect_request(lambda r: r.url.endswith("/v1/chat/completions")) as req_info:
        send(page, "Tell me more.")
    body = json.loads(req_info.value.post_data)
    assert body["stream"] is True
    assert body["model"] == MODEL_NAME
    assert body["max_tokens"] == 24
    assert body["temperature"] == pytest.approx(0.8)
    assert [m["role"] for m in body["messages"]] == ["user", "assistant", "user"]
    assert body["messages"][0]["content"] == "Hello, who are you?"
    assert body["messages"][1]["content"] == first
    assert body["messages"][2]["content"] == "Tell me more."
    wait_finished(page, 2)
    assert page.locator("li.msg").count() == 4

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "chat.png"), full_page=True)


def test_stop_button_stops_a_long_answer_and_the_server_frees_the_slot(page, server):
    set_key(page, KEY)
    set_sampling(page, temperature=0, max_tokens=CONTEXT - 64)
    generated_before = server.engine.stats()["tokens_generated"]
    send(page, "Write a very long story.")
    page.wait_for_function(
        "() => { const c = document.querySelector('li.msg.assistant .content');"
        " return c && c.textContent.length > 0; }"
    )
    assert page.is_enabled("#stop")
    page.click("#stop")
    wait_finished(page, 1)
    assert page.get_attribute("li.msg.assistant", "data-finish") == "stopped"
    assert "stopped" in page.inner_text("li.msg.assistant .meta")
    assert page.is_disabled("#stop") and page.is_enabled("#send")
    shown = page.inner_text("li.msg.assistant .content")

    # The closed connection must cancel the request in the engine, not just in the page.
    deadline = time.monotonic() + 10
    while server.engine.stats()["running"] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.engine.stats()["running"] == 0
    generated = server.engine.stats()["tokens_generated"] - generated_before
    assert generated < CONTEXT - 64 - 100, "the server ran the answer (nearly) to max_tokens"
    time.sleep(0.3)
    assert page.inner_text("li.msg.assistant .content") == shown


def test_wrong_key_shows_the_servers_error_and_gives_the_message_back(page):
    set_key(page, "sk-wrong")
    wait_model_state(page, "error")
    send(page, "Are you there?")
    page.wait_for_function("() => document.getElementById('send').disabled === false")
    banner = page.inner_text("#error-text")
    assert banner.startswith("Error 401")
    assert "API key" in banner
    # The refused turn is taken back: nothing in the history, the text is ready to resend.
    assert page.locator("li.msg").count() == 0
    assert page.input_value("#prompt") == "Are you there?"
    page.click("#error-close")
    assert page.is_hidden("#error")


def test_markup_in_messages_is_shown_as_text_never_run(page):
    set_key(page, KEY)
    set_sampling(page, temperature=0.8, max_tokens=4)
    evil = '<img src=x onerror="window.__pwned=1"><b>bold</b>'
    send(page, evil)
    wait_finished(page, 1)
    assert page.locator("li.msg.user .content").inner_text() == evil
    assert page.locator("#messages img, #messages b").count() == 0
    assert page.evaluate("window.__pwned") is None


def test_phone_width_has_no_sideways_scroll(browser, server):
    pg = browser.new_page()
    pg.set_viewport_size({"width": 390, "height": 844})
    try:
        pg.goto(server.base_url + "/")
        pg.evaluate("localStorage.clear()")
        pg.reload()
        # Folded by default on a phone, opened by the page itself when a key is needed.
        wait_model_state(pg, "error")
        assert pg.get_attribute("#settings", "open") is not None
        set_key(pg, KEY)
        wait_model_state(pg, "ready")
        pg.reload()  # the key is remembered, so the settings stay folded
        wait_model_state(pg, "ready")
        assert pg.get_attribute("#settings", "open") is None
        assert pg.is_hidden("#api-key")
        overflow = pg.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0
        # Chat above settings in one column, the composer inside the viewport's width.
        chat = pg.locator(".chat").bounding_box()
        settings = pg.locator(".settings").bounding_box()
        assert chat and settings and settings["y"] >= chat["y"] + chat["height"] - 1
        assert chat["x"] + chat["width"] <= 390
        for button in ("#send", "#stop"):  # inside the chat box, not spilling over settings
            box = pg.locator(button).bounding_box()
            assert box and box["y"] + box["height"] <= chat["y"] + chat["height"]
        pg.click("#settings summary")
        assert pg.is_visible("#api-key")
        ARTIFACTS.mkdir(exist_ok=True)
        pg.screenshot(path=str(ARTIFACTS / "chat-phone.png"), full_page=True)
    finally:
        pg.close()


def test_grounded_answers_show_their_sources_as_text(browser, endless_model_dir, rag_index_dir):
    """With --rag-index the page offers grounded answers and lists each answer's sources
    (citation and snippet); a snippet's markup is shown as characters, never run."""
    settings = ServeSettings(
        host="127.0.0.1",
        port=0,
        model_name=MODEL_NAME,
        max_batch_size=2,
        shutdown_timeout=2.0,
        rag_index=str(rag_index_dir),
    )
    engine = build_engine(endless_model_dir, settings, device="cpu")
    running = start_server_thread(engine, settings)
    pg = browser.new_page()
    pg.set_default_timeout(30_000)
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("dialog", lambda d: errors.append(f"dialog opened: {d.message}"))
    try:
        pg.goto(running.base_url + "/")
        pg.evaluate("localStorage.clear()")
        pg.reload()
        wait_model_state(pg, "ready")
        pg.wait_for_selector("#rag-row", state="visible")
        assert pg.is_checked("#use-rag")
        set_sampling(pg, temperature=0, max_tokens=3)
        with pg.expect_request(lambda r: r.url.endswith("/v1/chat/completions")) as req_info:
            send(pg, "When should I water the tomatoes?")
        assert json.loads(req_info.value.post_data)["rag"] == {"k": 4}
        wait_finished(pg, 1)
        sources = pg.locator("li.msg.assistant .sources li.source")
        assert sources.count() == 2
        first = sources.nth(0).inner_text()
        assert first.startswith("[1] ") and "garden.md" in first and "Tomatoes" in first
        assert "<img src=x onerror=alert(1)>" in first  # the markup, as text
        assert pg.locator("li.msg.assistant .sources img").count() == 0
        pg.uncheck("#use-rag")
        with pg.expect_request(lambda r: r.url.endswith("/v1/chat/completions")) as req_info:
            send(pg, "And the kettle?")
        assert "rag" not in json.loads(req_info.value.post_data)
        wait_finished(pg, 2)
        assert pg.locator("li.msg.assistant").nth(1).locator(".sources").count() == 0
    finally:
        pg.close()
        running.stop()
    assert not errors, f"JavaScript errors on the page: {errors}"
