"""Backpropagation through a tiny network: x → ReLU hidden layer → sigmoid output.

Shapes: x (d,), W1 (h, d), b1 (h,), W2 (1, h), b2 (1,).
    z1 = W1 x + b1        a1 = ReLU(z1)
    z2 = W2 a1 + b2       ŷ = σ(z2)
Loss: binary cross-entropy L = −[y log ŷ + (1 − y) log(1 − ŷ)] with y ∈ {0, 1}.
"""
import numpy as np


def sigmoid(z):
    """σ(z) = 1 / (1 + e^(−z)), written with tanh so it never overflows   (given)."""
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=float)))


def relu(z):
    """ReLU(z) = max(0, z), elementwise, for an array of any shape. Return a new array; leave z unchanged."""
    # TODO: return max(0, z) elementwise.
    ### BEGIN SOLUTION
    return np.maximum(0.0, z)
    ### END SOLUTION


def relu_prime(z):
    """ReLU'(z), elementwise for any shape: 1 where z > 0 and 0 where z ≤ 0 (we pick 0 at the kink z = 0)."""
    # TODO: return the elementwise derivative of ReLU.
    ### BEGIN SOLUTION
    return (np.asarray(z) > 0).astype(float)
    ### END SOLUTION


def mlp_forward(x, W1, b1, W2, b2):
    """The forward pass. Returns (z1, a1, z2, y_hat) with shapes (h,), (h,), (1,), (1,)."""
    # TODO: compute z1, a1, z2 and y_hat as in the module docstring.
    ### BEGIN SOLUTION
    z1 = W1 @ x + b1
    a1 = relu(z1)
    z2 = W2 @ a1 + b2
    y_hat = sigmoid(z2)
    return z1, a1, z2, y_hat
    ### END SOLUTION


def mlp_backward(x, y, W1, b1, W2, b2):
    """Gradients of the BCE loss: a dict with keys "W1", "b1", "W2", "b2".

    Each gradient has the shape of its parameter. Walk backwards:
        ∂L/∂z2 = ŷ − y
        ∂L/∂W2 = ∂L/∂z2 · a1ᵀ            ∂L/∂b2 = ∂L/∂z2
        ∂L/∂a1 = W2ᵀ · ∂L/∂z2
        ∂L/∂z1 = ∂L/∂a1 ⊙ ReLU'(z1)
        ∂L/∂W1 = ∂L/∂z1 · xᵀ             ∂L/∂b1 = ∂L/∂z1
    """
    # TODO: run the forward pass, then apply the chain rule backwards.
    ### BEGIN SOLUTION
    z1, a1, z2, y_hat = mlp_forward(x, W1, b1, W2, b2)
    dz2 = y_hat - y                      # (1,)
    dW2 = np.outer(dz2, a1)              # (1, h)
    db2 = dz2                            # (1,)
    da1 = W2.T @ dz2                     # (h,): the transpose carries the gradient back
    dz1 = da1 * relu_prime(z1)           # (h,)
    dW1 = np.outer(dz1, x)               # (h, d)
    db1 = dz1                            # (h,)
    return {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
    ### END SOLUTION
