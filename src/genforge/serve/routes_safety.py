"""Safety endpoints: watermark detection (and the injection guard's score)."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Request
from pydantic import Field

from genforge.errors import GenforgeError
from genforge.safety.watermark import detect
from genforge.serve.api_errors import APIError
from genforge.serve.protocol import _Request, _Response
from genforge.serve.serving import ServingContext, watermark_config

router = APIRouter()


class WatermarkDetectRequest(_Request):
    """POST /v1/watermark/detect: a text (or its token ids) to test under the server's key."""

    text: str | None = Field(None, description="text, tokenized with the served tokenizer")
    token_ids: list[int] | None = Field(None, description="token ids instead of text")
    z_threshold: float = Field(4.0, ge=0.0, le=100.0, description="flag at z >= this")


class WatermarkDetectResponse(_Response):
    z_score: float
    p_value: float
    green_tokens: int
    scored_tokens: int
    watermarked: bool
    z_threshold: float


@router.post(
    "/v1/watermark/detect",
    response_model=WatermarkDetectResponse,
    summary="Test a text for this server's generation watermark (z-score, p-value)",
)
async def watermark_detect(body: WatermarkDetectRequest, request: Request) -> dict:
    ctx: ServingContext = request.app.state.ctx
    if not ctx.settings.watermark_key:
        raise APIError(
            400,
            "this server has no watermark key; start it with --watermark-key",
            code="invalid_value",
        )
    if (body.text is None) == (body.token_ids is None):
        raise APIError(400, "give exactly one of text and token_ids", code="invalid_value")
    if body.text is not None:
        if not body.text.strip():
            raise APIError(400, "text is empty", param="text", code="invalid_value")
        ids = await asyncio.to_thread(ctx.tokenizer.encode, body.text)
        param = "text"
    else:
        ids = list(body.token_ids or [])
        ctx.check_token_ids(ids, "token_ids")
        param = "token_ids"
    try:
        result = detect(ids, watermark_config(ctx.settings), z_threshold=body.z_threshold)
    except GenforgeError as e:
        raise APIError(400, str(e), param=param, code="invalid_value") from None
    return result.as_dict()
