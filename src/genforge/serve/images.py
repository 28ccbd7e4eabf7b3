"""Images in chat requests: OpenAI ``image_url`` content parts -> a VLM's prefix embeddings.

A part is ``{"type": "image_url", "image_url": {"url": "data:image/png;base64,..."}}``. The
server fetches nothing: only ``data:`` URLs are taken (a remote URL would let any client
make the server open connections on its behalf). The bytes are checked before they are
decoded (size), then the header (format, pixel count) before the pixels are; the image is
converted to RGB (an alpha channel is dropped), resized to the vision tower's square
``image_size`` with Pillow's antialiased bilinear filter (stretched, not cropped; an image
already that size is taken as is), and, once the prompt is encoded, turned by the VLM into
the P vectors the engine prefills in front of it (``Engine.submit(prefix_embeds=...)``): a
VLM with ``question_attn`` reads the prompt into those vectors, so the prefix depends on
the prompt as well as on the pixels.

One image per request: the VLM was trained with its image at positions 0..P-1, before the
conversation, and has no way to place a second one. Every failure is a 400 naming the
field, e.g. ``messages[1].content[0].image_url.url``.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
from typing import Any

import numpy as np
import torch

from genforge.models.vlm import pad_questions
from genforge.serve.api_errors import APIError
from genforge.vision.scenes import to_tensor

# Formats a client may send, as Pillow names them: Pillow tries only these decoders.
FORMATS = ("PNG", "JPEG", "WEBP")
_MEDIA_TYPES = {"image/png", "image/jpeg", "image/jpg", "image/webp"}
_DATA_URL = re.compile(r"data:([^;,]*)((?:;[^;,]*)*),(.*)", re.DOTALL)


def _error(message: str, param: str, code: str = "invalid_image") -> APIError:
    return APIError(400, message, param=param, code=code)


def image_parts(messages: list[Any], vision: bool) -> list[tuple[str, str]]:
    """(param path, url) of every image part in ``messages``, after the checks that need no
    decoding: only user messages carry images, at most one per request, and only a model
    with a vision tower (``vision``) takes them."""
    found = []
    for i, m in enumerate(messages):
        if not isinstance(m.content, list):
            continue
        for j, part in enumerate(m.content):
            if part.type != "image_url":
                continue
            param = f"messages[{i}].content[{j}]"
            if not vision:
                raise _error(
                    "this model is text-only and cannot read images; remove the image_url "
                    "part or serve a vision-language model (genforge vlm train)",
                    param,
                    "images_not_supported",
                )
            if m.role != "user":
                raise _error(
                    f"an image may only be sent in a user message, not in a {m.role!r} "
                    "message; move it into a user message",
                    param,
                )
            found.append((f"{param}.image_url.url", part.image_url.url))
    if len(found) > 1:
        raise _error(
            f"this model reads one image per request (it sits in front of the whole "
            f"conversation) and the request has {len(found)}; send one image",
            found[1][0],
            "too_many_images",
        )
    return found


def decode_data_url(url: str, param: str, max_bytes: int, max_pixels: int) -> Any:
    """The RGB PIL image in a ``data:image/...;base64,...`` URL, or a 400 naming ``param``."""
    from PIL import Image, UnidentifiedImageError

    if re.match(r"(?i)https?://", url):
        raise _error(
            "remote image URLs are not fetched by this server; send the image inline as a "
            "data URL (data:image/png;base64,...)",
            param,
            "remote_image_url",
        )
    m = _DATA_URL.fullmatch(url)
    if m is None:
        raise _error(
            "the image URL must be a base64 data URL: data:image/png;base64,... "
            "(PNG, JPEG or WebP)",
            param,
        )
    media, opts, payload = m.group(1).strip().lower(), m.group(2).lower(), m.group(3)
    if media not in _MEDIA_TYPES:
        raise _error(
            f"unsupported image type {media or '(none)'!r}; send image/png, image/jpeg or "
            "image/webp",
            param,
            "unsupported_image_type",
        )
    if ";base64" not in opts:
        raise _error("the image data URL must be base64-encoded (data:...;base64,...)", param)
    payload = re.sub(r"\s+", "", payload)
    # Checked before decoding: 4 base64 characters carry 3 bytes.
    if len(payload) // 4 * 3 > max_bytes + 2:
        raise _error(
            f"the image is about {len(payload) // 4 * 3} bytes, more than this server's "
            f"limit of {max_bytes} bytes; send a smaller image (the operator sets "
            "--max-image-bytes)",
            param,
            "image_too_large",
        )
    try:
        raw = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise _error("the image data is not valid base64", param) from None
    if len(raw) > max_bytes:
        raise _error(
            f"the image is {len(raw)} bytes, more than this server's limit of {max_bytes} "
            "bytes; send a smaller image (the operator sets --max-image-bytes)",
            param,
            "image_too_large",
        )
    try:
        img = Image.open(io.BytesIO(raw), formats=list(FORMATS))
        w, h = img.size
    except UnidentifiedImageError:
        raise _error(
            "the image data is not a PNG, JPEG or WebP image Pillow can read", param
        ) from None
    except Image.DecompressionBombError:
        # Pillow's own guard, raised from the header of a gigantic image.
        raise _error(
            f"the image declares far more pixels than this server's limit of {max_pixels}; "
            "send a smaller image (the operator sets --max-image-pixels)",
            param,
            "image_too_large",
        ) from None
    if w * h > max_pixels:
        raise _error(
            f"the image has {w}x{h} = {w * h} pixels, more than this server's limit of "
            f"{max_pixels}; send a smaller image (the operator sets --max-image-pixels)",
            param,
            "image_too_large",
        )
    try:
        img.load()
        return img.convert("RGB")
    except (OSError, ValueError, Image.DecompressionBombError) as e:
        raise _error(f"the image data could not be decoded ({e})", param) from None


def to_pixels(img: Any, size: int) -> torch.Tensor:
    """(1, 3, size, size) float in [0, 1] from an RGB PIL image, as ``genforge vlm ask``
    reads an image file (``vision.vlm_train.load_image``)."""
    from PIL import Image

    if img.size != (size, size):
        img = img.resize((size, size), Image.Resampling.BILINEAR)
    return to_tensor(np.array(img, dtype=np.uint8)[None])  # a copy: PIL arrays are read-only


@torch.inference_mode()
def image_prefix(vlm: Any, pixels: torch.Tensor, prompt: list[int]) -> torch.Tensor:
    """The VLM's prefix embeddings (P, n_embd) of one image (1, 3, S, S) before ``prompt``
    (its token ids, read by a ``question_attn`` VLM)."""
    device = next(vlm.parameters()).device
    return vlm.image_prefix(pixels.to(device), pad_questions([prompt]))[0]


def request_pixels(messages: list[Any], vlm: Any, settings: Any) -> torch.Tensor | None:
    """The request's image as (1, 3, S, S) pixels in [0, 1] at the VLM's size, or None when
    it has none (400s as above). ``vlm`` is the served VLM (None for a text model)."""
    parts = image_parts(messages, vision=vlm is not None)
    if not parts:
        return None
    param, url = parts[0]
    img = decode_data_url(url, param, settings.max_image_bytes, settings.max_image_pixels)
    return to_pixels(img, vlm.config.vision.image_size)
