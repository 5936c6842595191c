# module: session_a.chain_rule
# check: session_a.d_sigmoid
# why: d/du u^(−1) written as −u^(−1) (the square of the denominator is lost): e^(−x)/(1 + e^(−x))
def d_sigmoid(x):
    return sp.exp(-x) / (1 + sp.exp(-x))
