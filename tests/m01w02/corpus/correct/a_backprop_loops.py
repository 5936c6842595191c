# module: session_a.backprop
def relu(z):
    out = np.array(z, dtype=float, copy=True)
    out[out < 0] = 0.0  # on a copy, so the input stays untouched
    return out


def relu_prime(z):
    return np.heaviside(z, 0.0)


def mlp_backward(x, y, W1, b1, W2, b2):
    h, d = W1.shape
    z1 = [sum(W1[j, k] * x[k] for k in range(d)) + b1[j] for j in range(h)]
    a1 = [max(0.0, v) for v in z1]
    z2 = sum(W2[0, j] * a1[j] for j in range(h)) + b2[0]
    dz2 = 1 / (1 + np.exp(-z2)) - y
    dW1 = np.zeros((h, d))
    db1 = np.zeros(h)
    for j in range(h):
        if z1[j] > 0:
            db1[j] = W2[0, j] * dz2
            for k in range(d):
                dW1[j, k] = db1[j] * x[k]
    return {"W1": dW1, "b1": db1, "W2": np.array([[dz2 * a for a in a1]]), "b2": np.array([dz2])}
