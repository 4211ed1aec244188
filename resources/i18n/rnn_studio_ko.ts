<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="78"/>
        <source>&amp;New Model</source>
        <translation>새 모델(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="78"/>
        <source>Forget the current model and start a new one</source>
        <translation>현재 모델을 버리고 새 모델을 시작합니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="79"/>
        <source>&amp;Open Text…</source>
        <translation>텍스트 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="79"/>
        <source>Open a text file to train on</source>
        <translation>학습할 텍스트 파일을 엽니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="80"/>
        <source>Open &amp;Model…</source>
        <translation>모델 열기(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="81"/>
        <source>Open a trained model (.rnn)</source>
        <translation>학습된 모델(.rnn)을 엽니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="82"/>
        <source>&amp;Save Model</source>
        <translation>모델 저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="82"/>
        <source>Save the model</source>
        <translation>모델을 저장합니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="83"/>
        <source>Save Model &amp;As…</source>
        <translation>다른 이름으로 모델 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="85"/>
        <location filename="../../rnn_studio/gui/actions.py" line="118"/>
        <source>&amp;Train</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="85"/>
        <source>Train (or continue training) the model</source>
        <translation>모델을 학습합니다(또는 학습을 이어 갑니다)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="86"/>
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="86"/>
        <source>Pause or resume training</source>
        <translation>학습을 일시 정지하거나 다시 시작합니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="87"/>
        <source>St&amp;op</source>
        <translation>중지(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="87"/>
        <source>Stop training</source>
        <translation>학습을 중지합니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="88"/>
        <source>&amp;Generate</source>
        <translation>생성(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="88"/>
        <source>Write with the model</source>
        <translation>모델로 글을 씁니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="89"/>
        <source>Stop &amp;Writing</source>
        <translation>글쓰기 중지(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="90"/>
        <source>&amp;Copy Text</source>
        <translation>텍스트 복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="91"/>
        <source>Save &amp;Text…</source>
        <translation>텍스트 저장(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="92"/>
        <source>&amp;About RNN Studio</source>
        <translation>RNN Studio 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="93"/>
        <source>&amp;Next Character</source>
        <translation>다음 문자(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="94"/>
        <source>The model&apos;s guesses for the next character as you type</source>
        <translation>입력하는 동안 모델이 예측하는 다음 문자</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="95"/>
        <source>&amp;Surprisal</source>
        <translation>놀람도(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="96"/>
        <source>Score a text: each character coloured by how surprised the model is</source>
        <translation>텍스트 채점: 모델이 얼마나 놀랐는지에 따라 문자마다 색을 칠합니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="97"/>
        <source>&amp;Inspector</source>
        <translation>인스펙터(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="98"/>
        <source>What every unit of the network does over a text</source>
        <translation>텍스트를 따라 신경망의 각 유닛이 하는 일</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="99"/>
        <source>&amp;Runs</source>
        <translation>실행 기록(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="100"/>
        <source>Past runs: compare their curves, open their models</source>
        <translation>지난 실행들: 곡선을 비교하고 모델을 엽니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="101"/>
        <source>The &amp;Lecture, Live</source>
        <translation>강의 실습(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="102"/>
        <source>Watch the lecture&apos;s “hello” RNN learn, step by step, with every number shown</source>
        <translation>강의의 “hello” RNN이 학습하는 과정을 모든 숫자와 함께 한 단계씩 봅니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="103"/>
        <source>What Do These &amp;Numbers Mean?</source>
        <translation>이 숫자들의 의미(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="104"/>
        <source>Loss, bits per character, accuracy and the frequency baseline, explained</source>
        <translation>손실, 문자당 비트, 정확도, 빈도 기준선 설명</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="107"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="109"/>
        <source>Sample &amp;Texts</source>
        <translation>예제 텍스트(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="112"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="122"/>
        <source>&amp;Write</source>
        <translation>글쓰기(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="124"/>
        <source>&amp;Inspect</source>
        <translation>살펴보기(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="126"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="131"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="137"/>
        <source>Main</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="164"/>
        <source>Model: </source>
        <translation>모델: </translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="171"/>
        <source>Clear List</source>
        <translation>목록 지우기</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/actions.py" line="173"/>
        <source>(none yet)</source>
        <translation>(아직 없음)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/language.py" line="124"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/language.py" line="130"/>
        <source>&amp;System</source>
        <translation>시스템 설정(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/language.py" line="144"/>
        <source>Language: {0}</source>
        <translation>언어: {0}</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/language.py" line="146"/>
        <source>Language: {0}. It applies when RNN Studio starts again.</source>
        <translation>언어: {0}. RNN Studio를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/language.py" line="150"/>
        <source>System</source>
        <translation>시스템 설정</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="171"/>
        <source>a save is already under way</source>
        <translation>이미 저장하는 중입니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="174"/>
        <source>Nothing to save</source>
        <translation>저장할 것이 없음</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="174"/>
        <source>Train a model first; then save it.</source>
        <translation>먼저 모델을 학습한 다음 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="180"/>
        <source>Save Model</source>
        <translation>모델 저장</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="186"/>
        <source>saving {0}…</source>
        <translation>{0} 저장 중…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="104"/>
        <location filename="../../rnn_studio/gui/training/feature.py" line="116"/>
        <location filename="../../rnn_studio/gui/training/feature.py" line="130"/>
        <source>Cannot train</source>
        <translation>학습할 수 없음</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="104"/>
        <source>Open a text to train on first (File ▸ Open Text…).</source>
        <translation>먼저 학습할 텍스트를 여세요(파일 ▸ 텍스트 열기…).</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="116"/>
        <source>Model too big</source>
        <translation>모델이 너무 큼</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="117"/>
        <source>not started: the model would not fit in memory</source>
        <translation>시작하지 않음: 모델이 메모리에 들어가지 않습니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="118"/>
        <source>not started: {0}</source>
        <translation>시작하지 않음: {0}</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="25"/>
        <source>not learning: after {0} steps the training loss is {1} nats/char, no better than the {2} of guessing each character from how often it comes in the text</source>
        <translation>학습이 안 됨: {0} 스텝 뒤에도 학습 손실이 문자당 {1} nats로, 텍스트에 나오는 빈도만으로 문자를 추측할 때의 {2}보다 낫지 않습니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="28"/>
        <source>the learning rate {0} is too high: try {1} (the default) or lower</source>
        <translation>학습률 {0}이(가) 너무 높습니다: {1}(기본값) 이하로 해 보세요</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="30"/>
        <source>the learning rate {0} may be too low: try {1} (the default)</source>
        <translation>학습률 {0}이(가) 너무 낮을 수 있습니다: {1}(기본값)로 해 보세요</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="33"/>
        <source>try a lower learning rate than {0}, or check that the text has patterns to learn (random characters have none)</source>
        <translation>{0}보다 낮은 학습률로 해 보거나, 텍스트에 배울 패턴이 있는지 확인하세요(무작위 문자에는 없습니다)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="38"/>
        <source>memorising the text: the validation loss has not improved for {0} evaluations ({1} at step {2}, now {3}) while the training loss fell to {4}; the model from step {5} is kept; early stopping ends the run after {6} evaluations without a new best</source>
        <translation>텍스트를 외우는 중: 학습 손실은 {4}까지 내려갔지만 검증 손실은 {0}번의 평가 동안 나아지지 않았습니다({2} 스텝에서 {1}, 지금 {3}). {5} 스텝의 모델을 보관합니다. 조기 종료는 최고 기록 없이 {6}번 평가하면 실행을 끝냅니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="43"/>
        <source>memorising the text: the validation loss has not improved for {0} evaluations ({1} at step {2}, now {3}) while the training loss fell to {4}; the model from step {5} is kept</source>
        <translation>텍스트를 외우는 중: 학습 손실은 {4}까지 내려갔지만 검증 손실은 {0}번의 평가 동안 나아지지 않았습니다({2} 스텝에서 {1}, 지금 {3}). {5} 스텝의 모델을 보관합니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="49"/>
        <source>the held-out text differs from the training text: the validation loss has not improved for {0} evaluations ({1} at step {2}, now {3}) while the training loss fell to {4}, after {5} passes over the training text, too few to memorise it; the model from step {6} is kept; early stopping ends the run after {7} evaluations without a new best</source>
        <translation>검증 텍스트가 학습 텍스트와 다릅니다: 학습 손실은 {4}까지 내려갔지만 검증 손실은 {0}번의 평가 동안 나아지지 않았습니다({2} 스텝에서 {1}, 지금 {3}). 학습 텍스트를 {5}번 읽었을 뿐이라 외웠다고 하기에는 너무 적습니다. {6} 스텝의 모델을 보관합니다. 조기 종료는 최고 기록 없이 {7}번 평가하면 실행을 끝냅니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="56"/>
        <source>the held-out text differs from the training text: the validation loss has not improved for {0} evaluations ({1} at step {2}, now {3}) while the training loss fell to {4}, after {5} passes over the training text, too few to memorise it; the model from step {6} is kept</source>
        <translation>검증 텍스트가 학습 텍스트와 다릅니다: 학습 손실은 {4}까지 내려갔지만 검증 손실은 {0}번의 평가 동안 나아지지 않았습니다({2} 스텝에서 {1}, 지금 {3}). 학습 텍스트를 {5}번 읽었을 뿐이라 외웠다고 하기에는 너무 적습니다. {6} 스텝의 모델을 보관합니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="61"/>
        <source>validation reads the last {0}% of the text: if the text ends with writing unlike the rest, move some writing like the rest to its end</source>
        <translation>검증은 텍스트의 마지막 {0}%를 읽습니다: 텍스트가 나머지와 다른 글로 끝난다면, 나머지와 비슷한 글을 조금 끝으로 옮기세요</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="65"/>
        <source>more text, more dropout ({0} instead of {1}) or a smaller model ({2} units instead of {3}) would help</source>
        <translation>텍스트를 늘리거나, 드롭아웃을 높이거나({1} 대신 {0}), 모델을 줄이면({3} 대신 {2} 유닛) 도움이 됩니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="68"/>
        <source>more text, more dropout ({0} instead of {1}) or a smaller model (fewer layers) would help</source>
        <translation>텍스트를 늘리거나, 드롭아웃을 높이거나({1} 대신 {0}), 모델을 줄이면(층 수 줄이기) 도움이 됩니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="71"/>
        <source>more text, more dropout ({0} instead of {1}), dropout on the inputs ({2} instead of {3}) or a smaller model ({4} units instead of {5}) would help</source>
        <translation>텍스트를 늘리거나, 드롭아웃을 높이거나({1} 대신 {0}), 입력에 드롭아웃을 주거나({3} 대신 {2}), 모델을 줄이면({5} 대신 {4} 유닛) 도움이 됩니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="75"/>
        <source>more text, more dropout ({0} instead of {1}), dropout on the inputs ({2} instead of {3}) or a smaller model (fewer layers) would help</source>
        <translation>텍스트를 늘리거나, 드롭아웃을 높이거나({1} 대신 {0}), 입력에 드롭아웃을 주거나({3} 대신 {2}), 모델을 줄이면(층 수 줄이기) 도움이 됩니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="79"/>
        <source>still improving at the end: the last {0} evaluations gained {1} nats/char ({2} at step {3}, {4} at step {5})</source>
        <translation>끝날 때도 나아지는 중: 마지막 {0}번의 평가에서 문자당 {1} nats 좋아졌습니다({3} 스텝에서 {2}, {5} 스텝에서 {4})</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="83"/>
        <source>stopped early at step {0}: the validation loss has not improved for {1} evaluations; the best model, from step {2} ({3} nats/char), is kept</source>
        <translation>스텝 {0}에서 조기 종료: 검증 손실이 {1}번의 평가 동안 나아지지 않았습니다. 스텝 {2}의 최고 모델(문자당 {3} nats)을 보관합니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="86"/>
        <source>more time would help: continue training this model with a larger budget</source>
        <translation>시간을 더 주면 좋아집니다: 더 큰 예산으로 이 모델의 학습을 이어 가세요</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="87"/>
        <source>this run is not recorded: {0}</source>
        <translation>이 실행은 기록되지 않습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="88"/>
        <source>{0}: no such file</source>
        <translation>{0}: 파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="91"/>
        <source>about {0} passes over a {1} {2} text in {3} steps</source>
        <translation>{3} 스텝 동안 {1} {2} 텍스트를 약 {0}번 읽습니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="93"/>
        <source>about {0} passes over a {1} {2} text in {3} s</source>
        <translation>{3}초 동안 {1} {2} 텍스트를 약 {0}번 읽습니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="95"/>
        <source>about {0} passes over a {1} {2} text in {3} min</source>
        <translation>{3}분 동안 {1} {2} 텍스트를 약 {0}번 읽습니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="97"/>
        <source>about {0} passes over a {1} {2} text in {3} h</source>
        <translation>{3}시간 동안 {1} {2} 텍스트를 약 {0}번 읽습니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="98"/>
        <source>{0}: is a folder, not a text file</source>
        <translation>{0}: 텍스트 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="99"/>
        <source>{0}: is empty</source>
        <translation>{0}: 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="100"/>
        <source>{0}: holds only white space</source>
        <translation>{0}: 공백 문자만 있습니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/core_messages.py" line="102"/>
        <source>{0}: contains NUL characters, so it looks like a binary file, not text</source>
        <translation>{0}: NUL 문자가 들어 있어 텍스트가 아니라 바이너리 파일로 보입니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/panel.py" line="98"/>
        <source>(no sample texts installed)</source>
        <translation>(설치된 예제 텍스트 없음)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="31"/>
        <source>far too big for this computer: training needs about {0:.1f} GiB of its {1:.0f} GiB</source>
        <translation>이 컴퓨터에는 너무 큼: 학습에 {1:.0f} GiB 중 약 {0:.1f} GiB가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="35"/>
        <source>far too big for this text ({0} parameters per character): it will learn the text by heart; watch the validation loss</source>
        <translation>이 텍스트에 비해 너무 큼(문자당 매개변수 {0}개): 텍스트를 통째로 외울 것입니다. 검증 손실을 지켜보세요</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="38"/>
        <source>far too small for this text: it will underfit; try more hidden units or layers</source>
        <translation>이 텍스트에 비해 너무 작음: 과소적합될 것입니다. 은닉 유닛이나 층을 늘려 보세요</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="40"/>
        <source>under 1 MB to train</source>
        <translation>학습에 1 MB 미만</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="41"/>
        <source>about {0} MB to train</source>
        <translation>학습에 약 {0} MB</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/overlay.py" line="22"/>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="39"/>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/overlay.py" line="22"/>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="39"/>
        <source>characters seen</source>
        <translation>본 문자 수</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/overlay.py" line="23"/>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="40"/>
        <source>training time (s)</source>
        <translation>학습 시간(초)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/overlay.py" line="102"/>
        <source>Cannot compare runs</source>
        <translation>실행을 비교할 수 없음</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="31"/>
        <source>All corpora</source>
        <translation>모든 말뭉치</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="14"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="14"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="14"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="15"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="15"/>
        <source>Corpus</source>
        <translation>말뭉치</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="15"/>
        <source>Steps</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="16"/>
        <source>Time (s)</source>
        <translation>시간(초)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="16"/>
        <source>Chars/s</source>
        <translation>문자/초</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="17"/>
        <source>Best val</source>
        <translation>최저 검증 손실</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="17"/>
        <source>Best bpc</source>
        <translation>최저 문자당 비트</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="18"/>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="18"/>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="19"/>
        <source>Started</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="24"/>
        <source>still training (here or in another process)</source>
        <translation>아직 학습 중(여기서 또는 다른 프로세스에서)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="25"/>
        <source>its process ended without finishing the run (a crash, a kill)</source>
        <translation>실행을 마치지 못하고 프로세스가 끝났습니다(비정상 종료, 강제 종료)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="26"/>
        <source>the loss stopped being a number</source>
        <translation>손실이 숫자가 아니게 되었습니다(발산)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="27"/>
        <source>stopped before its budget was spent</source>
        <translation>예산을 다 쓰기 전에 중지했습니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="29"/>
        <source>running</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="29"/>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="30"/>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="30"/>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="31"/>
        <source>interrupted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/table_model.py" line="92"/>
        <source>no model file recorded</source>
        <translation>기록된 모델 파일 없음</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/views.py" line="50"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/views.py" line="51"/>
        <source>Samples</source>
        <translation>샘플</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/views.py" line="52"/>
        <source>Writer</source>
        <translation>글쓰기</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/views.py" line="53"/>
        <source>Runs</source>
        <translation>실행 기록</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/views.py" line="54"/>
        <source>Next character</source>
        <translation>다음 문자</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/views.py" line="54"/>
        <source>Surprisal</source>
        <translation>놀람도</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/views.py" line="55"/>
        <source>Inspector</source>
        <translation>인스펙터</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="17"/>
        <source>Text files (*.txt *.md *.csv *.tsv *.text);;All files (*)</source>
        <translation>텍스트 파일 (*.txt *.md *.csv *.tsv *.text);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="18"/>
        <source>RNN Studio models (*.rnn);;All files (*)</source>
        <translation>RNN Studio 모델 (*.rnn);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="19"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>텍스트 파일 (*.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="36"/>
        <source>Unsaved model</source>
        <translation>저장하지 않은 모델</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="37"/>
        <source>The model “{0}” has trained weights that are not saved.
Save them before going on?</source>
        <translation>모델 “{0}”에 저장하지 않은 학습된 가중치가 있습니다.
계속하기 전에 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="39"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="40"/>
        <source>&amp;Don&apos;t Save</source>
        <translation>저장 안 함(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="41"/>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="62"/>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="52"/>
        <source>This model was trained on “{0}”, but the open text is “{1}”.</source>
        <translation>이 모델은 “{0}”(으)로 학습했지만, 지금 열린 텍스트는 “{1}”입니다.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="54"/>
        <source>Continue on the model&apos;s own text, or fine-tune it on the open one (it will learn the open text and may forget some of its own)?</source>
        <translation>모델의 원래 텍스트로 학습을 이어 갈까요, 아니면 열린 텍스트로 미세 조정할까요(열린 텍스트를 배우면서 원래 텍스트의 일부를 잊을 수 있습니다)?</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="57"/>
        <source>Its own text was not found where it was. Fine-tune the model on the open text (it will learn it and may forget some of its own)?</source>
        <translation>원래 텍스트를 있던 자리에서 찾지 못했습니다. 열린 텍스트로 모델을 미세 조정할까요(그 텍스트를 배우면서 원래 텍스트의 일부를 잊을 수 있습니다)?</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="59"/>
        <source>Continue on another text?</source>
        <translation>다른 텍스트로 이어서 학습할까요?</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="60"/>
        <source>Continue on &amp;its own text</source>
        <translation>원래 텍스트로 계속(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="61"/>
        <source>&amp;Fine-tune on “{0}”</source>
        <translation>“{0}”(으)로 미세 조정(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="82"/>
        <source>Recover training run</source>
        <translation>학습 실행 복구</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="83"/>
        <source>RNN Studio did not close properly last time. An autosaved training run was found:

{0}

Recover it?</source>
        <translation>지난번에 RNN Studio가 제대로 종료되지 않았습니다. 자동 저장된 학습 실행을 찾았습니다:

{0}

복구할까요?</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="85"/>
        <source>Recover</source>
        <translation>복구</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/dialogs.py" line="86"/>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="41"/>
        <source>loss (nats per character)</source>
        <translation>손실(문자당 nats)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="41"/>
        <source>loss (bits per character)</source>
        <translation>손실(문자당 비트)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/engine.py" line="82"/>
        <source>the training engine could not be loaded: {0}</source>
        <translation>학습 엔진을 불러올 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/help/about.py" line="13"/>
        <source>About RNN Studio</source>
        <translation>RNN Studio 정보</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/help/about.py" line="14"/>
        <source>RNN Studio {0}

Train a character-level recurrent network (RNN, LSTM or GRU) on your own text, watch it learn, then write with it.</source>
        <translation>RNN Studio {0}

내 텍스트로 문자 단위 순환 신경망(RNN, LSTM, GRU)을 학습하고, 학습 과정을 지켜본 다음, 그 모델로 글을 써 보세요.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/fit.py" line="97"/>
        <source>Fitted to the text and the budget: {0} ({1}).</source>
        <translation>텍스트와 학습 시간에 맞춘 설정: {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/fit.py" line="102"/>
        <source>Training on keeps this model&apos;s settings: the fit chooses only for a new model.</source>
        <translation>이어서 학습하면 이 모델의 설정을 그대로 씁니다: 자동 맞춤은 새 모델에만 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/fit.py" line="106"/>
        <source>Fitting is off: training uses these settings as they are.</source>
        <translation>자동 맞춤이 꺼져 있습니다: 이 설정 그대로 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/fit.py" line="108"/>
        <source>You set the width, dropout, learning rate and sequence length: training uses them as they are.</source>
        <translation>은닉 크기, 드롭아웃, 학습률, 시퀀스 길이를 직접 정했습니다: 그대로 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/fit.py" line="115"/>
        <source>The settings you leave alone ({0}) are fitted to the text and the budget when training starts.</source>
        <translation>직접 정하지 않은 설정({0})은 학습을 시작할 때 텍스트와 학습 시간에 맞춰 정해집니다.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/fit.py" line="118"/>
        <source>A run of fewer than {0} steps keeps these settings: too short to fit.</source>
        <translation>{0} 스텝보다 짧은 실행은 이 설정을 그대로 씁니다: 맞추기에는 너무 짧습니다.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/fit.py" line="123"/>
        <source>The settings you leave alone ({0}) are fitted to this text and the budget, with this computer&apos;s speed measured when training starts.</source>
        <translation>직접 정하지 않은 설정({0})은 이 텍스트와 학습 시간에 맞춰 정해지며, 이 컴퓨터의 속도는 학습을 시작할 때 잽니다.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/fit.py" line="125"/>
        <source>, estimated from this computer&apos;s last measured speed</source>
        <translation>, 이 컴퓨터에서 마지막으로 잰 속도로 추정</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/fit.py" line="126"/>
        <source>Will fit {0}: {1}{2}. Set them yourself to choose.</source>
        <translation>{0}을(를) 맞출 예정: {1}{2}. 직접 고르려면 값을 정하세요.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/jobs.py" line="200"/>
        <source>internal error:
</source>
        <translation>내부 오류:
</translation>
    </message>
</context>
<context>
    <name>AlternativesPanel</name>
    <message>
        <location filename="../../rnn_studio/gui/inspect/alternatives_panel.py" line="42"/>
        <source>Write N</source>
        <translation>N개 쓰기</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/alternatives_panel.py" line="43"/>
        <source>Write N continuations of the prefix side by side, one batched step per character</source>
        <translation>접두어의 이어 쓰기 N개를 나란히 씁니다(문자마다 배치 한 스텝)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/alternatives_panel.py" line="45"/>
        <source>Click a character of a continuation to see what else the model considered there, then a bar to write on from it.</source>
        <translation>이어 쓴 글의 문자를 누르면 모델이 그 자리에서 고려한 다른 후보가 보입니다. 막대를 누르면 거기서부터 이어 씁니다.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/alternatives_panel.py" line="52"/>
        <source>Alternatives</source>
        <translation>다른 후보</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/alternatives_panel.py" line="54"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/alternatives_panel.py" line="56"/>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/alternatives_panel.py" line="85"/>
        <source>writing {0} continuations…</source>
        <translation>이어 쓰기 {0}개 작성 중…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/alternatives_panel.py" line="105"/>
        <source>{0} continuations of “{1}”. Click a character to branch there.</source>
        <translation>“{1}”의 이어 쓰기 {0}개. 문자를 누르면 거기서 갈라집니다.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/alternatives_panel.py" line="138"/>
        <source>Continuation {0}, character {1}: what the model expected there (the one it wrote in orange). Click a bar to write on from it.</source>
        <translation>이어 쓰기 {0}, 문자 {1}: 모델이 그 자리에서 예상한 것(쓴 문자는 주황색). 막대를 누르면 거기서부터 이어 씁니다.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_dialog.py" line="19"/>
        <source>Compare cells</source>
        <translation>셀 비교</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_dialog.py" line="25"/>
        <source> min</source>
        <translation> 분</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_dialog.py" line="26"/>
        <source>Training time of each run; the runs go one after another</source>
        <translation>실행마다의 학습 시간; 실행은 하나씩 차례로 진행됩니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_dialog.py" line="29"/>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_dialog.py" line="34"/>
        <source>Cells</source>
        <translation>셀</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_dialog.py" line="35"/>
        <source>Layers</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_dialog.py" line="36"/>
        <source>Budget per run</source>
        <translation>실행당 학습 시간</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_dialog.py" line="37"/>
        <source>Every other setting is the window&apos;s current one.</source>
        <translation>나머지 설정은 모두 창의 현재 설정을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_dialog.py" line="56"/>
        <source>{0} runs, one after another: about {1:.3g} min in all</source>
        <translation>{0}개 실행을 차례로: 모두 약 {1:.3g}분</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_dialog.py" line="57"/>
        <source>Choose at least one cell and one depth.</source>
        <translation>셀과 층 수를 하나 이상 고르세요.</translation>
    </message>
</context>
<context>
    <name>CompareFeature</name>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_feature.py" line="55"/>
        <source>Compare &amp;Cells…</source>
        <translation>셀 비교(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_feature.py" line="56"/>
        <source>Train RNN, LSTM and GRU on this text with one budget, one after another, and compare their losses</source>
        <translation>이 텍스트로 RNN, LSTM, GRU를 같은 학습 시간으로 차례로 학습하고 손실을 비교합니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_feature.py" line="59"/>
        <source>Compare cells…</source>
        <translation>셀 비교…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_feature.py" line="90"/>
        <source>On {0}, each with the window&apos;s other settings: {1} units, sequences of {2}, batches of {3}, learning rate {4:g}.</source>
        <translation>{0}에서, 각각 창의 나머지 설정으로: 은닉 유닛 {1}개, 시퀀스 길이 {2}, 배치 크기 {3}, 학습률 {4:g}.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_feature.py" line="129"/>
        <source>{0:,} steps</source>
        <translation>{0:,} 스텝</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_feature.py" line="129"/>
        <source>{0:g} min</source>
        <translation>{0:g}분</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_feature.py" line="130"/>
        <source>Comparing {0} runs on {1}, {2} each</source>
        <translation>{1}에서 {0}개 실행 비교 중, 각각 {2}</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_feature.py" line="159"/>
        <source>Cancelling: stopping {0}…</source>
        <translation>취소 중: {0} 멈추는 중…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_feature.py" line="240"/>
        <source>Cancelled: {0} runs kept, {1} skipped</source>
        <translation>취소됨: {0}개 실행은 보관, {1}개는 건너뜀</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_feature.py" line="241"/>
        <source>Compared {0} runs on {1}: their curves are on the loss plot</source>
        <translation>{1}에서 {0}개 실행을 비교했습니다: 손실 그래프에 곡선이 있습니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_feature.py" line="266"/>
        <source>A comparison is already running; cancel it first, or wait for it to end.</source>
        <translation>이미 비교가 진행 중입니다; 먼저 취소하거나 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_feature.py" line="268"/>
        <source>A training run is going on; stop it first, or wait for it to end.</source>
        <translation>학습이 진행 중입니다; 먼저 멈추거나 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_feature.py" line="271"/>
        <source>Open a text to train on first (File ▸ Open Text…).</source>
        <translation>먼저 학습할 텍스트를 여세요(파일 ▸ 텍스트 열기…).</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_feature.py" line="275"/>
        <source>Cannot compare cells</source>
        <translation>셀을 비교할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_feature.py" line="276"/>
        <source>not started: {0}</source>
        <translation>시작하지 않음: {0}</translation>
    </message>
</context>
<context>
    <name>CompareQueueView</name>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_queue.py" line="18"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_queue.py" line="18"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_queue.py" line="19"/>
        <source>Progress</source>
        <translation>진행</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_queue.py" line="20"/>
        <source>Best validation loss</source>
        <translation>최저 검증 손실</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_queue.py" line="21"/>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_queue.py" line="21"/>
        <source>training</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_queue.py" line="22"/>
        <source>paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_queue.py" line="22"/>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_queue.py" line="23"/>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_queue.py" line="23"/>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_queue.py" line="24"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_queue.py" line="49"/>
        <location filename="../../rnn_studio/gui/runs/compare_queue.py" line="105"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_queue.py" line="50"/>
        <source>Pause the run that is training (the queue waits with it)</source>
        <translation>학습 중인 실행을 일시 정지합니다 (대기열도 함께 기다립니다)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_queue.py" line="51"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_queue.py" line="52"/>
        <source>Stop the run that is training (it is kept) and skip the rest</source>
        <translation>학습 중인 실행을 멈추고(보관됨) 나머지는 건너뜁니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/compare_queue.py" line="105"/>
        <source>Resume</source>
        <translation>다시 시작</translation>
    </message>
</context>
<context>
    <name>CorpusFeature</name>
    <message>
        <location filename="../../rnn_studio/gui/corpus/feature.py" line="73"/>
        <source>Open Text</source>
        <translation>텍스트 열기</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/feature.py" line="82"/>
        <location filename="../../rnn_studio/gui/corpus/feature.py" line="196"/>
        <location filename="../../rnn_studio/gui/corpus/feature.py" line="198"/>
        <source>Cannot open text</source>
        <translation>텍스트를 열 수 없음</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/feature.py" line="83"/>
        <source>Training is under way; stop it first.</source>
        <translation>학습 중입니다. 먼저 중지하세요.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/feature.py" line="132"/>
        <source>loading {0}…</source>
        <translation>{0} 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/feature.py" line="158"/>
        <source>opened {0}</source>
        <translation>{0}을(를) 열었습니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/feature.py" line="189"/>
        <source>could not open {0}</source>
        <translation>{0}을(를) 열 수 없습니다</translation>
    </message>
</context>
<context>
    <name>CorpusPanel</name>
    <message>
        <location filename="../../rnn_studio/gui/corpus/panel.py" line="31"/>
        <source>Corpus</source>
        <translation>말뭉치</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/panel.py" line="33"/>
        <location filename="../../rnn_studio/gui/corpus/panel.py" line="75"/>
        <source>No text loaded</source>
        <translation>열린 텍스트 없음</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/panel.py" line="46"/>
        <source>Open a text file (Ctrl+O) or drop one on the window.</source>
        <translation>텍스트 파일을 열거나(Ctrl+O) 창에 끌어다 놓으세요.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/panel.py" line="49"/>
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/panel.py" line="50"/>
        <source>Open a text file to train on (Ctrl+O)</source>
        <translation>학습할 텍스트 파일을 엽니다(Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/panel.py" line="53"/>
        <source>Samples</source>
        <translation>예제</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/panel.py" line="54"/>
        <source>Texts that come with RNN Studio</source>
        <translation>RNN Studio에 들어 있는 텍스트</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/panel.py" line="72"/>
        <source>loading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/corpus/panel.py" line="83"/>
        <source>{size} · {chars:,} characters · {vocab} distinct · {enc}</source>
        <translation>{size} · 문자 {chars:,}개 · 서로 다른 문자 {vocab}개 · {enc}</translation>
    </message>
</context>
<context>
    <name>EncodingDialog</name>
    <message>
        <location filename="../../rnn_studio/gui/widgets/encoding_dialog.py" line="15"/>
        <source>Choose the text&apos;s encoding</source>
        <translation>텍스트의 인코딩 선택</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/encoding_dialog.py" line="16"/>
        <source>{0}

Pick the encoding in which the preview reads right; RNN Studio will remember it for this file.</source>
        <translation>{0}

미리 보기가 제대로 읽히는 인코딩을 고르세요. RNN Studio가 이 파일에 대해 기억합니다.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/encoding_dialog.py" line="35"/>
        <source>Preview:</source>
        <translation>미리 보기:</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../../rnn_studio/gui/engine.py" line="75"/>
        <source>torch {0} · {1}</source>
        <translation>torch {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/engine.py" line="75"/>
        <source>CPU only</source>
        <translation>CPU만 사용</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <location filename="../../rnn_studio/gui/inspect/unit_plots.py" line="49"/>
        <source>unit</source>
        <translation>유닛</translation>
    </message>
</context>
<context>
    <name>InspectorView</name>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="42"/>
        <source>Paste a text here, then Inspect.</source>
        <translation>여기에 텍스트를 붙여 넣고 살펴보기를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="43"/>
        <source>Inspect</source>
        <translation>살펴보기</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="48"/>
        <source>First character of the window the heat map and the gates show</source>
        <translation>히트맵과 게이트가 보여 주는 구간의 첫 문자</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="54"/>
        <source>A built-in pattern, or type a regular expression</source>
        <translation>기본 제공 패턴을 고르거나 정규 표현식을 입력하세요</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="55"/>
        <source>Find units</source>
        <translation>유닛 찾기</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="79"/>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="79"/>
        <source>Unit</source>
        <translation>유닛</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="80"/>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="80"/>
        <source>Window from</source>
        <translation>구간 시작</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="86"/>
        <source>Pattern</source>
        <translation>패턴</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="88"/>
        <source>Units × characters (the window)</source>
        <translation>유닛 × 문자(구간)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="89"/>
        <source>The unit&apos;s gates per character</source>
        <translation>문자별 유닛의 게이트</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="90"/>
        <source>Inspector</source>
        <translation>인스펙터</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="90"/>
        <source>The text coloured by one unit: blue −1, white 0, red +1.</source>
        <translation>한 유닛의 활성값으로 칠한 텍스트: 파랑 −1, 하양 0, 빨강 +1.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="102"/>
        <source>Train a model or open one to look at its units.</source>
        <translation>유닛을 보려면 모델을 학습하거나 여세요.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="107"/>
        <source>layer {0}</source>
        <translation>{0}층</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="113"/>
        <source>h (hidden state)</source>
        <translation>h (은닉 상태)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="115"/>
        <source>tanh(c) (cell state)</source>
        <translation>tanh(c) (셀 상태)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="129"/>
        <source>reading {0:,} characters…</source>
        <translation>문자 {0:,}개 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="136"/>
        <source>{0:,} characters, {1} layer(s) of {2} units. Click a character to move the window there; click the heat map to pick a unit.</source>
        <translation>문자 {0:,}개, {2} 유닛짜리 층 {1}개. 문자를 누르면 구간이 그리로 옮겨 가고, 히트맵을 누르면 유닛을 고릅니다.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="187"/>
        <source>Unit {0} of layer {1}, characters {2}–{3}.</source>
        <translation>{1}층의 유닛 {0}, 문자 {2}–{3}.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="220"/>
        <source>point-biserial correlation r</source>
        <translation>점이연 상관계수 r</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="220"/>
        <source>Pearson correlation r</source>
        <translation>피어슨 상관계수 r</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/inspector_view.py" line="221"/>
        <source>Units whose h tracks {0}, by |{1}| (negative r: the unit is low where the pattern holds).</source>
        <translation>h가 {0}을(를) 따라가는 유닛, |{1}| 순(r이 음수: 패턴이 맞는 곳에서 유닛 값이 낮음).</translation>
    </message>
</context>
<context>
    <name>LectureFeature</name>
    <message>
        <location filename="../../rnn_studio/gui/lecture/feature.py" line="33"/>
        <source>The lecture, live — RNN Studio</source>
        <translation>강의 실습 — RNN Studio</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/lecture/feature.py" line="47"/>
        <source>New to RNNs? Watch the lecture&apos;s “hello” example learn, step by step</source>
        <translation>RNN이 처음인가요? 강의의 “hello” 예제가 학습하는 과정을 한 단계씩 보세요</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/lecture/feature.py" line="59"/>
        <source>the model form now has the lecture&apos;s cell and depth: open your text and press Train</source>
        <translation>모델 설정이 강의의 셀과 층 수로 바뀌었습니다: 텍스트를 열고 학습을 누르세요</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="58"/>
        <source>train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="59"/>
        <source>train (smoothed)</source>
        <translation>학습(평활)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="61"/>
        <source>val</source>
        <translation>검증</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="76"/>
        <source>frequency baseline</source>
        <translation>빈도 기준선</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="80"/>
        <source>best (kept)</source>
        <translation>최고(보관됨)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="210"/>
        <source>step {0}</source>
        <translation>스텝 {0}</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="213"/>
        <source>train {0:.3f} (smoothed {1:.3f}) {2}</source>
        <translation>학습 {0:.3f} (평활 {1:.3f}) {2}</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="217"/>
        <source>val {0:.3f} {1} at step {2}, accuracy {3:.0%}</source>
        <translation>검증 {0:.3f} {1}, 스텝 {2}, 정확도 {3:.0%}</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="223"/>
        <source>{0} chars</source>
        <translation>문자 {0}개</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="228"/>
        <source>nats</source>
        <translation>nats</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="228"/>
        <source>bits</source>
        <translation>비트</translation>
    </message>
</context>
<context>
    <name>LossPlotPanel</name>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="267"/>
        <source>steps</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="267"/>
        <source>characters seen</source>
        <translation>본 문자 수</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="268"/>
        <source>time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="271"/>
        <source>nats / char</source>
        <translation>nats / 문자</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="272"/>
        <source>bits / char</source>
        <translation>비트 / 문자</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="275"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="275"/>
        <source>x:</source>
        <translation>x축:</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/loss_plot.py" line="276"/>
        <source>y:</source>
        <translation>y축:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../rnn_studio/gui/main_window.py" line="72"/>
        <source>engine: loading…</source>
        <translation>엔진: 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/main_window.py" line="109"/>
        <location filename="../../rnn_studio/gui/main_window.py" line="213"/>
        <source>loading engine…</source>
        <translation>엔진 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/main_window.py" line="214"/>
        <source>ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/main_window.py" line="220"/>
        <source>engine unavailable</source>
        <translation>엔진을 쓸 수 없음</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/main_window.py" line="221"/>
        <source>Engine unavailable</source>
        <translation>엔진을 쓸 수 없음</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/main_window.py" line="264"/>
        <source>finishing the save…</source>
        <translation>저장을 마무리하는 중…</translation>
    </message>
</context>
<context>
    <name>ModelDocument</name>
    <message>
        <location filename="../../rnn_studio/gui/model/document.py" line="33"/>
        <source>untitled</source>
        <translation>제목 없음</translation>
    </message>
</context>
<context>
    <name>ModelFeature</name>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="76"/>
        <source>training a new model…</source>
        <translation>새 모델 학습 중…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="81"/>
        <source>{cell} trained for {steps:,} steps</source>
        <translation>{steps:,} 스텝 학습한 {cell}</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="82"/>
        <source> on {0}</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="87"/>
        <source>loading engine…</source>
        <translation>엔진 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="100"/>
        <source>open a text to size the model</source>
        <translation>모델 크기를 재려면 텍스트를 여세요</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="116"/>
        <source>Cannot start a new model</source>
        <translation>새 모델을 시작할 수 없음</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="124"/>
        <source>new model: choose its shape and press Train</source>
        <translation>새 모델: 구조를 고르고 학습을 누르세요</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="127"/>
        <source>Open Model</source>
        <translation>모델 열기</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="133"/>
        <location filename="../../rnn_studio/gui/model/feature.py" line="148"/>
        <source>Cannot open model</source>
        <translation>모델을 열 수 없음</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="152"/>
        <source>opened at step {0:,}</source>
        <translation>스텝 {0:,}에서 열림</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="160"/>
        <source> (the open text has {0} characters this model never saw: it can write, but cannot train on that text)</source>
        <translation> (열린 텍스트에 이 모델이 본 적 없는 문자 {0}개가 있습니다: 글은 쓸 수 있지만 그 텍스트로 학습할 수는 없습니다)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="162"/>
        <source>opened {0}: {1}, trained {2:,} steps</source>
        <translation>{0} 열림: {1}, {2:,} 스텝 학습됨</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="199"/>
        <source>saved {0}</source>
        <translation>{0} 저장됨</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="204"/>
        <source>Cannot save model</source>
        <translation>모델을 저장할 수 없음</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/feature.py" line="208"/>
        <source>Training is under way; stop it first.</source>
        <translation>학습 중입니다. 먼저 중지하세요.</translation>
    </message>
</context>
<context>
    <name>ModelPanel</name>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="50"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="57"/>
        <source>one-hot</source>
        <translation>원-핫</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="58"/>
        <source>Feed each character as a one-hot vector (the lecture&apos;s form) instead of a learned embedding</source>
        <translation>학습된 임베딩 대신 각 문자를 원-핫 벡터로 넣습니다(강의의 방식)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="64"/>
        <source>Hangul as jamo (자모)</source>
        <translation>한글을 자모로</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="66"/>
        <source>Train on Hangul&apos;s letters (jamo) instead of whole syllables: a much smaller vocabulary (379 symbols become 75 on the bundled constitution); the model still writes whole syllables</source>
        <translation>음절 통째가 아니라 한글 자모로 학습합니다: 어휘가 훨씬 작아지고(동봉된 헌법에서 기호 379개가 75개로), 모델은 여전히 완성된 음절로 씁니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="74"/>
        <source>New model</source>
        <translation>새 모델</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="75"/>
        <source>Forget the current model and choose a new shape (Ctrl+N)</source>
        <translation>현재 모델을 버리고 새 구조를 고릅니다(Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="89"/>
        <source>Cell</source>
        <translation>셀</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="90"/>
        <source>Layers</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="91"/>
        <source>Hidden units</source>
        <translation>은닉 유닛</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="92"/>
        <source>Embedding</source>
        <translation>임베딩</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="93"/>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="94"/>
        <source>Input dropout</source>
        <translation>입력 드롭아웃</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/model/panel.py" line="96"/>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
</context>
<context>
    <name>NextCharView</name>
    <message>
        <location filename="../../rnn_studio/gui/inspect/next_char_view.py" line="35"/>
        <source>Type a beginning; empty means the start of a line</source>
        <translation>시작 글을 입력하세요. 비워 두면 줄의 처음부터 씁니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/next_char_view.py" line="41"/>
        <source>Divide the logits by T before the softmax; 0 keeps only the likeliest</source>
        <translation>소프트맥스 전에 로짓을 T로 나눕니다. 0이면 가장 그럴듯한 문자만 남깁니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/next_char_view.py" line="52"/>
        <source>Prefix</source>
        <translation>접두어</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/next_char_view.py" line="52"/>
        <source>Temperature</source>
        <translation>온도</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/next_char_view.py" line="53"/>
        <source>Top</source>
        <translation>상위</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/next_char_view.py" line="50"/>
        <source>What comes next?</source>
        <translation>다음에는 무엇이 올까요?</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/next_char_view.py" line="51"/>
        <source>The model&apos;s probabilities for the next character; click a bar to append it.</source>
        <translation>다음 문자에 대한 모델의 확률. 막대를 누르면 그 문자를 덧붙입니다.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/next_char_view.py" line="94"/>
        <source>Train a model or open one to see what it expects next.</source>
        <translation>모델이 다음에 무엇을 예상하는지 보려면 모델을 학습하거나 여세요.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/next_char_view.py" line="109"/>
        <source>reading the prefix…</source>
        <translation>접두어 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/next_char_view.py" line="125"/>
        <source>After the start of a line:</source>
        <translation>줄의 처음 다음:</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/next_char_view.py" line="127"/>
        <source>After “{0}”:</source>
        <translation>“{0}” 다음:</translation>
    </message>
</context>
<context>
    <name>NumbersHelp</name>
    <message>
        <location filename="../../rnn_studio/gui/help/numbers.py" line="73"/>
        <source>What do these numbers mean?</source>
        <translation>이 숫자들은 무엇인가요?</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/help/numbers.py" line="85"/>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <location filename="../../rnn_studio/gui/inspect/bar_chart.py" line="84"/>
        <source>Click to append it</source>
        <translation>누르면 덧붙입니다</translation>
    </message>
</context>
<context>
    <name>RecoveryFeature</name>
    <message>
        <location filename="../../rnn_studio/gui/recovery/feature.py" line="83"/>
        <source>the autosaved run was discarded</source>
        <translation>자동 저장된 실행을 버렸습니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/recovery/feature.py" line="97"/>
        <source>Cannot recover the run</source>
        <translation>실행을 복구할 수 없음</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/recovery/feature.py" line="101"/>
        <source>recovered at step {0:,}</source>
        <translation>스텝 {0:,}에서 복구됨</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/recovery/feature.py" line="107"/>
        <source>recovered {0}: save it to keep it</source>
        <translation>{0} 복구됨: 보관하려면 저장하세요</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="96"/>
        <source>filter: cell, name, status…</source>
        <translation>필터: 셀, 이름, 상태…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="102"/>
        <source>x: {0}</source>
        <translation>x축: {0}</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="106"/>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="106"/>
        <source>overlay the selected runs&apos; loss curves</source>
        <translation>선택한 실행들의 손실 곡선을 겹쳐 그립니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="108"/>
        <source>Open model</source>
        <translation>모델 열기</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="108"/>
        <source>open the selected run&apos;s model file</source>
        <translation>선택한 실행의 모델 파일을 엽니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="109"/>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="109"/>
        <source>give the selected run a name</source>
        <translation>선택한 실행에 이름을 붙입니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="110"/>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="110"/>
        <source>forget the selected runs (their model files stay)</source>
        <translation>선택한 실행을 기록에서 지웁니다(모델 파일은 남습니다)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="112"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="112"/>
        <source>read the run store again</source>
        <translation>실행 기록 저장소를 다시 읽습니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="123"/>
        <source>loss (nats per character)</source>
        <translation>손실(문자당 nats)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="129"/>
        <source>Corpus</source>
        <translation>말뭉치</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="197"/>
        <source>1 run</source>
        <translation>실행 1개</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="197"/>
        <source>{0} runs</source>
        <translation>실행 {0}개</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="198"/>
        <source>no runs recorded yet</source>
        <translation>아직 기록된 실행이 없습니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="205"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="276"/>
        <source>run {0}: its model file is gone ({1})</source>
        <translation>실행 {0}: 모델 파일이 없습니다({1})</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="277"/>
        <source>none recorded</source>
        <translation>기록 없음</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="284"/>
        <source>Rename run</source>
        <translation>실행 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="284"/>
        <source>A name for run {0}:</source>
        <translation>실행 {0}의 이름:</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="294"/>
        <source>run {0}</source>
        <translation>실행 {0}</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="295"/>
        <source>{0} runs ({1})</source>
        <translation>실행 {0}개({1})</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="296"/>
        <source>Delete runs</source>
        <translation>실행 삭제</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/panel.py" line="297"/>
        <source>Forget {0}? Their model files stay where they are.</source>
        <translation>{0}을(를) 기록에서 지울까요? 모델 파일은 그 자리에 남습니다.</translation>
    </message>
</context>
<context>
    <name>SamplesTimeline</name>
    <message>
        <location filename="../../rnn_studio/gui/training/timeline.py" line="22"/>
        <source>Every few steps the model writes a short sample; they appear here, so you can watch the text improve.</source>
        <translation>몇 스텝마다 모델이 짧은 샘플을 씁니다. 여기에 나타나므로 글이 나아지는 것을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/timeline.py" line="27"/>
        <source>Samples during training</source>
        <translation>학습 중 샘플</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/timeline.py" line="34"/>
        <source>step {0:,}</source>
        <translation>스텝 {0:,}</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/timeline.py" line="36"/>
        <source> · validation {0}</source>
        <translation> · 검증 {0}</translation>
    </message>
</context>
<context>
    <name>SideBySideSamples</name>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="41"/>
        <source>prefix</source>
        <translation>접두어</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="43"/>
        <source>the text every model continues (empty: the start of a line)</source>
        <translation>모든 모델이 이어 쓸 텍스트(비우면 줄의 처음)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="45"/>
        <source>seed </source>
        <translation>시드 </translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="46"/>
        <source> chars</source>
        <translation> 문자</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="48"/>
        <source>Write side by side</source>
        <translation>나란히 쓰기</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="50"/>
        <source>continue the same prefix with the same seed from each selected run&apos;s model</source>
        <translation>선택한 실행마다 그 모델로 같은 접두어를 같은 시드로 이어 씁니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="59"/>
        <source>Select runs to read their samples side by side.</source>
        <translation>실행을 선택하면 샘플을 나란히 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="87"/>
        <source>(no sample recorded during training)</source>
        <translation>(학습 중 기록된 샘플 없음)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="106"/>
        <source>(its model file is gone: {0})</source>
        <translation>(모델 파일이 없습니다: {0})</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="106"/>
        <source>(cannot write with it: {0})</source>
        <translation>(이 모델로 쓸 수 없습니다: {0})</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="107"/>
        <source>none recorded</source>
        <translation>기록 없음</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="122"/>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="140"/>
        <source>writing…</source>
        <translation>쓰는 중…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/runs/side_samples.py" line="141"/>
        <source>(not written: {0})</source>
        <translation>(쓰지 못함: {0})</translation>
    </message>
</context>
<context>
    <name>SurprisalView</name>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="44"/>
        <source>Paste a text here, or open a file, then Score.</source>
        <translation>여기에 텍스트를 붙여 넣거나 파일을 연 다음 채점을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="45"/>
        <source>Open text…</source>
        <translation>텍스트 열기…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="46"/>
        <source>Score</source>
        <translation>채점</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="47"/>
        <source>Save as HTML…</source>
        <translation>HTML로 저장…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="54"/>
        <source>Point at a character to see the model&apos;s five likeliest guesses there.</source>
        <translation>문자를 가리키면 그 자리에서 모델이 가장 그럴듯하다고 본 후보 다섯 개가 보입니다.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="59"/>
        <source>bits:</source>
        <translation>비트:</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="62"/>
        <source>Surprisal</source>
        <translation>놀람도</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="63"/>
        <source>Each character coloured by its cost in bits, −log₂ of the probability the model gave it.</source>
        <translation>각 문자를 비트 단위 비용, 즉 모델이 그 문자에 준 확률의 −log₂ 값에 따라 칠했습니다.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="80"/>
        <source>Train a model or open one to score a text with it.</source>
        <translation>텍스트를 채점하려면 모델을 학습하거나 여세요.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="91"/>
        <source>scoring {0:,} characters…</source>
        <translation>문자 {0:,}개 채점 중…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="108"/>
        <source>&lt;b&gt;{0:.4f}&lt;/b&gt; bits per character, accuracy &lt;b&gt;{1:.2%}&lt;/b&gt;, over {2:,} characters predicted (the numbers &lt;tt&gt;rnn-studio eval&lt;/tt&gt; prints).</source>
        <translation>예측한 문자 {2:,}개에 대해 문자당 &lt;b&gt;{0:.4f}&lt;/b&gt; 비트, 정확도 &lt;b&gt;{1:.2%}&lt;/b&gt; (&lt;tt&gt;rnn-studio eval&lt;/tt&gt;이 출력하는 값).</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="112"/>
        <source>{0:,} characters the model never saw are struck out in grey and left out: {1}</source>
        <translation>모델이 본 적 없는 문자 {0:,}개는 회색 취소선으로 표시하고 제외했습니다: {1}</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="115"/>
        <source>The first {0:,} characters are shown.</source>
        <translation>처음 {0:,}개 문자를 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="117"/>
        <source>Nothing to score: a text needs at least two characters the model knows.</source>
        <translation>채점할 것이 없습니다: 텍스트에 모델이 아는 문자가 두 개 이상 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="142"/>
        <source>Open a text to score</source>
        <translation>채점할 텍스트 열기</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="151"/>
        <source>Cannot score this text</source>
        <translation>이 텍스트를 채점할 수 없음</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="156"/>
        <source>Save the coloured text</source>
        <translation>색칠한 텍스트 저장</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/inspect/surprisal_view.py" line="164"/>
        <source>Cannot save</source>
        <translation>저장할 수 없음</translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="43"/>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="56"/>
        <source>use minutes →</source>
        <translation>분 단위 사용 →</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="57"/>
        <source> steps</source>
        <translation> 스텝</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="60"/>
        <location filename="../../rnn_studio/gui/training/panel.py" line="89"/>
        <source> min</source>
        <translation> 분</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="63"/>
        <location filename="../../rnn_studio/gui/training/panel.py" line="196"/>
        <source>Train for</source>
        <translation>학습 기간</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="66"/>
        <location filename="../../rnn_studio/gui/training/panel.py" line="149"/>
        <source>More settings</source>
        <translation>추가 설정</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="70"/>
        <source>Validate every</source>
        <translation>검증 주기</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="70"/>
        <source>Sample every</source>
        <translation>샘플 주기</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="71"/>
        <source>Sample length</source>
        <translation>샘플 길이</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="71"/>
        <source>Sample prompt</source>
        <translation>샘플 시작 글</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="72"/>
        <source>Warm-up steps</source>
        <translation>워밍업 스텝</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="72"/>
        <source>Final LR ratio</source>
        <translation>최종 학습률 비율</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="73"/>
        <source>Weight decay</source>
        <translation>가중치 감쇠</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="73"/>
        <source>Gradient clip</source>
        <translation>그래디언트 클리핑</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="74"/>
        <source>Weight averaging</source>
        <translation>가중치 평균</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="75"/>
        <source>Validation share</source>
        <translation>검증 비율</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="75"/>
        <source>Windows</source>
        <translation>구간 선택</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="76"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="76"/>
        <source>Report every</source>
        <translation>보고 주기</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="76"/>
        <source>CPU threads</source>
        <translation>CPU 스레드</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="77"/>
        <source>Arithmetic</source>
        <translation>연산 정밀도</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="77"/>
        <source>Stop when it stops helping</source>
        <translation>나아지지 않으면 중지(조기 종료)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="78"/>
        <source>Patience (evaluations)</source>
        <translation>인내(평가 횟수)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="78"/>
        <source>Fit to the text and budget</source>
        <translation>텍스트와 학습 시간에 맞추기</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="79"/>
        <source>First guess</source>
        <translation>첫 추측</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="90"/>
        <source>never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="91"/>
        <source>Every this many minutes a running model is saved to a recovery file, offered back after a crash (0: never)</source>
        <translation>이 시간(분)마다 학습 중인 모델을 복구 파일에 저장하고, 비정상 종료 뒤에 되살리기를 제안합니다(0: 안 함)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="93"/>
        <source>Autosave every</source>
        <translation>자동 저장 주기</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="98"/>
        <location filename="../../rnn_studio/gui/training/panel.py" line="190"/>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="99"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="101"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="118"/>
        <source>Sequence length</source>
        <translation>시퀀스 길이</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="119"/>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="120"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="122"/>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="180"/>
        <source>not available: {0}</source>
        <translation>사용할 수 없음: {0}</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="189"/>
        <source>Resume</source>
        <translation>다시 시작</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="190"/>
        <source>Continue</source>
        <translation>이어서 학습</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="191"/>
        <source>Train the current model further with this budget</source>
        <translation>이 예산으로 현재 모델을 더 학습합니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="192"/>
        <source>Train a new model on the corpus</source>
        <translation>말뭉치로 새 모델을 학습합니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="196"/>
        <source>Train on for</source>
        <translation>추가 학습 기간</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="234"/>
        <source>{0:,} / {1:,} steps</source>
        <translation>{0:,} / {1:,} 스텝</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="206"/>
        <source>starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="226"/>
        <source>{cps:,.0f} chars/s · training loss {loss} · ETA {eta}</source>
        <translation>초당 문자 {cps:,.0f}개 · 학습 손실 {loss} · 남은 시간 {eta}</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="238"/>
        <source>paused at step {0:,}</source>
        <translation>스텝 {0:,}에서 일시 정지됨</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/panel.py" line="239"/>
        <source> · training loss {0}</source>
        <translation> · 학습 손실 {0}</translation>
    </message>
</context>
<context>
    <name>TrainingFeature</name>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="166"/>
        <source>fine-tuning on {0}</source>
        <translation>{0}(으)로 미세 조정 중</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="177"/>
        <source>paused: you can write with the model, save it, or resume</source>
        <translation>일시 정지됨: 모델로 글을 쓰거나, 저장하거나, 다시 시작할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="74"/>
        <location filename="../../rnn_studio/gui/training/feature.py" line="192"/>
        <location filename="../../rnn_studio/gui/training/feature.py" line="228"/>
        <source>step {0:,}</source>
        <translation>스텝 {0:,}</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="146"/>
        <source>training on {0}…</source>
        <translation>{0}(으)로 학습 중…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="197"/>
        <source>step {0:,}: validation loss {1}, {2:.0%} of next characters right</source>
        <translation>스텝 {0:,}: 검증 손실 {1}, 다음 문자 정확도 {2:.0%}</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="233"/>
        <source>Training stopped</source>
        <translation>학습이 멈춤</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="237"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="237"/>
        <source>Stopped early: no longer improving</source>
        <translation>조기 종료: 더 이상 나아지지 않음</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="238"/>
        <source>Stopped: not learning</source>
        <translation>중지됨: 학습이 안 됨</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="238"/>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="239"/>
        <source>{how} at step {step:,} after {t}</source>
        <translation>{how} · 스텝 {step:,}, 걸린 시간 {t}</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="243"/>
        <source> · kept the best model: step {0:,}, validation loss {1}</source>
        <translation> · 최고 모델 보관: 스텝 {0:,}, 검증 손실 {1}</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="244"/>
        <source> · best validation loss {0}</source>
        <translation> · 최저 검증 손실 {0}</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="253"/>
        <source>{0}; training goes on</source>
        <translation>{0}; 학습은 계속됩니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="255"/>
        <source>autosaved at step {0:,}</source>
        <translation>스텝 {0:,}에서 자동 저장됨</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="259"/>
        <source>not started: {0}</source>
        <translation>시작하지 않음: {0}</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/training/feature.py" line="261"/>
        <source>Cannot train</source>
        <translation>학습할 수 없음</translation>
    </message>
</context>
<context>
    <name>Ui</name>
    <message>
        <location filename="../../rnn_studio/gui/ui.py" line="39"/>
        <source>Internal error</source>
        <translation>내부 오류</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/ui.py" line="40"/>
        <source>Something went wrong inside RNN Studio; your work so far is kept.

{0}</source>
        <translation>RNN Studio 내부에서 문제가 생겼습니다. 지금까지의 작업은 보존됩니다.

{0}</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/ui.py" line="46"/>
        <source>loading engine…</source>
        <translation>엔진 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/ui.py" line="48"/>
        <source>Engine unavailable</source>
        <translation>엔진을 쓸 수 없음</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../rnn_studio/gui/widgets/units.py" line="34"/>
        <source>bits/char</source>
        <translation>비트/문자</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/widgets/units.py" line="34"/>
        <source>nats/char</source>
        <translation>nats/문자</translation>
    </message>
</context>
<context>
    <name>WriterPanel</name>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="26"/>
        <source>Type a beginning for the model to continue…</source>
        <translation>모델이 이어 쓸 시작 글을 입력하세요…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="30"/>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="34"/>
        <source>random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="36"/>
        <source>Generate</source>
        <translation>생성</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="37"/>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="157"/>
        <source>Write with the model (Ctrl+G)</source>
        <translation>모델로 글을 씁니다(Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="38"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="39"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="40"/>
        <source>Save text…</source>
        <translation>텍스트 저장…</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="44"/>
        <source>The model&apos;s writing appears here.</source>
        <translation>모델이 쓴 글이 여기에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="47"/>
        <source>Skip unknown characters</source>
        <translation>모르는 문자 건너뛰기</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="48"/>
        <source>Drop prefix characters the model never saw instead of refusing the prefix (the command line&apos;s --skip-unknown)</source>
        <translation>접두어를 거부하는 대신 모델이 본 적 없는 문자를 빼고 씁니다(명령줄의 --skip-unknown)</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="61"/>
        <source>Temperature</source>
        <translation>온도</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="61"/>
        <source>Top-k</source>
        <translation>상위 k</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="62"/>
        <source>Top-p</source>
        <translation>상위 p</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="62"/>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="62"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="71"/>
        <source>Prefix</source>
        <translation>접두어</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="81"/>
        <source>Write with the model</source>
        <translation>모델로 글을 씁니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="88"/>
        <source>Train a model or open one to write with it.</source>
        <translation>글을 쓰려면 모델을 학습하거나 여세요.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/panel.py" line="113"/>
        <source>writing…</source>
        <translation>쓰는 중…</translation>
    </message>
</context>
<context>
    <name>WritingFeature</name>
    <message>
        <location filename="../../rnn_studio/gui/writing/feature.py" line="54"/>
        <source>Train a model or open one to write with it.</source>
        <translation>글을 쓰려면 모델을 학습하거나 여세요.</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/feature.py" line="90"/>
        <source>{0} prefix characters the model never saw were dropped</source>
        <translation>모델이 본 적 없는 접두어 문자 {0}개를 뺐습니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/feature.py" line="100"/>
        <source>{0:,} characters written</source>
        <translation>문자 {0:,}개를 썼습니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/feature.py" line="101"/>
        <source>stopped after {0:,} characters</source>
        <translation>문자 {0:,}개 뒤에 멈췄습니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/feature.py" line="121"/>
        <source>text copied</source>
        <translation>텍스트를 복사했습니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/feature.py" line="125"/>
        <source>nothing written yet to save</source>
        <translation>아직 저장할 글이 없습니다</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/feature.py" line="127"/>
        <source>Save Text</source>
        <translation>텍스트 저장</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/feature.py" line="133"/>
        <source>Cannot save text</source>
        <translation>텍스트를 저장할 수 없음</translation>
    </message>
    <message>
        <location filename="../../rnn_studio/gui/writing/feature.py" line="135"/>
        <source>text saved to {0}</source>
        <translation>텍스트를 {0}에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="core_strings_generated.py" line="4"/>
        <source>Recurrent cell</source>
        <translation>순환 셀</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="5"/>
        <source>rnn</source>
        <translation>rnn</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="6"/>
        <source>lstm</source>
        <translation>lstm</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="7"/>
        <source>gru</source>
        <translation>gru</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="8"/>
        <source>Stacked recurrent layers</source>
        <translation>쌓은 순환 층 수</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="9"/>
        <source>Units per layer</source>
        <translation>층마다 유닛 수</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="10"/>
        <source>Embedding width; 0 feeds one-hot vectors (the lecture&apos;s form)</source>
        <translation>임베딩 너비. 0이면 원-핫 벡터를 넣습니다(강의의 방식)</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="11"/>
        <source>Dropout between layers and before the output layer</source>
        <translation>층 사이와 출력층 앞의 드롭아웃</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="12"/>
        <source>Dropout on the inputs (the embedding or one-hot vectors): on a short text read many times, it keeps the model from learning the text by heart</source>
        <translation>입력(임베딩 또는 원-핫 벡터)의 드롭아웃. 여러 번 읽는 짧은 텍스트에서 모델이 텍스트를 통째로 외우지 않게 합니다</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="13"/>
        <source>Characters in the vocabulary (set from the corpus)</source>
        <translation>어휘의 문자 수(말뭉치에서 정해짐)</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="14"/>
        <source>Read Hangul syllables whole (off) or as their jamo, ㅎ+ㅏ+ㄴ for 한 (jamo): a Korean vocabulary shrinks about fivefold and unseen syllables can still be written; samples always show whole syllables</source>
        <translation>한글 음절을 통째로(off) 또는 자모로(jamo, 한 → ㅎ+ㅏ+ㄴ) 읽습니다: 한국어 어휘가 약 5분의 1로 줄고 본 적 없는 음절도 쓸 수 있습니다. 샘플은 언제나 완성된 음절로 보입니다</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="15"/>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="16"/>
        <source>jamo</source>
        <translation>자모</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="17"/>
        <source>Characters per training window (truncated BPTT length)</source>
        <translation>학습 구간 하나의 문자 수(잘린 BPTT 길이)</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="18"/>
        <source>Windows per step</source>
        <translation>스텝마다 구간 수</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="19"/>
        <source>Peak learning rate (AdamW)</source>
        <translation>최대 학습률(AdamW)</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="20"/>
        <source>The cosine decay&apos;s floor, as a fraction of lr</source>
        <translation>코사인 감쇠의 하한, 학습률에 대한 비율</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="21"/>
        <source>Steps of linear learning-rate warm-up</source>
        <translation>학습률을 선형으로 올리는 워밍업 스텝 수</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="22"/>
        <source>AdamW weight decay (matrices only)</source>
        <translation>AdamW 가중치 감쇠(행렬에만)</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="23"/>
        <source>Clip the gradient norm to this; 0 turns clipping off</source>
        <translation>그래디언트 노름을 이 값으로 자릅니다. 0이면 끕니다</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="24"/>
        <source>Evaluate, keep and write with the weights&apos; moving average, which takes this much of itself each step (0: the latest weights)</source>
        <translation>가중치의 이동 평균으로 평가하고, 최고 모델로 보관하고, 글을 씁니다. 매 스텝 평균이 자기 자신을 이만큼 유지합니다 (0: 최신 가중치)</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="25"/>
        <source>Budget in optimiser steps (0: use minutes)</source>
        <translation>옵티마이저 스텝 단위 예산(0: 분 단위 사용)</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="26"/>
        <source>Budget in minutes of training time (used when steps is 0)</source>
        <translation>학습 시간 분 단위 예산(스텝이 0일 때 사용)</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="27"/>
        <source>Evaluate on the whole validation split every N steps (0: only at the end)</source>
        <translation>N 스텝마다 검증 데이터 전체로 평가합니다(0: 끝에서만)</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="28"/>
        <source>Write a short sample every N steps (0: never)</source>
        <translation>N 스텝마다 짧은 샘플을 씁니다(0: 안 함)</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="29"/>
        <source>Characters in each progress sample</source>
        <translation>진행 샘플 하나의 문자 수</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="30"/>
        <source>Prompt for progress samples (empty: the corpus&apos;s first character)</source>
        <translation>진행 샘플의 시작 글(비우면 말뭉치의 첫 문자)</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="31"/>
        <source>The last fraction of the text held out for validation</source>
        <translation>검증용으로 떼어 두는 텍스트 끝부분의 비율</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="32"/>
        <source>Random windows, or contiguous ones with the hidden state carried</source>
        <translation>무작위 구간, 또는 은닉 상태를 이어 가는 연속 구간</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="33"/>
        <source>random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="34"/>
        <source>contiguous</source>
        <translation>연속</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="35"/>
        <source>Random seed</source>
        <translation>난수 시드</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="36"/>
        <source>Where to train</source>
        <translation>학습할 장치</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="37"/>
        <source>auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="38"/>
        <source>cpu</source>
        <translation>cpu</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="39"/>
        <source>cuda</source>
        <translation>cuda</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="40"/>
        <source>mps</source>
        <translation>mps</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="41"/>
        <source>Arithmetic of a training step&apos;s products: bfloat16 is 1.5–1.9× faster on CPUs with native bfloat16 (weights and scores stay float32); auto picks it for the LSTM where the CPU has it</source>
        <translation>학습 스텝의 곱셈 정밀도: bfloat16을 기본 지원하는 CPU에서는 bfloat16이 1.5–1.9배 빠릅니다(가중치와 점수는 float32 유지). 자동은 CPU가 지원하면 LSTM에 bfloat16을 고릅니다</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="42"/>
        <source>float32</source>
        <translation>float32</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="43"/>
        <source>bfloat16</source>
        <translation>bfloat16</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="44"/>
        <source>CPU threads for torch (0: all cores)</source>
        <translation>torch가 쓸 CPU 스레드 수(0: 모든 코어)</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="45"/>
        <source>Report a training step every N steps</source>
        <translation>N 스텝마다 학습 스텝을 보고합니다</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="46"/>
        <source>End the run when it stops helping: validation has not improved for patience evaluations, or the model is not learning at all</source>
        <translation>더 이상 도움이 안 되면 실행을 끝냅니다: 인내 횟수만큼 평가하는 동안 검증 손실이 나아지지 않았거나, 모델이 전혀 학습하지 못할 때</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="47"/>
        <source>Evaluations without a new best validation loss before early stopping ends the run (0: never)</source>
        <translation>조기 종료가 실행을 끝내기 전까지 최저 검증 손실이 갱신되지 않은 평가 횟수(0: 안 함)</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="48"/>
        <source>Fit the width, dropout and learning rate you leave alone to the text and the budget (a new model only)</source>
        <translation>직접 정하지 않은 은닉 크기, 드롭아웃, 학습률을 텍스트와 학습 시간에 맞춥니다 (새 모델만)</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="49"/>
        <source>A new model&apos;s first guess: each character as often as the text has it (frequencies: learns a text read a few times faster), or all alike (uniform: keeps a better model of a text read many times); auto chooses by the passes the budget makes</source>
        <translation>새 모델의 첫 추측: 각 글자를 텍스트에 나오는 빈도대로(frequencies: 몇 번만 읽는 텍스트를 더 빨리 배움), 또는 모두 같게(uniform: 여러 번 읽는 텍스트에서 더 좋은 모델을 남김); auto는 예산이 텍스트를 몇 번 읽는지로 고름</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="50"/>
        <source>frequencies</source>
        <translation>빈도</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="51"/>
        <source>uniform</source>
        <translation>균등</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="52"/>
        <source>Text the model continues</source>
        <translation>모델이 이어 쓸 텍스트</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="53"/>
        <source>Characters to write</source>
        <translation>쓸 문자 수</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="54"/>
        <source>0 always takes the likeliest character; higher is wilder</source>
        <translation>0이면 늘 가장 그럴듯한 문자를 고르고, 높을수록 대담해집니다</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="55"/>
        <source>Keep only the k likeliest characters (0: all)</source>
        <translation>가장 그럴듯한 문자 k개만 남깁니다(0: 전체)</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="56"/>
        <source>Keep the smallest set of characters whose probability reaches p</source>
        <translation>확률 합이 p에 이르는 가장 작은 문자 집합만 남깁니다</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="57"/>
        <source>Random seed for reproducible writing</source>
        <translation>같은 글을 다시 얻기 위한 난수 시드</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="58"/>
        <source>input gate</source>
        <translation>입력 게이트</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="59"/>
        <source>forget gate</source>
        <translation>망각 게이트</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="60"/>
        <source>candidate (cell input)</source>
        <translation>후보(셀 입력)</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="61"/>
        <source>output gate</source>
        <translation>출력 게이트</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="62"/>
        <source>reset gate</source>
        <translation>리셋 게이트</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="63"/>
        <source>update gate</source>
        <translation>업데이트 게이트</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="64"/>
        <source>candidate</source>
        <translation>후보</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="65"/>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="66"/>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="67"/>
        <source>tanh RNN</source>
        <translation>tanh RNN</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="68"/>
        <source>inside quotes</source>
        <translation>따옴표 안</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="69"/>
        <source>inside brackets</source>
        <translation>괄호 안</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="70"/>
        <source>position in the line</source>
        <translation>줄 안의 위치</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="71"/>
        <source>vowel</source>
        <translation>모음</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="72"/>
        <source>Hangul syllable</source>
        <translation>한글 음절</translation>
    </message>
    <message>
        <location filename="core_strings_generated.py" line="73"/>
        <source>space</source>
        <translation>공백</translation>
    </message>
</context>
</TS>
