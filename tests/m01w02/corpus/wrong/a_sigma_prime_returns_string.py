# module: session_a.chain_rule
# check: session_a.sigmoid_prime_via_sigma
# says: returned the string 's\*\(1-s\)'
def sigmoid_prime_via_sigma(s):
    return "s*(1-s)"
