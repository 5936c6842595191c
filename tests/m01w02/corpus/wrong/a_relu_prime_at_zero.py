# module: session_a.backprop
# check: session_a.relu_prime
# pitfall: relu_prime_at_zero
def relu_prime(z):
    return (z >= 0).astype(float)
