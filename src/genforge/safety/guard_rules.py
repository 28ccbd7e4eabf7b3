"""High-precision injection rules, the guard's second opinion beside the learned score.

The classifier generalises by similarity, so an attack unlike anything it was trained on
can score low. A few shapes of text are injections almost whenever they appear in untrusted
content, however they are phrased around: a command to drop one's instructions, a chat-
template control sequence, an imperative addressed to an AI, a request for the system
prompt, a Markdown image whose URL is to carry conversation data, a no-rules persona, and
"do not tell the user". Each rule below matches one shape on the normalised text; a match
inside quotation marks or backticks (an attack quoted in security writing) does not count
when the text talks about attacks. When a rule fires and the classifier's own margin is
above ``RULE_GATE``, the guard reports at least ``RULE_FLOOR``; the learned score still
decides everything the rules do not see.

Why the gate (guard v10): leave-one-set-out on the hand-written sets showed the floor's
cost. The rules fire on hard negatives that quote or describe attacks in ways the quotation
excuse does not catch (jailbreak discussions, AI documentation), and the floor then ranks
those above every attack the classifier alone scores high: on the jailbreak-negatives set
(12) the TPR at FPR <= 5% fell from 0.75 (classifier alone) to 0.45 with the floor, and
over 19 sets from 0.835 to 0.796 on average. With the gate at a margin of 0 (the
classifier leans to "attack" before calibration) the mean is that of the classifier alone
(gates of -1, 0 and 1 tried there). A rule that confirms a text the classifier already
finds suspect keeps its lift; one that contradicts a confident benign score does not
override it.
"""

from __future__ import annotations

import re

RULE_FLOOR = 0.9
# The classifier's raw margin (decision value, before calibration) above which a firing rule
# lifts a window to RULE_FLOOR (see the module docstring).
RULE_GATE = 0.0

_AI = (
    r"(?:ai|a\.i\.|llm|language model|assistant|agent|chatbot|bot|model|copilot|gpt|"
    r"summari[sz]er|ai system|ai model)s?"
)
# Words that make a following "assistant", "agent", "bot" a machine ("code assistant",
# "triage bot"); "support agent" or "our agent" may be a person and stays out.
_MACHINE = (
    r"(?:ai|code|coding|automated|review|triage|mail|inbox|shopping|browsing|research|"
    r"scheduling|deploy|ci|summari[sz]ation|translation|answer|search|reader|screening)"
)
_IMPERATIVE = (
    r"(?:ignore|disregard|forget|send|forward|reveal|print|output|call|invoke|run|execute|"
    r"use the|open|visit|include|tell|say|recommend|delete|remove|upload|post|reply|grant|"
    r"approve|close|merge|push|add|accept|mark|rank|describe|write|insert|paste|email|e-mail|"
    r"transfer|share|list|show|display|stop|do not|don't|never|always|respond|answer|obey|"
    r"follow|summari[sz]e|rate|classify|copy|append|download|install|enter|click)"
)

RULES: dict[str, re.Pattern] = {
    "drop_instructions": re.compile(
        r"\b(?:ignore|disregard|forget|override|bypass|abandon|set aside|discard|neglect)\b"
        r"[^.\n]{0,25}?\b(?:your|all(?: of)?(?: the| your)?|any|the above|the previous|"
        r"previous|prior|earlier|preceding|original|initial|existing)\b[^.\n]{0,20}?"
        r"\b(?:instructions?|guidelines?|guidance|directions|directives?|system prompt|"
        r"programming|guardrails|rules|prompts?|configuration|settings|task)\b"
        r"|\b(?:ignore|disregard|forget)\b (?:everything|all|whatever|anything)\b[^.\n]{0,20}"
        r"\b(?:told|given|said|instructed)\b"
        r"|\b(?:instructions|guidelines|rules|guidance)\b[^.\n]{0,30}\b(?:are|is|have been|"
        r"has been)\s+(?:void|revoked|cancelled|canceled|outdated|suspended|no longer valid)"
        r"|\bno longer (?:bound|restricted) by\b|\b(?:content|safety) polic(?:y|ies) "
        r"(?:is|are) (?:off|disabled|switched off|suspended)",
        re.I,
    ),
    "control_sequence": re.compile(
        r"<\|im_start\|>\s*system|<\|system\|>|<<sys>>|\[/?inst\]|<\|eot_id\|>|"
        r"<\|start_header_id\|>|<start_of_turn>|<\|endoftext\|>",
        re.I,
    ),
    "addressed_to_ai": re.compile(
        rf"(?:\b(?:note|message|instructions?|p\.s\.|ps|reminder) (?:to|for) (?:the |any |all )?"
        rf"(?:[a-z\-]+ ){{0,2}}{_AI}\b|\bif you are an? {_AI}|"
        rf"\battention,? (?:the |all |any )?{_AI}|"
        rf"\b(?:dear|hey|hi) {_AI}\b|\b(?:to )?(?:the |any |all )?{_AI} (?:reading|processing|"
        rf"summari[sz]ing|handling|parsing|indexing|seeing) (?:this|these|the)\b|"
        rf"(?:^|[\n(\[>]|<!--|//|#|[.!?]\s)\s*(?:{_MACHINE}[ -]){{0,2}}{_AI}\s*[:,]|"
        rf"\b(?:whoever|whatever|anyone|any (?:tool|software|program|system)) (?:is |that is )?"
        rf"(?:summari[sz]ing|translating|processing|condensing|parsing|indexing|reading) "
        rf"(?:this|these|the)\b)[^\n]{{0,80}}?\b{_IMPERATIVE}\b",
        re.I,
    ),
    "prompt_leak": re.compile(
        r"\b(?:print|reveal|show|output|repeat|quote|dump|display|spell out|translate|"
        r"summari[sz]e|tell me|give me|what (?:is|are|was|were))\b[^.\n]{0,40}?"
        r"(?:\byour (?:system prompt|initial (?:instructions|prompt)|hidden (?:instructions|"
        r"rules|prompt)|original instructions|instructions|configuration|confidential)|"
        r"\b(?:everything|the text|all text|whatever)\b[^.\n]{0,15}\b(?:above|before)\b)",
        re.I,
    ),
    "exfil_url": re.compile(
        r"!\[[^\]]*\]\(https?://[^)\s]*[?&][^)\s]*=(?:\{|\[|[A-Z_]{4,}|\)|$)|"
        r"https?://\S+[?&]\w+=\S*\s*(?:\)|,)?\s*(?:plus|followed by|with|and append|"
        r"replacing|filled with)\b[^.\n]{0,40}\b(?:conversation|message|secret|token|password|"
        r"history|e-?mail address|api key|credentials)",
        re.I,
    ),
    "no_rules_persona": re.compile(
        r"\b(?:you are|you're|act as|pretend (?:to be|you are)|roleplay as|become)\b[^.\n]{0,60}?"
        r"\b(?:no|without|zero|free of|free from)\s+(?:any\s+)?(?:rules|restrictions|filters?|"
        r"guidelines|limits|content polic\w+|ethics|morals|censorship)"
        r"|\b(?:developer|maintenance|god|jailbreak|unrestricted|dan) mode\b[^.\n]{0,60}?"
        r"\b(?:no|off|disabled|without|ignore|unfiltered|bypass)\b|\bdo anything now\b",
        re.I,
    ),
    "hide_from_user": re.compile(
        r"\b(?:do not|don't|never|without) (?:tell(?:ing)?|inform(?:ing)?|alert(?:ing)?|"
        r"notify(?:ing)?|let(?:ting)?) the user\b|\bdo not (?:mention|reveal) (?:this|that "
        r"you)\b[^.\n]{0,20}\b(?:note|instruction|message)",
        re.I,
    ),
}

_QUOTED = re.compile(
    r"\"[^\"]{4,400}\"|“[^”]{4,400}”|`[^`]{4,400}`|(?<![A-Za-z])'.{12,400}?'(?![A-Za-z])", re.S
)
# Quoting only excuses a match in text that talks about attacks; a JSON tool result quotes
# every string, and an injection inside one is still an injection.
_TALK = re.compile(
    r"\b(?:for example|e\.g\.|such as|examples?|payloads?|attacks?|injections?|red[- ]team|"
    r"researchers?|paper|classifier|flagged|detect\w*|jailbreaks?|test strings?|phishing)\b",
    re.I,
)


def rule_hits(text: str) -> list[str]:
    """Names of the rules that match ``text`` (normalised); in text that discusses attacks,
    matches inside quotation marks or backticks do not count."""
    plain = _QUOTED.sub(" ", text) if _TALK.search(text) else text
    return [name for name, rx in RULES.items() if rx.search(plain)]
