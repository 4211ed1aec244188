"""Messages made by rnn_studio/core, in the window's language where their template is known.

Core never imports Qt and writes its messages in English (the CLI prints them). The window
shows some of them often: the run's diagnoses (not learning, memorising, a held-out text
unlike the rest, still improving), the fit's reason and the commonest refusals of a text.
Each known template is an English pattern here and a translatable sentence whose ``{0}``,
``{1}``… take the pattern's groups in order; any other message is shown as core wrote it, in
English.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TR_NOOP

from rnn_studio.gui.language import tr

_N = r"(-?[\d,]*\.?\d+(?:e[-+]?\d+)?)"      # a number as core formats it: 1,234 or 0.003 or 3e-05
_ANY = r"(.+?)"

TEMPLATES = (
    (rf"not learning: after {_N} steps the training loss is {_N} nats/char, no better than the {_N} of "
     r"guessing each character from how often it comes in the text",
     QT_TR_NOOP("not learning: after {0} steps the training loss is {1} nats/char, no better than the {2} of "
                "guessing each character from how often it comes in the text")),
    (rf"the learning rate {_N} is too high: try {_N} \(the default\) or lower",
     QT_TR_NOOP("the learning rate {0} is too high: try {1} (the default) or lower")),
    (rf"the learning rate {_N} may be too low: try {_N} \(the default\)",
     QT_TR_NOOP("the learning rate {0} may be too low: try {1} (the default)")),
    (rf"try a lower learning rate than {_N}, or check that the text has patterns to learn "
     r"\(random characters have none\)",
     QT_TR_NOOP("try a lower learning rate than {0}, or check that the text has patterns to learn "
                "(random characters have none)")),
    (rf"memorising the text: the validation loss has not improved for {_N} evaluations \({_N} at step {_N}, "
     rf"now {_N}\) while the training loss fell to {_N}; the model from step {_N} is kept; early stopping ends "
     rf"the run after {_N} evaluations without a new best",
     QT_TR_NOOP("memorising the text: the validation loss has not improved for {0} evaluations ({1} at step {2}, "
                "now {3}) while the training loss fell to {4}; the model from step {5} is kept; early stopping "
                "ends the run after {6} evaluations without a new best")),
    (rf"memorising the text: the validation loss has not improved for {_N} evaluations \({_N} at step {_N}, "
     rf"now {_N}\) while the training loss fell to {_N}; the model from step {_N} is kept",
     QT_TR_NOOP("memorising the text: the validation loss has not improved for {0} evaluations ({1} at step {2}, "
                "now {3}) while the training loss fell to {4}; the model from step {5} is kept")),
    (rf"the held-out text differs from the training text: the validation loss has not improved for {_N} "
     rf"evaluations \({_N} at step {_N}, now {_N}\) while the training loss fell to {_N}, after {_N} passes over "
     rf"the training text, too few to memorise it; the model from step {_N} is kept; early stopping ends the run "
     rf"after {_N} evaluations without a new best",
     QT_TR_NOOP("the held-out text differs from the training text: the validation loss has not improved for {0} "
                "evaluations ({1} at step {2}, now {3}) while the training loss fell to {4}, after {5} passes over "
                "the training text, too few to memorise it; the model from step {6} is kept; early stopping ends "
                "the run after {7} evaluations without a new best")),
    (rf"the held-out text differs from the training text: the validation loss has not improved for {_N} "
     rf"evaluations \({_N} at step {_N}, now {_N}\) while the training loss fell to {_N}, after {_N} passes over "
     rf"the training text, too few to memorise it; the model from step {_N} is kept",
     QT_TR_NOOP("the held-out text differs from the training text: the validation loss has not improved for {0} "
                "evaluations ({1} at step {2}, now {3}) while the training loss fell to {4}, after {5} passes over "
                "the training text, too few to memorise it; the model from step {6} is kept")),
    (rf"validation reads the last {_N}% of the text: if the text ends with writing unlike the rest, move some "
     r"writing like the rest to its end",
     QT_TR_NOOP("validation reads the last {0}% of the text: if the text ends with writing unlike the rest, move "
                "some writing like the rest to its end")),
    (rf"more text, more dropout \({_N} instead of {_N}\) or a smaller model \({_N} units instead of {_N}\) "
     r"would help",
     QT_TR_NOOP("more text, more dropout ({0} instead of {1}) or a smaller model ({2} units instead of {3}) "
                "would help")),
    (rf"more text, more dropout \({_N} instead of {_N}\) or a smaller model \(fewer layers\) would help",
     QT_TR_NOOP("more text, more dropout ({0} instead of {1}) or a smaller model (fewer layers) would help")),
    (rf"more text, more dropout \({_N} instead of {_N}\), dropout on the inputs \({_N} instead of {_N}\) or a "
     rf"smaller model \({_N} units instead of {_N}\) would help",
     QT_TR_NOOP("more text, more dropout ({0} instead of {1}), dropout on the inputs ({2} instead of {3}) or a "
                "smaller model ({4} units instead of {5}) would help")),
    (rf"more text, more dropout \({_N} instead of {_N}\), dropout on the inputs \({_N} instead of {_N}\) or a "
     r"smaller model \(fewer layers\) would help",
     QT_TR_NOOP("more text, more dropout ({0} instead of {1}), dropout on the inputs ({2} instead of {3}) or a "
                "smaller model (fewer layers) would help")),
    (rf"still improving at the end: the last {_N} evaluations? gained {_N} nats/char \({_N} at step {_N}, "
     rf"{_N} at step {_N}\)",
     QT_TR_NOOP("still improving at the end: the last {0} evaluations gained {1} nats/char ({2} at step {3}, "
                "{4} at step {5})")),
    (rf"stopped early at step {_N}: the validation loss has not improved for {_N} evaluations; the best model, "
     rf"from step {_N} \({_N} nats/char\), is kept",
     QT_TR_NOOP("stopped early at step {0}: the validation loss has not improved for {1} evaluations; the best "
                "model, from step {2} ({3} nats/char), is kept")),
    (r"more time would help: continue training this model with a larger budget",
     QT_TR_NOOP("more time would help: continue training this model with a larger budget")),
    (rf"this run is not recorded: {_ANY}", QT_TR_NOOP("this run is not recorded: {0}")),     # training/run.py
    (rf"{_ANY}: no such file", QT_TR_NOOP("{0}: no such file")),
    # The fit's reason (core/fitting.py), one template per unit of the budget.
    (rf"about {_N} passes over a {_N} (KB|MB) text in {_N} steps",
     QT_TR_NOOP("about {0} passes over a {1} {2} text in {3} steps")),
    (rf"about {_N} passes over a {_N} (KB|MB) text in {_N} s",
     QT_TR_NOOP("about {0} passes over a {1} {2} text in {3} s")),
    (rf"about {_N} passes over a {_N} (KB|MB) text in {_N} min",
     QT_TR_NOOP("about {0} passes over a {1} {2} text in {3} min")),
    (rf"about {_N} passes over a {_N} (KB|MB) text in {_N} h",
     QT_TR_NOOP("about {0} passes over a {1} {2} text in {3} h")),
    (rf"{_ANY}: is a folder, not a text file", QT_TR_NOOP("{0}: is a folder, not a text file")),
    (rf"{_ANY}: is empty", QT_TR_NOOP("{0}: is empty")),
    (rf"{_ANY}: holds only white space", QT_TR_NOOP("{0}: holds only white space")),
    (rf"{_ANY}: contains NUL characters, so it looks like a binary file, not text",
     QT_TR_NOOP("{0}: contains NUL characters, so it looks like a binary file, not text")),
)
_COMPILED = tuple((re.compile(pattern, re.DOTALL), template) for pattern, template in TEMPLATES)


def translate(message: str) -> str:
    """``message`` (one of core's) in the window's language if its template is known."""
    for pattern, template in _COMPILED:
        m = pattern.fullmatch(message.strip())
        if m:
            said = tr(template)
            # Untranslated (English): core's own words, which also get plurals right.
            return said.format(*m.groups()) if said != template else message
    return message
