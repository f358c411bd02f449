/// Finds names, dates of birth and addresses in pasted tables: a header line names the columns
/// (`first_name,last_name,date_of_birth`, `Vorname;Nachname;Geburtsdatum`, `| Name | Adresse |`) and the
/// cells below it in those columns are taken, even though no cue stands next to them.
///
/// A table is two or more lines split by the same delimiter (tab, `;`, `|` or `,`) into the same number of
/// cells (at least two). A header line has no digits and at least one known column name; every following line
/// with as many cells is a row. Column names are folded, and `_`, `-`, `.` and camel case count as spaces.
enum TableColumns {
    /// What a column holds.
    enum Column: Equatable {
        case person, birth, address
        /// A postcode or a town: taken only as the rest of an address column right before it
        /// (`Straße;PLZ;Ort`, `indirizzo;cap;città`).
        case addressTail
    }

    /// Column names per kind in the seven languages. Hand-written for this recognizer (no external source).
    static let columnNames: [String: Column] = {
        var names: [String: Column] = [:]
        let person = """
            name|full name|fullname|customer|customer name|client|client name|contact|contact name|first name|firstname|
            given name|last name|lastname|surname|family name|account holder|holder|cardholder|card holder|
            vorname|nachname|familienname|kontoinhaber|kunde|kundenname|ansprechpartner|nom|prénom|prenom|nom complet|
            nom de famille|titulaire|nombre|apellido|apellidos|nombre completo|primer apellido|segundo apellido|titular|
            nome|cognome|nome completo|intestatario|sobrenome|apelido|nome próprio|voornaam|achternaam|naam|
            volledige naam|rekeninghouder|klant|klantnaam|recipient|recipient name|empfänger|destinataire|destinatario|
            destinatário|ontvanger
            """
        let birth = """
            dob|d o b|date of birth|birth date|birthdate|birthday|born|geburtsdatum|geb datum|geburtstag|date de naissance|
            date naissance|naissance|fecha de nacimiento|fecha nacimiento|nacimiento|f nac|fecha nac|data di nascita|
            data nascita|nascita|data de nascimento|data nascimento|nascimento|data nasc|geboortedatum|geb datum|
            f nacimiento|f nac|geboren|geb|gebdatum|nacido|né le|nato il|nascido
            """
        let address = """
            address|street|street address|address line 1|address line|address1|adresse|anschrift|strasse|straße|
            dirección|direccion|domicilio|indirizzo|morada|endereço|endereco|adres|straat|home address|postal address
            """
        let tail = """
            plz|postleitzahl|ort|wohnort|stadt|postcode|post code|postal code|zip|zip code|city|town|code postal|cp|ville|
            localité|código postal|codigo postal|ciudad|localidad|población|cap|città|citta|comune|localita|località|
            cidade|localidade|plaats|woonplaats
            """
        for (list, kind) in [(person, Column.person), (birth, .birth), (address, .address), (tail, .addressTail)] {
            for name in list.split(separator: "|") {
                let trimmed = name.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
                if !trimmed.isEmpty { names[trimmed] = kind }
            }
        }
        return names
    }()

    /// Appends candidates for the cells of known columns in every table of `text`.
    static func scan(_ text: ScannedText, into candidates: inout [Candidate]) {
        let v = text.values
        guard text.count > 10 else { return }
        // Lines as ranges.
        var lines: [Range<Int>] = []
        var s = 0
        for k in 0..<v.count where v[k] == 10 {
            lines.append(s..<k)
            s = k + 1
        }
        lines.append(s..<v.count)
        var index = 0
        while index + 1 < lines.count {
            guard let delimiter = delimiter(of: lines[index], v), let columns = header(lines[index], delimiter, text) else {
                index += 1
                continue
            }
            var row = index + 1
            while row < lines.count {
                let cells = split(lines[row], delimiter, v)
                guard cells.count == columns.count else { break }
                for (index, (cell, column)) in zip(cells, columns).enumerated() {
                    guard let column, column != .addressTail, var range = value(of: cell, column, text) else { continue }
                    let type: EntityType = column == .person ? .person : column == .birth ? .dateOfBirth : .address
                    // "Weserstraße 88;12059;Berlin": the postcode and town columns right after an address finish it.
                    if column == .address {
                        var next = index + 1
                        while next < cells.count, columns[next] == .addressTail, !cells[next].isEmpty,
                              cells[next].count <= 40 {
                            range = range.lowerBound..<cells[next].upperBound
                            next += 1
                        }
                    }
                    candidates.append(Candidate(type: type, start: range.lowerBound, end: range.upperBound))
                }
                row += 1
            }
            index = row
        }
    }

    /// The delimiter splitting `line` into two or more cells: tab, `;` or `|` first, then `,`.
    private static func delimiter(of line: Range<Int>, _ v: [UInt32]) -> UInt32? {
        var tab = false, semicolon = false, pipe = false, comma = false
        for k in line {
            switch v[k] {
            case 9: tab = true
            case 59: semicolon = true
            case 124: pipe = true
            case 44: comma = true
            default: break
            }
        }
        return tab ? 9 : semicolon ? 59 : pipe ? 124 : comma ? 44 : nil
    }

    /// The cells of `line` split at `delimiter`, trimmed of spaces; a pipe table's empty outer cells are dropped.
    private static func split(_ line: Range<Int>, _ delimiter: UInt32, _ v: [UInt32]) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var start = line.lowerBound
        for k in line where v[k] == delimiter {
            cells.append(trim(start..<k, v))
            start = k + 1
        }
        cells.append(trim(start..<line.upperBound, v))
        if delimiter == 124 {
            if cells.first?.isEmpty == true { cells.removeFirst() }
            if cells.last?.isEmpty == true { cells.removeLast() }
        }
        return cells
    }

    /// `range` without spaces, tabs, carriage returns and quotes at either end.
    private static func trim(_ range: Range<Int>, _ v: [UInt32]) -> Range<Int> {
        var s = range.lowerBound, e = range.upperBound
        while s < e, [32, 9, 13, 34, 39].contains(v[s]) { s += 1 }
        while e > s, [32, 9, 13, 34, 39].contains(v[e - 1]) { e -= 1 }
        return s..<e
    }

    /// The column kinds of a header line (nil for a column of no interest), or nil when `line` is no header.
    private static func header(_ line: Range<Int>, _ delimiter: UInt32, _ text: ScannedText) -> [Column?]? {
        let v = text.values
        let cells = split(line, delimiter, v)
        // Header cells are short and start with a letter ("address1" may end in a digit).
        guard cells.count >= 2, cells.allSatisfy({ $0.count <= 32 && ($0.isEmpty || ScalarClass.isLetter(v[$0.lowerBound])) }) else {
            return nil
        }
        var found = false
        let columns = cells.map { cell -> Column? in
            let kind = columnNames[normalized(cell, text)]
            // Postcode and town columns extend an address column; alone ("city;zip", "Ort, Datum") they make no header.
            if let kind, kind != .addressTail { found = true }
            return kind
        }
        return found ? columns : nil
    }

    /// A column name folded, with `_`, `-`, `.`, `/` and camel-case humps as single spaces (`dateOfBirth` → "date of birth").
    static func normalized(_ cell: Range<Int>, _ text: ScannedText) -> String {
        var scalars = String.UnicodeScalarView()
        var previousLower = false
        for k in cell {
            let raw = text.values[k]
            if raw == 95 || raw == 45 || raw == 46 || raw == 47 || raw == 32 {
                if let last = scalars.last, last != " " { scalars.append(" ") }
                previousLower = false
                continue
            }
            if ScalarClass.isUpper(raw), previousLower { scalars.append(" ") }
            previousLower = ScalarClass.isLower(raw)
            if let scalar = Unicode.Scalar(text.folded[k]) { scalars.append(scalar) }
        }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }

    /// Placeholders that fill an empty cell. Hand-written for this recognizer.
    private static let placeholders: Set<String> = ["n/a", "na", "-", "null", "none", "unknown", "tbd", "?"]

    /// The part of `cell` to take for `column`, or nil when it does not have the column's shape.
    private static func value(of cell: Range<Int>, _ column: Column, _ text: ScannedText) -> Range<Int>? {
        let v = text.values
        guard !cell.isEmpty, cell.count <= 120 else { return nil }
        let folded = String(String.UnicodeScalarView(cell.compactMap { Unicode.Scalar(text.folded[$0]) }))
        if placeholders.contains(folded) { return nil }
        switch column {
        case .person:
            // Letters, spaces, hyphens, apostrophes and dots only; one to five words.
            guard cell.count <= 48, ScalarClass.isLetter(v[cell.lowerBound]),
                  cell.allSatisfy({ ScalarClass.isLetter(v[$0]) || v[$0] == 32 || v[$0] == 45 || v[$0] == 39 || v[$0] == 0x2019 || v[$0] == 46 }),
                  cell.filter({ v[$0] == 32 }).count <= 4 else { return nil }
            return cell
        case .birth:
            guard let (s, e) = DateOfBirthRecognizer.date(in: text, after: cell.lowerBound), s == cell.lowerBound, e <= cell.upperBound else {
                return nil
            }
            return s..<e
        case .addressTail:
            return nil
        case .address:
            guard cell.contains(where: { ScalarClass.isLetter(v[$0]) }), cell.contains(where: { ScalarClass.isDigit(v[$0]) }) else { return nil }
            return cell
        }
    }
}
