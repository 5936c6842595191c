# module: session_a.chain_rule
# check: session_a.sigmoid_prime_via_sigma
# why: confused σ' with tanh' and returned 1 − s² instead of s(1 − s)
def sigmoid_prime_via_sigma(s):
    return 1 - s**2
