# module: session_a.backprop
# check: session_a.relu_prime
# pitfall: relu_prime_at_zero
# passes: session_a.mlp_backward.shapes, session_a.mlp_backward.values
# seeds: 20
def relu_prime(z):
    return (np.asarray(z) >= 0).astype(float)  # wrong only at z = 0


def mlp_backward(x, y, W1, b1, W2, b2):
    z1 = W1 @ x + b1
    a1 = np.maximum(z1, 0)
    y_hat = sigmoid(W2 @ a1 + b2)
    dz2 = y_hat - y
    dz1 = (W2.T @ dz2) * (z1 > 0)  # its own mask: relu_prime is not used
    return {"W1": np.outer(dz1, x), "b1": dz1, "W2": np.outer(dz2, a1), "b2": dz2}
