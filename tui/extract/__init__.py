"""Extraction: dates, actors and events from documents. Pure functions; no Textual import."""
