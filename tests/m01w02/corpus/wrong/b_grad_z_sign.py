# module: session_b.bce
# check: session_b.bce_grad_z
# pitfall: bce_grad_sign
# says: finite differences
def bce_grad_z(z, y):
    return y - sigmoid(z)
