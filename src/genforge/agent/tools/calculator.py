"""A calculator tool: a small recursive-descent parser over exact rationals, no ``eval``.

Grammar (``^`` is accepted for ``**``; ``%`` is the remainder, ``//`` floor division)::

    expr  := term (("+" | "-") term)*
    term  := unary (("*" | "/" | "//" | "%") unary)*
    unary := ("+" | "-") unary | power
    power := atom (("**" | "^") unary)?
    atom  := NUMBER | NAME | NAME "(" expr ("," expr)* ")" | "(" expr ")"

Arithmetic is exact (``fractions.Fraction``: 0.1 + 0.2 is 0.3) until a function or a
fractional power needs floats. Sizes are bounded so no input can hang the process:
expressions of 1,000 characters at most, nesting of 50, exponents up to 10,000 and numbers
of 10,000 bits.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from genforge.agent.tools.base import Tool
from genforge.errors import GenforgeError

MAX_CHARS = 1000
MAX_DEPTH = 50
MAX_EXPONENT = 10_000
MAX_BITS = 10_000

_TOKEN = re.compile(
    r"\s*(?:(?P<num>(?:\d+(?:_\d+)*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)"
    r"|(?P<name>[A-Za-z_][A-Za-z_0-9]*)|(?P<op>\*\*|//|[-+*/%^(),]))"
)

Number = Fraction | float
_CONSTANTS: dict[str, Number] = {"pi": math.pi, "e": math.e, "tau": math.tau}
_FUNCTIONS = {
    "sqrt": (1, 1, lambda a: _sqrt(a[0])),
    "abs": (1, 1, lambda a: abs(a[0])),
    "round": (1, 2, lambda a: _round(*a)),
    "floor": (1, 1, lambda a: Fraction(math.floor(a[0]))),
    "ceil": (1, 1, lambda a: Fraction(math.ceil(a[0]))),
    "min": (1, 64, min),
    "max": (1, 64, max),
    "log": (1, 2, lambda a: math.log(a[0]) if len(a) == 1 else math.log(a[0], a[1])),
    "log10": (1, 1, lambda a: math.log10(a[0])),
    "log2": (1, 1, lambda a: math.log2(a[0])),
    "exp": (1, 1, lambda a: math.exp(a[0])),
    "sin": (1, 1, lambda a: math.sin(a[0])),
    "cos": (1, 1, lambda a: math.cos(a[0])),
    "tan": (1, 1, lambda a: math.tan(a[0])),
}


class CalcError(GenforgeError):
    """An expression the calculator cannot evaluate (the message says where and why)."""


def _sqrt(x: Number) -> Number:
    if x < 0:
        raise CalcError("sqrt of a negative number")
    if isinstance(x, Fraction):
        n, d = math.isqrt(x.numerator), math.isqrt(x.denominator)
        if n * n == x.numerator and d * d == x.denominator:
            return Fraction(n, d)
    return math.sqrt(x)


def _round(x: Number, digits: Number = Fraction(0)) -> Number:
    if digits != int(digits):
        raise CalcError("round's digits must be a whole number")
    r = round(Fraction(x) if isinstance(x, float) else x, int(digits))
    return Fraction(r)


def _check(x: Number) -> Number:
    if isinstance(x, float):
        if math.isnan(x) or math.isinf(x):
            raise CalcError("the result is not a finite number")
        return x
    if x.numerator.bit_length() > MAX_BITS or x.denominator.bit_length() > MAX_BITS:
        raise CalcError(f"a number exceeds {MAX_BITS} bits")
    return x


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens: list[tuple[str, str, int]] = []
        pos = 0
        text = text.rstrip()
        while pos < len(text):
            m = _TOKEN.match(text, pos)
            if m is None or m.end() == pos:
                raise CalcError(f"unexpected character {text[pos:].strip()[:1]!r} at {pos}")
            kind = m.lastgroup or ""
            self.tokens.append((kind, m.group(kind), m.start(kind)))
            pos = m.end()
        self.i = 0
        self.depth = 0

    def peek(self) -> str | None:
        return self.tokens[self.i][1] if self.i < len(self.tokens) else None

    def take(self) -> tuple[str, str, int]:
        if self.i >= len(self.tokens):
            raise CalcError("the expression ends too early")
        self.i += 1
        return self.tokens[self.i - 1]

    def expect(self, op: str) -> None:
        _, value, pos = self.take()
        if value != op:
            raise CalcError(f"expected {op!r} at {pos}, got {value!r}")

    def expr(self) -> Number:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise CalcError(f"nesting deeper than {MAX_DEPTH}")
        x = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()[1]
            y = self.term()
            x = _check(x + y if op == "+" else x - y)
        self.depth -= 1
        return x

    def term(self) -> Number:
        x = self.unary()
        while self.peek() in ("*", "/", "//", "%"):
            op = self.take()[1]
            y = self.unary()
            if op != "*" and y == 0:
                raise CalcError("division by zero")
            if op == "*":
                x = x * y
            elif op == "/":
                x = x / y
            elif op == "//":
                x = Fraction(math.floor(x / y))
            else:
                x = x - y * math.floor(x / y)
            x = _check(x)
        return x

    def unary(self) -> Number:
        if self.peek() in ("+", "-"):
            op = self.take()[1]
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise CalcError(f"nesting deeper than {MAX_DEPTH}")
            x = self.unary()
            self.depth -= 1
            return -x if op == "-" else x
        return self.power()

    def power(self) -> Number:
        x = self.atom()
        if self.peek() in ("**", "^"):
            self.take()
            y = self.unary()
            return _check(_pow(x, y))
        return x

    def atom(self) -> Number:
        kind, value, pos = self.take()
        if kind == "num":
            return _check(Fraction(value.replace("_", "")))
        if kind == "name":
            if self.peek() == "(":
                return self.call(value, pos)
            if value in _CONSTANTS:
                return _CONSTANTS[value]
            raise CalcError(f"unknown name {value!r} at {pos}")
        if value == "(":
            x = self.expr()
            self.expect(")")
            return x
        raise CalcError(f"unexpected {value!r} at {pos}")

    def call(self, name: str, pos: int) -> Number:
        if name not in _FUNCTIONS:
            raise CalcError(f"unknown function {name!r} at {pos}; known: {sorted(_FUNCTIONS)}")
        self.expect("(")
        args = [self.expr()]
        while self.peek() == ",":
            self.take()
            args.append(self.expr())
        self.expect(")")
        lo, hi, fn = _FUNCTIONS[name]
        if not lo <= len(args) <= hi:
            raise CalcError(f"{name} takes {lo}..{hi} arguments, got {len(args)}")
        try:
            out = fn(args)
        except (ValueError, OverflowError) as e:
            raise CalcError(f"{name}: {e}") from None
        return _check(Fraction(out) if isinstance(out, int) else out)


def _pow(x: Number, y: Number) -> Number:
    if isinstance(y, Fraction) and y.denominator == 1 and isinstance(x, Fraction):
        if abs(y) > MAX_EXPONENT:
            raise CalcError(f"exponents above {MAX_EXPONENT} are not supported")
        if x == 0 and y < 0:
            raise CalcError("division by zero")
        # bits of the result ~ |y| * bits(x): refuse before computing a huge number
        if abs(y) * max(x.numerator.bit_length(), x.denominator.bit_length()) > MAX_BITS:
            raise CalcError(f"a number exceeds {MAX_BITS} bits")
        return x**y
    try:
        out = float(x) ** float(y)
    except (OverflowError, ZeroDivisionError) as e:
        raise CalcError(f"power: {e}") from None
    if isinstance(out, complex):
        raise CalcError("a fractional power of a negative number is not real")
    return out


def evaluate(expression: str) -> Number:
    """The value of an arithmetic ``expression`` (see the module docstring)."""
    if not isinstance(expression, str) or not expression.strip():
        raise CalcError("give an arithmetic expression such as '17 + 25'")
    if len(expression) > MAX_CHARS:
        raise CalcError(f"the expression is longer than {MAX_CHARS} characters")
    p = _Parser(expression)
    value = p.expr()
    if p.i != len(p.tokens):
        _, tok, pos = p.tokens[p.i]
        raise CalcError(f"unexpected {tok!r} at {pos}")
    return value


def format_number(x: Number) -> str:
    """Integers as integers, terminating fractions as exact decimals, else 12 digits."""
    if isinstance(x, Fraction):
        if x.denominator == 1:
            return str(x.numerator)
        d = x.denominator
        for p in (2, 5):
            while d % p == 0:
                d //= p
        if d == 1 and x.denominator.bit_length() < 200:
            digits = 0
            while (x * 10**digits).denominator != 1:
                digits += 1
            scaled = abs(x.numerator * 10**digits // x.denominator)
            whole, frac = divmod(scaled, 10**digits)
            return f"{'-' if x < 0 else ''}{whole}.{frac:0{digits}d}"
        x = float(x)
    return format(x, ".12g")


def calculate(args: dict) -> str:
    return format_number(evaluate(args.get("expression")))


def calculator_tool() -> Tool:
    return Tool(
        name="calculator",
        description="Evaluate arithmetic exactly, e.g. '17 + 25'.",
        parameters={
            "type": "object",
            "properties": {"expression": {"type": "string"}},
            "required": ["expression"],
            "additionalProperties": False,
        },
        fn=calculate,
    )
