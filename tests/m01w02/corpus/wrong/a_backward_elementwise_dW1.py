# module: session_a.backprop
# check: session_a.mlp_backward.shapes
# why: ∂L/∂W1 written as the elementwise product dz1 * x instead of the outer product (no W is transposed anywhere)
def mlp_backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, y_hat = mlp_forward(x, W1, b1, W2, b2)
    dz2 = y_hat - y
    dz1 = (W2.T @ dz2) * relu_prime(z1)
    return {"W1": dz1 * x, "b1": dz1, "W2": np.outer(dz2, a1), "b2": dz2}
