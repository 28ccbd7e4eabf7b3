"""Images in /v1/chat/completions for a served VLM: the answer is the model's answer to that
image (checked against the VLM's own full forward), streaming, text-only requests, and one
clear 400 naming the field for every kind of bad image; the real ``openai`` client."""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import numpy as np
import pytest
import torch
from openai import OpenAI
from tests.serve.conftest import start_live

from genforge.modeldir import load_vlm
from genforge.models.vlm import pad_questions
from genforge.serve import RunningServer
from genforge.vision.scenes import make_split, to_tensor

QUESTION = "what colour is the circle?"


@pytest.fixture(scope="module")
def vlm_server(vlm_model_dir: Path) -> Iterator[RunningServer]:
    server = start_live(
        vlm_model_dir,
        model_name="tiny-vlm",
        max_batch_size=4,
        max_image_bytes=200_000,
        max_image_pixels=512 * 512,
    )
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def scenes() -> np.ndarray:
    return make_split("test", 3, seed=0).images  # (3, 32, 32, 3) uint8


def png_url(image: np.ndarray, fmt: str = "PNG", media: str = "image/png") -> str:
    from PIL import Image

    buf = io.BytesIO()
    Image.fromarray(image).save(buf, format=fmt)
    return f"data:{media};base64," + base64.b64encode(buf.getvalue()).decode()


def chat(server: RunningServer, content, **kw) -> httpx.Response:
    messages = kw.pop("messages", [{"role": "user", "content": content}])
    model = server.app.state.ctx.model_name
    body = {"model": model, "messages": messages, "max_tokens": 8, "temperature": 0, **kw}
    return httpx.post(f"{server.base_url}/v1/chat/completions", json=body, timeout=60)


def image_message(url: str, text: str = QUESTION) -> list[dict]:
    return [{"type": "text", "text": text}, {"type": "image_url", "image_url": {"url": url}}]


@torch.no_grad()
def reference_answer(model_dir: Path, image: np.ndarray, question: str, n: int = 8) -> str:
    """The VLM's greedy answer from its full forward (no engine, no cache, no server)."""
    vlm, tok = load_vlm(model_dir)
    ids = tok.encode_chat([{"role": "user", "content": question}])
    prefix = vlm.image_prefix(to_tensor(image[None]), pad_questions([ids]))
    out = []
    for _ in range(n):
        x = torch.cat([prefix, vlm.lm.wte(torch.tensor([ids]))], dim=1)
        t = int(vlm.lm.lm_head(vlm.lm.trunk(x)[:, -1]).argmax())
        if t in (tok.eos_id, tok.end_id):
            break
        ids.append(t)
        out.append(t)
    return tok.decode(out)


def test_the_answer_is_the_vlms_answer_to_that_image(vlm_server, vlm_model_dir, scenes):
    answers = []
    for image in scenes[:2]:
        r = chat(vlm_server, image_message(png_url(image)))
        assert r.status_code == 200, r.text
        body = r.json()
        answers.append(body["choices"][0]["message"]["content"])
        assert answers[-1] == reference_answer(vlm_model_dir, image, QUESTION)
        # The image's 16 positions count as prompt tokens.
        assert body["usage"]["prompt_tokens"] > 16
    # Same text, two images, two answers: the image reached the model (and the prefix
    # cache did not hand the first image's positions to the second request).
    assert answers[0] != answers[1]
    text = chat(vlm_server, QUESTION).json()
    assert text["choices"][0]["message"]["content"] not in answers
    assert text["usage"]["prompt_tokens"] + 16 == body["usage"]["prompt_tokens"]


def test_the_server_process_holds_only_the_vlms_image_prefix_parts(vlm_server, vlm_model_dir):
    # The engine process holds the LM; the server's copy of the VLM only turns images into
    # prefixes (the answer test above checks those against the whole VLM's).
    host = vlm_server.app.state.ctx.engine.vlm
    full, _ = load_vlm(vlm_model_dir)
    lm_only = sum(p.numel() for p in full.lm.parameters()) - full.lm.wte.weight.numel()
    assert lm_only > 0 and host.num_params() == full.num_params() - lm_only
    with pytest.raises(AttributeError, match="keep_image_prefix_only"):
        ids = torch.tensor([[1, 2]])
        host(torch.zeros(1, 3, 32, 32), ids, questions=pad_questions(ids.tolist()))


def test_streaming_with_an_image(vlm_server, scenes):
    content = image_message(png_url(scenes[0]))
    whole = chat(vlm_server, content).json()["choices"][0]["message"]["content"]
    with httpx.stream(
        "POST",
        f"{vlm_server.base_url}/v1/chat/completions",
        json={
            "model": "tiny-vlm",
            "messages": [{"role": "user", "content": content}],
            "max_tokens": 8,
            "temperature": 0,
            "stream": True,
        },
        timeout=60,
    ) as r:
        assert r.status_code == 200
        lines = [ln for ln in r.iter_lines() if ln.startswith("data: {")]
    deltas = [json.loads(ln[6:])["choices"][0]["delta"].get("content") or "" for ln in lines]
    assert "".join(deltas) == whole
    # n choices of one image request: each is the same greedy answer.
    two = chat(vlm_server, content, n=2).json()["choices"]
    assert [c["message"]["content"] for c in two] == [whole, whole]


def test_other_formats_and_sizes_are_resized(vlm_server, scenes):
    from PIL import Image

    big = np.asarray(Image.fromarray(scenes[0]).resize((96, 64)))
    for url in (png_url(big), png_url(scenes[0], "JPEG", "image/jpeg")):
        r = chat(vlm_server, image_message(url))
        assert r.status_code == 200, r.text
    rgba = np.concatenate([scenes[1], np.full((32, 32, 1), 255, np.uint8)], axis=2)
    r = chat(vlm_server, image_message(png_url(rgba, "WEBP", "image/webp")))
    assert r.status_code == 200, r.text


def _error(r: httpx.Response) -> dict:
    assert r.status_code == 400, r.text
    return r.json()["error"]


def test_bad_images_get_a_400_naming_the_field(vlm_server, scenes):
    from PIL import Image

    url = png_url(scenes[0])
    field = "messages[1].content[1].image_url.url"
    sys = {"role": "system", "content": "be brief"}

    def ask(u: str) -> dict:
        return _error(
            chat(vlm_server, None, messages=[sys, {"role": "user", "content": image_message(u)}])
        )

    cases = [
        (url[:-7] + "!!!!" + url[-3:], "not valid base64", "invalid_image"),
        ("data:image/gif;base64,R0lGODlhAQABAAAAACw=", "unsupported image type", None),
        ("https://example.com/cat.png", "remote image URLs are not fetched", None),
        ("data:image/png;base64," + base64.b64encode(b"hello world").decode(), "not a PNG", None),
        ("data:image/png," + "x" * 10, "base64-encoded", None),
        ("file:///etc/passwd", "base64 data URL", None),
    ]
    for u, words, code in cases:
        err = ask(u)
        assert words in err["message"], err
        assert err["param"] == field
        if code:
            assert err["code"] == code
    # A JPEG sent as image/png is still decoded by what it is; a GIF body is not.
    gif = io.BytesIO()
    Image.fromarray(scenes[0]).save(gif, format="GIF")
    err = ask("data:image/png;base64," + base64.b64encode(gif.getvalue()).decode())
    assert "not a PNG, JPEG or WebP" in err["message"]
    # Too many bytes (the server's limit is 200 kB) and too many pixels (512x512).
    noise = np.random.default_rng(0).integers(0, 256, (300, 300, 3), dtype=np.uint8)
    err = ask(png_url(noise))
    assert err["code"] == "image_too_large" and "200000 bytes" in err["message"]
    err = ask(png_url(np.zeros((600, 600, 3), np.uint8)))
    assert err["code"] == "image_too_large" and "600x600" in err["message"]
    # A 100-byte PNG whose header claims 30000 x 30000 pixels: refused from the header
    # (here by Pillow's own bomb guard), never decoded.
    err = ask("data:image/png;base64," + base64.b64encode(png_header(30000, 30000)).decode())
    assert err["code"] == "image_too_large"


def png_header(width: int, height: int) -> bytes:
    """A 1x1 PNG with its IHDR rewritten to claim ``width`` x ``height`` (CRC fixed)."""
    import struct
    import zlib

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (1, 1)).save(buf, format="PNG")
    raw = bytearray(buf.getvalue())
    raw[16:24] = struct.pack(">II", width, height)  # IHDR data starts at byte 16
    raw[29:33] = struct.pack(">I", zlib.crc32(bytes(raw[12:29])))  # CRC of type + data
    return bytes(raw)


def test_images_only_in_user_messages_and_one_per_request(vlm_server, scenes):
    part = {"type": "image_url", "image_url": {"url": png_url(scenes[0])}}
    err = _error(
        chat(
            vlm_server,
            None,
            messages=[
                {"role": "assistant", "content": [part]},
                {"role": "user", "content": QUESTION},
            ],
        )
    )
    assert err["param"] == "messages[0].content[0]" and "user message" in err["message"]
    err = _error(chat(vlm_server, [part, {"type": "text", "text": "compare"}, part]))
    assert err["param"] == "messages[0].content[2].image_url.url"
    assert err["code"] == "too_many_images"
    err = _error(
        chat(vlm_server, [{"type": "input_audio", "input_audio": {"data": "", "format": "wav"}}])
    )
    assert "messages.0.content" in err["param"]


def test_an_image_to_a_text_model(live_server, scenes):
    err = _error(chat(live_server, image_message(png_url(scenes[0]))))
    assert err["code"] == "images_not_supported"
    assert err["param"] == "messages[0].content[1]"
    assert "text-only" in err["message"]


def test_the_openai_client_sends_an_image(vlm_server, vlm_model_dir, scenes):
    client = OpenAI(base_url=f"{vlm_server.base_url}/v1", api_key="unused", max_retries=0)
    out = client.chat.completions.create(
        model="tiny-vlm",
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": QUESTION},
                    {
                        "type": "image_url",
                        "image_url": {"url": png_url(scenes[2]), "detail": "low"},
                    },
                ],
            }
        ],
        max_tokens=8,
        temperature=0,
    )
    assert out.choices[0].message.content == reference_answer(vlm_model_dir, scenes[2], QUESTION)
    stream = client.chat.completions.create(
        model="tiny-vlm",
        messages=[
            {
                "role": "user",
                "content": [{"type": "image_url", "image_url": {"url": png_url(scenes[2])}}],
            }
        ],
        max_tokens=8,
        temperature=0,
        stream=True,
    )
    got = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert got == reference_answer(vlm_model_dir, scenes[2], "")


def test_the_cli_body_limit_makes_room_for_one_image(vlm_model_dir, serve_model_dir):
    import argparse

    from genforge.commands.serve import _body_limit

    def limit(model, request=None, image=4 << 20):
        ns = argparse.Namespace(model=str(model), max_request_bytes=request, max_image_bytes=image)
        return _body_limit(ns)

    # 4 MiB of image is 5,592,408 base64 characters; 64 KiB more for the conversation.
    assert limit(vlm_model_dir) == 5_592_408 + 65_536
    assert limit(vlm_model_dir, image=1000) == 1 << 20  # never below the text default
    assert limit(serve_model_dir) == 1 << 20
    assert limit(vlm_model_dir, request=300_000) == 300_000  # the operator's choice wins
