# base: stubs
# module: session_b.bce
# fails: all
# The same, with the module name built at run time, so that no import statement names it.
_name = "".join(["gra", "ders", ".m01w02", ".oracles"])


def sigmoid(z):
    oracles = __import__(_name, fromlist=["sigma"])
    return oracles.sigma(z)


def sigmoid_prime(z):
    oracles = __import__(_name, fromlist=["sigma"])
    s = oracles.sigma(z)
    return s * (1 - s)
