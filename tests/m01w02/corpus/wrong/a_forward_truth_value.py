# module: session_a.backprop
# check: session_a.mlp_forward
# pitfall: none
# says: truth value of an array
# seeds: 20
def mlp_forward(x, W1, b1, W2, b2):
    z1 = W1 @ x + b1
    a1 = z1 if z1 > 0 else 0 * z1  # an if on a whole array
    z2 = W2 @ a1 + b2
    return z1, a1, z2, sigmoid(z2)
