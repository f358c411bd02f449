/// Held-out corpus sentences (language TAB text) from the langid dev split: never trained on.
enum LanguageIDDevFixture {
    /// The raw TSV rows.
    static let tsv = #"""
en	Nobody told us either.
en	They become nervous.
en	It's an hour's walk to the station.
en	May I have your phone number, please?
en	I'll pay you a visit at your house tomorrow.
en	She caught a cold last night.
en	The teacher started missing school a lot.
en	Tom is such an Internet white knight.
en	Do you like it here in Australia?
en	Why are you speaking loudly?
en	Who are you talking with?
en	Tom is a fast eater.
es	Me siento enferma.
es	No apagues tu computador.
es	Cuéntame algo sobre tu país.
es	Sus pechos no producen suficiente leche.
es	¿Cuánto cuesta el coche más caro?
es	Mañana es el día de la madre.
es	No puedo terminar esto hoy.
es	Nada es más terrorífico que un terremoto.
es	Se sabe que la enzima convertidora de angiotensina 2 (ACE2) humana es el receptor del SARS-CoV.
es	Hoy no deseo ver a nadie.
es	Layla escuchó cerrarse violentamente la puerta.
es	Tom se vistió.
fr	Il a dit que lui aussi m'aimait.
fr	Il n'y a pas de liberté pour l'ignorant.
fr	Ils prirent beaucoup de plaisir à mes dépens.
fr	Quand la photo que je voulais faire agrandir sera-t-elle prête ?
fr	Connais-tu le prénom de monsieur Jackson?
fr	Les choses les plus froides dans la maison: les genoux du patriarche et le cul du chat et le nez du chien.
fr	Les élèves adorent leur nouveau professeur d'anglais.
fr	Je vais en cours en bus.
fr	Te souviens-tu du jour où nous avons vu l'accident ?
fr	Je réveillais Tom.
fr	Es-tu déjà allé à New York ?
fr	On a posé à chaque élève une question.
de	Ich bin Tom. Und du?
de	Er ist ein sehr fähiger Geschäftsmann.
de	Wo ist meine Kettensäge?
de	Manchmal kaufe ich Tiefkühlgemüse.
de	Ich sagte ihm deutlich meine Meinung.
de	starte den Ventilator im Wohnzimmer an
de	Sei nicht so naiv.
de	Heute ist es neblig.
de	Was du gesagt hast, stimmt.
de	Es ist besser, den Abschied zu nehmen, wenn viele Menschen noch sagen: „Schade!“
de	Ich dachte, du magst Tom.
de	Normalerweise stehe ich um sechs auf.
it	Non chiedete cosa pensano. Chiedete cosa fanno.
it	Ho messo la mia scrivania dalla finestra.
it	Mi fa stare male.
it	Tom non ha accesso al database.
it	Lei suonava la chitarra, lui suonava il piano.
it	Approvo al cento per cento.
it	Voglio comprare un regalo per la mia ragazza.
it	I suoi genitori sono davvero di bell'aspetto, però non c'è niente di speciale in lei.
it	Perché New York si chiama "La Grande Mela"?
it	Ne è abituata, vero?
it	qual è la temperatura?
it	Loro sono tutti colpevoli.
pt	Temos de fazer o trabalho em um dia.
pt	Acho pouco provável que alienígenas parecidos com os que vemos nos filmes já tenham visitado nosso planeta.
pt	Se não comer, eu morro.
pt	Você sabe que eu normalmente não falo assim.
pt	Não sejam tão impacientes!
pt	Há alguma estação de trem perto daqui?
pt	A primavera chegou tarde.
pt	O leite nos deixa fortes.
pt	aumentar em 5 minutos o temporizador pizza
pt	Telefonaste ao teu amigo no Canadá?
pt	Nós estamos entusiasmados com o concerto.
pt	Ele alugou roupas para o dia.
nl	Dit is mijn kamer.
nl	wil je de woonkamerscreens openen
nl	Sneeuw is wit, roet is zwart.
nl	Je moet je eigen lot kiezen.
nl	Hij heeft me opgebeld.
nl	Tweedehands meubels zijn goedkoper.
nl	Men moet aandachtig zijn tijdens het autorijden.
nl	Jij en ik zijn vrienden.
nl	Dit gebeurde elke herfst.
nl	Ik had u de brief al gestuurd, toen u belde.
nl	Houdt u niet van de Latijnse taal?
nl	Morgen is er een loopkoers van drie mijl.
sv	Har du fört över filmen till USB-minnet?
sv	Kommer han hem klockan sex?
sv	Jag måste stryka kläder i eftermiddag.
sv	Jag tyckte om alltihop.
sv	Tja, vad är fel med det?
sv	När han kom hem, sov barnen redan.
sv	Han bor med sina föräldrar.
sv	Jag ska ringa några samtal.
sv	Jag vet att han observerar mig.
sv	Jag mjölkade kon.
sv	Vår bil är tre år äldre än er.
sv	Om du vill, så ring mig på eftermiddagen.
da	Hvem ejer disse rener?
da	Dette kamera er Toms.
da	Han taler ungarsk, og hun taler tysk.
da	Dagene er blevet kortere.
da	Det er spild af tid og penge.
da	Læg den på bordet.
da	Han lagde tallene sammen.
da	Det kurdiske alfabet består af enogtredive bogstaver: a, b, c, ç, d, e, ê, f, g, h, i, î, j, k, l, m, n, o, p, q, r, s, ş, t, u, û, v, w, x, y, z.
da	Tom kom til verden der.
da	Tom gik bananas.
da	De er bevæbnet.
da	Tom havde ikke sin skudsikre vest på.
nb	Synes du Tom er kjekk?
nb	Hvorfor kan vi ikke nå solen?
nb	sett rødt lys på soverom
nb	Maria satt Tom på plass.
nb	Det høres eksotisk ut.
nb	Tom handler på nettet.
nb	Hun er lege.
nb	Å lære seg å drikke med måte ved å prøve, går ikke. Det har jeg fått erfare smertelig. Det er ingen vei tilbake til et såkalt kontrollert og normalt alkoholforbruk. Du må kutte helt ut.
nb	Dette går fint.
nb	Hun er veldig bekymret for helsen hans.
nb	Du skuffet Tom.
nb	Jeg hoppet inn i dusjen og begynte å dusje.
fi	Alushousuni ovat märät.
fi	Annan sinulle kyydin.
fi	Onpa kylmä. Haluaisin käydä talviunille.
fi	Voitteko tehdä jotain?
fi	Näen paljon unia.
fi	Minkäikäinen Tony on?
fi	Tomilla on vähän kuvia lapsuudestaan.
fi	Alkakaa.
fi	En tiedä, onko tämä sinulle tärkeää, mutta minulle se on.
fi	Milloin me voidaan tavata seuraavan kerran?
fi	Tomin lompakko oli hieman kulunut, ja Mary sanoi, että hänen pitäisi hankkia uusi.
fi	Hän oli tyytyväinen lopputulokseen.
pl	Wkrótce zacznie padać.
pl	Nienawidzę karaoke.
pl	Jeśli jutro będzie ładna pogoda, pojedźmy na wycieczkę.
pl	Tom nie wiedział, że Mary kupiła już chleb.
pl	Nigdy nie sądziłem, że się ożenię.
pl	Chciałbym zadzwonić.
pl	Czy to zdanie jest poprawne?
pl	Nie zgodziliśmy się.
pl	Musimy się zastanowić nad przyszłością.
pl	Ona ma świetlaną przyszłość przed sobą.
pl	Miałem ze sobą parasol, ale mój przyjaciel nie miał.
pl	Jego życie jest w niebezpieczeństwie.
cs	Ten smutný příběh nás rozplakal.
cs	Tohle nám dřív šlo.
cs	Řekla mi, že jsi nemocný.
cs	Ty věci se mi hnusí.
cs	Už nebudu Toma obhajovat.
cs	Setkali jsme se s jedním spisovatelem.
cs	Tady býval strom.
cs	Mám rodinu.
cs	Vyřešili jsme ten problém minulý týden.
cs	Deset ku jedné, že se mu to povede.
cs	Bylo to náročné.
cs	Naplnil jsem vázu vodou.
ru	Он добавил немного сахара в кофе.
ru	Дорогая, ты пожалуй скрываешь что-то от меня!
ru	На Тома напала акула.
ru	Я нашла новую работу.
ru	Мы здесь совсем одни.
ru	Он был так беден, что ему не на что было купить хлеба.
ru	Мой дядя говорит по-немецки.
ru	Я пришёл к финишу первым.
ru	Ты мне никогда не говоришь, что любишь меня.
ru	Я полностью с тобой согласен.
ru	Это был мой выбор.
ru	Гималайские циветы (Paguma larvata) и енотовидная собака на рынках живых животных стали первыми установленными носителями вирусов, подобных и почти идентичных SARS-CoV.
uk	Я мати Тома.
uk	Ти маєш якісь диски?
uk	Чому це трапилося з Томом?
uk	Не бреши, люба.
uk	Вони гуляли ніччю, в темряві.
uk	Мері хотіла б, щоб я одружився з нею, але я не хочу з нею одружуватися.
uk	Маєш рацію.
uk	Зламано.
uk	Чому він мешкав у Сполучених Штатах?
uk	Подзвони мені, будь ласка.
uk	Прошу.
uk	Я переїхала минулого місяця.
tr	Ken veya Tony'den hangisi daha hızlı koşar.
tr	Nereye gitmek zorunda olduğunu bilmiyorum.
tr	Tom fevkalade.
tr	Kim olduğunu gördünüz mü?
tr	Deflasyon hemen hemen her zaman kötüdür.
tr	Sami, Leyla'ya bir e-posta gönderdi.
tr	Ailem şu an evde değil.
tr	O bu yıl bir üniversite öğrencisi olur.
tr	Tom telefonu Mary'nin yüzüne kapattı.
tr	Tom bana yeterince yardım etti.
tr	Ne kadar erken başlarsak, o kadar erken bitiririz.
tr	Yurt dışına çıkmak istiyorum.
ar	انه يحب الشاي.
ar	توم ليس غبياً.
ar	إنه يوافقني الرأي.
ar	هل أنت نادم؟
ar	لا يريد جمال أن يعلم هذا.
ar	أظن أنني قد كنت هنا.
ar	إن فيروسات كورونا غير مسببة للأمراض أو تسبب أعراضًا خفيفة في المضيفات المستودعة مثل الخفافيش والجِمال.
ar	إنسى
ar	كان المدرّس يمشي حول القسم.
ar	الجنس: أصاب سارس-كوف-2 عددًا من الرجال أكبر من النساء (0.31/100,000 مقابل 0.27/100,000)، كما هو موضح أعلاه.
ar	دعني أساعدك في عملك.
ar	هذا القارب لم يعد صالحاً للإبحار.
he	כל זה חוסר הבנה אחד גדול.
he	העיר הופצצה על ידי מטוסי אויב.
he	יש לו סיבות טובות כדי להתרגז.
he	תום ומרי רבו ריב נוראי.
he	היא תמיד נראתה מאושרת.
he	אני אבחן את הדוח שלך.
he	קן התמודד עם זה.
he	הקולגה שלי ובעלה אמריקנים.
he	כמה עופות חגו באוויר.
he	האם בית הספר שלך בעיר הזאת?
he	מעולם לא ראיתי את תום יוצא מכליו לפני כן.
he	כשהחתול משוטט חוגגים העכברים.
ja	賛成。
ja	息子には腕時計を買ってあげるつもりです。
ja	彼女は不機嫌だった。
ja	太陽は今沈むところだ。
ja	彼の真のねらいを理解できない。
ja	次はない。
ja	ああ、もう最悪。ティッシュをポケットに入れたまま洗濯しちゃった。
ja	それって凄いこと？
ja	パリは世界で最も美しい街である。
ja	前もってお礼を申し上げます。
ja	私が石油をいくらか流出させてしまった。
ja	私はあなたを探していたんです。
zh	底特律因它的汽车工业而出名。
zh	夏天的时候，我每天都去游泳池。
zh	你想我们先结婚还是先生孩子？
zh	我有一米九高。
zh	你电话号码是多少？
zh	他说中文。
zh	他們慢慢地向前進。
zh	请大声一点。
zh	想法是好的。
zh	鉴于全球个人防护装备供应不足，WHO 建议通过远程医疗、透明窗户等物理屏障、仅允许直接护理人员进入 COVID-19 患者的房间、仅在特定任务确实有必要使用个人防护装备时使用、在护理多个诊断结果相同的患者时继续使用相同的呼吸器、监测和协调个人防护装备供应链以及不鼓励无症状人员使用口罩等措施来降低人们对个人防护装备的需求。
zh	對於這些國家的人民來說，捱餓是很正常的事。
zh	从前有个美丽的公主。
ko	이게 왜이리 힘들지
ko	재난영화를 기대하면 실망한다. 하지만, 가족의 사랑에 대한 코끝 찡해지는 영화다. 보고나서도 한참 여운이 남는다.
ko	말조심하세요.
ko	1년 동거 중인데 계속 좋아
ko	사수가 깐깐하게 군다
ko	아빠 뭐하세요? 이거 KBS에서 자주해줬는데 요즘 안하네.. ㅋㅋ
ko	수영복 입은 여자들만 예뻣음....어의없느 영화
ko	최선을 다했는데
ko	옛날에 재밌게 본 영화 !
ko	그녀는 그에게 행복하냐고 물었다.
ko	누가 거기에 갈지 나보고 결정하게 하다니 너 참 잔인하구나.
ko	그녀는 뱀을 두려워하지 않습니다.
hi	टॉम बिस्तर पर नहीं है।
hi	क्या आपको गाड़ी चलाना आता है?
hi	अभी भी बहुत गरम है।
hi	COVID -19 के प्रकोप के बाद से, चीनी और पूर्वी एशियाई मूल के लोगों, और यूरोप, अमेरिका और अन्य देशों में हॉटस्पॉट वाले लोगों के प्रति बढ़ रहे पूर्वाग्रह, ज़ेनोफोबिया और नस्लवाद को नोट किया गया है।
hi	फरवरी 14, 2020 तक, 34.4% की उच्च मृत्यु दर के साथ 2500 से अधिक प्रयोगशाला पुष्ट मामले सूचित किए गए, जो MERS-CoV को मनुष्यों को ज्ञात सबसे विनाशकारी वायरसों में से एक बनाते हैं।
hi	हालाँकि ये बूंदें साँस बाहर छोड़ते समय उत्पन्न होती हैं, वे सामान्य तौर पर लंबी दूरी में संक्रामक होने के बजाय जमीन पर या सतहों पर गिर जाती हैं।
hi	मध्य मार्च के बाद से प्रति दिन, दस मिलियन मास्कों का उत्पादन करने वाले ताइवान ने 1 अप्रैल को रेलों और अंतरशहर बसों में यात्रियों द्वारा चेहरे का मास्क पहनना अनिवार्य किया है।
hi	हम दोनो दोस्त है _
hi	इसमें क्या है?
hi	मैंने सही चीज़ की है।
hi	यहां आसपास कोई घरें नहीं है।
hi	बेकरी में जो लड़की काम करती है वह बहुत क्यूट है।
id	Memerlukan pemberitahuan pabean.
id	surveilans digital harus menghindari semakin parahnya diskriminasi dan marginalisasi;
id	Dia mengikuti kontes kecantikan.
id	Penyebaran COVID-19 diyakini terutama terjadi pada waktu kontak dekat dan melalui droplet kecil yang dihasilkan sewaktu batuk, bersin, atau berbicara; kontak dekat adalah kontak dalam jarak 1 hingga 2 meter (3 sampai 6 kaki).
id	Ini adalah film untuk laki-laki.
id	Ketika saya sampai stasiun, keretanya telah berangkat.
id	Meski demikian, kebenaran dan mekanisme SARS-CoV-2 ditransmisikan kepada manusia melalui trenggiling dan mamalia lainnya masih harus diklarifikasi dalam penelitian di masa mendatang.
id	Mitra investasi CEPI lainnya untuk pengembangan vaksin COVID-19 adalah Moderna, Curevac, Inovio, Novavax, Universitas Hong Kong, Universitas Oxford, dan Universitas Queensland.
id	MERS-CoV hidup yang identik dengan virus yang ditemukan di manusia diisolasi dari usap nasal unta Arab. Hal ini mengindikasikan lebih lanjut bahwa unta adalah inang reservoir yang sebenarnya untuk MERS-CoV.
id	Dia dapat berenang dengan cepat.
id	TANGGAL/WAKTU PENGIRIMAN: 14 Maret 2020, 00:24 UTC
id	Sebagian besar dari 300 juta pekerja migran pedesaan Tiongkok terlantar di rumah di provinsi pedalaman atau terperangkap di provinsi Hubei. Pada Maret 2020, lebih dari 10 juta orang Amerika kehilangan pekerjaan dan mengajukan permohonan bantuan pemerintah.
vi	cửa cho thú cưng có mở
vi	Tom kể cho tôi những gì anh ta đã thấy.
vi	Bạn muốn biết để làm gì?
vi	Nghề nghiệp của tôi là cảnh sát viên.
vi	Tôi chưa hề gặp ai trong số những người con trai của anh ta.
vi	Quá dễ để tao giải bài toán.
vi	Anh ta gấp rút đến phi trường.
vi	Cậu bé thử ăn bằng đũa.
vi	Thần Chết đang tìm con mồi.
vi	Tôi cần một địa chỉ chính xác để có thể tới đó.
vi	Tôi chắc chắn anh ta sẽ làm bài kiểm tra.
vi	Tom thích nó lắm.
el	Περάστε μέσα, παρακαλώ.
el	Ο Τομ τραγουδάει.
el	Πες τους να μην αργήσουν.
el	Επισκέφτηκα την Ρουμανία πριν μερικά χρόνια.
el	Ήμουν λιγάκι άτυχη.
el	Όταν ήμουν άρρωστη, ο Τομ ήρθε και μου ετοίμασε δείπνο.
el	Γιατί το κάνεις αυτό;
el	Πες του ότι δε θα 'μαι εκεί.
el	Πρέπει να τον σώσουμε άμεσα.
el	Και σεις τον ξέρετε εξ όψεως;
el	Η ανάπτυξη της ανθρώπινης σεξουαλικότητας ξεκινά στην πρώιμη ηλικία.
el	Είσαι φίλος μου.
ro	Să decidem ce avem de decis, apoi să ne împărțim in două echipe, OK?
ro	Tom merge la alergat pe orice fel de vreme.
ro	Trei bărbaţi masivi l-au atacat şi i-au furat banii.
ro	Citește această carte!
ro	e vreo usa descuiata?
ro	Tom muncește departe.
ro	Vreau să te întreb ceva, domnișoară Ionescu.
ro	Acest câine nu este de vânzare.
ro	Nimeni nu mă poate reține să merg acolo.
ro	Scuzați, m-am rătăcit.
ro	Vaza spartă nu poate fi reparată.
ro	Nu mai sunt lemne pentru foc.
hu	Mindent tudok, amit csak tudni lehet a menyétekről.
hu	Érkezésünk napja vasárnapra esik.
hu	Tom munkát keres.
hu	Szépségének híre messzire szállt.
hu	Eldöntötte, hogy Amerikába megy.
hu	Rohamléptekkel közeledik.
hu	Ennél a kérdésnél több válaszlehetőség van, amelyek előtt számok találhatók.
hu	Persze, hogy szeretem.
hu	Nagyon beteg vagyok.
hu	A személyi számítógépek nagyon hasznosak.
hu	Maria apja, Karl Wilhelm, ahhoz a generációhoz tartozik, akik nem dobnak el semmit.
hu	Kamattal együtt megfizette az adósságát.
"""#

    /// The rows split into fields.
    static var rows: [[String]] {
        tsv.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }
}
