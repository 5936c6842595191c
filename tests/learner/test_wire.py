"""The codec between the grading and learner processes: faithful for numbers, closed to everything else."""
import io
import struct

import numpy as np
import pytest

from graders.learner import wire


def roundtrip(value):
    node, blobs = wire.encode(value)
    return wire.decode(node, blobs)


@pytest.mark.parametrize("value", [
    None, True, 0, -7, 2**80, 1.5, float("inf"), complex(1, 2), "text",
    (1, 2.5), [1, [2, 3]], {"a": 1, 2: (3.0,)},
])
def test_plain_values_survive(value):
    assert roundtrip(value) == value


def test_nan_survives():
    assert np.isnan(roundtrip(float("nan")))


@pytest.mark.parametrize("array", [
    np.arange(6.0).reshape(2, 3), np.array([True, False]), np.int32(7), np.float64(0.25),
    np.arange(12).reshape(3, 4)[:, ::2], np.zeros((0, 3)),
])
def test_arrays_and_numpy_scalars_keep_shape_and_dtype(array):
    got = roundtrip(array)
    assert np.shape(got) == np.shape(array) and np.asarray(got).dtype == np.asarray(array).dtype
    assert np.array_equal(got, array)
    assert isinstance(got, np.generic) == isinstance(array, np.generic)


def test_subclasses_lose_their_overrides():
    class Liar(float):
        def __eq__(self, other):
            return True

    class Sneaky(np.ndarray):
        pass

    got = roundtrip([Liar(1.0), np.arange(3.0).view(Sneaky)])
    assert type(got[0]) is float and got[0] != 2.0
    assert type(got[1]) is np.ndarray


def test_unreadable_things_become_unsupported():
    class Thing:
        def __eq__(self, other):
            return True

    got = roundtrip([Thing(), np.array([Thing()], dtype=object), 10**2000])
    assert all(isinstance(g, wire.Unsupported) for g in got)
    assert got[1].detail == "dtype=object" and "digits" in got[2].detail


@pytest.mark.parametrize("node", [
    {"t": "int", "v": "12a"}, {"t": "float", "v": "1e5000x"}, {"t": "array", "b": 5},
    {"t": "dict", "v": [[{"t": "list", "v": []}, {"t": "none"}]]}, {"t": "eval", "v": "1"}, [],
])
def test_malformed_values_are_refused(node):
    with pytest.raises(wire.ProtocolError):
        wire.decode(node, [])


def test_a_pickled_array_is_refused():
    buf = io.BytesIO()
    np.save(buf, np.array([object()], dtype=object), allow_pickle=True)
    with pytest.raises(wire.ProtocolError):
        wire.decode({"t": "array", "b": 0}, [buf.getvalue()])


def test_frames_roundtrip_and_oversized_frames_are_refused():
    buf = io.BytesIO()
    wire.send(buf, {"op": "x"}, [b"abc"])
    buf.seek(0)
    assert wire.receive(buf) == ({"op": "x"}, [b"abc"])
    huge = io.BytesIO(struct.pack("!II", wire.MAX_HEADER + 1, 0))
    with pytest.raises(wire.ProtocolError):
        wire.receive(huge)
    with pytest.raises(EOFError):
        wire.receive(io.BytesIO(b"\x00\x00"))


@pytest.mark.parametrize("array", [np.asfortranarray(np.arange(6.0).reshape(2, 3)), np.array(3.5),
                                   np.array([1 + 2j]), np.arange(4, dtype=">i4"), np.zeros((2, 0, 3))])
def test_the_strict_npy_reader_reads_what_numpy_writes(array):
    buf = io.BytesIO()
    np.save(buf, array, allow_pickle=False)
    got = wire.read_npy(buf.getvalue())
    assert got.shape == array.shape and np.array_equal(got, array) and got.dtype == array.dtype


@pytest.mark.parametrize("array", [np.zeros(2, dtype=[("a", "<f8")]), np.array(["text"]), np.array([b"x"])])
def test_the_strict_npy_reader_refuses_non_numeric_arrays(array):
    buf = io.BytesIO()
    np.save(buf, array, allow_pickle=False)
    with pytest.raises(wire.ProtocolError):
        wire.read_npy(buf.getvalue())


def test_the_strict_npy_reader_refuses_wrong_sizes_and_garbage():
    buf = io.BytesIO()
    np.save(buf, np.arange(4.0))
    with pytest.raises(wire.ProtocolError):
        wire.read_npy(buf.getvalue()[:-8])
    with pytest.raises(wire.ProtocolError):
        wire.read_npy(b"\x93NUMPY\x09\x00" + b"x" * 40)
