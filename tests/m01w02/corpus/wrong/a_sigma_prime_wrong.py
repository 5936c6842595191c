# module: session_a.chain_rule
# check: session_a.sigmoid_prime_via_sigma
# says: not the expected function
def sigmoid_prime_via_sigma(s):
    return s * (1 + s)
