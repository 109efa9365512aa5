"""The date rules, one module per family; :mod:`tui.extract.timex.resolve` maps each rule kind of
the language files to its handler.

Every handler has the same shape, ``handler(ctx, g, start, end)``: the document's
:class:`~tui.extract.timex.context.Context`, the match's groups by local name, and the extent of
the expression; it returns ``(type, value, When | None)``, or None to turn the match down (the
later rules then get their turn at the same place).
"""
