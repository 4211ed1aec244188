"""Help ▸ What do these numbers mean?: loss (the lecture's cost), bits per character,
accuracy, the frequency baseline, and what a good value is for the open text; in English
and in Korean, in the lecture's own terms (비용, 정확도)."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout

EN = """
<h3>What do these numbers mean?</h3>
<p><b>Loss</b> is the lecture's <i>cost</i>: at every character the model gives each possible next
character a probability (the softmax of y<sub>t</sub>), and the cost is −log of the probability it gave
the character that really came next, averaged over the text. Lower is better; 0 would mean it was
always certain and always right.</p>
<p><b>nats or bits per character</b> are the same cost in two units: nats use the natural log (what
training minimises), bits use log base 2 (1 nat = 1.443 bits). In bits it reads as compression: a
model at 2 bits/char could store the text in about 2 bits per character. Choose the unit with the
plot's <i>y</i> menu; every number in the window follows it.</p>
<p><b>Accuracy</b> is the lecture's other measure: how often the character with the largest
probability (the prediction) is the one that came next.</p>
<p><b>Training and validation.</b> The training loss is measured on the windows the model learns
from; the validation loss on the last tenth of the text, which it never trains on. When validation
rises while training keeps falling, the model is memorising its text instead of learning to write.</p>
<p><b>The frequency baseline</b> is the cost of a model that knows only how often each character
occurs (the unigram entropy of the text) — the first benchmark any model must beat.{baseline}</p>
<p><b>What is good?</b> Roughly, for English prose: above 2 nats/char (2.9 bits) the model has
learnt little beyond letter frequencies; around 1.5 nats (2.2 bits) it spells words and follows
punctuation; below 1.3 nats (1.9 bits) it writes plausible phrases. Small texts (tens of KB) rarely
get below 1.5 on validation. Korean text has many more distinct characters, so its numbers per
character are higher for the same quality.</p>
"""

KO = """
<h3>이 숫자들은 무엇인가요?</h3>
<p><b>손실(loss)</b>은 강의의 <i>비용(cost)</i>입니다. 모델은 매 글자마다 다음에 올 수 있는 모든 글자에
확률을 줍니다(y<sub>t</sub>의 소프트맥스). 비용은 실제로 다음에 온 글자에 준 확률의 −log 값이며,
텍스트 전체에 대해 평균합니다. 낮을수록 좋고, 0이면 항상 확신하고 항상 맞혔다는 뜻입니다.</p>
<p><b>글자당 nats 또는 bits</b>는 같은 비용을 두 단위로 나타낸 것입니다. nats는 자연로그(학습이
최소화하는 값), bits는 밑이 2인 로그입니다(1 nat = 1.443 bits). bits로 보면 압축률처럼 읽힙니다:
글자당 2 bits인 모델은 텍스트를 글자당 약 2비트로 저장할 수 있습니다. 단위는 그래프의 <i>y</i>
메뉴에서 고르며, 창의 모든 숫자가 그 단위를 따릅니다.</p>
<p><b>정확도(accuracy)</b>는 강의의 다른 척도입니다. 확률이 가장 큰 글자(예측)가 실제로 다음에 온
글자와 같은 비율입니다.</p>
<p><b>학습과 검증.</b> 학습 손실은 모델이 배우는 구간에서, 검증 손실은 학습에 쓰지 않는 텍스트의 마지막
10%에서 잽니다. 학습 손실은 계속 내려가는데 검증 손실이 오르면, 모델이 글쓰기를 배우는 대신 텍스트를
외우고 있는 것입니다.</p>
<p><b>빈도 기준선</b>은 각 글자가 얼마나 자주 나오는지만 아는 모델의 비용(텍스트의 유니그램
엔트로피)입니다. 모든 모델이 먼저 넘어야 할 첫 기준입니다.{baseline}</p>
<p><b>어느 정도면 좋은가요?</b> 영어 산문이라면 대략: 글자당 2 nats(2.9 bits) 이상이면 글자 빈도 이상은
거의 배우지 못한 것이고, 1.5 nats(2.2 bits) 근처면 단어 철자와 문장 부호를 따르며, 1.3 nats(1.9 bits)
아래면 그럴듯한 구절을 씁니다. 작은 텍스트(수십 KB)는 검증 손실이 1.5 아래로 내려가기 어렵습니다.
한국어 텍스트는 서로 다른 글자가 훨씬 많아서, 같은 품질이라도 글자당 숫자가 더 높습니다.</p>
"""


def baseline_sentence(corpus, korean: bool) -> str:
    if corpus is None:
        return ""
    from rnn_studio.core.baseline import unigram_entropy

    h = unigram_entropy(corpus.ids, len(corpus.vocab))
    if korean:
        return f" 지금 열린 텍스트 <i>{corpus.name}</i>의 기준선은 글자당 {h:.3f} nats ({h / math.log(2):.3f} bits)입니다."
    return f" For the open text, <i>{corpus.name}</i>, it is {h:.3f} nats ({h / math.log(2):.3f} bits) per character."


class NumbersHelp(QDialog):
    def __init__(self, parent, corpus, korean: bool = False):
        super().__init__(parent)
        self.setObjectName("numbersHelp")
        self.setWindowTitle(self.tr("What do these numbers mean?"))
        self.corpus = corpus
        self.language = QComboBox(self, objectName="helpLanguageCombo")
        self.language.addItem("English", "en")
        self.language.addItem("한국어", "ko")
        self.language.setCurrentIndex(1 if korean else 0)
        self.text = QTextBrowser(self, objectName="helpText")
        self.language.currentIndexChanged.connect(self._show)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Language:"), self))
        top.addWidget(self.language)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.text, 1)
        lay.addWidget(buttons)
        self.resize(640, 620)
        self._show()

    def _show(self) -> None:
        ko = self.language.currentData() == "ko"
        self.text.setHtml((KO if ko else EN).format(baseline=baseline_sentence(self.corpus, ko)))


def show(parent, corpus) -> NumbersHelp:
    """Open the page without blocking, in the window's language (View ▸ Language)."""
    from rnn_studio.gui import language

    dialog = NumbersHelp(parent, corpus, korean=language.current() == "ko")
    dialog.setModal(False)
    dialog.show()
    return dialog
