# module: session_a.chain_rule
# check: session_a.d_log_1_plus_exp
# pitfall: missing_inner_derivative
def d_log_1_plus_exp(x):
    return 1 / (1 + sp.exp(x))
