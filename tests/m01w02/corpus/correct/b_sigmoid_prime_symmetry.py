# module: session_b.bce
# why: uses 1 - sigma(z) = sigma(-z): sigma' = sigma(z)*sigma(-z); dL/dz via np.where on the label (-sigma(-z) for y = 1)
def sigmoid_prime(z):
    z = np.asarray(z, dtype=float)
    return sigmoid(z) * sigmoid(-z)


def bce_grad_z(z, y):
    z = np.asarray(z, dtype=float)
    return np.where(np.asarray(y) == 1, -sigmoid(-z), sigmoid(z))  # y is 0 or 1
