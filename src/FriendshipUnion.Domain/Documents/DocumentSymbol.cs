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
    /// Parses a symbol as people type it, without throwing. Stray spaces and a leading "Số:" or "No." are dropped; Đ,
    /// D, Ð (U+00D0) and ð are read as Đ where the abbreviation table has Đ; a Cyrillic letter that looks like a
    /// Latin one is read as the Latin letter; dashes (‐ – —) are read as hyphens. Type abbreviations are matched
    /// case-sensitively first, then ignoring case when only one entry matches. Parsing a symbol whose type and issuer
    /// are in the table allocates nothing.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="vocabulary">The tables of types and issuers; <see cref="SymbolVocabulary.Default"/> when null.</param>
    /// <returns>The symbol, or where and why the text is not one; the position counts characters of the text after
    /// the prefix and the spaces were dropped.</returns>
    public static ParseResult<DocumentSymbol> Parse(ReadOnlySpan<char> text, SymbolVocabulary? vocabulary = null)
    {
        vocabulary ??= SymbolVocabulary.Default;
        Span<char> buffer = stackalloc char[MaxLength];
        var length = Normalize(text, buffer);
        if (length < 0)
        {
            return ParseResult.ForError<DocumentSymbol>(0, "the symbol is too long");
        }

        return SymbolParser.Parse(buffer[..length], vocabulary);
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

    // Copies the text into the buffer without spaces, prefixes, look-alikes or odd dashes; -1 when it does not fit.
    private static int Normalize(ReadOnlySpan<char> text, Span<char> buffer)
    {
        text = text.Trim();
        foreach (var prefix in Prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                text = text[prefix.Length..].TrimStart();
                break;
            }
        }

        var length = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (length == buffer.Length)
            {
                return -1;
            }

            buffer[length++] = c switch
            {
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
                'Ð' or 'ð' => 'Đ',
                _ => Latin(c),
            };
        }

        return length;
    }

    private static readonly string[] Prefixes = ["Số:", "Số", "So:", "No.:", "No.", "No:"];

    // Cyrillic letters that look like Latin ones.
    private static char Latin(char c) => c switch
    {
        'А' => 'A', 'В' => 'B', 'Е' => 'E', 'К' => 'K', 'М' => 'M', 'Н' => 'H', 'О' => 'O', 'Р' => 'P', 'С' => 'C',
        'Т' => 'T', 'Х' => 'X', 'І' => 'I', 'Ј' => 'J', 'Ѕ' => 'S', 'а' => 'a', 'е' => 'e', 'о' => 'o', 'р' => 'p',
        'с' => 'c', 'у' => 'y', 'х' => 'x', 'і' => 'i', 'ј' => 'j', 'ѕ' => 's',
        _ => c,
    };
}
