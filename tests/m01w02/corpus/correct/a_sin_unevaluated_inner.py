# module: session_a.chain_rule
# seeds: 20
def d_sin_x2(x):
    return sp.cos(sp.UnevaluatedExpr(x**2)) * 2 * x  # keeps x² as written
