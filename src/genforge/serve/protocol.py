"""Request and response bodies of the OpenAI-compatible API, as pydantic models.

Fields follow OpenAI's order so a reader can hold this file next to their API reference;
fields OpenAI does not have are grouped at the end of each model under "genforge
extensions". Request models are strict (``"max_tokens": "5"`` is a type error, as it is
for OpenAI) and ignore unknown fields (as OpenAI does), so newer clients keep working.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Request(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore")


class _Response(BaseModel):
    model_config = ConfigDict(extra="forbid")


# ---------------------------------------------------------------- errors


class ErrorDetail(_Response):
    message: str
    type: str
    param: str | None = None
    code: str | None = None


class ErrorResponse(_Response):
    """``{"error": {"message", "type", "param", "code"}}``, OpenAI's error body."""

    error: ErrorDetail


# ---------------------------------------------------------------- shared pieces


class StreamOptions(_Request):
    include_usage: bool | None = None


class Usage(_Response):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class _CompletionEnvelope(_Response):
    """The fields every completion body and chunk shares, in OpenAI's order.

    Subclasses narrow ``object``, ``choices`` and ``usage``; pydantic keeps a narrowed
    field where the base declares it, so the JSON key order stays OpenAI's.
    """

    id: str
    object: str
    created: int
    model: str
    choices: list[Any]
    usage: Usage | None = None
    system_fingerprint: str | None = None


# Sampling fields both generation endpoints share, in OpenAI's order within each endpoint.
_TEMPERATURE = Field(None, ge=0.0, le=2.0, description="0 = greedy; default 1")
_TOP_P = Field(None, gt=0.0, le=1.0, description="nucleus sampling mass; default 1")
_PENALTY = Field(None, ge=-2.0, le=2.0)
_N = Field(None, ge=1, description="choices to generate; with a seed, choice i uses seed+i")
_LOGIT_BIAS = Field(
    None, description='token id (as a string) -> bias in -100..100, e.g. {"50": -100}'
)


# genforge extensions to sampling (vLLM spells them the same way); each request model lists
# them last, after OpenAI's fields.
_TOP_K = Field(None, ge=1, description="genforge extension: keep the k likeliest tokens")
_MIN_P = Field(None, ge=0.0, le=1.0, description="genforge extension: drop p < min_p * p_max")
_REPETITION = Field(None, gt=0.0, description="genforge extension: CTRL-style, 1 = off")
_IGNORE_EOS = Field(None, description="genforge extension: run to max_tokens")
_STOP_IDS = Field(None, description="genforge extension: token ids that end the answer")
_WATERMARK = Field(
    None, description="genforge extension: watermark this generation (needs a server key)"
)


# ---------------------------------------------------------------- chat


class TextContentPart(_Request):
    type: Literal["text"]
    text: str


class ImageURL(_Request):
    url: str  # a data URL (data:image/png;base64,...): the server fetches nothing
    detail: Literal["auto", "low", "high"] | None = None  # accepted; one resolution


class ImageContentPart(_Request):
    """An image for a vision-language model (serve/images.py); user messages only."""

    type: Literal["image_url"]
    image_url: ImageURL


ContentPart = Annotated[TextContentPart | ImageContentPart, Field(discriminator="type")]


class FunctionCall(_Request):
    name: str
    arguments: str  # a JSON object, as text


class ToolCallIn(_Request):
    id: str | None = None
    type: Literal["function"] = "function"
    function: FunctionCall


class ChatMessage(_Request):
    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[ContentPart] | None = None
    name: str | None = None  # accepted and ignored: the chat template has no names
    tool_calls: list[ToolCallIn] | None = None  # assistant turns: the calls it made
    tool_call_id: str | None = None  # tool turns: accepted; results follow the calls' order


class JSONSchemaFormat(_Request):
    name: str
    description: str | None = None
    schema_: dict[str, Any] | None = Field(None, alias="schema")
    strict: bool | None = None


class ResponseFormat(_Request):
    type: Literal["text", "json_object", "json_schema"]
    json_schema: JSONSchemaFormat | None = None


class RagFilters(_Request):
    """Metadata filters: ``source`` is a glob (``*.md``), ``kind`` and ``doc`` exact."""

    source: str | None = None
    kind: str | None = None
    doc: str | None = None


class RagOptions(_Request):
    """Retrieval settings (genforge extension): the chunks a grounded answer may cite."""

    k: int = Field(4, ge=1, le=50, description="chunks to retrieve")
    mode: Literal["hybrid", "dense", "bm25"] = "hybrid"
    mmr: float | None = Field(None, ge=0.0, le=1.0, description="MMR lambda; none: off")
    max_per_doc: int = Field(2, ge=0, le=50, description="chunks per document (0: no cap)")
    filters: RagFilters | None = None


class RagQueryRequest(RagOptions):
    """POST /v1/rag/query (genforge extension)."""

    query: str = Field(..., min_length=1, max_length=8192)
    k: int = Field(5, ge=1, le=50, description="chunks to return")


class RagQueryResponse(_Response):
    object: Literal["rag.query"] = "rag.query"
    query: str
    data: list[dict[str, Any]]


class ChatCompletionRequest(_Request):
    """POST /v1/chat/completions."""

    messages: list[ChatMessage] = Field(..., min_length=1)
    model: str
    frequency_penalty: float | None = _PENALTY
    logit_bias: dict[str, float] | None = _LOGIT_BIAS
    logprobs: bool | None = None
    max_completion_tokens: int | None = None
    max_tokens: int | None = Field(None, description="deprecated alias of max_completion_tokens")
    n: int | None = _N
    presence_penalty: float | None = _PENALTY
    response_format: ResponseFormat | None = None
    seed: int | None = None
    stop: str | list[str] | None = None
    stream: bool | None = None
    stream_options: StreamOptions | None = None
    temperature: float | None = _TEMPERATURE
    tool_choice: Any = None  # "auto" | "none" | "required" | {"type": "function", ...}
    tools: list[dict[str, Any]] | None = None
    parallel_tool_calls: bool | None = None
    top_logprobs: int | None = Field(None, ge=0, le=20)
    top_p: float | None = _TOP_P
    user: str | None = None
    # genforge extensions
    top_k: int | None = _TOP_K
    min_p: float | None = _MIN_P
    repetition_penalty: float | None = _REPETITION
    ignore_eos: bool | None = _IGNORE_EOS
    stop_token_ids: list[int] | None = _STOP_IDS
    watermark: bool | None = _WATERMARK
    rag: RagOptions | None = Field(
        None,
        description="answer from the server's RAG index (--rag-index): the last user message "
        "is the query; the response carries the numbered 'sources' the answer cites",
    )


class TopLogprob(_Response):
    token: str
    logprob: float
    bytes: list[int] | None


class ChatTokenLogprob(TopLogprob):
    top_logprobs: list[TopLogprob]


class ChatChoiceLogprobs(_Response):
    content: list[ChatTokenLogprob] | None
    refusal: list[ChatTokenLogprob] | None = None


class FunctionCallOut(_Response):
    name: str
    arguments: str


class ToolCall(_Response):
    id: str
    type: Literal["function"] = "function"
    function: FunctionCallOut


class AssistantMessage(_Response):
    role: Literal["assistant"] = "assistant"
    content: str | None
    refusal: str | None = None
    tool_calls: list[ToolCall] | None = None


class ToolCallDelta(_Response):
    index: int
    id: str | None = None
    type: Literal["function"] | None = None
    function: FunctionCallOut | None = None


class ChatChoice(_Response):
    index: int
    message: AssistantMessage
    logprobs: ChatChoiceLogprobs | None = None
    finish_reason: str | None


class ChatCompletion(_CompletionEnvelope):
    object: Literal["chat.completion"] = "chat.completion"
    choices: list[ChatChoice]
    usage: Usage
    # genforge extension: the injection guard's decision on untrusted messages
    guard: dict[str, Any] | None = None


class ChatDelta(_Response):
    role: Literal["assistant"] | None = None
    content: str | None = None
    tool_calls: list[ToolCallDelta] | None = None


class ChatChunkChoice(_Response):
    index: int
    delta: ChatDelta
    logprobs: ChatChoiceLogprobs | None = None
    finish_reason: str | None = None


class ChatCompletionChunk(_CompletionEnvelope):
    object: Literal["chat.completion.chunk"] = "chat.completion.chunk"
    choices: list[ChatChunkChoice]


# ---------------------------------------------------------------- legacy completions


class CompletionRequest(_Request):
    """POST /v1/completions: a prompt in, its continuation out."""

    model: str
    prompt: str | list[str] | list[int] | list[list[int]]
    best_of: int | None = Field(None, ge=1)
    echo: bool | None = None
    frequency_penalty: float | None = _PENALTY
    logit_bias: dict[str, float] | None = _LOGIT_BIAS
    logprobs: int | None = Field(None, ge=0, le=20)
    max_tokens: int | None = Field(None, description="default 16, as in OpenAI")
    n: int | None = _N
    presence_penalty: float | None = _PENALTY
    seed: int | None = None
    stop: str | list[str] | None = None
    stream: bool | None = None
    stream_options: StreamOptions | None = None
    suffix: str | None = None
    temperature: float | None = _TEMPERATURE
    top_p: float | None = _TOP_P
    user: str | None = None
    # genforge extensions
    top_k: int | None = _TOP_K
    min_p: float | None = _MIN_P
    repetition_penalty: float | None = _REPETITION
    ignore_eos: bool | None = _IGNORE_EOS
    stop_token_ids: list[int] | None = _STOP_IDS
    watermark: bool | None = _WATERMARK


class CompletionLogprobs(_Response):
    tokens: list[str]
    token_logprobs: list[float | None]
    top_logprobs: list[dict[str, float] | None] | None
    text_offset: list[int]


class CompletionChoice(_Response):
    index: int
    text: str
    logprobs: CompletionLogprobs | None = None
    finish_reason: str | None


class Completion(_CompletionEnvelope):
    object: Literal["text_completion"] = "text_completion"
    choices: list[CompletionChoice]


# ---------------------------------------------------------------- models


class ModelCard(_Response):
    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str = "genforge"
    # genforge extension: the context window in tokens.
    max_model_len: int | None = None


class ModelList(_Response):
    object: Literal["list"] = "list"
    data: list[ModelCard]


# ---------------------------------------------------------------- embeddings


class EmbeddingRequest(_Request):
    """POST /v1/embeddings: mean-pooled, L2-normalised final hidden states of the model."""

    input: str | list[str] | list[int] | list[list[int]]
    model: str
    dimensions: int | None = Field(None, ge=1)
    encoding_format: Literal["float", "base64"] | None = None
    user: str | None = None


class Embedding(_Response):
    object: Literal["embedding"] = "embedding"
    embedding: list[float] | str
    index: int


class EmbeddingUsage(_Response):
    prompt_tokens: int
    total_tokens: int


class EmbeddingList(_Response):
    object: Literal["list"] = "list"
    data: list[Embedding]
    model: str
    usage: EmbeddingUsage


# ---------------------------------------------------------------- tokenize (genforge, vLLM-like)


class TokenizeRequest(_Request):
    """POST /tokenize: give ``prompt`` (plain text) or ``messages`` (chat template)."""

    model: str | None = None
    prompt: str | None = None
    messages: list[ChatMessage] | None = None
    add_generation_prompt: bool = True
    add_special_tokens: bool = Field(True, description="prompt only: prepend <|bos|>")


class TokenizeResponse(_Response):
    count: int
    max_model_len: int
    tokens: list[int]


class DetokenizeRequest(_Request):
    model: str | None = None
    tokens: list[int]


class DetokenizeResponse(_Response):
    prompt: str


class HealthResponse(_Response):
    status: str


class ReadyResponse(_Response):
    status: str
    decode: str  # eager | compiling | compiled | eager (compile failed): genforge's own
    dtype: str  # the engine's weights and KV cache: float32, bfloat16 or float16
