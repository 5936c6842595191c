# module: session_a.chain_rule
# check: session_a.d_sigmoid
# pitfall: missing_inner_derivative
def d_sigmoid(x):
    return -1 / (1 + sp.exp(-x)) ** 2
