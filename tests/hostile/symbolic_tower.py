# base: stubs
# module: session_a.chain_rule
# fails: all
# says: timed out after
def d_sin_x2(x):
    return 10**100**100 * x
