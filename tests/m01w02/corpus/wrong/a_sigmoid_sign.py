# module: session_a.chain_rule
# check: session_a.d_sigmoid
# says: opposite sign
def d_sigmoid(x):
    # forgot that d/dx e^(-x) = -e^(-x)
    return -sp.exp(-x) / (1 + sp.exp(-x)) ** 2
