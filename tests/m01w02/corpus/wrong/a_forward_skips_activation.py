# module: session_a.backprop
# check: session_a.mlp_forward
# why: the output layer is fed the pre-activation z1 instead of a1 = ReLU(z1)
def mlp_forward(x, W1, b1, W2, b2):
    z1 = W1 @ x + b1
    a1 = relu(z1)
    z2 = W2 @ z1 + b2
    return z1, a1, z2, sigmoid(z2)
