using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Serialization;
using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Documents;
using NodaTime;
using NodaTime.Text;

namespace FriendshipUnion.Domain.Serialization;

/// <summary>A value in a document that is well-formed JSON but not valid for its type. The serializer fills in
/// the JSON path; the reader reports it as <c>json.invalid-value</c>.</summary>
internal sealed class JsonValueException(string message) : JsonException(message);

/// <summary>Reads and writes a string-valued domain type through its own parser.</summary>
internal abstract class StringValueConverter<T> : JsonConverter<T>
{
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonValueException($"Expected a string ({Describe}), found {reader.TokenType}.");
        }

        return Parse(reader.GetString()!);
    }

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));

    protected abstract string Describe { get; }

    protected abstract T Parse(string text);

    protected abstract string Format(T value);
}

/// <summary>ISO partial dates: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
internal sealed class PartialDateJsonConverter : StringValueConverter<PartialDate>
{
    protected override string Describe => "a date as yyyy, yyyy-MM or yyyy-MM-dd";

    protected override PartialDate Parse(string text)
    {
        var result = PartialDatePattern.Parse(text);
        return result.Success ? result.Value : throw new JsonValueException($"'{Printable.Escape(text)}' is not a date (yyyy, yyyy-MM or yyyy-MM-dd): {result.Error}.");
    }

    protected override string Format(PartialDate value) => PartialDatePattern.Format(value);
}

/// <summary>ISO dates through NodaTime's own <see cref="LocalDatePattern.Iso"/>.</summary>
internal sealed class LocalDateJsonConverter : StringValueConverter<LocalDate>
{
    protected override string Describe => "a date as yyyy-MM-dd";

    protected override LocalDate Parse(string text)
    {
        var result = FormatRegex.LocalDate().IsMatch(text) ? LocalDatePattern.Iso.Parse(text) : null;
        return result is { Success: true } ? result.Value : throw new JsonValueException($"'{Printable.Escape(text)}' is not a date: write yyyy-MM-dd, a day that exists in the years 0001–9999.");
    }

    protected override string Format(LocalDate value) => LocalDatePattern.Iso.Format(value);
}



/// <summary>ISO 3166-1 alpha-2 codes.</summary>
internal sealed class CountryCodeJsonConverter : StringValueConverter<CountryCode>
{
    protected override string Describe => "an ISO 3166-1 alpha-2 code such as KR";

    protected override CountryCode Parse(string text) => CountryCode.TryParse(text, out var code)
        ? code
        : throw new JsonValueException($"'{Printable.Escape(text)}' is not an ISO 3166-1 alpha-2 country code (two upper-case letters).");

    protected override string Format(CountryCode value) => value.Value;
}

/// <summary>Ids of the slug family (<see cref="ISlugId{TSelf}"/>): unions, people, plans, parties, activities.</summary>
internal sealed class SlugIdJsonConverter<T> : StringValueConverter<T>
    where T : struct, ISlugId<T>
{
    protected override string Describe => "an id such as nghe-an";

    protected override T Parse(string text) => T.TryParse(text, out var id)
        ? id
        : throw new JsonValueException($"'{Printable.Escape(text)}' is not an id: use lower-case letters and digits in hyphen-separated words, at most {SlugId.MaxLength} characters.");

    protected override string Format(T value) => value.Value;
}

/// <summary>Days of the year, <c>MM-dd</c>, through NodaTime's own <see cref="AnnualDatePattern.Iso"/>.</summary>
internal sealed class AnnualDateJsonConverter : StringValueConverter<AnnualDate>
{
    protected override string Describe => "a day of the year as MM-dd";

    protected override AnnualDate Parse(string text)
    {
        var result = FormatRegex.AnnualDate().IsMatch(text) ? AnnualDatePattern.Iso.Parse(text) : null;
        return result is { Success: true } ? result.Value : throw new JsonValueException($"'{Printable.Escape(text)}' is not a day of the year: write MM-dd, such as 12-15.");
    }

    protected override string Format(AnnualDate value) => AnnualDatePattern.Iso.Format(value);
}

/// <summary>Document symbols in their canonical form (<c>80/2020/NĐ-CP</c>); another spelling of a valid symbol is
/// refused with the canonical one, so that a file has one way to write each symbol.</summary>
internal sealed class DocumentSymbolJsonConverter : StringValueConverter<DocumentSymbol>
{
    protected override string Describe => "a document symbol such as 12-CT/TW or 80/2020/NĐ-CP";

    protected override DocumentSymbol Parse(string text)
    {
        var result = DocumentSymbol.Parse(text.AsSpan());
        if (!result.TryGetValue(out var symbol))
        {
            throw new JsonValueException($"'{Printable.Escape(text)}' is not a document symbol: {result.Error}.");
        }

        var canonical = symbol.ToString();
        return canonical == text ? symbol : throw new JsonValueException($"'{Printable.Escape(text)}' is not written in canonical form: write '{canonical}'.");
    }

    protected override string Format(DocumentSymbol value) => value.ToString();
}



/// <summary>Client-chosen transaction ids such as <c>2024-0001</c>.</summary>
internal sealed class TransactionIdJsonConverter : StringValueConverter<TransactionId>
{
    protected override string Describe => "a transaction id such as 2024-0001";

    protected override TransactionId Parse(string text) => TransactionId.TryParse(text, out var id)
        ? id
        : throw new JsonValueException($"'{Printable.Escape(text)}' is not a transaction id: use 1 to 64 ASCII letters, digits and the marks . _ : -, starting with a letter or digit.");

    protected override string Format(TransactionId value) => value.Value;
}

/// <summary>A currency as the format writes it: an ISO 4217 code, resolved against the reader's currency table when
/// the document is mapped.</summary>
/// <param name="Code">Three upper-case letters.</param>
internal readonly record struct CurrencyCode(string Code);

/// <summary>ISO 4217 codes: three upper-case letters.</summary>
internal sealed class CurrencyCodeJsonConverter : StringValueConverter<CurrencyCode>
{
    protected override string Describe => "an ISO 4217 currency code such as VND";

    protected override CurrencyCode Parse(string text) => text.Length == 3 && text.All(char.IsAsciiLetterUpper)
        ? new CurrencyCode(text)
        : throw new JsonValueException($"'{Printable.Escape(text)}' is not an ISO 4217 currency code: three upper-case letters.");

    protected override string Format(CurrencyCode value) => value.Code;
}

/// <summary>The regular expressions the converters share with the exported schema, compiled at build time.</summary>
internal static partial class FormatRegex
{
    [GeneratedRegex(Patterns.LocalDate, RegexOptions.CultureInvariant)]
    internal static partial Regex LocalDate();

    [GeneratedRegex(Patterns.AnnualDate, RegexOptions.CultureInvariant)]
    internal static partial Regex AnnualDate();
}
