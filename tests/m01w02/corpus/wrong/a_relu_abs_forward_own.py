# module: session_a.backprop
# check: session_a.relu
# passes: session_a.mlp_forward, session_a.mlp_backward.shapes, session_a.mlp_backward.values
# seeds: 20
def relu(z):
    return np.abs(z)  # wrong


def mlp_forward(x, W1, b1, W2, b2):
    z1 = W1 @ x + b1
    a1 = np.maximum(z1, 0.0)  # does not call relu
    z2 = W2 @ a1 + b2
    return z1, a1, z2, sigmoid(z2)


def mlp_backward(x, y, W1, b1, W2, b2):
    z1 = W1 @ x + b1
    a1 = np.maximum(z1, 0.0)
    dz2 = sigmoid(W2 @ a1 + b2) - y
    dz1 = (W2.T @ dz2) * (z1 > 0)
    return {"W1": np.outer(dz1, x), "b1": dz1, "W2": np.outer(dz2, a1), "b2": dz2}
