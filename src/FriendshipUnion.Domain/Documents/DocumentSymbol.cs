using System.Globalization;

namespace FriendshipUnion.Domain.Documents;

/// <summary>The grammar a document symbol follows.</summary>
public enum SymbolGrammar
{
    /// <summary>A Party document: <c>number-TYPE/ISSUER</c> (<c>12-CT/TW</c>, <c>36-HD/VPTW</c>).</summary>
    Party = 0,

    /// <summary>A State normative document: <c>number/year/TYPE-ISSUER[-ISSUER…]</c> (<c>80/2020/NĐ-CP</c>).</summary>
    Normative = 1,

    /// <summary>A law: <c>number/year/QH&lt;term&gt;</c> (<c>135/2025/QH15</c>).</summary>
    Law = 2,

    /// <summary>A State administrative document: <c>number/TYPE-ISSUER</c> (<c>123/QĐ-TTg</c>).</summary>
    Administrative = 3,

    /// <summary>An official letter: <c>number/ISSUER-UNIT</c> (<c>763/SNgV-HTQT</c>).</summary>
    OfficialLetter = 4,
}

/// <summary>
/// The symbol (số, ký hiệu) of a Vietnamese document in one of its grammars: Party documents (<c>12-CT/TW</c>),
/// State normative documents (<c>80/2020/NĐ-CP</c>), laws (<c>135/2025/QH15</c>), administrative documents
/// (<c>123/QĐ-TTg</c>) and official letters (<c>763/SNgV-HTQT</c>). Parsing is tolerant of what people type (see
/// <see cref="Parse(ReadOnlySpan{char}, SymbolVocabulary?)"/>); the value is canonical, with Đ, and formats back to
/// the same text. Equality is by value. The default value is no symbol (<see cref="IsSet"/> is false): it formats as
/// the empty string, and every document, plan and task refuses it.
/// </summary>
public readonly struct DocumentSymbol : IEquatable<DocumentSymbol>
{
    /// <summary>The earliest year a State document may carry (the Democratic Republic was proclaimed in 1945).</summary>
    public const int MinYear = 1945;

    /// <summary>The latest year a document may carry.</summary>
    public const int MaxYear = 2100;

    private const int MaxLength = 64;

    private DocumentSymbol(SymbolGrammar grammar, int number, int year, DocumentType? type, string issuer, int lawTerm, string? unit)
    {
        Grammar = grammar;
        Number = number;
        YearOrZero = year;
        Type = type;
        Issuer = issuer;
        LawTermOrZero = lawTerm;
        Unit = unit;
    }

    /// <summary>Gets a value indicating whether this is a symbol: <see langword="false"/> only for the default value.</summary>
    public bool IsSet => Number != 0;

    /// <summary>Gets the grammar.</summary>
    public SymbolGrammar Grammar { get; }

    /// <summary>Gets the number (80 in <c>80/2020/NĐ-CP</c>).</summary>
    public int Number { get; }

    /// <summary>Gets the year, for normative documents and laws.</summary>
    public int? Year => YearOrZero == 0 ? null : YearOrZero;

    /// <summary>Gets the type (<c>NĐ</c>, a decree), or <see langword="null"/> for a law or an official letter.</summary>
    public DocumentType? Type { get; }

    /// <summary>Gets the issuer as written in the symbol: <c>TW</c>, <c>CP</c>, <c>BNV-VPCP</c>, <c>QH</c>, <c>SNgV</c>.</summary>
    public string Issuer => field ?? string.Empty;

    /// <summary>Gets the National Assembly's term, for a law (15 in <c>135/2025/QH15</c>).</summary>
    public int? LawTerm => LawTermOrZero == 0 ? null : LawTermOrZero;

    /// <summary>Gets the unit of an official letter (<c>HTQT</c> in <c>763/SNgV-HTQT</c>).</summary>
    public string? Unit { get; }

    private int YearOrZero { get; }

    private int LawTermOrZero { get; }

    /// <summary>
    /// Parses a symbol as people type and paste it, without throwing. Before the grammar is read, compatibility forms
    /// are folded (full-width characters, Unicode dashes and minus signs, Ð and ð as Đ, Cyrillic letters that look
    /// Latin), invisible characters are dropped (zero-width spaces and joiners, byte-order marks, soft hyphens),
    /// decomposed letters are composed and stray spaces ignored. A leading kind word is allowed — in Vietnamese with
    /// or without diacritics, in English, or the type abbreviation itself, with or without "số", "Số:" or "No."
    /// ("Nghị định số 126/2024/NĐ-CP", "Chi thi 12-CT/TW", "Decree 80/2020/ND-CP", "QĐ 1234/QĐ-UBND") — when it agrees
    /// with the symbol's type; one trailing sentence mark (. , ; : ! ?) is allowed. Where the table has Đ, D is read as
    /// Đ; type abbreviations are matched case-sensitively first, then ignoring case when only one entry matches. Types
    /// and issuers are letters of the Vietnamese alphabet and ASCII digits, an issuer beginning with a letter. Parsing
    /// a canonical symbol allocates nothing.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="vocabulary">The tables of types and issuers; <see cref="SymbolVocabulary.Default"/> when null.</param>
    /// <returns>The symbol, or where and why the text is not one; the position is an index into
    /// <paramref name="text"/> as given.</returns>
    public static ParseResult<DocumentSymbol> Parse(ReadOnlySpan<char> text, SymbolVocabulary? vocabulary = null)
    {
        vocabulary ??= SymbolVocabulary.Default;
        if (IsFolded(text))
        {
            // Already what folding would give (no prefix, no space, nothing to fold): read it as it is.
            // The grammar's positions are then positions in the text as given (none is past its end).
            return SymbolParser.Parse(text, vocabulary);
        }

        return ParseTyped(text, vocabulary);
    }

    private static ParseResult<DocumentSymbol> ParseTyped(ReadOnlySpan<char> text, SymbolVocabulary vocabulary)
    {
        Span<char> folded = stackalloc char[SymbolText.MaxInput];
        Span<int> origin = stackalloc int[SymbolText.MaxInput];
        var length = SymbolText.Fold(text, folded, origin);
        if (length < 0)
        {
            return ParseResult.ForError<DocumentSymbol>(0, "the text is too long for a document symbol");
        }

        if (length > 1 && folded[length - 1] is '.' or ',' or ';' or ':' or '!' or '?')
        {
            length = folded[length - 2] == ' ' ? length - 2 : length - 1;
        }

        var start = SymbolText.SkipPrefix(folded[..length], vocabulary, out var claim, out var claimLength);

        // The symbol itself, without spaces.
        Span<char> symbol = stackalloc char[MaxLength];
        Span<int> at = stackalloc int[MaxLength];
        var count = 0;
        for (var i = start; i < length; i++)
        {
            var c = folded[i];
            if (c == ' ')
            {
                continue;
            }

            if (count == MaxLength)
            {
                return ParseResult.ForError<DocumentSymbol>(origin[start], "the symbol is too long");
            }

            if (!SymbolText.IsSymbolChar(c))
            {
                return ParseResult.ForError<DocumentSymbol>(origin[i], char.IsDigit(c)
                    ? $"'{c}' is not an ASCII digit"
                    : $"'{Printable.Escape(c.ToString())}' is not a letter of the Vietnamese alphabet, an ASCII digit, '-' or '/'");
            }

            symbol[count] = c;
            at[count++] = origin[i];
        }

        var end = length > 0 ? origin[length - 1] + 1 : 0;
        if (count == 0 && start > 0)
        {
            return ParseResult.ForError<DocumentSymbol>(end, "expected the symbol after the kind word");
        }

        var result = SymbolParser.Parse(symbol[..count], vocabulary);
        if (!result.TryGetValue(out var parsed))
        {
            var position = result.Error.Position < count ? at[result.Error.Position] : end;
            return ParseResult.ForError<DocumentSymbol>(position, result.Error.Message);
        }

        if (claim is not null && !claim.AgreesWith(parsed))
        {
            var word = text[origin[0]..(origin[claimLength - 1] + 1)].ToString();
            var actual = parsed.Type?.Kind.English ?? (parsed.Grammar == SymbolGrammar.Law ? "law" : "official letter");
            return ParseResult.ForError<DocumentSymbol>(origin[0], $"'{word}' names {Article(claim.English)}, but {parsed} is {Article(actual)}");
        }

        return result;
    }

    /// <summary>Parses a symbol, throwing on failure.</summary>
    /// <param name="text">The text.</param>
    /// <param name="vocabulary">The tables; <see cref="SymbolVocabulary.Default"/> when null.</param>
    /// <returns>The symbol.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a symbol; the message says where and why.</exception>
    public static DocumentSymbol Parse(string text, SymbolVocabulary? vocabulary = null)
    {
        Guard.Against.Null(text);
        var result = Parse(text.AsSpan(), vocabulary);
        return result.Success ? result.Value : throw new FormatException($"'{text}' is not a document symbol: {result.Error}.");
    }

    /// <summary>Tries to parse a symbol.</summary>
    /// <param name="text">The text.</param>
    /// <param name="symbol">The symbol, or the default when the text is not one.</param>
    /// <returns><see langword="true"/> when the text is a symbol.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out DocumentSymbol symbol) => Parse(text).TryGetValue(out symbol);

    /// <summary>Formats the canonical symbol, with Đ and with a leading zero on numbers below 10 (<c>04-CT/TW</c>, as Decree
    /// 30/2020/NĐ-CP writes them): <c>80/2020/NĐ-CP</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Format(ascii: false);

    /// <summary>Formats the symbol in ASCII for file names and URLs: <c>80/2020/ND-CP</c>.</summary>
    /// <returns>The text.</returns>
    public string ToAsciiString() => Format(ascii: true);

    /// <inheritdoc/>
    public bool Equals(DocumentSymbol other) =>
        Grammar == other.Grammar && Number == other.Number && YearOrZero == other.YearOrZero
        && string.Equals(Type?.Abbreviation, other.Type?.Abbreviation, StringComparison.Ordinal)
        && string.Equals(Issuer, other.Issuer, StringComparison.Ordinal) && LawTermOrZero == other.LawTermOrZero
        && string.Equals(Unit, other.Unit, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DocumentSymbol other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Grammar, Number, YearOrZero, Type?.Abbreviation, Issuer, LawTermOrZero, Unit);

    /// <summary>Compares two symbols for equality.</summary>
    /// <param name="left">The first symbol.</param>
    /// <param name="right">The second symbol.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(DocumentSymbol left, DocumentSymbol right) => left.Equals(right);

    /// <summary>Compares two symbols for inequality.</summary>
    /// <param name="left">The first symbol.</param>
    /// <param name="right">The second symbol.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(DocumentSymbol left, DocumentSymbol right) => !left.Equals(right);

    // A symbol that folding, the prefix and the spaces leave as it is: it begins with a digit, fits, and has only
    // ASCII digits, '-', '/' and letters of the Vietnamese alphabet (precomposed, so with no combining mark after them).
    private static bool IsFolded(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > MaxLength || !char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!SymbolText.IsSymbolChar(c))
            {
                return false;
            }
        }

        return true;
    }

    // "a decree", "an official letter".
    private static string Article(string kind) => (kind[0] is 'A' or 'E' or 'I' or 'O' or 'U' or 'a' or 'e' or 'i' or 'o' or 'u' ? "an " : "a ") + kind.ToLowerInvariant();

    internal static DocumentSymbol Create(SymbolGrammar grammar, int number, int year, DocumentType? type, string issuer, int lawTerm, string? unit) =>
        new(grammar, number, year, type, issuer, lawTerm, unit);

    private string Format(bool ascii)
    {
        if (!IsSet)
        {
            return string.Empty;
        }

        var text = Grammar switch
        {
            SymbolGrammar.Party => string.Create(CultureInfo.InvariantCulture, $"{Number:00}-{Type!.Abbreviation}/{Issuer}"),
            SymbolGrammar.Normative => string.Create(CultureInfo.InvariantCulture, $"{Number:00}/{YearOrZero}/{Type!.Abbreviation}-{Issuer}"),
            SymbolGrammar.Law => string.Create(CultureInfo.InvariantCulture, $"{Number:00}/{YearOrZero}/{Issuer}{LawTermOrZero}"),
            SymbolGrammar.Administrative => string.Create(CultureInfo.InvariantCulture, $"{Number:00}/{Type!.Abbreviation}-{Issuer}"),
            SymbolGrammar.OfficialLetter => string.Create(CultureInfo.InvariantCulture, $"{Number:00}/{Issuer}-{Unit}"),
            _ => string.Empty,
        };
        return ascii ? text.Replace('Đ', 'D').Replace('đ', 'd') : text;
    }
}
