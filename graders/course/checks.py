"""Writing checks: ``CheckSet`` binds implementations to week.toml, ``Trial`` is their context.

A check is a function ``check(t)`` that calls learner code through ``t.call``,
compares against oracles, and raises ``Fail`` to say what is wrong. Returning means
the check passed. Everything a learner reads about a check (title, points, hints)
lives in week.toml; the function holds only the logic.
"""
import numpy as np

from graders.compare import formatting as fmt
from graders.course.failure import Fail


class CheckSet:
    """The checks of one session module: ``@checks("sigmoid.values")``."""

    def __init__(self):
        self.implementations = {}

    def __call__(self, short_id):
        def register(fn):
            if short_id in self.implementations:
                raise ValueError(f"check {short_id} implemented twice")
            self.implementations[short_id] = fn
            return fn
        return register


class Trial:
    """One run of one check: random inputs, learner calls, references."""

    def __init__(self, run, spec, seed):
        self.run = run
        self.spec = spec
        self.session = run.week.session(spec.session)
        self.rng = np.random.default_rng([seed, _stable_hash(spec.id)])
        self.last = None  # the CallOutcome of the latest call
        self.output = []  # what learner code printed during this check

    # ------------------------------------------------------------ learner code

    def outcome(self, function, *args, timeout=None, **kwargs):
        """Call a contract function; return the raw CallOutcome (no judgement)."""
        module = self.session.module_of(function)
        self.run.expect_budget_left()
        outcome = self.run.process.call(module, function, args, kwargs, timeout or self.spec.timeout)
        self.last = outcome
        if outcome.stdout:
            self.output.append(outcome.stdout)
        return outcome

    def call(self, function, *args, timeout=None, allow_mutation=False, pitfall_on=None, **kwargs):
        """Call a contract function and return its value; any failure becomes a Fail.

        ``pitfall_on`` maps exception type names to the pitfall they reveal, or to
        (pitfall, phrases) when only messages holding one of the phrases reveal it.
        """
        outcome = self.outcome(function, *args, timeout=timeout, **kwargs)
        given = self.given(function, args, kwargs)
        if outcome.grader:
            raise Fail(f"`{function}` {outcome.grader[0]} while it runs. The grader's own checks and reference "
                       "answers are not part of the exercise: code that uses them earns nothing, so this check "
                       "gets no credit.", pitfall="uses_the_grader")
        if outcome.error is not None:
            raise Fail(self.run.explain_error(self.session, function, outcome.error, given),
                       pitfall=_revealed(pitfall_on, outcome.error))
        if outcome.mutated and not allow_mutation:
            names = ", ".join(f"`{n}`" for n in outcome.mutated)
            first = outcome.mutated[0]
            raise Fail(f"`{function}` changed its input {names} in place. Leave inputs untouched: work on a copy "
                       f"(`{first} = {first}.copy()` before changing it) or build a new array instead.",
                       pitfall="mutates_input")
        if self.spec.by_hand and outcome.calculus:
            place = outcome.calculus[0]
            raise Fail(f"`{function}` asks sympy for the derivative ({place['file']}, line {place['line']} "
                       f"calls {place['what']}). Derive it by hand and write the result with sympy functions "
                       "such as sp.exp and sp.cos: the exercise is the calculus, not the call.",
                       pitfall="sympy_did_the_calculus")
        return outcome.value

    def given(self, function, args, kwargs):
        """Arguments by their contract names, for messages."""
        names = self.run.week.parameters(self.spec.session, function)
        named = dict(zip(names, args))
        named.update(kwargs)
        return named

    def source_calls(self, function):
        """The names the learner's ``function`` (and its helpers) call, read from the source:
        to tell apart mistakes that give the same output (np.round(p) and p > 0.5, say)."""
        return self.run.submission.calls(self.session.module_of(function), function)

    def source_reads(self, function, name):
        """Does the learner's ``function`` itself read the variable ``name``?"""
        return self.run.submission.module(self.session.module_of(function)).uses_name(function, name)

    def warned_inside(self, name):
        """Was the last call's first warning raised inside a call of ``name`` in the learner's code?"""
        warnings = self.last.warnings if self.last is not None else []
        if not warnings or not warnings[0].get("relpath"):
            return False
        return self.run.submission.inside_call(warnings[0]["relpath"], warnings[0].get("line", 0), name)

    def describe(self, function, *args, **kwargs):
        """``sigmoid(z)`` for z = [...]: the call as a learner would read it, every value shown
        for arrays of up to 9 (a message must show the input that failed)."""
        return fmt.inputs(self.given(function, args, kwargs), max_items=9)

    # ------------------------------------------------------------ oracles

    def symbol(self, name, **assumptions):
        import sympy

        return sympy.Symbol(name, real=True, **assumptions)


def _revealed(pitfall_on, error):
    """The pitfall an exception reveals, if its type (and message) say so."""
    found = (pitfall_on or {}).get(error.type)
    if isinstance(found, tuple):
        pitfall, phrases = found
        return pitfall if any(phrase in error.message for phrase in phrases) else None
    return found


def _stable_hash(text):
    import zlib

    return zlib.crc32(text.encode())
