"""Numbers from learner code: accepted in any numeric form, refused with a sentence otherwise."""
import numpy as np
import pytest

from graders.compare import numbers
from graders.course.failure import Fail
from graders.learner.wire import Unsupported


@pytest.mark.parametrize("value", [3, 2.5, True, np.int64(4), np.float32(1.5), [1, 2], (1.0, np.float64(2)),
                                   np.array([[1, 2]]), [[1, 2], [3, 4]]])
def test_numeric_forms_are_accepted(value):
    assert numbers.as_array(value, "f(x)").dtype == float


@pytest.mark.parametrize("value, says", [
    (None, "returned None"), ("0.5", "the string"), ({"a": 1}, "a dict"), ([1, "a"], "a list of 2 items"),
    (np.array([1 + 2j]), "complex"), (Unsupported("Foo"), "type Foo"),
])
def test_other_values_are_refused_with_what_came_back(value, says):
    with pytest.raises(Fail, match=says):
        numbers.as_array(value, "f(x)")


def test_shape_comes_before_values():
    with pytest.raises(Fail, match=r"has shape \(3, 1\); expected \(3,\)"):
        numbers.expect_shape(np.zeros((3, 1)), (3,), "grad_w")
    assert numbers.expect_shape(np.zeros(1), (), "b", scalar_ok=True).shape == ()


def test_mismatch_names_the_worst_entry_and_the_tolerance():
    miss = numbers.mismatch([1.0, 2.0, 3.5], [1.0, 2.0, 3.0], atol=1e-9)
    assert miss.count == 1 and miss.index == (2,)
    assert "got 3.5, expected 3.0" in miss.sentence() and "absolute 1e-09" in miss.sentence()
    assert numbers.mismatch([np.nan, np.inf], [np.nan, np.inf]) is None
    assert numbers.mismatch([np.nan], [1.0]) is not None


def test_non_finite_values_are_reported_with_where():
    with pytest.raises(Fail, match=r"gave nan at index 1"):
        numbers.expect_finite(np.array([0.0, np.nan]), "loss")
