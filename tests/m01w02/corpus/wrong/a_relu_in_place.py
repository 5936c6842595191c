# module: session_a.backprop
# check: session_a.relu
# pitfall: mutates_input
def relu(z):
    z[z < 0] = 0
    return z
