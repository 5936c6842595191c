# module: session_a.chain_rule
# check: session_a.d_log_1_plus_exp
# why: recognised the sigmoid but wrote it with the sign slipped, e^(−x)/(1 + e^(−x)) = σ(−x), instead of σ(x)
def d_log_1_plus_exp(x):
    # "the derivative of softplus is the sigmoid": e^(-x) / (1 + e^(-x))
    return sp.exp(-x) / (1 + sp.exp(-x))
