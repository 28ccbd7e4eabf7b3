"""Agents: the tool-call format, built-in tools and the plan -> call -> observe loop."""
