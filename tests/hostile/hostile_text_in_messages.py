# base: references
# module: session_b.bce
# fails: session_b.sigmoid_prime
# Messages and output with a lone surrogate, terminal escapes and bidi overrides.
_ugly = "\udcff \x1b]0;owned\x07\x1b[2J\x1b[31m red \u202e reversed \x00 nul"


def sigmoid_prime(z):
    print(_ugly * 3)
    raise ValueError(_ugly)
