# module: session_a.backprop
# why: np.matmul / einsum / np.multiply.outer, forward returns a list not a tuple, gradient dict built with dict(zip(...))
def mlp_forward(x, W1, b1, W2, b2):
    z1 = np.matmul(W1, x) + b1
    a1 = relu(z1)
    z2 = np.einsum("ij,j->i", W2, a1) + b2
    return [z1, a1, z2, sigmoid(z2)]


def mlp_backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, y_hat = mlp_forward(x, W1, b1, W2, b2)
    dz2 = y_hat - y
    dz1 = np.einsum("ij,i->j", W2, dz2) * relu_prime(z1)
    grads = (np.multiply.outer(dz1, x), dz1.copy(), np.multiply.outer(dz2, a1), dz2.copy())
    return dict(zip(["W1", "b1", "W2", "b2"], grads))
