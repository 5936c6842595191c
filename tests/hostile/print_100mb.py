# base: references
# module: session_b.bce
# fails: none
_original_bce_expr = bce_expr


def bce_expr(z, y):
    print("x" * 100_000_000)
    return _original_bce_expr(z, y)
