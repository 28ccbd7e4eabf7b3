"""From first principles, NumPy only: autograd, nn, optim, linear algebra, probability,
classical ML and metrics. Import the submodules (e.g. ``genforge.scratch.linear_model``).
"""
