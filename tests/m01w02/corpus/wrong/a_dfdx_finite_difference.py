# module: session_a.gradients
# check: session_a.df_dx
# why: ∂f/∂x by a central difference of f_xy in x (y held fixed numerically), not differentiated by hand; exact for a quadratic, so it matches 2x + 3y on symbols and arrays
def df_dx(x, y):
    h = 1e-3
    return (f_xy(x + h, y) - f_xy(x - h, y)) / (2 * h)
