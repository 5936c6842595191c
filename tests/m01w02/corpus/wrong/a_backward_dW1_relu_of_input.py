# module: session_a.backprop
# seeds: 10
# why: the first layer's "input activation" taken as relu(x), as if x came out of a ReLU layer: ∂L/∂W1 = δ₁·relu(x)ᵀ is wrong in every column where x < 0
# check: session_a.mlp_backward.values
def mlp_backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, y_hat = mlp_forward(x, W1, b1, W2, b2)
    a0 = relu(x)
    dz2 = y_hat - y
    dW2 = np.outer(dz2, a1)
    dz1 = (W2.T @ dz2) * relu_prime(z1)
    return {"W1": np.outer(dz1, a0), "b1": dz1, "W2": dW2, "b2": dz2}
