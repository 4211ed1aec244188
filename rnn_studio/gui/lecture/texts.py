"""The lecture view's words, in English and in Korean, in the lecture's own terms.

English strings are marked with ``QT_TRANSLATE_NOOP`` (context ``LectureView``) for a
language that has no dict here. The view opens in the window's language (View ▸ Language)
and offers its own switch; the Korean text lives here. ``_{..}``
marks a subscript (drawn smaller by paint.py, ``<sub>`` in rich text); ``{name}`` fields
are filled with the model's numbers.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "LectureView"
LANGUAGES = (("en", "English"), ("ko", "한국어"))


def _n(text: str) -> str:
    return QT_TRANSLATE_NOOP(CONTEXT, text)


EN = {
    "title": _n("The lecture, live: “hello”, one step at a time"),
    "subtitle": _n("Sung Kim’s 모두를 위한 딥러닝 12-1 (RNN), with the real numbers of a model "
                   "that trains right here."),
    "subtitle_latin": _n("Sung Kim’s “Deep Learning for Everyone” 12-1 (RNN), with the real numbers "
                         "of a model that trains right here."),
    "cell": _n("Cell"), "layers": _n("Layers"), "seed": _n("Seed"),
    "reset": _n("Reset"), "reset_tip": _n("New random weights from the seed"),
    "train_one": _n("Train one step"), "train_end": _n("Train to the end"), "stop": _n("Stop"),
    "own_text": _n("Train this on your own text…"),
    "own_text_tip": _n("Open the main window with the same cell and depth"),
    "time": _n("Time step"), "prev": _n("◀ Previous"), "next": _n("Next ▶"),
    "tab_walk": _n("Walkthrough"), "tab_struct": _n("Structures"),
    "status": _n("Training step {steps} · mean cost {cost:.3f} · accuracy {right}/4 · "
                 "predicts “{word}”"),
    "input": _n("input"), "prediction": _n("prediction"), "target": _n("target"),
    "cost": _n("cost"), "correct": _n("right"), "wrong": _n("wrong"),
    "so_far": _n("so far: cost {total:.2f}, {right}/{t} right"),
    "mean_cost": _n("mean cost"), "accuracy": _n("accuracy"), "history": _n("cost while training"),
    "hidden": _n("hidden state"), "layer": _n("layer {n}"),
    "weights_title": _n("The same three weights at every time step t = 1…4"),
    "one_hot": _n("one-hot"), "sum": _n("sum"), "softmax": _n("softmax"),
    "gate_i": _n("input gate"), "gate_f": _n("forget gate"), "gate_g": _n("candidate"),
    "gate_o": _n("output gate"), "gate_r": _n("reset gate"), "gate_z": _n("update gate"),
    "gate_n": _n("candidate"), "cell_state": _n("cell state"),
    "intro": _n(
        "<b>The model.</b> Input “hell”, target “ello”: like a search engine’s related searches, "
        "the model learns which character comes next — after ‘h’, ‘e’. The vocabulary h, e, l, o "
        "is <b>one-hot encoded</b>: four numbers, one of them 1. A vanilla RNN with a hidden "
        "state of <b>5 units</b>: small enough to show every number on screen (the lecture’s "
        "drawings use 2 to 5 units) and enough to learn “hello”. Each <i>Train one step</i> is one "
        "update of the <b>weights</b> by Adam (learning rate 0.1) on the whole word."),
    "step_rnn": _n(
        "<b>t = {t}.</b> The input is ‘{c}’, one-hot encoded as x_{{{t}}} = [{xs}]. Multiplying "
        "W_{{xh}} by a one-hot vector picks its ‘{c}’ column (outlined). {prev} The sum goes "
        "through the <b>activation function</b> tanh and becomes the <b>hidden state</b> "
        "h_{{{t}}}."),
    "prev_first": _n("There is no earlier state: h_{0} = 0, so W_{hh}·h_{0} = 0."),
    "prev_more": _n("The previous hidden state h_{{{tp}}} brings in what came before, through "
                    "W_{{hh}}."),
    "step_out": _n(
        "Then y_{{{t}}} = W_{{hy}}·h_{{{t}}} + b_{{y}} gives one score per letter, and the "
        "<b>softmax</b> turns the scores into probabilities. The largest, ‘{pred}’ ({pp:.0%}), is "
        "the <b>prediction</b>; the target is ‘{tgt}’, so this step’s <b>cost</b> is "
        "−log p(‘{tgt}’) = −log {pt:.3f} = {cost:.3f}."),
    "shared": _n(
        "W_{xh}, W_{hh} and W_{hy} are the same at t = 1, 2, 3 and 4: one set of weights, "
        "shared by every time step. Training changes them once per step, for all four."),
    "totals": _n(
        "<b>Cost and accuracy</b> over the four steps: the cost is the mean of the four costs, "
        "{cost:.3f}; the <b>accuracy</b> is the share of right predictions, {right}/4. Train, and "
        "watch the predictions turn into “ello” and the cost fall."),
    "lstm": _n(
        "<b>LSTM.</b> A second state, the <b>cell state</b> c_{t}, carries memory. The gates are "
        "sigmoids between 0 and 1: the input gate i decides how much of the candidate g (tanh) "
        "to write, the forget gate f how much of c_{t−1} to keep, the output gate o how much of "
        "tanh(c_{t}) to show: c_{t} = f⊙c_{t−1} + i⊙g, h_{t} = o⊙tanh(c_{t}). W_{xh} and W_{hh} "
        "hold four blocks of rows: i, f, g, o."),
    "gru": _n(
        "<b>GRU.</b> Two gates and no separate cell state. The reset gate r decides how much of "
        "h_{t−1} the candidate n sees, n = tanh(W·x_{t} + r⊙(W·h_{t−1})); the update gate z "
        "decides how much of the old state to keep, h_{t} = (1−z)⊙n + z⊙h_{t−1}. W_{xh} and "
        "W_{hh} hold three blocks of rows: r, z, n."),
    "deeper": _n(
        "<b>Deeper.</b> With 2 layers, layer 2 reads layer 1’s hidden state as its input, and "
        "W_{hy} reads the top layer. Each layer has its own W_{xh} and W_{hh}, shared across "
        "time."),
    "struct_note": _n(
        "This app’s <b>training is many-to-many</b>: every input character has a target, the "
        "next character, as in “hell” → “ello”. <b>Writing is one-to-many</b>, run character by "
        "character: one prompt in, then each written character is fed back as the next input."),
    "one_to_one": _n("one to one"), "one_to_many": _n("one to many"),
    "many_to_one": _n("many to one"), "many_to_many": _n("many to many"),
    "ex_1_1": _n("image classification"), "ex_1_n": _n("image captioning"),
    "ex_n_1": _n("sentiment classification"), "ex_n_n": _n("machine translation"),
    "ex_n_n2": _n("video classification per frame"),
    "output": _n("output"),
    "this_app": _n("this app"), "train_tag": _n("training"), "write_tag": _n("writing"),
    "no_hangul": _n("No installed font has Hangul, so the Korean explanations cannot be shown. "
                    "Install a Korean font (for example fonts-nanum or Noto Sans CJK) and reopen "
                    "this view."),
}

KO = {
    "title": "강의를 실시간으로: “hello”를 한 단계씩",
    "subtitle": "김성훈 교수님의 모두를 위한 딥러닝 12-1 (RNN)을, 여기서 직접 학습하는 모델의 실제 숫자로 따라갑니다.",
    "subtitle_latin": "Sung Kim’s “Deep Learning for Everyone” 12-1 (RNN)",
    "cell": "셀", "layers": "층", "seed": "시드",
    "reset": "초기화", "reset_tip": "시드로 새 무작위 가중치를 만듭니다",
    "train_one": "한 단계 학습", "train_end": "끝까지 학습", "stop": "멈춤",
    "own_text": "내 텍스트로 학습하기…",
    "own_text_tip": "같은 셀과 층 수로 메인 창을 엽니다",
    "time": "시간 단계", "prev": "◀ 이전", "next": "다음 ▶",
    "tab_walk": "따라가기", "tab_struct": "구조",
    "status": "학습 {steps}단계 · 평균 비용 {cost:.3f} · 정확도 {right}/4 · 예측 “{word}”",
    "input": "입력", "prediction": "예측", "target": "목표",
    "cost": "비용", "correct": "맞음", "wrong": "틀림",
    "so_far": "지금까지: 비용 {total:.2f}, {right}/{t} 맞음",
    "mean_cost": "평균 비용", "accuracy": "정확도", "history": "학습 중 비용",
    "hidden": "은닉 상태", "layer": "{n}층",
    "weights_title": "모든 시간 단계 t = 1…4가 쓰는 같은 세 가중치",
    "one_hot": "one-hot", "sum": "합", "softmax": "소프트맥스",
    "gate_i": "입력 게이트", "gate_f": "망각 게이트", "gate_g": "후보",
    "gate_o": "출력 게이트", "gate_r": "리셋 게이트", "gate_z": "업데이트 게이트",
    "gate_n": "후보", "cell_state": "셀 상태",
    "intro": (
        "<b>모델.</b> 입력 “hell”, 목표 “ello”: 검색 엔진의 연관 검색어처럼, 모델은 다음에 올 "
        "문자를 배웁니다 — ‘h’ 다음에는 ‘e’. 어휘 h, e, l, o는 <b>one-hot 인코딩</b>됩니다: 숫자 "
        "4개 중 하나만 1입니다. 은닉 상태가 <b>5개 유닛</b>인 기본 RNN입니다: 모든 숫자를 화면에 "
        "보일 만큼 작고(강의 그림도 2~5개 유닛을 씁니다), “hello”를 배우기에는 충분합니다. "
        "<i>한 단계 학습</i>은 단어 전체로 Adam(학습률 0.1)이 <b>가중치</b>를 한 번 고치는 것입니다."),
    "step_rnn": (
        "<b>t = {t}.</b> 입력은 ‘{c}’이고, one-hot 인코딩으로 x_{{{t}}} = [{xs}]입니다. "
        "W_{{xh}}에 one-hot 벡터를 곱하면 ‘{c}’ 열(테두리 표시)만 골라집니다. {prev} 이 합이 "
        "<b>활성화 함수</b> tanh를 거쳐 <b>은닉 상태</b> h_{{{t}}}가 됩니다."),
    "prev_first": "이전 상태가 없으므로 h_{0} = 0이고, W_{hh}·h_{0} = 0입니다.",
    "prev_more": "이전 은닉 상태 h_{{{tp}}}가 W_{{hh}}를 통해 앞의 정보를 전해 줍니다.",
    "step_out": (
        "이어서 y_{{{t}}} = W_{{hy}}·h_{{{t}}} + b_{{y}}가 글자마다 점수를 하나씩 내고, "
        "<b>소프트맥스</b>가 점수를 확률로 바꿉니다. 가장 큰 ‘{pred}’({pp:.0%})가 <b>예측</b>이고, "
        "목표는 ‘{tgt}’이므로 이 단계의 <b>비용</b>은 −log p(‘{tgt}’) = −log {pt:.3f} = "
        "{cost:.3f}입니다."),
    "shared": (
        "W_{xh}, W_{hh}, W_{hy}는 t = 1, 2, 3, 4에서 모두 같습니다: 모든 시간 단계가 공유하는 "
        "한 벌의 가중치입니다. 학습은 한 단계마다 네 시간 단계 모두를 위해 이것을 한 번 고칩니다."),
    "totals": (
        "네 단계에 걸친 <b>비용과 정확도</b>: 비용은 네 비용의 평균 {cost:.3f}이고, <b>정확도</b>는 "
        "맞힌 예측의 비율 {right}/4입니다. 학습시키면서 예측이 “ello”로 바뀌고 비용이 "
        "줄어드는 것을 보세요."),
    "lstm": (
        "<b>LSTM.</b> 두 번째 상태인 <b>셀 상태</b> c_{t}가 기억을 나릅니다. 게이트는 0과 1 사이의 "
        "시그모이드입니다: 입력 게이트 i는 후보 g(tanh)를 얼마나 쓸지, 망각 게이트 f는 c_{t−1}을 "
        "얼마나 남길지, 출력 게이트 o는 tanh(c_{t})를 얼마나 내보낼지 정합니다: "
        "c_{t} = f⊙c_{t−1} + i⊙g, h_{t} = o⊙tanh(c_{t}). W_{xh}와 W_{hh}는 i, f, g, o 네 "
        "블록의 행을 가집니다."),
    "gru": (
        "<b>GRU.</b> 게이트가 두 개이고 셀 상태가 따로 없습니다. 리셋 게이트 r은 후보 n이 "
        "h_{t−1}을 얼마나 볼지 정하고(n = tanh(W·x_{t} + r⊙(W·h_{t−1}))), 업데이트 게이트 z는 "
        "이전 상태를 얼마나 유지할지 정합니다(h_{t} = (1−z)⊙n + z⊙h_{t−1}). W_{xh}와 W_{hh}는 "
        "r, z, n 세 블록의 행을 가집니다."),
    "deeper": (
        "<b>더 깊게.</b> 2층이면 2층은 1층의 은닉 상태를 입력으로 받고, W_{hy}는 맨 위 층을 "
        "읽습니다. 층마다 자기 W_{xh}와 W_{hh}가 있고, 시간에 걸쳐 공유됩니다."),
    "struct_note": (
        "이 앱의 <b>학습은 many-to-many(다대다)</b>입니다: “hell” → “ello”처럼 입력 문자마다 목표, "
        "곧 다음 문자가 있습니다. <b>글쓰기는 one-to-many(일대다)</b>를 한 글자씩 돌립니다: "
        "프롬프트를 넣은 뒤, 쓴 문자를 다시 다음 입력으로 넣습니다."),
    "one_to_one": "one to one (일대일)", "one_to_many": "one to many (일대다)",
    "many_to_one": "many to one (다대일)", "many_to_many": "many to many (다대다)",
    "ex_1_1": "이미지 분류", "ex_1_n": "이미지 캡셔닝",
    "ex_n_1": "감정 분류", "ex_n_n": "기계 번역",
    "ex_n_n2": "비디오 프레임별 분류",
    "output": "출력",
    "this_app": "이 앱", "train_tag": "학습", "write_tag": "글쓰기",
    "no_hangul": EN["no_hangul"],     # said in English: without a Hangul font it could not be read
}


def text(lang: str, key: str, **fields) -> str:
    """The string ``key`` in ``lang``, fields filled in. The view has its own switch, so its
    words do not go through the window's translator: "English" stays English in a Korean
    window; a language without its own dict here gets the translator's."""
    s = KO[key] if lang == "ko" else EN[key] if lang == "en" else QCoreApplication.translate(CONTEXT, EN[key])
    return s.format(**fields) if fields else s


def html(s: str) -> str:
    """``x_{t}`` → ``x<sub>t</sub>`` for rich-text labels."""
    return re.sub(r"_\{([^}]*)\}", r"<sub>\1</sub>", s)
