"""Newsline's screens: the main reader, the help screen and the problems view."""
