# module: session_a.gradients
# why: module-level lambdas instead of def, partials written as sum() of repeated terms
df_dx = lambda x, y: sum((x, x, y, y, y))  # noqa: E731  2x + 3y
df_dy = lambda x, y: sum([x, x, x]) + sum([y, y])  # noqa: E731  3x + 2y
grad_f = lambda x, y: (df_dx(x, y), df_dy(x, y))  # noqa: E731
