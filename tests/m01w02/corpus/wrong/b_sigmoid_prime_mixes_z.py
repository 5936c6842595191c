# module: session_b.bce
# check: session_b.sigmoid_prime
# pitfall: sigmoid_prime_mixes_z
def sigmoid_prime(z):
    return sigmoid(z) * (1 - z)
