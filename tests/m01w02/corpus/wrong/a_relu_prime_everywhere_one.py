# module: session_a.backprop
# check: session_a.relu_prime
# pitfall: relu_prime_negative
def relu_prime(z):
    return np.ones_like(z)
