# module: session_a.backprop
# why: forward and backward written with nested Python loops and math.exp, returning lists / list-of-lists
import math


def mlp_forward(x, W1, b1, W2, b2):
    h, d = len(W1), len(x)
    z1 = [sum(W1[j][k] * x[k] for k in range(d)) + b1[j] for j in range(h)]
    a1 = [z if z > 0 else 0.0 for z in z1]
    z2 = [sum(W2[0][j] * a1[j] for j in range(h)) + b2[0]]
    t = z2[0]
    y_hat = [1 / (1 + math.exp(-t)) if t >= 0 else math.exp(t) / (1 + math.exp(t))]
    return z1, a1, z2, y_hat


def mlp_backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, y_hat = mlp_forward(x, W1, b1, W2, b2)
    h, d = len(z1), len(x)
    dz2 = y_hat[0] - y
    dW2 = [[dz2 * a for a in a1]]
    db2 = [dz2]
    dz1 = [W2[0][j] * dz2 * (1.0 if z1[j] > 0 else 0.0) for j in range(h)]
    dW1 = [[dz1[j] * x[k] for k in range(d)] for j in range(h)]
    return {"W1": dW1, "b1": dz1, "W2": dW2, "b2": db2}
