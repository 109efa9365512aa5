"""What the widgets show, worked out without Textual: the timeline's rows, the reader's wrapped
paragraphs, the actor list's groups and the actor details. These modules build Rich text and
segments (they may import rich, never textual) so they are tested without starting the app."""
