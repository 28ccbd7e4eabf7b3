"""The chat page's image upload end to end: real Chromium picks a real PNG (a rendered
scene) through the file input, the request carries it as an image_url part, and the page
shows the answer a tiny VLM served by a real server gives to that image."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.serve.conftest import start_live
from tests.serve.test_chat_page import (  # noqa: F401  (fixtures used by name)
    browser,
    page,
    pytestmark,
    send,
    set_sampling,
    wait_finished,
    wait_model_state,
)
from tests.serve.test_images_api import QUESTION, reference_answer

from genforge.serve import RunningServer
from genforge.vision.scenes import make_split


@pytest.fixture(scope="module")
def server(vlm_model_dir: Path) -> Iterator[RunningServer]:
    running = start_live(vlm_model_dir, model_name="tiny-vlm", max_batch_size=2)
    try:
        yield running
    finally:
        running.stop()


def is_chat(request) -> bool:
    return request.url.endswith("/v1/chat/completions")


def test_attach_an_image_and_get_the_models_answer(page, vlm_model_dir, tmp_path):  # noqa: F811
    from PIL import Image

    images = make_split("test", 2, seed=0).images
    paths = []
    for i, image in enumerate(images):
        paths.append(tmp_path / f"scene{i}.png")
        Image.fromarray(image).save(paths[-1])
    wait_model_state(page, "ready")
    set_sampling(page, temperature=0.0, max_tokens=8)
    assert page.is_hidden("#attachment")
    page.set_input_files("#image", str(paths[0]))
    page.wait_for_selector("#attachment:not([hidden])")
    assert page.get_attribute("#attachment-thumb", "src").startswith("data:image/png;base64,")

    with page.expect_request(is_chat) as req_info:
        send(page, QUESTION)
    body = json.loads(req_info.value.post_data)
    (turn,) = body["messages"]
    assert turn["role"] == "user"
    assert turn["content"][0] == {"type": "text", "text": QUESTION}
    url = turn["content"][1]["image_url"]["url"]
    assert url.startswith("data:image/png;base64,")
    assert base64.b64decode(url.split(",", 1)[1]) == paths[0].read_bytes()  # the file itself
    wait_finished(page, 1)
    shown = page.locator("li.msg.assistant .content").nth(0).text_content()
    want = reference_answer(vlm_model_dir, images[0], QUESTION)
    assert shown == (want or "(no text)")
    # The image shows in the conversation and leaves the composer.
    assert page.locator("li.msg.user img.thumb").count() == 1
    assert page.locator("li.msg.user img.thumb").get_attribute("src") == url
    assert page.is_hidden("#attachment")

    # The next turn resends the conversation with its image (the model needs it again).
    with page.expect_request(is_chat) as req_info:
        send(page, "and what shape is it?")
    body = json.loads(req_info.value.post_data)
    assert body["messages"][0]["content"][1]["image_url"]["url"] == url
    assert body["messages"][2]["content"] == "and what shape is it?"
    wait_finished(page, 2)
    assert page.is_hidden("#error")

    # A second image in one conversation is more than the model reads: the server's 400 is
    # shown, the turn is taken back and the image stays attached for another try.
    page.set_input_files("#image", str(paths[1]))
    page.wait_for_selector("#attachment:not([hidden])")
    send(page, "and this one?")
    page.wait_for_selector("#error:not([hidden])")
    assert "one image per request" in page.inner_text("#error-text")
    assert page.locator("li.msg.user").count() == 2
    assert page.is_visible("#attachment")
    assert page.input_value("#prompt") == "and this one?"
