<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="78"/>
        <source>&amp;New Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="78"/>
        <source>Forget the current model and start a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="79"/>
        <source>&amp;Open Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="79"/>
        <source>Open a text file to train on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="80"/>
        <source>Open &amp;Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="81"/>
        <source>Open a trained model (.rnn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="82"/>
        <source>&amp;Save Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="82"/>
        <source>Save the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="83"/>
        <source>Save Model &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="84"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="85"/>
        <location filename="../../rnn_studio/gui/actions.py" line="118"/>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="85"/>
        <source>Train (or continue training) the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="86"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="86"/>
        <source>Pause or resume training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="87"/>
        <source>St&amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="87"/>
        <source>Stop training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="88"/>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="88"/>
        <source>Write with the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="89"/>
        <source>Stop &amp;Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="90"/>
        <source>&amp;Copy Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="91"/>
        <source>Save &amp;Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="92"/>
        <source>&amp;About RNN Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="93"/>
        <source>&amp;Next Character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="94"/>
        <source>The model&apos;s guesses for the next character as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="95"/>
        <source>&amp;Surprisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="96"/>
        <source>Score a text: each character coloured by how surprised the model is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="97"/>
        <source>&amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="98"/>
        <source>What every unit of the network does over a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="99"/>
        <source>&amp;Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="100"/>
        <source>Past runs: compare their curves, open their models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="101"/>
        <source>The &amp;Lecture, Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="102"/>
        <source>Watch the lecture&apos;s “hello” RNN learn, step by step, with every number shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="103"/>
        <source>What Do These &amp;Numbers Mean?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="104"/>
        <source>Loss, bits per character, accuracy and the frequency baseline, explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="107"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="109"/>
        <source>Sample &amp;Texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="112"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="120"/>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="122"/>
        <source>&amp;Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="124"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="129"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="135"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="161"/>
        <source>Model: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="168"/>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="170"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/language.py" line="111"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/language.py" line="117"/>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/language.py" line="131"/>
        <source>Language: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/language.py" line="133"/>
        <source>Language: {0}. It applies when RNN Studio starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/language.py" line="137"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="116"/>
        <source>a save is already under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="119"/>
        <source>Nothing to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="119"/>
        <source>Train a model first; then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="125"/>
        <source>Save Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="131"/>
        <source>saving {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="81"/>
        <location filename="../../rnn_studio/gui/training/feature.py" line="93"/>
        <location filename="../../rnn_studio/gui/training/feature.py" line="107"/>
        <source>Cannot train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="81"/>
        <source>Open a text to train on first (File ▸ Open Text…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="93"/>
        <source>Model too big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="94"/>
        <source>not started: the model would not fit in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="95"/>
        <source>not started: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="116"/>
        <source>training on {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="24"/>
        <source>not learning: after {0} steps the training loss is {1} nats/char, no better than the {2} of guessing each character from how often it comes in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="27"/>
        <source>the learning rate {0} is too high: try {1} (the default) or lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="29"/>
        <source>the learning rate {0} may be too low: try {1} (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="32"/>
        <source>try a lower learning rate than {0}, or check that the text has patterns to learn (random characters have none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="37"/>
        <source>memorising the text: the validation loss has not improved for {0} evaluations ({1} at step {2}, now {3}) while the training loss fell to {4}; the model from step {5} is kept; early stopping ends the run after {6} evaluations without a new best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="42"/>
        <source>memorising the text: the validation loss has not improved for {0} evaluations ({1} at step {2}, now {3}) while the training loss fell to {4}; the model from step {5} is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="46"/>
        <source>more text, more dropout ({0} instead of {1}) or a smaller model ({2} units instead of {3}) would help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="49"/>
        <source>more text, more dropout ({0} instead of {1}) or a smaller model (fewer layers) would help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="52"/>
        <source>still improving at the end: the last {0} evaluations gained {1} nats/char ({2} at step {3}, {4} at step {5})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="55"/>
        <source>more time would help: continue training this model with a larger budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="56"/>
        <source>{0}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="57"/>
        <source>{0}: is a folder, not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="58"/>
        <source>{0}: is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="59"/>
        <source>{0}: holds only white space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="61"/>
        <source>{0}: contains NUL characters, so it looks like a binary file, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/panel.py" line="98"/>
        <source>(no sample texts installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="30"/>
        <source>far too big for this computer: training needs about {0:.1f} GiB of its {1:.0f} GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="34"/>
        <source>far too big for this text ({0} parameters per character): it will learn the text by heart; watch the validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="37"/>
        <source>far too small for this text: it will underfit; try more hidden units or layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="39"/>
        <source>under 1 MB to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="40"/>
        <source>about {0} MB to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/overlay.py" line="22"/>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="38"/>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/overlay.py" line="22"/>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="38"/>
        <source>characters seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/overlay.py" line="23"/>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="39"/>
        <source>training time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/overlay.py" line="100"/>
        <source>Cannot compare runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="30"/>
        <source>All corpora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="14"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="14"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="14"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="15"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="15"/>
        <source>Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="15"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="16"/>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="16"/>
        <source>Chars/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="17"/>
        <source>Best val</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="17"/>
        <source>Best bpc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="18"/>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="18"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="19"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="24"/>
        <source>still training (here or in another process)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="25"/>
        <source>its process ended without finishing the run (a crash, a kill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="26"/>
        <source>the loss stopped being a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="27"/>
        <source>stopped before its budget was spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="86"/>
        <source>no model file recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/views.py" line="50"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/views.py" line="51"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/views.py" line="52"/>
        <source>Writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/views.py" line="53"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/views.py" line="54"/>
        <source>Next character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/views.py" line="54"/>
        <source>Surprisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/views.py" line="55"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="17"/>
        <source>Text files (*.txt *.md *.csv *.tsv *.text);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="18"/>
        <source>RNN Studio models (*.rnn);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="19"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="36"/>
        <source>Unsaved model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="37"/>
        <source>The model “{0}” has trained weights that are not saved.
Save them before going on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="39"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="40"/>
        <source>&amp;Don&apos;t Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="41"/>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="62"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="52"/>
        <source>This model was trained on “{0}”, but the open text is “{1}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="54"/>
        <source>Continue on the model&apos;s own text, or fine-tune it on the open one (it will learn the open text and may forget some of its own)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="57"/>
        <source>Its own text was not found where it was. Fine-tune the model on the open text (it will learn it and may forget some of its own)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="59"/>
        <source>Continue on another text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="60"/>
        <source>Continue on &amp;its own text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="61"/>
        <source>&amp;Fine-tune on “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="82"/>
        <source>Recover training run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="83"/>
        <source>RNN Studio did not close properly last time. An autosaved training run was found:

{0}

Recover it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="85"/>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="86"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="40"/>
        <source>loss (nats per character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="40"/>
        <source>loss (bits per character)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlternativesPanel</name>
    <message>
        <location filename="../../rnn_studio/gui/inspect/alternatives_panel.py" line="42"/>
        <source>Write N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/alternatives_panel.py" line="43"/>
        <source>Write N continuations of the prefix side by side, one batched step per character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/alternatives_panel.py" line="45"/>
        <source>Click a character of a continuation to see what else the model considered there, then a bar to write on from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/alternatives_panel.py" line="52"/>
        <source>Alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/alternatives_panel.py" line="54"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/alternatives_panel.py" line="56"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/alternatives_panel.py" line="67"/>
        <source>internal error:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/alternatives_panel.py" line="88"/>
        <source>writing {0} continuations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/alternatives_panel.py" line="108"/>
        <source>{0} continuations of “{1}”. Click a character to branch there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/alternatives_panel.py" line="141"/>
        <source>Continuation {0}, character {1}: what the model expected there (the one it wrote in orange). Click a bar to write on from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorpusFeature</name>
    <message>
        <location filename="../../rnn_studio/gui/corpus/feature.py" line="76"/>
        <source>Open Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/feature.py" line="85"/>
        <location filename="../../rnn_studio/gui/corpus/feature.py" line="199"/>
        <location filename="../../rnn_studio/gui/corpus/feature.py" line="201"/>
        <source>Cannot open text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/feature.py" line="86"/>
        <source>Training is under way; stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/feature.py" line="135"/>
        <source>loading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/feature.py" line="161"/>
        <source>opened {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/feature.py" line="192"/>
        <source>could not open {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorpusPanel</name>
    <message>
        <location filename="../../rnn_studio/gui/corpus/panel.py" line="31"/>
        <source>Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/panel.py" line="33"/>
        <location filename="../../rnn_studio/gui/corpus/panel.py" line="75"/>
        <source>No text loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/panel.py" line="46"/>
        <source>Open a text file (Ctrl+O) or drop one on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/panel.py" line="49"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/panel.py" line="50"/>
        <source>Open a text file to train on (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/panel.py" line="53"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/panel.py" line="54"/>
        <source>Texts that come with RNN Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/panel.py" line="72"/>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/panel.py" line="83"/>
        <source>{size} · {chars:,} characters · {vocab} distinct · {enc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncodingDialog</name>
    <message>
        <location filename="../../rnn_studio/gui/widgets/encoding_dialog.py" line="15"/>
        <source>Choose the text&apos;s encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/encoding_dialog.py" line="16"/>
        <source>{0}

Pick the encoding in which the preview reads right; RNN Studio will remember it for this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/encoding_dialog.py" line="35"/>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <location filename="../../rnn_studio/gui/inspect/unit_plots.py" line="49"/>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorView</name>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="41"/>
        <source>Paste a text here, then Inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="42"/>
        <source>Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="47"/>
        <source>First character of the window the heat map and the gates show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="53"/>
        <source>A built-in pattern, or type a regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="54"/>
        <source>Find units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="76"/>
        <source>internal error:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="81"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="81"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="82"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="82"/>
        <source>Window from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="87"/>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="100"/>
        <source>Units × characters (the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="102"/>
        <source>The unit&apos;s gates per character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="111"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="112"/>
        <source>The text coloured by one unit: blue −1, white 0, red +1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="127"/>
        <source>Train a model or open one to look at its units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="132"/>
        <source>layer {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="138"/>
        <source>h (hidden state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="140"/>
        <source>tanh(c) (cell state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="159"/>
        <source>reading {0:,} characters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="166"/>
        <source>{0:,} characters, {1} layer(s) of {2} units. Click a character to move the window there; click the heat map to pick a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="217"/>
        <source>Unit {0} of layer {1}, characters {2}–{3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="250"/>
        <source>point-biserial correlation r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="250"/>
        <source>Pearson correlation r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="251"/>
        <source>Units whose h tracks {0}, by |{1}| (negative r: the unit is low where the pattern holds).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LectureFeature</name>
    <message>
        <location filename="../../rnn_studio/gui/lecture/feature.py" line="33"/>
        <source>The lecture, live — RNN Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/lecture/feature.py" line="47"/>
        <source>New to RNNs? Watch the lecture&apos;s “hello” example learn, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/lecture/feature.py" line="59"/>
        <source>the model form now has the lecture&apos;s cell and depth: open your text and press Train</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="57"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="58"/>
        <source>train (smoothed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="60"/>
        <source>val</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="70"/>
        <source>frequency baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="75"/>
        <source>best (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="192"/>
        <source>step {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="195"/>
        <source>train {0:.3f} (smoothed {1:.3f}) {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="199"/>
        <source>val {0:.3f} {1} at step {2}, accuracy {3:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="205"/>
        <source>{0} chars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="210"/>
        <source>nats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="210"/>
        <source>bits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossPlotPanel</name>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="249"/>
        <source>steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="249"/>
        <source>characters seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="250"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="253"/>
        <source>nats / char</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="254"/>
        <source>bits / char</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="257"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="261"/>
        <source>x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="263"/>
        <source>y:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../rnn_studio/gui/main_window.py" line="70"/>
        <source>engine: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/main_window.py" line="104"/>
        <location filename="../../rnn_studio/gui/main_window.py" line="273"/>
        <location filename="../../rnn_studio/gui/main_window.py" line="331"/>
        <source>loading engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/main_window.py" line="226"/>
        <source>Train a model or open one to write with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/main_window.py" line="246"/>
        <source>training a new model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/main_window.py" line="251"/>
        <source>{cell} trained for {steps:,} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/main_window.py" line="252"/>
        <source> on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/main_window.py" line="262"/>
        <source>step {0:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/main_window.py" line="286"/>
        <source>open a text to size the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/main_window.py" line="308"/>
        <source>{0}; training goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/main_window.py" line="310"/>
        <source>autosaved at step {0:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/main_window.py" line="329"/>
        <source>torch {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/main_window.py" line="330"/>
        <source>CPU only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/main_window.py" line="332"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/main_window.py" line="338"/>
        <source>engine unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/main_window.py" line="339"/>
        <source>Engine unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/main_window.py" line="382"/>
        <source>finishing the save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/main_window.py" line="424"/>
        <source>About RNN Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/main_window.py" line="425"/>
        <source>RNN Studio {0}

Train a character-level recurrent network (RNN, LSTM or GRU) on your own text, watch it learn, then write with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelDocument</name>
    <message>
        <location filename="../../rnn_studio/gui/model/document.py" line="36"/>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelFeature</name>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="61"/>
        <source>Cannot start a new model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="69"/>
        <source>new model: choose its shape and press Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="72"/>
        <source>Open Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="78"/>
        <location filename="../../rnn_studio/gui/model/feature.py" line="93"/>
        <source>Cannot open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="97"/>
        <source>opened at step {0:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="105"/>
        <source> (the open text has {0} characters this model never saw: it can write, but cannot train on that text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="107"/>
        <source>opened {0}: {1}, trained {2:,} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="144"/>
        <source>saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="149"/>
        <source>Cannot save model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="153"/>
        <source>Training is under way; stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPanel</name>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="49"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="56"/>
        <source>one-hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="57"/>
        <source>Feed each character as a one-hot vector (the lecture&apos;s form) instead of a learned embedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="61"/>
        <source>Hangul as jamo (자모)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="63"/>
        <source>Train on Hangul&apos;s letters (jamo) instead of whole syllables: a much smaller vocabulary (379 symbols become 75 on the bundled constitution); the model still writes whole syllables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="71"/>
        <source>New model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="72"/>
        <source>Forget the current model and choose a new shape (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="82"/>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="83"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="84"/>
        <source>Hidden units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="85"/>
        <source>Embedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="86"/>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="88"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextCharView</name>
    <message>
        <location filename="../../rnn_studio/gui/inspect/next_char_view.py" line="35"/>
        <source>Type a beginning; empty means the start of a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/next_char_view.py" line="41"/>
        <source>Divide the logits by T before the softmax; 0 keeps only the likeliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/next_char_view.py" line="51"/>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/next_char_view.py" line="53"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/next_char_view.py" line="55"/>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/next_char_view.py" line="60"/>
        <source>What comes next?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/next_char_view.py" line="61"/>
        <source>The model&apos;s probabilities for the next character; click a bar to append it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/next_char_view.py" line="81"/>
        <source>internal error:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/next_char_view.py" line="114"/>
        <source>Train a model or open one to see what it expects next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/next_char_view.py" line="129"/>
        <source>reading the prefix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/next_char_view.py" line="145"/>
        <source>After the start of a line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/next_char_view.py" line="147"/>
        <source>After “{0}”:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumbersHelp</name>
    <message>
        <location filename="../../rnn_studio/gui/help/numbers.py" line="73"/>
        <source>What do these numbers mean?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/help/numbers.py" line="85"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <location filename="../../rnn_studio/gui/inspect/bar_chart.py" line="84"/>
        <source>Click to append it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryFeature</name>
    <message>
        <location filename="../../rnn_studio/gui/recovery/feature.py" line="83"/>
        <source>the autosaved run was discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/recovery/feature.py" line="97"/>
        <source>Cannot recover the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/recovery/feature.py" line="101"/>
        <source>recovered at step {0:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/recovery/feature.py" line="107"/>
        <source>recovered {0}: save it to keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="90"/>
        <source>filter: cell, name, status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="96"/>
        <source>x: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="100"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="100"/>
        <source>overlay the selected runs&apos; loss curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="102"/>
        <source>Open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="102"/>
        <source>open the selected run&apos;s model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="103"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="103"/>
        <source>give the selected run a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="104"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="104"/>
        <source>forget the selected runs (their model files stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="106"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="106"/>
        <source>read the run store again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="117"/>
        <source>loss (nats per character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="123"/>
        <source>Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="185"/>
        <source>1 run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="185"/>
        <source>{0} runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="186"/>
        <source>no runs recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="193"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="266"/>
        <source>run {0}: its model file is gone ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="267"/>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="276"/>
        <source>Rename run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="276"/>
        <source>A name for run {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="286"/>
        <source>run {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="287"/>
        <source>{0} runs ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="288"/>
        <source>Delete runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="289"/>
        <source>Forget {0}? Their model files stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamplesTimeline</name>
    <message>
        <location filename="../../rnn_studio/gui/training/timeline.py" line="22"/>
        <source>Every few steps the model writes a short sample; they appear here, so you can watch the text improve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/timeline.py" line="27"/>
        <source>Samples during training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/timeline.py" line="34"/>
        <source>step {0:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/timeline.py" line="36"/>
        <source> · validation {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideBySideSamples</name>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="44"/>
        <source>prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="46"/>
        <source>the text every model continues (empty: the start of a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="48"/>
        <source>seed </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="49"/>
        <source> chars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="51"/>
        <source>Write side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="53"/>
        <source>continue the same prefix with the same seed from each selected run&apos;s model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="62"/>
        <source>Select runs to read their samples side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="90"/>
        <source>(no sample recorded during training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="109"/>
        <source>(its model file is gone: {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="109"/>
        <source>(cannot write with it: {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="110"/>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="125"/>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="143"/>
        <source>writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="144"/>
        <source>(not written: {0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurprisalView</name>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="44"/>
        <source>Paste a text here, or open a file, then Score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="45"/>
        <source>Open text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="46"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="47"/>
        <source>Save as HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="54"/>
        <source>Point at a character to see the model&apos;s five likeliest guesses there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="63"/>
        <source>bits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="76"/>
        <source>Surprisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="77"/>
        <source>Each character coloured by its cost in bits, −log₂ of the probability the model gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="89"/>
        <source>internal error:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="100"/>
        <source>Train a model or open one to score a text with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="116"/>
        <source>scoring {0:,} characters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="133"/>
        <source>&lt;b&gt;{0:.4f}&lt;/b&gt; bits per character, accuracy &lt;b&gt;{1:.2%}&lt;/b&gt;, over {2:,} characters predicted (the numbers &lt;tt&gt;rnn-studio eval&lt;/tt&gt; prints).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="137"/>
        <source>{0:,} characters the model never saw are struck out in grey and left out: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="140"/>
        <source>The first {0:,} characters are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="142"/>
        <source>Nothing to score: a text needs at least two characters the model knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="167"/>
        <source>Open a text to score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="176"/>
        <source>Cannot score this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="181"/>
        <source>Save the coloured text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="189"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="42"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="52"/>
        <source>use minutes →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="53"/>
        <source> steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="56"/>
        <location filename="../../rnn_studio/gui/training/panel.py" line="81"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="59"/>
        <location filename="../../rnn_studio/gui/training/panel.py" line="182"/>
        <source>Train for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="62"/>
        <location filename="../../rnn_studio/gui/training/panel.py" line="139"/>
        <source>More settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="66"/>
        <source>Validate every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="66"/>
        <source>Sample every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="67"/>
        <source>Sample length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="67"/>
        <source>Sample prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="68"/>
        <source>Warm-up steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="68"/>
        <source>Final LR ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="69"/>
        <source>Weight decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="69"/>
        <source>Gradient clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="70"/>
        <source>Validation share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="70"/>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="71"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="71"/>
        <source>Report every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="71"/>
        <source>CPU threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="72"/>
        <source>Arithmetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="72"/>
        <source>Stop when it stops helping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="73"/>
        <source>Patience (evaluations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="82"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="83"/>
        <source>Every this many minutes a running model is saved to a recovery file, offered back after a crash (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="85"/>
        <source>Autosave every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="90"/>
        <location filename="../../rnn_studio/gui/training/panel.py" line="176"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="91"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="93"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="109"/>
        <source>Sequence length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="110"/>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="111"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="113"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="166"/>
        <source>not available: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="175"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="176"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="177"/>
        <source>Train the current model further with this budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="178"/>
        <source>Train a new model on the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="182"/>
        <source>Train on for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="191"/>
        <source>%v / %m steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="192"/>
        <source>starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="213"/>
        <source>{cps:,.0f} chars/s · training loss {loss} · ETA {eta}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="217"/>
        <source>paused at step {0:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="218"/>
        <source> · training loss {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingFeature</name>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="131"/>
        <source>fine-tuning on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="142"/>
        <source>paused: you can write with the model, save it, or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="157"/>
        <location filename="../../rnn_studio/gui/training/feature.py" line="192"/>
        <source>step {0:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="162"/>
        <source>step {0:,}: validation loss {1}, {2:.0%} of next characters right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="196"/>
        <source>Training stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="200"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="200"/>
        <source>Stopped early: no longer improving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="201"/>
        <source>Stopped: not learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="201"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="202"/>
        <source>{how} at step {step:,} after {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="206"/>
        <source> · kept the best model: step {0:,}, validation loss {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="207"/>
        <source> · best validation loss {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="216"/>
        <source>not started: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="217"/>
        <source>Cannot train</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui</name>
    <message>
        <location filename="../../rnn_studio/gui/ui.py" line="39"/>
        <source>Internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/ui.py" line="40"/>
        <source>Something went wrong inside RNN Studio; your work so far is kept.

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/ui.py" line="46"/>
        <source>loading engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/ui.py" line="48"/>
        <source>Engine unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../rnn_studio/gui/widgets/units.py" line="34"/>
        <source>bits/char</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/units.py" line="34"/>
        <source>nats/char</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriterPanel</name>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="26"/>
        <source>Type a beginning for the model to continue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="30"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="34"/>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="36"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="37"/>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="157"/>
        <source>Write with the model (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="38"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="39"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="40"/>
        <source>Save text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="44"/>
        <source>The model&apos;s writing appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="47"/>
        <source>Skip unknown characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="48"/>
        <source>Drop prefix characters the model never saw instead of refusing the prefix (the command line&apos;s --skip-unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="61"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="61"/>
        <source>Top-k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="62"/>
        <source>Top-p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="62"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="62"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="71"/>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="81"/>
        <source>Write with the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="88"/>
        <source>Train a model or open one to write with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="113"/>
        <source>writing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WritingFeature</name>
    <message>
        <location filename="../../rnn_studio/gui/writing/feature.py" line="83"/>
        <source>{0} prefix characters the model never saw were dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/feature.py" line="93"/>
        <source>{0:,} characters written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/feature.py" line="94"/>
        <source>stopped after {0:,} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/feature.py" line="114"/>
        <source>text copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/feature.py" line="118"/>
        <source>nothing written yet to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/feature.py" line="120"/>
        <source>Save Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/feature.py" line="126"/>
        <source>Cannot save text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/feature.py" line="128"/>
        <source>text saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="core_strings_generated.py" line="4"/>
        <source>Recurrent cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="5"/>
        <source>rnn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="6"/>
        <source>lstm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="7"/>
        <source>gru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="8"/>
        <source>Stacked recurrent layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="9"/>
        <source>Units per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="10"/>
        <source>Embedding width; 0 feeds one-hot vectors (the lecture&apos;s form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="11"/>
        <source>Dropout between layers and before the output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="12"/>
        <source>Characters in the vocabulary (set from the corpus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="13"/>
        <source>Read Hangul syllables whole (off) or as their jamo, ㅎ+ㅏ+ㄴ for 한 (jamo): a Korean vocabulary shrinks about fivefold and unseen syllables can still be written; samples always show whole syllables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="14"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="15"/>
        <source>jamo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="16"/>
        <source>Characters per training window (truncated BPTT length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="17"/>
        <source>Windows per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="18"/>
        <source>Peak learning rate (AdamW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="19"/>
        <source>The cosine decay&apos;s floor, as a fraction of lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="20"/>
        <source>Steps of linear learning-rate warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="21"/>
        <source>AdamW weight decay (matrices only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="22"/>
        <source>Clip the gradient norm to this; 0 turns clipping off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="23"/>
        <source>Budget in optimiser steps (0: use minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="24"/>
        <source>Budget in minutes of training time (used when steps is 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="25"/>
        <source>Evaluate on the whole validation split every N steps (0: only at the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="26"/>
        <source>Write a short sample every N steps (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="27"/>
        <source>Characters in each progress sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="28"/>
        <source>Prompt for progress samples (empty: the corpus&apos;s first character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="29"/>
        <source>The last fraction of the text held out for validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="30"/>
        <source>Random windows, or contiguous ones with the hidden state carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="31"/>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="32"/>
        <source>contiguous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="33"/>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="34"/>
        <source>Where to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="35"/>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="36"/>
        <source>cpu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="37"/>
        <source>cuda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="38"/>
        <source>mps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="39"/>
        <source>Arithmetic of a training step&apos;s products: bfloat16 is 1.5–1.9× faster on CPUs with native bfloat16 (weights and scores stay float32); auto picks it for the LSTM where the CPU has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="40"/>
        <source>float32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="41"/>
        <source>bfloat16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="42"/>
        <source>CPU threads for torch (0: all cores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="43"/>
        <source>Report a training step every N steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="44"/>
        <source>End the run when it stops helping: validation has not improved for patience evaluations, or the model is not learning at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="45"/>
        <source>Evaluations without a new best validation loss before early stopping ends the run (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="46"/>
        <source>Text the model continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="47"/>
        <source>Characters to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="48"/>
        <source>0 always takes the likeliest character; higher is wilder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="49"/>
        <source>Keep only the k likeliest characters (0: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="50"/>
        <source>Keep the smallest set of characters whose probability reaches p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="51"/>
        <source>Random seed for reproducible writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="52"/>
        <source>input gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="53"/>
        <source>forget gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="54"/>
        <source>candidate (cell input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="55"/>
        <source>output gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="56"/>
        <source>reset gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="57"/>
        <source>update gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="58"/>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="59"/>
        <source>LSTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="60"/>
        <source>GRU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="61"/>
        <source>tanh RNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="62"/>
        <source>inside quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="63"/>
        <source>inside brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="64"/>
        <source>position in the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="65"/>
        <source>vowel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="66"/>
        <source>Hangul syllable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="67"/>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
