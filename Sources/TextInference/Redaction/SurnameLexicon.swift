/// Frequent family names in en, de, fr, es, it, nl and pt, used to confirm a capitalised (or, in
/// chat, lower-case) word after a given name or an unknown capitalised word as a surname.
///
/// Source: written by hand for this project from general knowledge of the most frequent surnames in
/// these countries (as reported by national statistics offices and census summaries: ONS/US Census,
/// Destatis-derived lists, INSEE, INE, ISTAT, CBS/Meertens, INE Portugal and IBGE); surnames are
/// facts, no dataset was copied. Licence: the project's own licence. Entries are folded (lower case,
/// accents kept); both accented and unaccented spellings are listed where both are common.
/// Words that are also common nouns or brands in these languages (Baker, King, Long, Ferrari,
/// Porsche, Ford, …) are left out on purpose: a false PERSON there would erase meaning.
enum SurnameLexicon {
    /// Hashes (``WordHash``) of the folded surnames.
    static let hashes: Set<UInt64> = WordHash.set(raw)

    /// Whether the folded word `folded[start..<end]` is a listed surname.
    @inline(__always) static func contains(_ folded: [UInt32], _ start: Int, _ end: Int) -> Bool {
        hashes.contains(WordHash.of(folded, start, end))
    }

    private static let raw = """
        smith johnson williams jones davis miller wilson moore taylor anderson thomas jackson harris martin \
        thompson garcia martinez robinson clark rodriguez lewis walker allen wright scott torres nguyen \
        adams nelson campbell mitchell roberts carter phillips evans turner parker collins edwards stewart \
        morris murphy rogers morgan peterson cooper reed bailey kelly howard cox richardson watson brooks \
        james bennett hughes sanders myers sullivan russell ortiz jenkins perry powell patterson barnes \
        fisher henderson coleman simmons patel shah khan ali singh kowalski nowak o'brien o'connor o'neill \
        o'sullivan kennedy murray byrne ryan walsh doyle mccarthy gallagher doherty lynch quinn brennan \
        fitzgerald thomson robertson macdonald mackenzie davies lloyd griffiths harrison owen müller mueller \
        schmidt schneider fischer weber meyer meier wagner becker schulz schulze hoffmann schäfer schaefer \
        schröder schroeder neumann zimmermann krüger krueger hofmann hartmann lange schmitt werner schmitz \
        krause lehmann schmid schulte maier köhler koehler herrmann walter mayer huber peters scholz möller \
        moeller schubert friedrich günther guenther berger winkler roth beck lorenz baumann franke albrecht \
        simon ludwig böhm boehm kraus schumacher krämer kraemer vogt seidel heinrich brandt haas dietrich \
        ziegler kuhn kühn kuehn pohl bergmann voigt arnold wolff pfeiffer gruber steiner moser bernard \
        dubois durand lefebvre lefèvre leroy moreau laurent michel david bertrand roux vincent fournier \
        morel girard andré andre mercier dupont lambert bonnet françois francois legrand garnier faure \
        rousseau guérin guerin muller henry roussel nicolas perrin morin mathieu clément clement gauthier \
        dumont lopez fontaine chevalier robin masson sanchez gérard gerard boyer denis lemaire duval joly \
        gautier roger roche lucas meunier jean perez marchand dufour blanchard marie barbier brun dumas \
        brunet leroux colin fernandez pierre renard arnaud rolland caron aubert giraud vidal bourgeois \
        renaud lemoine picard gaillard philippe leclercq lacroix fabre dupuis olivier silva hubert louis \
        charles guillot rivière riviere gall lebrun garcía gonzález gonzalez rodríguez fernández hernández \
        hernandez lópez martínez sánchez pérez gómez gomez martín jiménez jimenez ruiz díaz diaz moreno \
        muñoz munoz álvarez alvarez romero alonso gutiérrez gutierrez navarro domínguez dominguez vázquez \
        vazquez ramos gil ramírez ramirez serrano molina morales suárez suarez ortega delgado castro rubio \
        marín marin sanz núñez nunez iglesias medina garrido cortés cortes castillo lozano guerrero cano \
        prieto méndez mendez gallego márquez marquez herrera peña pena cabrera carrasco diez caballero \
        aguilar pascual santana herrero lorenzo montero hidalgo giménez gimenez ibáñez ibanez ferrer durán \
        duran benítez benitez vicente vargas arias carmona crespo román roman soto sáez saez velasco moya \
        soler esteban gallardo rojas pardo merino espinosa izquierdo rossi russo esposito bianchi romano \
        colombo ricci marino greco bruno gallo conti luca mancini costa giordano rizzo lombardi moretti \
        barbieri fontana santoro mariani rinaldi caruso ferrara galli martini leone longo gentile martinelli \
        vitale lombardo coppola santis d'angelo marchetti parisi conte ferraro ferri fabbri marini valentini \
        angelis gatti pellegrini palumbo sanna farina rizzi cattaneo morelli amato silvestri grassi \
        pellegrino giuliani benedetti barone rossetti caputo montanari palmieri bernardi martino rosa \
        ferretti bellini basile donati piras vitali sartori costantini milani ruggiero sorrentino d'amico \
        orlando damico negri mancuso jong jansen vries berg dijk bakker janssen visser smit meijer boer \
        mulder groot bos vos hendriks leeuwen dekker brouwer wit dijkstra smits graaf meer linden kok jacobs \
        haan vermeulen heuvel veen broek bruijn bruin heijden schouten beek willems vliet ven hoekstra maas \
        verhoeven koster dam wal prins blom huisman peeters smet ferreira pereira oliveira rodrigues martins \
        sousa fernandes gonçalves goncalves gomes lopes marques alves almeida ribeiro pinto carvalho \
        teixeira moreira correia mendes nunes soares vieira monteiro cardoso rocha raposo coelho cunha pires \
        simões simoes antunes matos fonseca machado araújo araujo barbosa tavares lourenço lourenco \
        figueiredo azevedo freitas henriques miranda batista souza barros nascimento moura cavalcanti duarte \
        carneiro melo farias santos cruz
        """
}
