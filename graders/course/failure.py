"""How a check says "no": a fact for the learner, optionally naming a known pitfall."""


class Fail(Exception):
    """Raised inside a check. ``message`` is the fact, in the learner's terms.

    ``pitfall`` names an entry of the week's pitfall list when the answer matches a
    known mistake; ``details`` carries data for richer reports (arrays, points).
    """

    def __init__(self, message, pitfall=None, details=None):
        super().__init__(message)
        self.message = message
        self.pitfall = pitfall
        self.details = details or {}
