# module: session_a.backprop
# why: internally everything as (n, 1) column vectors (textbook style), reshaped back to the contract shapes at the end
def mlp_forward(x, W1, b1, W2, b2):
    xc = x.reshape(-1, 1)
    z1 = W1 @ xc + b1.reshape(-1, 1)
    a1 = np.maximum(z1, 0)
    z2 = W2 @ a1 + b2.reshape(-1, 1)
    y_hat = 1 / (1 + np.exp(-z2))
    return z1.ravel(), a1.ravel(), z2.ravel(), y_hat.ravel()


def mlp_backward(x, y, W1, b1, W2, b2):
    xc = x.reshape(-1, 1)
    z1 = W1 @ xc + b1[:, None]
    a1 = np.maximum(z1, 0)
    z2 = W2 @ a1 + b2[:, None]
    y_hat = 1 / (1 + np.exp(-z2))
    delta2 = y_hat - y                     # (1, 1)
    delta1 = (W2.T @ delta2) * (z1 > 0)    # (h, 1)
    return {
        "W1": delta1 @ xc.T,
        "b1": delta1[:, 0],
        "W2": delta2 @ a1.T,
        "b2": delta2.reshape(1),
    }
