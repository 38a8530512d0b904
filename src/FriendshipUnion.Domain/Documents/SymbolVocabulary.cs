using System.Collections.ObjectModel;

namespace FriendshipUnion.Domain.Documents;

/// <summary>A kind of document: directive, resolution, decree, decision, ...</summary>
/// <param name="Code">A stable code such as <c>directive</c>.</param>
/// <param name="English">The English name.</param>
/// <param name="Vietnamese">The Vietnamese name (Chỉ thị).</param>
public sealed record DocumentKind(string Code, string English, string Vietnamese)
{
    /// <summary>Gets the kind's name in a culture: <see cref="Vietnamese"/> for a Vietnamese culture, else
    /// <see cref="English"/>.</summary>
    /// <param name="culture">The culture; <see langword="null"/> for <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The name.</returns>
    public string NameIn(System.Globalization.CultureInfo? culture) => DomainText.IsVietnamese(culture) ? Vietnamese : English;
}

/// <summary>A type abbreviation of document symbols (<c>CT</c>, <c>NĐ</c>, <c>QĐi</c>) and the kind it stands for.
/// Abbreviations are case-sensitive: <c>QĐi</c> (a Party regulation) is not <c>QĐ</c> (a decision).</summary>
/// <param name="Abbreviation">The abbreviation as the symbol grammar writes it, with Đ where it has one.</param>
/// <param name="Kind">The kind of document.</param>
public sealed record DocumentType(string Abbreviation, DocumentKind Kind);

/// <summary>An issuer abbreviation of document symbols (<c>TW</c>, <c>CP</c>, <c>TTg</c>, <c>UBND</c>) and who it stands for.</summary>
/// <param name="Abbreviation">The abbreviation as the symbol grammar writes it, with Đ where it has one.</param>
/// <param name="English">Who issues under it, in English (TW: the Party Central Committee, the Politburo and the Secretariat).</param>
/// <param name="Vietnamese">The same in Vietnamese.</param>
public sealed record DocumentIssuer(string Abbreviation, string English, string Vietnamese);

/// <summary>
/// The tables a document symbol is read with: the type abbreviations (which tell an administrative document
/// <c>123/QĐ-TTg</c> from an official letter <c>763/SNgV-HTQT</c>) and the issuer abbreviations. They are data: a
/// caller extends them with <see cref="With(IEnumerable{DocumentType}?, IEnumerable{DocumentIssuer}?)"/>. The
/// abbreviations are interned here, so parsing a symbol of known parts allocates nothing.
/// </summary>
public sealed class SymbolVocabulary
{
    private readonly DocumentType[] types;
    private readonly DocumentIssuer[] issuers;
    private readonly AbbreviationIndex<DocumentType> typeIndex;
    private readonly AbbreviationIndex<DocumentIssuer> issuerIndex;
    private SymbolKindWord[]? kindWords;

    private SymbolVocabulary(DocumentType[] types, DocumentIssuer[] issuers)
    {
        this.types = types;
        this.issuers = issuers;
        typeIndex = new AbbreviationIndex<DocumentType>(types, static t => t.Abbreviation);
        issuerIndex = new AbbreviationIndex<DocumentIssuer>(issuers, static i => i.Abbreviation);
        Types = new ReadOnlyCollection<DocumentType>(types);
        Issuers = new ReadOnlyCollection<DocumentIssuer>(issuers);
    }

    /// <summary>Gets the library's tables: the types and issuers of Guidance 36-HD/VPTW and Decree 30/2020/NĐ-CP that
    /// the unions' documents use.</summary>
    public static SymbolVocabulary Default { get; } = CreateDefault();

    /// <summary>Gets the type abbreviations.</summary>
    public IReadOnlyList<DocumentType> Types { get; }

    /// <summary>Gets the issuer abbreviations.</summary>
    public IReadOnlyList<DocumentIssuer> Issuers { get; }

    /// <summary>Gets the kind words a symbol may be written after, longest first: each kind's Vietnamese and English
    /// names, and those of laws and official letters.</summary>
    internal SymbolKindWord[] KindWords => kindWords ??= types
        .Select(t => t.Kind)
        .DistinctBy(k => k.Code)
        .SelectMany(k => new[] { new SymbolKindWord(k.Code, k.English, SymbolText.FoldWord(k.Vietnamese)), new SymbolKindWord(k.Code, k.English, SymbolText.FoldWord(k.English)) })
        .Concat(
        [
            new(SymbolKindWord.Law, "Law", "luat"), new(SymbolKindWord.Law, "Law", "law"),
            new(SymbolKindWord.OfficialLetter, "Official letter", "cong van"), new(SymbolKindWord.OfficialLetter, "Official letter", "official letter"),
        ])
        .OrderByDescending(w => w.Folded.Length)
        .ToArray();

    /// <summary>Returns a vocabulary with more types and issuers.</summary>
    /// <param name="moreTypes">Types to add.</param>
    /// <param name="moreIssuers">Issuers to add.</param>
    /// <returns>The new vocabulary; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">An abbreviation is blank, not letters and digits, or already in the table.</exception>
    public SymbolVocabulary With(IEnumerable<DocumentType>? moreTypes = null, IEnumerable<DocumentIssuer>? moreIssuers = null)
    {
        var newTypes = types.Concat(moreTypes ?? []).ToArray();
        var newIssuers = issuers.Concat(moreIssuers ?? []).ToArray();
        Check(newTypes.Select(t => t?.Abbreviation), nameof(moreTypes));
        Check(newIssuers.Select(i => i?.Abbreviation), nameof(moreIssuers));
        return new SymbolVocabulary(newTypes, newIssuers);
    }

    /// <summary>Finds a type by its abbreviation as typed: Đ, D, Ð and ð are read as the table's Đ; an exact-case
    /// match wins, otherwise a match ignoring case when only one entry matches so.</summary>
    /// <param name="text">The abbreviation as typed.</param>
    /// <returns>The type, or <see langword="null"/>.</returns>
    public DocumentType? FindType(ReadOnlySpan<char> text) => typeIndex.Find(text);

    /// <summary>Finds an issuer by its abbreviation as typed, as <see cref="FindType(ReadOnlySpan{char})"/> does.</summary>
    /// <param name="text">The abbreviation as typed.</param>
    /// <returns>The issuer, or <see langword="null"/>.</returns>
    public DocumentIssuer? FindIssuer(ReadOnlySpan<char> text) => issuerIndex.Find(text);

    private static void Check(IEnumerable<string?> abbreviations, string paramName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var abbreviation in abbreviations)
        {
            if (string.IsNullOrWhiteSpace(abbreviation) || !abbreviation.All(char.IsLetterOrDigit))
            {
                throw new ArgumentException($"'{abbreviation}' is not an abbreviation: use letters and digits.", paramName);
            }

            if (!seen.Add(abbreviation))
            {
                throw new ArgumentException($"The abbreviation '{abbreviation}' is already in the table.", paramName);
            }
        }
    }

    private static SymbolVocabulary CreateDefault()
    {
        DocumentKind Kind(string code, string english, string vietnamese) => new(code, english, vietnamese);
        var directive = Kind("directive", "Directive", "Chỉ thị");
        var resolution = Kind("resolution", "Resolution", "Nghị quyết");
        var conclusion = Kind("conclusion", "Conclusion", "Kết luận");
        var decree = Kind("decree", "Decree", "Nghị định");
        var decision = Kind("decision", "Decision", "Quyết định");
        var guidance = Kind("guidance", "Guidance", "Hướng dẫn");
        var plan = Kind("plan", "Plan", "Kế hoạch");
        var regulation = Kind("regulation", "Regulation", "Quy định");
        var rules = Kind("rules", "Rules", "Quy chế");
        var notice = Kind("notice", "Notice", "Thông báo");
        var report = Kind("report", "Report", "Báo cáo");
        var programme = Kind("programme", "Programme", "Chương trình");
        var circular = Kind("circular", "Circular", "Thông tư");
        var jointCircular = Kind("joint-circular", "Joint circular", "Thông tư liên tịch");
        var submission = Kind("submission", "Submission", "Tờ trình");
        var charter = Kind("charter", "Charter", "Điều lệ");
        DocumentType[] types =
        [
            new("CT", directive), new("NQ", resolution), new("KL", conclusion), new("NĐ", decree), new("QĐ", decision),
            new("HD", guidance), new("KH", plan), new("QĐi", regulation), new("QyĐ", regulation), new("QC", rules),
            new("TB", notice), new("BC", report), new("CTr", programme), new("TT", circular), new("TTLT", jointCircular),
            new("TTr", submission), new("ĐL", charter),
        ];
        DocumentIssuer[] issuers =
        [
            new("TW", "Party Central Committee, Politburo and Secretariat", "Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư"),
            new("VPTW", "Central Party Office", "Văn phòng Trung ương Đảng"),
            new("TU", "Provincial Party Committee", "Tỉnh ủy"),
            new("CP", "Government", "Chính phủ"),
            new("TTg", "Prime Minister", "Thủ tướng Chính phủ"),
            new("VPCP", "Government Office", "Văn phòng Chính phủ"),
            new("BNV", "Ministry of Home Affairs", "Bộ Nội vụ"),
            new("BNG", "Ministry of Foreign Affairs", "Bộ Ngoại giao"),
            new("BTC", "Ministry of Finance", "Bộ Tài chính"),
            new("BGTVT", "Ministry of Transport", "Bộ Giao thông vận tải"),
            new("QH", "National Assembly", "Quốc hội"),
            new("UBND", "Provincial People's Committee", "Ủy ban nhân dân tỉnh"),
            new("HĐND", "Provincial People's Council", "Hội đồng nhân dân tỉnh"),
            new("SNgV", "Provincial Department of Foreign Affairs", "Sở Ngoại vụ"),
            new("LHHN", "Union of Friendship Organizations", "Liên hiệp các tổ chức hữu nghị"),
        ];
        return new SymbolVocabulary(types, issuers);
    }
}
