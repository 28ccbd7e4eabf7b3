"""Stubs generated from ``proto/genforge.proto`` by ``make proto``; do not edit by hand."""
