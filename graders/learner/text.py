"""Text that comes from the learner's side, made safe once, where it enters the grading process.

Exception messages, printed output, warnings, file and folder names, notebook cells and
source lines shown in messages may hold anything: lone surrogates (which no UTF-8 writer
accepts), invalid bytes, terminal escape sequences that would drive the instructor's
terminal, bidirectional overrides that reorder what is shown, and megabytes of it.
``clean`` turns any of that into printable, valid UTF-8 text of bounded length, with every
control character shown escaped (``\\x1b``) so that nothing is hidden either.
"""
import re

LIMIT = 20_000
# C0 and C1 controls (tab and newline kept where allowed), DEL, and the Unicode marks that
# reorder or hide text when shown: bidi embeddings, overrides and isolates, zero-width joiners.
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")
_CONTROL_NO_NEWLINE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


def _escaped(match):
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def clean(text, limit=LIMIT, newlines=True):
    """``text`` as safe, printable, valid UTF-8, at most about ``limit`` characters."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    elif not isinstance(text, str):
        text = str.__str__(text) if isinstance(text, str) else repr(text)
    if len(text) > limit:
        text = text[:limit] + "…"
    # Lone surrogates (from "\udcff" in learner code, or os.fsdecode of a bad file name) cannot
    # be encoded: replace them with U+FFFD.
    text = _SURROGATE.sub("\ufffd", text)
    return (_CONTROL if newlines else _CONTROL_NO_NEWLINE).sub(_escaped, text)


def clean_tree(value, limit=LIMIT, depth=0):
    """Every string inside a decoded JSON value (dicts, lists), cleaned; everything else kept."""
    if isinstance(value, str):
        return clean(value, limit)
    if depth > 60:
        return None
    if isinstance(value, dict):
        return {clean(str(k), 200): clean_tree(v, limit, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_tree(v, limit, depth + 1) for v in value]
    return value


def name(text, limit=200):
    """A file or folder name for messages: cleaned, on one line."""
    return clean(text, limit, newlines=False)
