"""Image models on scikit-learn's 8x8 digits: data, the digits CNN, and image-model metrics.

``data`` loads and splits the digits; ``train`` trains the CNN through the one training loop;
``metrics`` scores generated images (Fréchet distance on CNN features, confidence, coverage).
"""
