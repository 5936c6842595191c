# module: session_a.backprop
# check: session_a.mlp_backward.values
# seeds: 10
# why: the ReLU mask is recomputed from W1 @ x, forgetting b1, so units whose sign b1 flips pass the wrong gradient back
def mlp_backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, y_hat = mlp_forward(x, W1, b1, W2, b2)
    dz2 = y_hat - y
    dW2 = np.outer(dz2, a1)
    da1 = W2.T @ dz2
    dz1 = da1 * relu_prime(W1 @ x)
    return {"W1": np.outer(dz1, x), "b1": dz1, "W2": dW2, "b2": dz2}
