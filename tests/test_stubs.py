"""One source of truth: exercises/ is exactly what solutions/ becomes with its solution blocks removed."""
import ast

import pytest

from graders.authoring import stubs

from .conftest import EXERCISES, SOLUTIONS


def test_exercises_match_the_stubs_generated_from_solutions():
    drift = stubs.drift(SOLUTIONS, EXERCISES)
    assert not drift, "\n".join(drift) + "\nRegenerate with: python -m graders build-exercises"


def contract_functions(week):
    for session in week.sessions:
        for module, functions in session.modules.items():
            yield session.id, module, functions


def test_every_contract_function_is_a_stub_with_its_docstring_and_a_todo(week):
    for session, module, functions in contract_functions(week):
        path = EXERCISES / session / f"{module}.py"
        lines = path.read_text(encoding="utf-8").splitlines()
        defs = {n.name: n for n in ast.parse("\n".join(lines)).body if isinstance(n, ast.FunctionDef)}
        for name in functions:
            node = defs[name]
            body = "\n".join(lines[node.lineno - 1:node.end_lineno])
            given = "raise NotImplementedError" not in body
            assert ast.get_docstring(node), f"{path}: {name} lost its docstring"
            assert given or "# TODO" in body, f"{path}: {name} has no TODO"


def test_solutions_define_every_contract_function(week):
    for session, module, functions in contract_functions(week):
        source = (SOLUTIONS / session / f"{module}.py").read_text(encoding="utf-8")
        assert "raise NotImplementedError" not in source
        names = {n.name for n in ast.parse(source).body if isinstance(n, ast.FunctionDef)}
        assert set(functions) <= names


@pytest.mark.parametrize("tree", [SOLUTIONS, EXERCISES], ids=["solutions", "exercises"])
def test_both_trees_follow_the_contract_signatures(week, tree):
    for session in week.sessions:
        for module, functions in session.modules.items():
            source = ast.parse((tree / session.id / f"{module}.py").read_text(encoding="utf-8"))
            defs = {n.name: n for n in source.body if isinstance(n, ast.FunctionDef)}
            for name in functions:
                node = defs[name]
                defaults = [None] * (len(node.args.args) - len(node.args.defaults)) + list(node.args.defaults)
                params = [a.arg if d is None else f"{a.arg}={ast.unparse(d)}" for a, d in zip(node.args.args, defaults)]
                assert f"{name}({', '.join(params)})" == session.signatures[name], f"{tree.name}/{session.id}/{module}.py"


def test_sibling_imports_are_relative():
    for path in EXERCISES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0:
                assert node.module.split(".")[0] not in ("exercises", "solutions", "session_a", "session_b")


def test_blocks_are_replaced_at_their_indentation():
    text = "def f():\n    # TODO: do it\n    ### BEGIN SOLUTION\n    return 1\n    ### END SOLUTION\n"
    assert stubs.strip_solutions(text) == "def f():\n    # TODO: do it\n    raise NotImplementedError\n"


@pytest.mark.parametrize("text", [
    "### BEGIN SOLUTION\nx = 1\n",
    "### END SOLUTION\n",
    "### BEGIN SOLUTION\n### BEGIN SOLUTION\n### END SOLUTION\n",
])
def test_unbalanced_markers_are_an_error(text):
    with pytest.raises(stubs.MarkerError):
        stubs.strip_solutions(text)
