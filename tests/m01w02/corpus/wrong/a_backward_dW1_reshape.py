# module: session_a.backprop
# check: session_a.mlp_backward.values
# why: np.outer(x, dz1) has shape (d, h); "fixed" with .reshape(W1.shape), which scrambles the entries instead of transposing
def mlp_backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, y_hat = mlp_forward(x, W1, b1, W2, b2)
    dz2 = y_hat - y
    dz1 = (W2.T @ dz2) * relu_prime(z1)
    return {"W1": np.outer(x, dz1).reshape(W1.shape), "b1": dz1, "W2": np.outer(dz2, a1), "b2": dz2}
