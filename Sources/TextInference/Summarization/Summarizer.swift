/// Builds short extractive summaries of support tickets and conversations.
///
/// The method is unsupervised and deterministic: sentences are scored by TF-IDF TextRank
/// centrality (see ``SentenceGraph``) blended with position priors, then picked greedily
/// with maximal marginal relevance (Carbonell & Goldstein 1998) to avoid repeats, and
/// printed in their original order. Greetings, thanks and sign-offs are skipped.
///
/// Conversation summaries read `Customer: <problem> Agent: <resolution>`: the customer part
/// favours the first substantive customer turns, the agent part the last substantive agent
/// (or bot) turns. `@handles`, bare URLs and agent initials are removed from the output.
public struct Summarizer: Sendable {
    /// The method version published with every summary.
    public let version: String
    /// The settings this summarizer applies.
    public let configuration: SummarizerConfiguration

    /// Creates a summarizer with `configuration`.
    public init(configuration: SummarizerConfiguration = .init()) {
        self.version = "summary-1.0.0"
        self.configuration = configuration
    }

    /// A summary of a ticket: at most `maxSentences` sentences and `maxCharacters` characters.
    public func summarizeTicket(subject: String?, body: String, language: String) -> String {
        var units = SummaryUnits(language: language)
        let subjectText = subject.map(SummaryText.clean) ?? ""
        units.add(body, speaker: .customer, turn: 0, limit: 300)
        let limit = max(0, configuration.maxSentences)
        guard limit > 0, configuration.maxCharacters > 0 else { return "" }
        if units.count == 0 { return SummaryText.truncate(subjectText, to: configuration.maxCharacters) }
        // The subject's distinct terms; a sentence's overlap counts those among its terms (the size of
        // the intersection of the two term sets, without building a set per sentence).
        let subjectTerms = Array(Set(SummaryTokenizer.terms(subjectText)))
        let graph = units.graph()
        var scores: [Double] = []
        for index in 0..<units.count {
            let position = 1 / (1 + 0.5 * Double(index))
            let sentenceTerms = units.terms(index)
            let shared = subjectTerms.reduce(0) { sentenceTerms.contains($1) ? $0 + 1 : $0 }
            let overlap = subjectTerms.isEmpty ? 0 : Double(shared) / Double(subjectTerms.count)
            let w = configuration.positionWeight
            var score = (1 - w) * graph.centrality[index] + w * position + 0.3 * overlap
            score *= lengthFactor(units.termCount(index))
            scores.append(score)
        }
        let picked = select(from: Array(0..<units.count), scores: scores, graph: graph, count: limit)
        let text = picked.sorted().map { units.text($0) }.joined(separator: " ")
        return SummaryText.truncate(text, to: configuration.maxCharacters)
    }

    /// A summary of a conversation: `Customer: … Agent: …`, within the configured limits.
    public func summarizeConversation(_ turns: [Turn], language: String) -> String {
        let limit = max(0, configuration.maxSentences)
        guard limit > 0, configuration.maxCharacters > 0 else { return "" }
        var collected = SummaryUnits(language: language)
        for (turnIndex, turn) in turns.enumerated() {
            collected.add(turn.text, speaker: turn.speaker, turn: turnIndex)
            if collected.count >= 400 { break }
        }
        let units = collected.units
        guard !units.isEmpty else { return "" }
        let graph = collected.graph()
        let customerTurns = orderedTurns(units, where: { $0 == .customer })
        let agentTurns = orderedTurns(units, where: { $0 != .customer })
        var scores = [Double](repeating: 0, count: units.count)
        var customer: [Int] = []
        var agent: [Int] = []
        for (index, unit) in units.enumerated() {
            let lengthBoost = lengthFactor(collected.termCount(index))
            let lead = index == 0 || units[index - 1].turn != unit.turn ? 1.0 : 0.8
            if unit.speaker == .customer {
                let ordinal = Double(customerTurns.firstIndex(of: unit.turn) ?? 0)
                let prior = 1 / (1 + Weights.customerDecay * ordinal)
                scores[index] = (Weights.customerCentrality * graph.centrality[index] + (1 - Weights.customerCentrality) * prior) * lengthBoost * lead
                customer.append(index)
            } else {
                let ordinal = Double(agentTurns.count - 1 - (agentTurns.firstIndex(of: unit.turn) ?? 0))
                let prior = 1 / (1 + Weights.agentDecay * ordinal)
                let botFactor = unit.speaker == .bot ? 0.6 : 1.0
                scores[index] = (Weights.agentCentrality * graph.centrality[index] + (1 - Weights.agentCentrality) * prior) * lengthBoost * botFactor * lead
                agent.append(index)
            }
        }
        var customerPicks = select(from: customer, scores: scores, graph: graph, count: 1)
        var agentPicks = select(from: agent, scores: scores, graph: graph, count: limit > 1 ? 1 : 0)
        if customerPicks.isEmpty && agentPicks.isEmpty { return "" }
        var remaining = limit - customerPicks.count - agentPicks.count
        while remaining > 0 {
            let nextCustomer = select(from: customer, scores: scores, graph: graph, count: customerPicks.count + 1, seed: customerPicks)
            let nextAgent = select(from: agent, scores: scores, graph: graph, count: agentPicks.count + 1, seed: agentPicks)
            let c = nextCustomer.count > customerPicks.count ? nextCustomer.last : nil
            let a = nextAgent.count > agentPicks.count ? nextAgent.last : nil
            switch (c, a) {
            case (nil, nil): remaining = 0
            case (let c?, nil): customerPicks.append(c)
            case (nil, let a?): agentPicks.append(a)
            case (let c?, let a?):
                if scores[c] * Weights.extraCustomerBias >= scores[a] { customerPicks.append(c) } else { agentPicks.append(a) }
            }
            remaining -= 1
        }
        let customerText = customerPicks.sorted().map { collected.text($0) }.joined(separator: " ")
        let agentText = agentPicks.sorted().map { collected.text($0) }.joined(separator: " ")
        return compose(customer: customerText, agent: agentText)
    }

    /// Tuned weights for conversation summaries (documented defaults, not configuration).
    private enum Weights {
        static let customerCentrality = 0.5
        static let agentCentrality = 0.5
        static let customerDecay = 1.0
        static let agentDecay = 1.0
        static let extraCustomerBias = 1.0
    }

    private func orderedTurns(_ units: [SummaryUnits.Unit], where predicate: (Speaker) -> Bool) -> [Int] {
        var result: [Int] = []
        for unit in units where predicate(unit.speaker) && result.last != unit.turn { result.append(unit.turn) }
        return result
    }

    /// Down-weights fragments and run-on sentences.
    private func lengthFactor(_ terms: Int) -> Double {
        if terms < 2 { return 0.4 }
        if terms < 4 { return 0.75 }
        if terms > 60 { return 0.7 }
        return 1
    }

    /// Greedy MMR: repeatedly adds the candidate maximising λ·score − (1−λ)·max similarity.
    private func select(from candidates: [Int], scores: [Double], graph: SentenceGraph, count: Int, seed: [Int] = []) -> [Int] {
        var picked = seed
        let lambda = configuration.redundancyLambda
        while picked.count < count {
            var best = -1
            var bestValue = -Double.infinity
            for index in candidates where !picked.contains(index) {
                var redundancy = 0.0
                for other in picked { redundancy = max(redundancy, graph.similarity(index, other)) }
                if redundancy > 0.85 { continue }
                let value = lambda * scores[index] - (1 - lambda) * redundancy
                if value > bestValue { bestValue = value; best = index }
            }
            guard best >= 0 else { break }
            picked.append(best)
        }
        return picked
    }

    private func compose(customer: String, agent: String) -> String {
        let limit = configuration.maxCharacters
        let customerLabel = "Customer: "
        let agentLabel = "Agent: "
        if agent.isEmpty { return SummaryText.truncate(customerLabel + customer, to: limit) }
        if customer.isEmpty { return SummaryText.truncate(agentLabel + agent, to: limit) }
        let available = limit - customerLabel.count - agentLabel.count - 1
        guard available > 8 else { return SummaryText.truncate(customerLabel + customer, to: limit) }
        let customerBudget = max(available / 2, available - agent.count)
        let customerPart = SummaryText.truncate(customer, to: customerBudget)
        let agentPart = SummaryText.truncate(agent, to: available - customerPart.count)
        return customerLabel + customerPart + " " + agentLabel + agentPart
    }
}
