# module: session_b.bce
# check: session_b.bce_grad_z
# pitfall: bce_grad_extra_factor
def bce_grad_z(z, y):
    s = sigmoid(z)
    return (s - y) * s * (1 - s)
