# module: session_a.chain_rule
# check: session_a.d_log_1_plus_exp
# pitfall: not_differentiated
def d_log_1_plus_exp(x):
    return sp.log(1 + sp.exp(x))
