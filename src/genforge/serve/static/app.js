// genforge chat page: one conversation, streamed from /v1/chat/completions.
//
// Model output is untrusted: it is only ever written with textContent, never innerHTML, so
// whatever the model (or a prompt-injected document) produces is shown as text.
"use strict";

(() => {
  const STORE_KEY = "genforge.chat.settings";
  const API = {
    models: "v1/models",
    chat: "v1/chat/completions",
    rag: "v1/rag",
  };

  const $ = (id) => document.getElementById(id);
  const ui = {
    model: $("model-name"),
    messages: $("messages"),
    emptyHint: $("empty-hint"),
    form: $("composer"),
    prompt: $("prompt"),
    send: $("send"),
    stop: $("stop"),
    newChat: $("new-chat"),
    error: $("error"),
    errorText: $("error-text"),
    errorClose: $("error-close"),
    apiKey: $("api-key"),
    system: $("system"),
    temperature: $("temperature"),
    temperatureValue: $("temperature-value"),
    topP: $("top-p"),
    topPValue: $("top-p-value"),
    maxTokens: $("max-tokens"),
    settings: $("settings"),
    ragRow: $("rag-row"),
    useRag: $("use-rag"),
    attach: $("attach"),
    image: $("image"),
    attachment: $("attachment"),
    attachmentThumb: $("attachment-thumb"),
    attachmentClear: $("attachment-clear"),
  };

  // The conversation as sent to the server: {role, content} in order.
  let history = [];
  let modelId = null;
  let controller = null;  // AbortController of the request in flight, if any
  let pendingImage = null;  // data URL of the image attached to the next message, if any

  // ---- settings, kept in localStorage so a reload keeps the key and sliders

  function loadSettings() {
    let saved = {};
    try {
      saved = JSON.parse(localStorage.getItem(STORE_KEY) || "{}") || {};
    } catch (_) {
      saved = {};  // a corrupt entry must not break the page
    }
    if (typeof saved.apiKey === "string") ui.apiKey.value = saved.apiKey;
    if (typeof saved.system === "string") ui.system.value = saved.system;
    if (saved.temperature != null) ui.temperature.value = saved.temperature;
    if (saved.topP != null) ui.topP.value = saved.topP;
    if (saved.maxTokens != null) ui.maxTokens.value = saved.maxTokens;
    showSliderValues();
  }

  function saveSettings() {
    const s = {
      apiKey: ui.apiKey.value,
      system: ui.system.value,
      temperature: ui.temperature.value,
      topP: ui.topP.value,
      maxTokens: ui.maxTokens.value,
    };
    try {
      localStorage.setItem(STORE_KEY, JSON.stringify(s));
    } catch (_) {
      // Private windows may refuse storage; the page still works for this visit.
    }
  }

  function showSliderValues() {
    ui.temperatureValue.textContent = Number(ui.temperature.value).toFixed(2);
    ui.topPValue.textContent = Number(ui.topP.value).toFixed(2);
  }

  function headers() {
    const h = { "Content-Type": "application/json" };
    const key = ui.apiKey.value.trim();
    if (key) h["Authorization"] = "Bearer " + key;
    return h;
  }

  // ---- errors

  function showError(text) {
    ui.errorText.textContent = text;
    ui.error.hidden = false;
  }

  function clearError() {
    ui.error.hidden = true;
    ui.errorText.textContent = "";
  }

  // A readable sentence from a refused response: OpenAI's {"error": {"message"}} body when
  // the server sent one, else the status line.
  async function describeFailure(res) {
    let message = "";
    try {
      const body = await res.json();
      message = (body && body.error && body.error.message) || (body && body.detail) || "";
    } catch (_) {
      message = "";
    }
    if (typeof message !== "string") message = JSON.stringify(message);
    const what = {
      401: "The server needs a valid API key (Settings → API key).",
      429: "Rate limit reached.",
      503: "The server is busy or shutting down.",
    }[res.status] || "";
    let text = `Error ${res.status}${res.statusText ? " " + res.statusText : ""}: `;
    text += message || what || "the server refused the request.";
    const retry = res.headers.get("Retry-After");
    if (res.status === 429 && retry) text += ` Try again in ${retry} s.`;
    if (res.status === 401 && message) text += " " + what;
    return text;
  }

  // ---- model name

  async function loadModel() {
    ui.model.dataset.state = "loading";
    ui.model.textContent = "loading…";
    try {
      const res = await fetch(API.models, { headers: headers() });
      if (!res.ok) {
        modelId = null;
        ui.model.dataset.state = "error";
        ui.model.textContent = res.status === 401 ? "API key needed" : "unavailable";
        if (res.status === 401) ui.settings.open = true;  // where the key goes
        showError(await describeFailure(res));
        return;
      }
      const body = await res.json();
      modelId = body.data && body.data.length ? body.data[0].id : null;
      ui.model.dataset.state = modelId ? "ready" : "error";
      ui.model.textContent = modelId || "no model";
      clearError();
      // Asked only once the key works: a refused request counts against the server's
      // per-address limit on failed keys.
      loadRag();
    } catch (e) {
      ui.model.dataset.state = "error";
      ui.model.textContent = "unreachable";
      showError("Cannot reach the server: " + e.message);
    }
  }

  // ---- rendering (text only)

  function addMessage(role, text, image) {
    ui.emptyHint.hidden = true;
    const li = document.createElement("li");
    li.className = "msg " + role;
    const who = document.createElement("span");
    who.className = "role";
    who.textContent = role === "user" ? "You" : "Assistant";
    const body = document.createElement("div");
    body.className = "content";
    body.textContent = text;
    const meta = document.createElement("div");
    meta.className = "meta";
    li.append(who);
    if (image) li.append(thumbnail(image, "attached image"));
    li.append(body, meta);
    ui.messages.append(li);
    scrollToEnd();
    return { li, body, meta };
  }

  // The user's own image as an <img>: a data: URL (the page's CSP allows only those and
  // this server's own images), never markup.
  function thumbnail(url, alt) {
    const img = document.createElement("img");
    img.className = "thumb";
    img.alt = alt;
    img.src = url;
    return img;
  }

  // ---- attaching an image (sent as an OpenAI image_url content part)

  function setImage(url) {
    pendingImage = url;
    ui.attachment.hidden = !url;
    if (url) ui.attachmentThumb.src = url;
    else ui.attachmentThumb.removeAttribute("src");
  }

  function readImage(file) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
  }

  // Reading scrollHeight forces a layout; done per token it makes long answers quadratic,
  // so scrolling waits for the next frame and happens once per frame at most.
  let scrollPending = false;
  function scrollToEnd() {
    if (scrollPending) return;
    scrollPending = true;
    requestAnimationFrame(() => {
      scrollPending = false;
      ui.messages.scrollTop = ui.messages.scrollHeight;
    });
  }

  function setBusy(busy) {
    ui.send.disabled = busy;
    ui.stop.disabled = !busy;
    ui.form.setAttribute("aria-busy", busy ? "true" : "false");
  }

  function yieldToBrowser() {
    if (globalThis.scheduler && typeof scheduler.yield === "function") return scheduler.yield();
    return new Promise((resolve) => setTimeout(resolve, 0));
  }

  // ---- SSE parsing over fetch's ReadableStream

  // Yields the JSON payload of each `data:` event until `data: [DONE]` or the stream ends.
  async function* sseEvents(body) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      // Events end with a blank line; a chunk may hold several events or part of one.
      let cut;
      while ((cut = buffer.search(/\r?\n\r?\n/)) >= 0) {
        const raw = buffer.slice(0, cut);
        buffer = buffer.slice(cut).replace(/^\r?\n\r?\n/, "");
        const data = raw
          .split(/\r?\n/)
          .filter((line) => line.startsWith("data:"))
          .map((line) => line.slice(5).replace(/^ /, ""))
          .join("\n");
        if (!data) continue;  // comments / keep-alives
        if (data === "[DONE]") return;
        yield JSON.parse(data);
      }
    }
  }

  // ---- sending

  // Offer grounded answers only when the server has a RAG index (GET v1/rag answers 200).
  async function loadRag() {
    try {
      const res = await fetch(API.rag, { headers: headers() });
      ui.ragRow.hidden = !res.ok;
      if (res.ok) {
        const info = await res.json();
        ui.useRag.title = `${info.chunks} chunks from ${info.files} documents`;
      }
    } catch (_) {
      ui.ragRow.hidden = true;
    }
  }

  // Sources of a grounded answer: citation and snippet, as text only (documents are
  // untrusted: a snippet holding markup is shown as the characters it is).
  function showSources(reply, sources) {
    const box = document.createElement("details");
    box.className = "sources";
    box.open = true;
    const title = document.createElement("summary");
    title.textContent = `Sources (${sources.length})`;
    const list = document.createElement("ol");
    for (const s of sources) {
      const item = document.createElement("li");
      item.className = "source";
      const cite = document.createElement("div");
      cite.className = "citation";
      cite.textContent = `[${s.n}] ${s.citation}` + (s.heading ? ` — ${s.heading}` : "");
      const snippet = document.createElement("div");
      snippet.className = "snippet";
      snippet.textContent = s.snippet;
      item.append(cite, snippet);
      list.append(item);
    }
    box.append(title, list);
    reply.li.insertBefore(box, reply.meta);
  }

  function requestBody() {
    const messages = [];
    const system = ui.system.value.trim();
    if (system) messages.push({ role: "system", content: system });
    messages.push(...history);
    const body = {
      messages,
      stream: true,
      stream_options: { include_usage: true },
      temperature: Number(ui.temperature.value),
      top_p: Number(ui.topP.value),
      max_tokens: Math.max(1, Math.floor(Number(ui.maxTokens.value) || 256)),
    };
    if (modelId) body.model = modelId;
    if (!ui.ragRow.hidden && ui.useRag.checked) body.rag = { k: 4 };
    return body;
  }

  async function send(text) {
    clearError();
    const image = pendingImage;
    // With an image the turn is OpenAI content parts; it stays in the history, so later
    // turns still show the model the image.
    const content = image
      ? [{ type: "text", text }, { type: "image_url", image_url: { url: image } }]
      : text;
    history.push({ role: "user", content });
    setImage(null);
    const userMsg = addMessage("user", text, image);
    const reply = addMessage("assistant", "");
    reply.li.classList.add("streaming");
    reply.meta.textContent = "thinking…";

    controller = new AbortController();
    setBusy(true);
    let answer = "";
    let finish = null;
    let usage = null;
    let tokens = 0;
    const started = performance.now();
    let refused = false;
    try {
      const res = await fetch(API.chat, {
        method: "POST",
        headers: headers(),
        body: JSON.stringify(requestBody()),
        signal: controller.signal,
      });
      if (!res.ok) {
        refused = true;
        showError(await describeFailure(res));
        return;
      }
      reply.meta.textContent = "";
      // One text node that grows: appending a token is O(token), where re-setting
      // textContent would copy the whole answer on every token.
      const answerText = document.createTextNode("");
      reply.body.replaceChildren(answerText);
      let lastYield = performance.now();
      for await (const chunk of sseEvents(res.body)) {
        if (chunk.error) {
          // An error after the stream began (e.g. the server is shutting down).
          showError("Error: " + (chunk.error.message || JSON.stringify(chunk.error)));
          finish = "error";
          break;
        }
        if (chunk.usage) usage = chunk.usage;
        if (Array.isArray(chunk.sources)) showSources(reply, chunk.sources);
        const choice = chunk.choices && chunk.choices[0];
        if (!choice) continue;
        if (choice.delta && typeof choice.delta.content === "string" && choice.delta.content) {
          answer += choice.delta.content;
          tokens += 1;
          answerText.appendData(choice.delta.content);
          scrollToEnd();
        }
        if (choice.finish_reason) finish = choice.finish_reason;
        // While data is buffered, reads resolve as microtasks and never let the browser
        // paint or handle a click (the stop button!); hand the main thread back regularly.
        if (performance.now() - lastYield > 25) {
          await yieldToBrowser();
          lastYield = performance.now();
        }
      }
    } catch (e) {
      if (e.name === "AbortError") {
        finish = "stopped";
      } else {
        finish = "error";
        showError("Connection failed: " + e.message);
      }
    } finally {
      controller = null;
      setBusy(false);
      reply.li.classList.remove("streaming");
      if (refused) {
        // Nothing was said: take the turn back so the user can fix the cause and resend.
        history.pop();
        userMsg.li.remove();
        reply.li.remove();
        if (!ui.prompt.value) ui.prompt.value = text;
        if (image && !pendingImage) setImage(image);
        ui.emptyHint.hidden = history.length > 0;
      } else {
        // A stopped answer stays in the history: the next turn sees what the user saw.
        history.push({ role: "assistant", content: answer });
        reply.li.dataset.finish = finish || "unknown";
        const seconds = (performance.now() - started) / 1000;
        const n = usage ? usage.completion_tokens : tokens;
        const parts = [];
        if (finish === "stopped") parts.push("stopped");
        else if (finish === "length") parts.push("cut at max tokens");
        else if (finish === "error") parts.push("failed");
        if (n) parts.push(`${n} tokens, ${(n / Math.max(seconds, 1e-3)).toFixed(1)} tok/s`);
        reply.meta.textContent = parts.join(" · ");
        if (!answer) reply.body.textContent = "(no text)";
      }
    }
  }

  // ---- wiring

  ui.form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const text = ui.prompt.value.trim();
    if (!text || controller) return;
    ui.prompt.value = "";
    send(text);
  });

  ui.prompt.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) {
      ev.preventDefault();
      ui.form.requestSubmit();
    }
  });

  // Aborting closes the connection, which is how the server learns to cancel the request
  // and free its slot.
  ui.stop.addEventListener("click", () => {
    if (controller) controller.abort();
  });

  ui.newChat.addEventListener("click", () => {
    if (controller) controller.abort();
    history = [];
    setImage(null);
    for (const li of [...ui.messages.querySelectorAll("li.msg")]) li.remove();
    ui.emptyHint.hidden = false;
    clearError();
    ui.prompt.focus();
  });

  ui.errorClose.addEventListener("click", clearError);

  ui.attach.addEventListener("click", () => ui.image.click());
  ui.image.addEventListener("change", async () => {
    const file = ui.image.files && ui.image.files[0];
    ui.image.value = "";  // picking the same file again fires change again
    if (!file) return;
    if (!/^image\/(png|jpeg|webp)$/.test(file.type)) {
      showError(`Cannot attach ${file.name}: send a PNG, JPEG or WebP image.`);
      return;
    }
    try {
      setImage(await readImage(file));
      clearError();
    } catch (e) {
      showError(`Cannot read ${file.name}: ${e && e.message ? e.message : e}`);
    }
  });
  ui.attachmentClear.addEventListener("click", () => setImage(null));

  for (const el of [ui.temperature, ui.topP]) {
    el.addEventListener("input", () => {
      showSliderValues();
      saveSettings();
    });
  }
  for (const el of [ui.system, ui.maxTokens]) el.addEventListener("change", saveSettings);
  // A new key may unlock the model list: fetch it again once the user is done typing.
  ui.apiKey.addEventListener("change", () => {
    saveSettings();
    loadModel();
  });

  // On a phone the settings would push the conversation off screen: start them folded.
  if (window.matchMedia("(max-width: 720px)").matches) ui.settings.open = false;
  loadSettings();
  loadModel();
})();
