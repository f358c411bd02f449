/// Common given names in en, de, fr, es, it, nl and pt, used to accept lower-case chat names
/// ("hey this is james reed") and names after weak cues ("c'est", "soy", "sono", "hier ist").
///
/// Source: written by hand for this project from general knowledge of the most common given
/// names in these countries (as published in national statistics top-name lists, e.g. ONS, INSEE,
/// INE, ISTAT, CBS/SVB, Destatis-derived lists); names are facts, no dataset was copied.
/// Licence: the project's own licence. Entries are folded (lower case, accents kept).
enum FirstNameLexicon {
    /// Folded names.
    static let names: Set<[UInt32]> = Set(raw.split(separator: " ").map { [UInt32](scalarsOf: String($0)) })

    /// Hashes (``WordHash``) of the folded names, for allocation-free look-ups.
    static let hashes: Set<UInt64> = WordHash.set(raw)

    /// Whether the folded word `word` is a known given name.
    static func contains(_ word: ArraySlice<UInt32>) -> Bool { names.contains(Array(word)) }

    /// Whether the folded word `folded[start..<end]` is a known given name (no allocation).
    @inline(__always) static func contains(_ folded: [UInt32], _ start: Int, _ end: Int) -> Bool {
        hashes.contains(WordHash.of(folded, start, end))
    }

    private static let raw = """
        james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark \
        paul steven andrew joshua kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric \
        jonathan stephen larry justin scott brandon benjamin samuel gregory alexander patrick frank raymond jack dennis \
        jerry tyler aaron henry adam peter nathan zachary kyle harry oliver charlie noah leo oscar archie freddie alfie \
        theo arthur liam ethan mason logan lucas owen luke sean connor conor declan ciaran niamh aoife siobhan \
        mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley \
        kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia amy angela \
        helen anna brenda pamela emma nicole samantha katherine christine rachel carolyn janet catherine maria heather \
        diane olivia julie joyce victoria kelly christina lauren joan evelyn judith megan andrea cheryl hannah jacqueline \
        martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber \
        doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori chloe \
        sophie lily ava mia amelia isla poppy ella freya evie jessica lucy ruby holly \
        lukas leon finn jonas elias luis paul felix maximilian ben tim jan tobias florian sebastian stefan andreas \
        thomas michael markus christian matthias alexander daniel martin frank jürgen klaus wolfgang uwe dieter \
        hans peter günter karl heinz moritz niklas julian simon fabian philipp david dominik marcel kevin dennis \
        lea leonie lena laura julia anna hannah sophie sophia marie emilia mia emma lina clara johanna katharina \
        sabine petra andrea claudia susanne monika birgit stefanie nicole melanie sandra kerstin anja tanja jana \
        franziska nina vanessa jasmin lisa sarah \
        jean pierre michel philippe alain nicolas christophe patrick daniel bernard éric eric laurent frédéric \
        frederic pascal sébastien sebastien julien david thierry olivier stéphane stephane jérôme jerome guillaume \
        antoine mathieu matthieu hugo louis gabriel raphaël raphael arthur jules adam lucas théo theo nathan tom \
        maxime quentin romain thomas alexandre clément clement benoît benoit françois francois yves \
        marie nathalie isabelle sylvie catherine françoise francoise valérie valerie christine sandrine sophie \
        céline celine véronique veronique stéphanie stephanie émilie emilie camille léa lea manon chloé chloe \
        inès ines jade louise alice lina juliette élodie elodie aurélie aurelie julie pauline mathilde margaux \
        anaïs anais océane oceane clara lucie charlotte sarah laura \
        antonio josé jose manuel francisco juan david javier daniel carlos jesús jesus alejandro miguel rafael \
        pablo pedro ángel angel sergio fernando jorge luis alberto álvaro alvaro diego adrián adrian raúl raul \
        enrique ramón ramon vicente andrés andres joaquín joaquin santiago mateo hugo martín martin iván ivan \
        rubén ruben óscar oscar víctor victor mario jaime ignacio gonzalo \
        maría maria carmen ana isabel laura cristina marta lucía lucia elena sara paula sofía sofia rosa pilar \
        raquel manuela mercedes julia beatriz silvia irene patricia rocío rocio andrea alba claudia nuria \
        marina natalia alicia teresa inmaculada montserrat eva noelia \
        giuseppe giovanni antonio mario luigi francesco angelo vincenzo pietro salvatore carlo franco domenico \
        bruno paolo michele giorgio aldo sergio luciano marco andrea luca alessandro matteo lorenzo davide \
        simone federico riccardo stefano fabio roberto massimo gabriele emanuele tommaso leonardo edoardo \
        francesca giulia chiara sara martina alessia valentina elisa federica silvia elena paola laura anna \
        giorgia aurora ginevra beatrice alice greta rosa lucia angela giovanna teresa \
        daan sem lucas levi finn milan noah bram thijs lars jesse ruben tim niels jeroen sander bas koen \
        wouter pieter jan kees henk willem joost maarten stijn rutger sven \
        emma julia sanne lotte fleur anouk lisa eva femke sophie tess zoë zoe mila nina iris saskia \
        marieke ingrid anke els annemieke esther linda \
        joão joao josé jose antónio antonio francisco manuel pedro paulo luís luis carlos jorge rui tiago \
        miguel rafael ricardo bruno nuno gonçalo goncalo diogo duarte martim rodrigo lucas gabriel gustavo \
        mateus felipe thiago leonardo \
        ana maria mariana beatriz inês ines carolina sofia leonor matilde joana catarina rita sara marta \
        patrícia patricia fernanda juliana camila larissa gabriela letícia leticia luana bruna \
        megan priya rachel kate katie jenny jen tom tim mike matt chris nick dan dave steve rob bob \
        jim joe ben sam alex max jake josh adam ian neil craig gavin stuart colin graham keith \
        barry derek trevor wayne shaun shane dean lee carl gareth rhys dylan aidan callum jamie \
        nathalie natasha jasmine zoe zara layla maya nina tara gemma kirsty leanne stacey claire \
        fiona morag eileen maureen sheila bridget kathleen siobhan orla roisin ciara caoimhe \
        ahmed mohammed muhammad ali omar hassan fatima aisha yusuf ibrahim mehmet ayşe \
        günther jürgen jorg jörg uwe ralf rolf horst bernd helmut manfred rainer volker thorsten torsten \
        carsten sven kai lars nils ole malte henrik hendrik jannik jens dirk heiko holger \
        ulrike ursula gabriele heike silke anke antje frauke wiebke maren svenja jessica \
        marcel rené rene gérard gerard jacques henri marc didier serge bruno gilles hervé herve \
        lionel loïc loic yann gaël gael cédric cedric fabien jérémy jeremy kévin kevin \
        brigitte monique chantal martine danielle dominique florence hélène helene agnès agnes \
        audrey virginie caroline laetitia mélanie melanie amandine marion justine margot \
        rodrigo gonzalo guillermo ricardo roberto eduardo fernando emilio marcos nicolás nicolas \
        tomás tomas lorenzo agustín agustin valentín valentin ximena valeria camila florencia \
        lorena verónica veronica susana rocío yolanda dolores encarnación encarna begoña \
        ainhoa itziar leire maite amaia nerea lidia miriam esther judith \
        giorgio enrico claudio maurizio sergio dario fabrizio alberto daniele nicola filippo \
        giacomo pietro cristian samuele mattia christian manuel \
        valentina roberta monica cristina ilaria serena veronica debora barbara \
        jeroen joris gijs hugo luuk teun mees jelle wessel floris pim bart rob dirk \
        anouk maud roos floor noor lieke merel naomi esmee demi kim mirjam annelies ilse \
        henrique vítor vitor sérgio sergio hugo andré andre fábio fabio marcelo renato \
        cláudia claudia sónia sonia susana vera filipa daniela raquel andreia adriana vanessa \
        jess jessie becky vicky nikki abby maddie millie molly daisy phoebe imogen harriet eleanor \
        georgia rosie hollie jodie tanya natalie louise kerry joanne tracey dawn gillian \
        frieda frida greta ida ilse irmgard gisela hildegard erika renate brigitte karin heidi \
        gerda edith elke dagmar marion rita helga inge christa annette cornelia doris hannelore \
        nadia nadine samira yasmine leila amira karima myriam sabrina sonia sandra yasmina \
        karim mehdi rachid mohamed youssef sofiane nabil hakim bilal amine walid farid \
        conceição conceicao fátima fatima graça graca lurdes rosário rosario glória gloria \
        amélia amelia adelaide aurora alice helena lúcia lucia irene luísa luisa madalena \
        remedios consuelo amparo asunción asuncion encarnación purificación milagros \
        gerrit geert henk jan-willem willem-jan hendrika johanna geertje jantje aaltje grietje \
        hélio helio sérgio nélson nelson armando abel álvaro alvaro hugo joaquim fernando
        """
}
