# module: session_a.backprop
def relu(z):
    return np.where(z > 0, z, 0.0)


def relu_prime(z):
    return np.asarray(z) > 0  # booleans count as 0 and 1


def mlp_forward(x, W1, b1, W2, b2):
    z1 = np.dot(W1, x) + b1
    a1 = z1 * (z1 > 0)
    z2 = float(np.dot(W2[0], a1) + b2[0])  # a plain number for the output logit
    return z1, a1, z2, 1 / (1 + np.exp(-z2))


def mlp_backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, y_hat = mlp_forward(x, W1, b1, W2, b2)
    dz2 = np.atleast_1d(y_hat - y)
    dz1 = np.einsum("ij,i->j", W2, dz2) * relu_prime(z1)
    return {"W2": dz2[:, None] * a1[None, :], "b2": dz2, "W1": dz1[:, None] * x[None, :], "b1": dz1}
