"""Newsline: a terminal reader that turns a folder of news articles into a timeline of events."""

__version__ = "0.1.0"
