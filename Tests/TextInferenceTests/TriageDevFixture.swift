/// Held-out dev.jsonl messages (intent TAB language TAB text), two per intent and language: never trained on.
///
/// English rows: BANKING77 (CC BY 4.0); Arabic rows: ArBanking77 (CC BY-SA 4.0).
enum TriageDevFixture {
    /// The raw TSV rows.
    static let tsv = #"""
Refund_not_showing_up	en	Give me a refund now!! I am still waiting.
Refund_not_showing_up	en	I cannot find my refund on my statement.
activate_my_card	en	I can't activate my card?
activate_my_card	en	What do I have to do to activate my card?
age_limit	en	Could my daughter open an account?
age_limit	en	What is the minimum age limit?
apple_pay_or_google_pay	en	top up google pay, is it possible?
apple_pay_or_google_pay	en	Is it possible to top up with Google Pay?
atm_support	en	Is there a Mastercard ATM nearby?
atm_support	en	What locations allow me to withdraw money?
automatic_top_up	en	Is there a auto top-up option?
automatic_top_up	en	What is the limit on Auto top?
balance_not_updated_after_bank_transfer	en	My balance didn't change after I transferred some money.
balance_not_updated_after_bank_transfer	en	When is my balance going to update, I just transferred some money
balance_not_updated_after_cheque_or_cash_deposit	en	I deposited a cheque, but my account balance stayed the same.
balance_not_updated_after_cheque_or_cash_deposit	en	Why isn't my cash deposit showing up in my account?
beneficiary_not_allowed	en	Why would a transfer to an account not be allowed?
beneficiary_not_allowed	en	Why can't I add any beneficiary I choose?
cancel_transfer	en	I wish to cancel a transfer
cancel_transfer	en	How do I fix a transaction to the wrong account?
card_about_to_expire	en	Does it cost anything and how long would it take to get a card if I need a new one? My card is about to expire.
card_about_to_expire	en	Am I able to have a card sent to China?
card_acceptance	en	Where can my card be used?
card_acceptance	en	Where can I use my card to pay?
card_arrival	en	how to track the card you sent
card_arrival	en	why have i not got my new card?
card_delivery_estimate	en	how much to get my card in 2 days?
card_delivery_estimate	en	Can I choose the day it's delivered?
card_linking	en	Can you show me where to link the new card?
card_linking	en	Is there a way to link cards if I have one of yours?
card_not_working	en	My card gets rejected when I try to use it
card_not_working	en	I seem to be unable to make any transactions.
card_payment_fee_charged	en	How come I was charged an extra fee when paying with the card?
card_payment_fee_charged	en	This fee shouldn't be there after I paid with a card.
card_payment_not_recognised	en	I have a card payment I didn't make
card_payment_not_recognised	en	I need some help now please! There are some transactions on my account that I do not remember purchasing. Can they be reversed? Can you please cancel or freeze my card so I don't keep getting charged?!
card_payment_wrong_exchange_rate	en	Why isn't my purchase exchange rate correct?
card_payment_wrong_exchange_rate	en	There was a problem with the exchange rate on a purchase.
card_swallowed	en	how to get new card after atm eats it
card_swallowed	en	I can't get my card out of the ATM
cash_withdrawal_charge	en	Do I get charged for withdrawals?
cash_withdrawal_charge	en	Why was I charged when taking out money?
cash_withdrawal_not_recognised	en	There is random cash in my account.
cash_withdrawal_not_recognised	en	What do I do if I do not recognise a cash withdrawal?
change_pin	en	I think someone saw my PIN and I am on vacation in Spain, can I change it locally at an ATM?
change_pin	en	What do I have to do to change my pin?
compromised_card	en	There are charges on my card that I haven't purchased.
compromised_card	en	I think my card has been used by somebody else since I was never in the little town where some transactions on this bill have come from. Please stop this right away.
contactless_not_working	en	Are my contactless settings correct? I tried to use it today but it wasn't working.
contactless_not_working	en	How do I troubleshoot when contactless doesn't work?
country_support	en	What countries are you located in?
country_support	en	Can I get a card although I'm not in the UK
declined_card_payment	en	Why was the payment on my card declined?
declined_card_payment	en	Could you explain why my card payment did not work?
declined_cash_withdrawal	en	I tried to withdraw cash and got declined, why is that?
declined_cash_withdrawal	en	Why was my cash withdrawal declined by the ATM?
declined_transfer	en	It declined my transfer.
declined_transfer	en	Explain to me why a transfer would be declined.
direct_debit_payment_not_recognised	en	There is a direct debit payment on my account that I didn't authorize.
direct_debit_payment_not_recognised	en	I see an unfamiliar Direct Debit payment.
disposable_card_limits	en	What limits are there on the virtual cards?
disposable_card_limits	en	Is there a limit on how many times I can use a disposable card?
edit_personal_details	en	Since I just got married I need to change my name.
edit_personal_details	en	how do i get into my account and edit my details
exchange_charge	en	What's the exchange fee?
exchange_charge	en	If I exchange currencies frequently, is there a discount?
exchange_rate	en	What is the current exchange rate?
exchange_rate	en	How do you determine exchange rates?
exchange_via_app	en	How do I switch to a different currency?
exchange_via_app	en	How can I exchange currencies with this app?
extra_charge_on_statement	en	Can you please explain to me why there is an extra €1 fee in my statement?
extra_charge_on_statement	en	Why does my statement have an extra fee?
failed_transfer	en	My transfer failed, why did that happen?
failed_transfer	en	My transfer failed when I tried.
fiat_currency_support	en	What fiat currencies are used for exchange?
fiat_currency_support	en	What currencies can I hold?
get_disposable_virtual_card	en	What can I do with a disposable virtual card?
get_disposable_virtual_card	en	What are the uses for disposable cards?
get_physical_card	en	I can't find the card PIN.
get_physical_card	en	Where is my PIN?
getting_spare_card	en	How do I go about ordering another card?
getting_spare_card	en	Can another family member hold a card for this account in addition to mine?
getting_virtual_card	en	How come I did not get a virtual card yet?
getting_virtual_card	en	i need a virtual card
lost_or_stolen_card	en	Report stolen card
lost_or_stolen_card	en	I believe that my card has been stolen!
lost_or_stolen_phone	en	I left my phone at the hotel I was staying at so I can't use the app!
lost_or_stolen_phone	en	How do I protect my phone from someone using it after I lost it.
order_physical_card	en	How would I go about getting a physical card to use in stores?
order_physical_card	en	What is the price for a physical card?
passcode_forgotten	en	I can't remember my password.
passcode_forgotten	en	I happened to forget my passcode
pending_card_payment	en	Why are my payments not working and show pending?
pending_card_payment	en	My payment is taking a long time to go through.
pending_cash_withdrawal	en	I made a cash withdrawal at an ATM but it still says pending in my account.
pending_cash_withdrawal	en	My account says there are pending funds right now from withdrawing from an ATM, but my card was declined and I never took out any money. When will that money be deposited back into my account?
pending_top_up	en	Is there a problem with the top up system? My transaction hasn't gone through properly
pending_top_up	en	When will my top up process?
pending_transfer	en	Why does my transfer say it is pending?
pending_transfer	en	I'm waiting for a money transfer to show, still.
pin_blocked	en	I cannot try my PIN anymore.
pin_blocked	en	My PIN is locked, how do I unlock it?
receiving_money	en	I use GBP for my salary deposits. Must I set this up somewhere?
receiving_money	en	Can I receive payments in another currency?
request_refund	en	Am I able to get a refund for a purchase?
request_refund	en	I'm cancelling this charge. I still have not received what I bought from these people a while ago.
reverted_card_payment?	en	HELP. My account has been deducted already and the Seller says they haven't received the money yet? When can they expect it?
reverted_card_payment?	en	I've got a problem - I bought something with my card one or two weeks ago, but now exact same amount of the purchase is showing up in my account. I like more money in my account, but this is too good to be true. Can you tell me what's happening?
supported_cards_and_currencies	en	Do I have to top up in euros if I use a card, or can I use a different currency?
supported_cards_and_currencies	en	What types of cards and money do you accept?
terminate_account	en	I am trying to delete my account.
terminate_account	en	I want to deactivate my account.
top_up_by_bank_transfer_charge	en	How much do I need to pay for a transfer?
top_up_by_bank_transfer_charge	en	Do you charge for transfers?
top_up_by_card_charge	en	how should i add money to my card
top_up_by_card_charge	en	Are there fees for adding money with an International card?
top_up_by_cash_or_cheque	en	Who do I make a check out to if I want to top off my account?
top_up_by_cash_or_cheque	en	Am I able to top up with this cheque I received?
top_up_failed	en	Why won't my top up work
top_up_failed	en	I'm confused as to why my top-up did not go through.
top_up_limits	en	It seems I need to get information on limits for top-ups.
top_up_limits	en	What is the max I can top up?
top_up_reverted	en	I think you reverted my top up.
top_up_reverted	en	Why has my top up been cancelled
topping_up_by_card	en	Something is wrong with my top up and I can't see it. How do I find it?
topping_up_by_card	en	my top up isnt there yet where do i find it
transaction_charged_twice	en	Why was I double charged?
transaction_charged_twice	en	Why have I been charged more than once for the same transaction?
transfer_fee_charged	en	Can you explain the transfer fee that I was charged?
transfer_fee_charged	en	Why do I get a fee every time I transfer?
transfer_into_account	en	How is my money transferred to the account
transfer_into_account	en	How do I go forth on transferring a sum of money from one account to another?
transfer_not_received_by_recipient	en	I just did a money transaction but its not showing they received it
transfer_not_received_by_recipient	en	Why hasn't my friend's transaction arrive yet?
transfer_timing	en	How long does it take to make an urgent transfer from China?
transfer_timing	en	I am yet to receive the money in my account how long will this take?
unable_to_verify_identity	en	If you are waiting for verification, it can take 10 minutes to 60 minutes to get results.You will hear from us once we have it.  Please make sure your images are clear and photos of documents are readable. you have to be at least 18 years old and live withing the Economic Area of Europe or in Switzerland in order to open an account.
unable_to_verify_identity	en	I do not have the information to verify my identify.
verify_my_identity	en	What has to be done to verify my identity?
verify_my_identity	en	what documentation do I need for the identity check?
verify_source_of_funds	en	Is there a way to see my money's source?
verify_source_of_funds	en	How can I check to see where my funds come from?
verify_top_up	en	I need help finding the verification code on the top up card.
verify_top_up	en	The top-up verification code is not visible.
virtual_card_not_working	en	What do I have to do to get the virtual card to work?
virtual_card_not_working	en	I can't use my virtual disposable card
visa_or_mastercard	en	Will I get a Visa card or Mastercard?
visa_or_mastercard	en	Can you issue both a Visa and a Mastercard to me?
why_verify_identity	en	What is the first step I need to make for being able to access my account?
why_verify_identity	en	What is identity check?
wrong_amount_of_cash_received	en	Why did I get less cash than what I asked in the ATM?
wrong_amount_of_cash_received	en	The ATM only gave me 10 pounds when I withdrew 30. What do I do?
wrong_exchange_rate_for_cash_withdrawal	en	what is the correct exchange rate for getting cash
wrong_exchange_rate_for_cash_withdrawal	en	The exchange rate was messed up from the ATM
card_arrival	ar	هل يمكنك تتبع بطاقتي من أجلي؟
card_arrival	ar	هل سأتمكن من تتبع البطاقة التي تم إرسالها إلي؟
card_linking	ar	كيف يمكنني اظهار بيانات البطاقة في التطبيق؟
card_linking	ar	لقد وجدت بطاقتي. كيف يمكنني وضعها في تطبيقي؟
exchange_rate	ar	كيف هو أداء سعر الصرف؟
exchange_rate	ar	هل تعرف ما هي أسعار الصرف الخاصة بك؟
card_payment_wrong_exchange_rate	ar	كان سعر الصرف غير صحيح لعنصر اشتريته.
card_payment_wrong_exchange_rate	ar	سعر الصرف في دفعتي لا يبدو صحيحا
extra_charge_on_statement	ar	ما هو سبب الرسوم الإضافية على البيان الخاص بي؟
extra_charge_on_statement	ar	يوجد رسوما بسيطة على حسابي من شخص اشتريت معه ولكني لست متأكدا مما يتعلق بها.
pending_cash_withdrawal	ar	عندما استخدمت أحد أجهزة الصراف الآلي في وسط المدينة اليوم ، حاولت سحب بعض المال ، لكن لأي سبب من الأسباب ، رفض الجهاز بطاقتي. فقط سحبها في حسابي ولا يزال هذا المبلغ معلقا! هل هناك طريقة يمكنك من خلالها إلغاء هذه العملية لأني لم أستلم أي أموال على الإطلاق من الصراف الآلي
pending_cash_withdrawal	ar	حاولت الحصول على نقود من بعض أجهزة الصراف الآلي في وسط المدينة في وقت سابق لكن الجهاز رفض بطاقتي. لقد رأيت أنه لا يزال يظهر على أنه معلق في حسابي. الرجاء إلغاؤه على الفور لأنني بالتأكيد لم أتلق هذه الأموال!
fiat_currency_support	ar	ما هي العملات الورقية التي تسمحون بتبادلها؟
fiat_currency_support	ar	هل يمكن أن تخبرني كم عدد العملات التي يمكنني الاحتفاظ بها؟
card_delivery_estimate	ar	متى يمكنني توقع بطاقتي؟ أنا أعيش في الولايات المتحدة.
card_delivery_estimate	ar	متى يجب أن أتوقع استلام بطاقتي؟
automatic_top_up	ar	هل للتعبئة التلقائية أي حدود؟
automatic_top_up	ar	هل يتوفر خيار التعبئة التلقائية لديكم؟
card_not_working	ar	ماذا أفعل إذا كسرت بطاقتي عن طريق الخطأ؟
card_not_working	ar	تم رفض بطاقتي في أحد المطاعم اليوم ولا أعرف ما هي المشكلة.
exchange_via_app	ar	ما هي العملات التي يمكن صرفها في التطبيق؟
exchange_via_app	ar	مع هذا التطبيق ، هل سأتمكن من صرف العملات؟
lost_or_stolen_card	ar	لقد سرقت حقيبتي بكل بطاقاتي. هل يمكنكم إلغاء بطاقتي وإرسال بطاقة جديدة؟
lost_or_stolen_card	ar	أعتقد أن بطاقتي مسروقة!
age_limit	ar	هل هناك حد عمري لفتح الحساب
age_limit	ar	إذا كنت أريد أن يكون لابني حسابا خاصا به ، فهل هذا ممكن؟
pin_blocked	ar	رقم التعريف الشخصي الخاص بي يحتاج إلى إلغاء الحظر ، من فضلك؟
pin_blocked	ar	ما هي الخطوات التي يجب أن أتخذها لإلغاء حظر رقم التعريف الشخصي الخاص بي؟
contactless_not_working	ar	كيف يحدث ذلك عندما حاولت الدفع بدون تلامس في الحافلة التي لا تعمل؟
contactless_not_working	ar	لماذا لم يتم قبول الدفع اللا تلامسي الخاص بي في المترو؟
top_up_by_bank_transfer_charge	ar	ما هي رسوم تعبئة حسابي
top_up_by_bank_transfer_charge	ar	هل سأرى رسوما حوالات اليورو؟
pending_top_up	ar	ما زالت معلقة ، ما زلت أنتظر. يظهر نظامك فقط تعبئة الرصيد على أنه معلق. ماذا يحدث؟
pending_top_up	ar	ماذا لو لم يتم تعبئة الرصيد؟
cancel_transfer	ar	كنت بحاجة إلى إجراء دفعة على حسابي ، لكنني أدخلت الرقم غير الصحيح. لن يسمح لي التطبيق بإلغاء هذه المعاملة. أحتاج إلى إلغائها في أسرع وقت ممكن !!
cancel_transfer	ar	لقد ارتكبت خطأ هذا الصباح عندما قمت بعملية تحويل. كيف يمكنني عكس ذلك؟
top_up_limits	ar	هل عمليات إعادة التعبئة غير محدودة؟
top_up_limits	ar	ما هو الحد الأقصى لمقدار الشحن؟
wrong_amount_of_cash_received	ar	لماذا لم أحصل إلا على 20.00
wrong_amount_of_cash_received	ar	النقود التي أردتها لم تكن موجودة.
card_payment_fee_charged	ar	لماذا يتم محاسبتي على استخدام بطاقتي؟
card_payment_fee_charged	ar	أخبرني عن سبب وجود رسوم للدفع بالبطاقة.
transfer_not_received_by_recipient	ar	لماذا لا يرى المستلم المعاملة؟ لقد أرسلت المال للتو.
transfer_not_received_by_recipient	ar	صفقة قمت بها مع صديقي لم تصل بعد ، لماذا؟
supported_cards_and_currencies	ar	هل يمكنني إعادة التعبئة من بطاقة ائتمان أمريكية
supported_cards_and_currencies	ar	لدي بطاقة أخرى من الولايات المتحدة ، فهل ستتمكن من قبول تلك البطاقة؟
getting_virtual_card	ar	أي جزء من التطبيق أطلب بطاقات افتراضية منه؟
getting_virtual_card	ar	هل يمكنني الحصول على واحدة من تلك البطاقات الافتراضية التي سمعت عنها؟
card_acceptance	ar	هل لديك قائمة بالشركات التي تقبل هذه البطاقة؟
card_acceptance	ar	هل يمكنني الدفع عبر الإنترنت ببطاقتي؟
top_up_reverted	ar	لقد قمت بتعبئة الرصيد مؤخرا ورأيت الأموال تمر ، ولكن الآن ذهب للتو؟ ماذا يحدث هنا
top_up_reverted	ar	حاولت عمل تعبئة رصيد وتم إلغاؤها ، لماذا؟
balance_not_updated_after_cheque_or_cash_deposit	ar	لقد قمت بإيداع وديعة قبل يومين ، لم يتم إدخالها حتى الآن! سيكون من المثالي إذا ساعدتني في هذا.
balance_not_updated_after_cheque_or_cash_deposit	ar	لقد وضعت بعض المال في حسابي في اليوم الآخر ولم يتم إدخاله بعد ، هل يمكنك المساعدة في ذلك؟
card_payment_not_recognised	ar	هناك دفعة ببطاقتي لم أقم بها. أنا لا أعرف هذا الاسم الظاهر.
card_payment_not_recognised	ar	هناك دفعتان من بطاقتي الموضحة في التطبيق لم أجريهما حقا. ما الذي يحدث مع هذا ، هل هناك شخص لديه حق الوصول إلى بطاقتي ؟!
edit_personal_details	ar	أنا مهتم بتغيير بياناتي الشخصية.
edit_personal_details	ar	لقد انتقلت للتو. كيف أعطيك عنواني الجديد؟
why_verify_identity	ar	لماذا كل تفاصيل هويتي مطلوبة
why_verify_identity	ar	لماذا يجب التحقق من هويتي؟
unable_to_verify_identity	ar	هل يمكنك مساعدتي في إثبات هويتي؟
unable_to_verify_identity	ar	أنا غير قادر على التحقق من هويتي
get_physical_card	ar	أحتاج إلى رقم التعريف الشخصي الخاص بي ، أين هو؟
get_physical_card	ar	كيف أجد رقم التعريف الشخصي الخاص بي؟
visa_or_mastercard	ar	هل لدي بطاقة فيزا كخيار؟
visa_or_mastercard	ar	هل سأحصل على بطاقة فيزا؟
topping_up_by_card	ar	أحتاج إلى استخدام بطاقتي الائتمانية لتحويل الأموال.
topping_up_by_card	ar	لقد استخدمت بطاقتي في الشحن ، لكن المال ليس هناك!
disposable_card_limits	ar	كانت صديقة تخبرني عن البطاقات التي تستخدم لمرة واحدة. ماذا علي أن أفعل لأتمكن من الحصول على هذه الميزة؟
disposable_card_limits	ar	هل البطاقات التي تستخدم لمرة واحدة لها حد للمعاملات؟
compromised_card	ar	أعتقد أن حسابي قد تم اختراقه وهناك رسوم فيه لا أعرفها.
compromised_card	ar	لقد تلقيت للتو بريدا إلكترونيا لتأكيد الشراء باستخدام بطاقتي. قمت بتسجيل الدخول إلى تطبيق البطاقة الموجود على الهاتف المحمول واكتشفت أن هناك العديد من عمليات الشراء التي تم إجراؤها دون علمي بذلك. من الواضح أن شخصا ما قد سرق معلومات بطاقتي وقام بعملية الشراء الاحتيالية. أحتاج إلى عكس المعاملة وتعليق بطاقتي.
atm_support	ar	يمكنني استخدام هذه البطاقة في أي جهاز صراف آلي؟
atm_support	ar	ما هي المواقع التي تسمح لي بسحب الأموال؟
direct_debit_payment_not_recognised	ar	أرى في التطبيق خصما مباشرا ليس لي
direct_debit_payment_not_recognised	ar	ما هو هذا الخصم المباشر في بياني؟
passcode_forgotten	ar	لا يمكنني الدخول إلى تطبيقي بسبب نسيان رمز المرور الخاص بي.
passcode_forgotten	ar	أنا لا أعرف ما هي كلمة المرور الخاصة بي.
declined_cash_withdrawal	ar	يواصل جهاز الصراف الآلي رفض بطاقتي! لقد جربت جهازي صراف آلي مختلفين بالفعل ، هل يمكنك التحقق مما إذا كان كل شيء على ما يرام في حسابي ؟؟
declined_cash_withdrawal	ar	لماذا لا يمكنني أخذ المال من حسابي؟
pending_card_payment	ar	لماذا دفعتي في حالة معلقة؟
pending_card_payment	ar	لماذا تظهر الدفعة على أنها معلقة من أشياء اشتريتها هذا الصباح؟
lost_or_stolen_phone	ar	هل يمكنني استخدام التطبيق بدون هاتفي؟
lost_or_stolen_phone	ar	شخص ما سرق هاتفي ، ما هي خطوتي التالية؟
request_refund	ar	الرجاء إخباري بكيفية استرداد قيمة شيء اشتريته.
request_refund	ar	أين أذهب لاسترداد الأموال؟
declined_transfer	ar	لماذا لم ينجح التحويل الذي أجريته، يفيد بأنه تم رفضه؟
declined_transfer	ar	كيف يمكنني إجراء التحويل الخاص بي؟
Refund_not_showing_up	ar	ما سبب عدم أسترداد أموالي حتى هذه اللحظة؟
Refund_not_showing_up	ar	لماذا لا تظهر أموالي المستردة في البيان الخاص بي؟
declined_card_payment	ar	إذا كان الدفع ببطاقتي لا يعمل ، فماذا أفعل؟
declined_card_payment	ar	دفع البطاقة التي حاولت القيام بها فشلت.
pending_transfer	ar	أضع المال لقضاء الإجازة ولا يظهر. أحتاج هذا المال اليوم ، كم من الوقت سيستغرق
pending_transfer	ar	يظهر التحويل على أنه معلق، هل هناك مشكلة؟
terminate_account	ar	أود إبطال حسابي. أشعر بخيبة أمل كبيرة من خدماتك.
terminate_account	ar	أريد إغلاق حسابي في أسرع وقت ممكن.
card_swallowed	ar	ماذا أفعل إذا لم أتمكن من إخراج بطاقتي من أجهزة الصراف الآلي؟
card_swallowed	ar	كيف أخرج بطاقتي من داخل ماكينة الصراف الآلي؟
transaction_charged_twice	ar	توجد رسوم متكررة لنفس العنصر
transaction_charged_twice	ar	خرجت أنا وزوجي لتناول 'العشاء والفيلم' الأسبوعي ، وكان دوري لاستلام الشيك. الآن أرى أنه تم شحن بطاقتي مرتين. بمن يجب علي الاتصال بشأن إلغاء الخصم الثاني والحصول على رصيد بطاقتي؟
verify_source_of_funds	ar	ما المعلومات التي أحتاجها لمعرفة مصدر أموالي؟
verify_source_of_funds	ar	أحتاج إلى التحقق من مصدر الأموال الخاص بي.
transfer_timing	ar	كم من الوقت يستغرق الحصول على أموالي
transfer_timing	ar	كم من الوقت يستغرق التحويل الأوروبي؟
reverted_card_payment?	ar	أعتقد أنه تم رد مدفوعات بطاقتي
reverted_card_payment?	ar	مرحبا بائعا اتصل بي للتو بأن أموالي لم تصل. لقد تم خصمه بالتأكيد من حسابي ، ولكن يبدو الآن أنه عاد معي! فرز هذا في أسرع وقت ممكن من فضلك.
change_pin	ar	أحتاج إلى جعل رقم التعريف الشخصي لبطاقتي رقما مختلفا
change_pin	ar	هل هناك ضرورة للذهاب إلى البنك حتى أتمكن من تغيير رقم التعريف الشخصي الخاص بي؟
beneficiary_not_allowed	ar	تلقيت رسالة مفادها أن التحويل الخاص بي غير ممكن. ماذا يحدث؟ أحتاج هذا لأمر من فضلك.
beneficiary_not_allowed	ar	ما هو سبب عدم السماح للمستفيد الخاص بي؟
transfer_fee_charged	ar	وجدت رسوم تحويل - هل هذا صحيح؟
transfer_fee_charged	ar	لقد حصلت على رسوم غير متوقعة على تحويلاتي. كيف يمكنني تصحيح هذا؟
receiving_money	ar	أود أن أعرف كيف سيتمكن صديقي من إرسال الأموال إلي
receiving_money	ar	هل سيقوم الجي بي بي الخاص بي بتحديث راتبي
failed_transfer	ar	نظامك معطل. تحويلاتي لا تزال تفشل بعد 5 محاولات حتى الآن.
failed_transfer	ar	لقد حاولت 5 مرات في هذه المرحلة لإكمال تحويل أساسي ببساطة. ما هي المشكلة ؟ هل نظامك معطل؟
transfer_into_account	ar	أريد تحويل الأموال. كيف أفعل ذلك لحسابي؟
transfer_into_account	ar	أريد فتح حسابي باستخدام التحويل المصرفي. كيف يمكنني التوجه نحو ذلك؟
verify_top_up	ar	يتم التحقق من بطاقة التعبئة كيف؟
verify_top_up	ar	هل التعبئة تحتاج إلى التحقق؟
getting_spare_card	ar	أود طلب بطاقة إضافية
getting_spare_card	ar	أريد بعض البطاقات المادية الإضافية.
top_up_by_cash_or_cheque	ar	هل يكفي الشيك؟
top_up_by_cash_or_cheque	ar	لا أجد أي خيار لتعبئة الشيك؟
order_physical_card	ar	ما هي الخطوات التي أفعلها للحصول على بطاقة حقيقية
order_physical_card	ar	هل يمكن أن تخبرني بالضبط ما هي الرسوم التي أتوقع أن أراها فيما يتعلق ببطاقاتك؟
virtual_card_not_working	ar	تم رفض بطاقتي الافتراضية التي تستخدم لمرة واحدة.
virtual_card_not_working	ar	لن تعمل بطاقتي الافتراضية المهملة
wrong_exchange_rate_for_cash_withdrawal	ar	حصلت على نقود أقل بسبب سعر الصرف.
wrong_exchange_rate_for_cash_withdrawal	ar	هل يمكنني إجراء سحب بعملتي المحلية من جهاز الصراف الآلي؟ أنا في إجازة وليس معي نقود. هذا هو سبب القليل من القلق. هل يمكن السحب هنا بدون رسوم اضافية؟
get_disposable_virtual_card	ar	أحتاج إلى بطاقة افتراضية يمكن التخلص منها. من فضلك قل لي كيف أطلب واحدة.
get_disposable_virtual_card	ar	ما هي آلية الحصول على بطاقة افتراضية يمكن التخلص منها؟
top_up_failed	ar	أعتقد أن عملية تعبئة الرصيد قد فشلت.
top_up_failed	ar	التعبئة لا يعمل
balance_not_updated_after_bank_transfer	ar	ما هو الإطار الزمني المعتاد لتحويل حساب في المملكة المتحدة؟ لقد صنعت واحدة فقط ولا تظهر في أي مكان. أريد أن أتأكد من أن كل شيء على ما يرام.
balance_not_updated_after_bank_transfer	ar	لماذا لا يظهر التحويل إلى حسابي؟
cash_withdrawal_not_recognised	ar	مرحبا ، يرجى النظر في هذا الأمر على وجه السرعة. نظرا لأنني فقدت محفظتي ويمكنني رؤية عملية سحب واحدة ، فأنا الآن لا أريد أن أفقد المزيد من المال.
cash_withdrawal_not_recognised	ar	كنت أتحقق من حسابي عندما رأيت سحب نقدي قدره 500 دولار وأعلم أنني لم أفعل ذلك. لدي بطاقتي لذا لا أفهم كيف حدث ذلك. ساعدني من فضلك.
exchange_charge	ar	هل سأدفع رسوما إضافية إذا احتجت إلى استبدال العملة؟
exchange_charge	ar	هل هناك تكلفة إضافية لصرف العملات الأجنبية؟
top_up_by_card_charge	ar	ما هي تكلفة استخدام بطاقة الشحن في الولايات المتحدة؟
top_up_by_card_charge	ar	هل سأدفع مقابل الشحن؟
activate_my_card	ar	لقد تعبت ولكني غير قادر على تفعيل بطاقتي.
activate_my_card	ar	هل بطاقتي جاهزة للاستخدام أم تحتاج إلى تنشيط وإذا كان الأمر كذلك فكيف؟
cash_withdrawal_charge	ar	لماذا كان هناك رسم على السحب النقدي الخاص بي؟
cash_withdrawal_charge	ar	لماذا يتم محاسبتي على عمليات السحب النقدي من أجهزة الصراف الآلي؟ السبب الوحيد لاستخدامه هو أنه مجاني! الآن تتوقع مني أن أدفع لهم ، وكم سيكلفني ذلك؟
card_about_to_expire	ar	تنتهي صلاحية بطاقتي الأسبوع القادم. كيف أحصل على واحدة جديدة؟
card_about_to_expire	ar	هل سأستلم بطاقة جديدة عند انتهاء صلاحيتها؟
apple_pay_or_google_pay	ar	هل يمكنني استخدام دفع 'جوجل' مقابل زيادة الرصيد؟
apple_pay_or_google_pay	ar	هل يمكنني تعبئة الرصيد عبر آبل باي؟
verify_my_identity	ar	كيف يمكنني التحقق من هويتي؟
verify_my_identity	ar	كيف أقوم بإجراء عمليات التحقق من الهوية؟
country_support	ar	هل هذه البطاقات متوفرة في أوروبا؟
country_support	ar	كيف يبدأ المقيم في الولايات المتحدة في الحصول على بطاقة جديدة؟
"""#

    /// The rows split into fields.
    static var rows: [[String]] {
        tsv.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }
}
