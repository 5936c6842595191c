# module: session_a.backprop
# why: relu as (z + |z|)/2 and relu_prime as np.sign(relu(z)) (sign of a non-negative number is 1 or 0)
def relu(z):
    z = np.asarray(z, dtype=float)
    return (z + np.abs(z)) / 2


def relu_prime(z):
    return np.sign(relu(z))
