"""Writing files that a reader (or a rerun after Ctrl-C) never sees half written."""
import os


def write_atomically(path, text):
    """Write ``text`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    # errors="replace": learner text is cleaned where it enters, and no stray surrogate
    # may ever stop a whole class's files from being written.
    temporary.write_text(text, encoding="utf-8", errors="replace")
    os.replace(temporary, path)
