# module: session_a.chain_rule
# check: session_a.d_sin_x2
# why: substituted u = x², x = √u and wrote 2√(x²)·cos(x²), which equals the answer only for x > 0
def d_sin_x2(x):
    return 2 * sp.sqrt(x**2) * sp.cos(x**2)
