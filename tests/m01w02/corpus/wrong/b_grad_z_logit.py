# module: session_b.bce
# check: session_b.bce_grad_z
# pitfall: bce_grad_no_sigmoid
def bce_grad_z(z, y):
    return z - y
